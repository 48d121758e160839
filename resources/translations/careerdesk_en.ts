<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EventPage</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="98"/>
        <source>attendance of %n student(s) at %1</source>
        <translation>
            <numerusform>attendance of %n student at %1</numerusform>
            <numerusform>attendance of %n students at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="107"/>
        <source>removal of %n registration(s) at %1</source>
        <translation>
            <numerusform>removal of %n registration at %1</numerusform>
            <numerusform>removal of %n registrations at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="129"/>
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="89"/>
        <source>%n row(s) rejected. This import was made before CareerDesk kept rejected rows; import the file again to see them.</source>
        <translation>
            <numerusform>%n row rejected. This import was made before CareerDesk kept rejected rows; import the file again to see them.</numerusform>
            <numerusform>%n rows rejected. This import was made before CareerDesk kept rejected rows; import the file again to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="125"/>
        <source>%n rejected row(s) saved to %1; correct them there and import that file again.</source>
        <translation>
            <numerusform>%n rejected row saved to %1; correct them there and import that file again.</numerusform>
            <numerusform>%n rejected rows saved to %1; correct them there and import that file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="151"/>
        <source>nomination of %n student(s) to %1</source>
        <translation>
            <numerusform>nomination of %n student to %1</numerusform>
            <numerusform>nomination of %n students to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="476"/>
        <source>move of %n nomination(s) to %1</source>
        <translation>
            <numerusform>move of %n nomination to %1</numerusform>
            <numerusform>move of %n nominations to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/register_dialog.py" line="39"/>
        <source>registration of %n student(s) for %1</source>
        <translation>
            <numerusform>registration of %n student for %1</numerusform>
            <numerusform>registration of %n students for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/students/student_picker.py" line="111"/>
        <source>%n student(s) chosen</source>
        <translation>
            <numerusform>%n student chosen</numerusform>
            <numerusform>%n students chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="325"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
</context>
</TS>
