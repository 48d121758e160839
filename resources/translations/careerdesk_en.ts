<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplicationDialog</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="96"/>
        <source>%Ln application(s) to %1</source>
        <translation>
            <numerusform>%Ln application to %1</numerusform>
            <numerusform>%Ln applications to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationsTable</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="115"/>
        <source>move of %Ln application(s) to %1</source>
        <translation>
            <numerusform>move of %Ln application to %1</numerusform>
            <numerusform>move of %Ln applications to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="125"/>
        <source>Delete %Ln application(s) and their history? This can be undone from the Edit menu.</source>
        <translation>
            <numerusform>Delete %Ln application and their history? This can be undone from the Edit menu.</numerusform>
            <numerusform>Delete %Ln applications and their history? This can be undone from the Edit menu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="128"/>
        <source>deletion of %Ln application(s)</source>
        <translation>
            <numerusform>deletion of %Ln application</numerusform>
            <numerusform>deletion of %Ln applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="218"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="219"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="90"/>
        <source>attendance of %Ln student(s) at %1</source>
        <translation>
            <numerusform>attendance of %Ln student at %1</numerusform>
            <numerusform>attendance of %Ln students at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="99"/>
        <source>removal of %Ln registration(s) at %1</source>
        <translation>
            <numerusform>removal of %Ln registration at %1</numerusform>
            <numerusform>removal of %Ln registrations at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="112"/>
        <source>%Ln of these students have not consented to share their data. Leave them out of the export?</source>
        <translation>
            <numerusform>%Ln of these students have not consented to share their data. Leave them out of the export?</numerusform>
            <numerusform>%Ln of these students have not consented to share their data. Leave them out of the export?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="160"/>
        <source>%Ln row(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln row exported to %1.</numerusform>
            <numerusform>%Ln rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="90"/>
        <source>%Ln row(s) rejected. This import was made before CareerDesk kept rejected rows; import the file again to see them.</source>
        <translation>
            <numerusform>%Ln row rejected. This import was made before CareerDesk kept rejected rows; import the file again to see them.</numerusform>
            <numerusform>%Ln rows rejected. This import was made before CareerDesk kept rejected rows; import the file again to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="126"/>
        <source>%Ln rejected row(s) saved to %1; correct them there and import that file again.</source>
        <translation>
            <numerusform>%Ln rejected row saved to %1; correct them there and import that file again.</numerusform>
            <numerusform>%Ln rejected rows saved to %1; correct them there and import that file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="49"/>
        <source>%Ln application(s) selected; a letter for each offer that has become a placement.</source>
        <translation>
            <numerusform>%Ln application selected; a letter for each offer that has become a placement.</numerusform>
            <numerusform>%Ln applications selected; a letter for each offer that has become a placement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="51"/>
        <source>%Ln nomination(s) selected; a letter for each one with a placement.</source>
        <translation>
            <numerusform>%Ln nomination selected; a letter for each one with a placement.</numerusform>
            <numerusform>%Ln nominations selected; a letter for each one with a placement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="151"/>
        <source>nomination of %Ln student(s) to %1</source>
        <translation>
            <numerusform>nomination of %Ln student to %1</numerusform>
            <numerusform>nomination of %Ln students to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="436"/>
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln student</numerusform>
            <numerusform>%Ln students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="492"/>
        <source>move of %Ln nomination(s) to %1</source>
        <translation>
            <numerusform>move of %Ln nomination to %1</numerusform>
            <numerusform>move of %Ln nominations to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/register_dialog.py" line="39"/>
        <source>registration of %Ln student(s) for %1</source>
        <translation>
            <numerusform>registration of %Ln student for %1</numerusform>
            <numerusform>registration of %Ln students for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesTable</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="243"/>
        <source>Delete %Ln role(s)? This can be undone from the Edit menu.</source>
        <translation>
            <numerusform>Delete %Ln role? This can be undone from the Edit menu.</numerusform>
            <numerusform>Delete %Ln roles? This can be undone from the Edit menu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="245"/>
        <source>deletion of %Ln role(s)</source>
        <translation>
            <numerusform>deletion of %Ln role</numerusform>
            <numerusform>deletion of %Ln roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/students/student_picker.py" line="111"/>
        <source>%Ln student(s) chosen</source>
        <translation>
            <numerusform>%Ln student chosen</numerusform>
            <numerusform>%Ln students chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="320"/>
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln student</numerusform>
            <numerusform>%Ln students</numerusform>
        </translation>
    </message>
</context>
</TS>
