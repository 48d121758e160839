<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name></name>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="59"/>
        <source>Recording the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="68"/>
        <source>Adding new students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="70"/>
        <source>Updating students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="73"/>
        <source>Nominations</source>
        <translation type="unfinished">提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="75"/>
        <source>Event registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="82"/>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="87"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/duplicates.py" line="41"/>
        <source>Student {student} ({university}) is already in row {row} of this file. This row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/duplicates.py" line="96"/>
        <source>in row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/duplicates.py" line="140"/>
        <source>Student {student} ({university}) {where} has {how}; check whether they are the same person. Both are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/duplicates.py" line="146"/>
        <source>the same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/duplicates.py" line="147"/>
        <source>the same Chinese name and mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="192"/>
        <source>There is no cohort &apos;{cohort}&apos;; known cohorts include {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="240"/>
        <source>There is no cohort &apos;{cohort}&apos; in CareerDesk; the student was imported but not nominated. Add the cohort, then import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="249"/>
        <source>The cohort has no track &apos;{track}&apos;; the student was imported but not nominated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="259"/>
        <source>There is no event &apos;{event}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="274"/>
        <source>The registrations were recorded for the event {event}, the one their registration numbers and dates point to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="278"/>
        <source>{file} looks like an event registration list; say which event it is for (--event CODE, or choose it in the import window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="91"/>
        <source>&apos;{university}&apos; is not a university CareerDesk knows; use one of {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="116"/>
        <source>{file} has headings in row {row} of &apos;{sheet}&apos; but no student rows under them; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="123"/>
        <source>The file has no University column; the university was taken as {university} from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="161"/>
        <source>{file} also has the sheet {other}, which looks like another list of students; only &apos;{sheet}&apos; was imported. Import it too (--sheet NAME, or choose the sheet in the import window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="165"/>
        <source>{file} also has the sheets {others} and {last}, which look like other lists of students; only &apos;{sheet}&apos; was imported. Import each too (--sheet NAME, or choose the sheet in the import window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="52"/>
        <source>Import batch {batch} undone: {removed:,} added students removed, {restored:,} updated students restored, {nominations:,} nominations removed, {registrations:,} event registrations removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="59"/>
        <source>{count:,} records were changed since the import and were left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="71"/>
        <source>There is no import batch {batch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="74"/>
        <source>Import batch {batch} was already undone on {when} by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="80"/>
        <source>Removing nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="81"/>
        <source>Removing event registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="82"/>
        <source>Restoring updated records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="83"/>
        <source>Removing added students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="51"/>
        <source>University</source>
        <extracomment>What each field is called: in the import window&apos;s drop-downs, and in messages that name a field (&quot;both look like the &apos;Graduation date&apos; column&quot;).</extracomment>
        <translation type="unfinished">大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="52"/>
        <source>Student no.</source>
        <translation type="unfinished">學號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="53"/>
        <source>English name</source>
        <translation type="unfinished">英文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="54"/>
        <source>Chinese name</source>
        <translation type="unfinished">中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="55"/>
        <source>Surname</source>
        <translation type="unfinished">姓氏</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="56"/>
        <source>Given name</source>
        <translation type="unfinished">名字</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="57"/>
        <source>Email</source>
        <translation type="unfinished">電郵</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="58"/>
        <source>Mobile</source>
        <translation type="unfinished">手提電話</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="59"/>
        <source>Faculty</source>
        <translation type="unfinished">學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="60"/>
        <source>Department</source>
        <translation type="unfinished">學系</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="61"/>
        <source>Programme of study</source>
        <translation type="unfinished">修讀課程</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="62"/>
        <source>Award level</source>
        <translation type="unfinished">學歷</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="63"/>
        <source>Year of study</source>
        <translation type="unfinished">年級</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="64"/>
        <source>Graduation date</source>
        <translation type="unfinished">畢業日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="65"/>
        <source>Hong Kong resident</source>
        <translation type="unfinished">香港居民</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="66"/>
        <source>Currently employed</source>
        <translation type="unfinished">現正受僱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="67"/>
        <source>Months of full-time work</source>
        <translation type="unfinished">全職工作月數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="68"/>
        <source>Consent to share data</source>
        <translation type="unfinished">同意分享資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="69"/>
        <source>Cohort</source>
        <translation type="unfinished">梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="70"/>
        <source>Track</source>
        <translation type="unfinished">組別</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="71"/>
        <source>Faculty rank</source>
        <translation type="unfinished">學院排名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="72"/>
        <source>Notes</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="73"/>
        <source>Registration number</source>
        <translation type="unfinished">登記編號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="74"/>
        <source>Attendance</source>
        <translation type="unfinished">出席</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="75"/>
        <source>Checked in</source>
        <translation type="unfinished">已簽到</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="76"/>
        <source>Ticket type</source>
        <translation type="unfinished">票種</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="77"/>
        <source>Registered at</source>
        <translation type="unfinished">登記時間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="78"/>
        <source>Interests</source>
        <translation type="unfinished">興趣範疇</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="79"/>
        <source>Row number</source>
        <translation type="unfinished">行號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/layout.py" line="78"/>
        <source>No row of column headings was found in the first {count} rows of &apos;{sheet}&apos; in {file}; CareerDesk looks for headings such as &apos;Student No.&apos;, &apos;English Name&apos; or &apos;Email&apos;.</source>
        <extracomment>A header row names at least one of these, so a title row never passes for one. For a column set aside because another one means the same (``read_columns``): that other column&apos;s heading, and what both mean.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/layout.py" line="170"/>
        <source>two columns with the same heading &apos;{heading}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/layout.py" line="172"/>
        <source>two columns that both mean &apos;{field}&apos; (&apos;{first}&apos; and &apos;{heading}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/layout.py" line="176"/>
        <source>&apos;{sheet}&apos; in {file} has {what}, in columns {first} and {second} of row {row}; delete or rename one and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="81"/>
        <source>{file} has no University column; say which university its students are from (--university CODE, or choose it in the import window).</source>
        <extracomment>Fields whose values repeat down a column: each distinct value is cleaned only once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="119"/>
        <source>The column &apos;{heading}&apos; is not one CareerDesk knows; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="123"/>
        <source>The columns &apos;{used}&apos; and &apos;{heading}&apos; both look like the &apos;{field}&apos; column; &apos;{used}&apos; was imported and &apos;{heading}&apos; was not. If &apos;{heading}&apos; is the right one, choose it in the import window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="172"/>
        <source>{problem} {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="238"/>
        <source>The cell {cell} has a formula with no saved result; open the file in Excel, let it calculate, save, and import again.</source>
        <extracomment>For a normaliser, a test that it leaves a whole column as it is (empty cells aside). (Tidy names cost no more one by one: ``clean_text`` takes them by a fast path.)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="244"/>
        <source>The cell {cell} shows the error {error}; correct it in the file and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="252"/>
        <source>The row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="253"/>
        <source>The row was imported without this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="254"/>
        <source>This row has no university. The row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="255"/>
        <source>This row has no student number. The row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="256"/>
        <source>This row is hidden in the file (filtered out or hidden in Excel); it was not imported. Show it in Excel and import the file again if it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="258"/>
        <source>This row has no student number, name or email; it was taken as a note or a total, not a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="380"/>
        <source>&apos;{text}&apos; is not a university CareerDesk knows; use a code such as {codes}. The row was not imported.</source>
        <extracomment>Chinese characters (CJK ideographs, their extensions and compatibility forms). What is left around a name&apos;s Latin part once its Chinese part is taken out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/open_file.py" line="63"/>
        <source>{file} has no sheet called &apos;{sheet}&apos;; its sheets are {sheets}.</source>
        <extracomment>Sheet names that hold instructions or lookups, not nominees.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/open_file.py" line="74"/>
        <source>{file} has no visible sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="31"/>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="32"/>
        <source>a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="33"/>
        <source>a JPEG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="34"/>
        <source>a GIF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="35"/>
        <source>a RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="36"/>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="37"/>
        <source>a gzip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="38"/>
        <source>a Windows program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="39"/>
        <source>a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="40"/>
        <source>an RTF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="48"/>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="50"/>
        <source>{file} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="57"/>
        <source>{file} cannot be opened: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="59"/>
        <source>{file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="67"/>
        <source>{file} is {what}, not a spreadsheet or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="70"/>
        <source>{file} is a web page, not a spreadsheet; open it in Excel and save it as a workbook (.xlsx) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="83"/>
        <source>{file} is damaged or incomplete (perhaps cut short while downloading); ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="94"/>
        <source>{file} is a Word document, not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="96"/>
        <source>{file} is a zip archive, not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="105"/>
        <source>{file} would expand to {gigabytes:.1f} GB when opened, far more than any nominee list; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="115"/>
        <source>{file} is password-protected; open it in Excel, remove the password (File → Info → Protect Workbook), save, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="120"/>
        <source>{file} is an older Office document (perhaps Word), not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/text_reader.py" line="29"/>
        <source>{file} is too large to be a nominee list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/text_reader.py" line="33"/>
        <source>{file} is not a text or CSV file that CareerDesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/text_reader.py" line="40"/>
        <source>{file} is not a well-formed CSV file ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/text_reader.py" line="53"/>
        <source>{file} says it is {encoding} text but is not; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/text_reader.py" line="91"/>
        <source>{file} is text in an encoding CareerDesk cannot recognise; save it from Excel as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="71"/>
        <source>A student number cannot be TRUE or FALSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="75"/>
        <source>{value} is not a student number (it has decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="87"/>
        <source>&apos;{text}&apos; is not a student number (letters and digits only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="97"/>
        <source>{value} is not a student number.</source>
        <extracomment>Digits in groups (&quot;1155-012-345&quot;, &quot;2101-2345D&quot;): the same number as without the dashes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="118"/>
        <source>&apos;{text}&apos; is not a complete email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="168"/>
        <source>&apos;{text}&apos; is not a complete phone number.</source>
        <extracomment>The end of an address from its (last) &quot;@&quot;: a domain ending in letters, then the next cell.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="173"/>
        <source>&apos;{text}&apos; is not a Hong Kong phone number (8 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="198"/>
        <source>TRUE or FALSE is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="208"/>
        <source>&apos;{text}&apos; is not a date CareerDesk can read (write it as 30/06/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="228"/>
        <source>{value} is a year, not a date; write the month too (06/{year}).</source>
        <extracomment>Excel serial numbers of 1950-01-01 and 2100-12-31: a number outside them is no date CareerDesk keeps (1950 to 2100 as a number is a year, a day in 1905 as a serial).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="230"/>
        <source>{value} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="323"/>
        <source>&apos;{text}&apos; is not a date and time.</source>
        <extracomment>A time after a date, as forms and spreadsheets write it: &quot;09:40&quot;, &quot;9:40:12&quot;, &quot;9:40 pm&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="344"/>
        <source>{value} is not yes or no.</source>
        <extracomment>A whole word that answers yes or no at the start of a longer answer (not &quot;n&quot; of &quot;N/A&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="353"/>
        <source>&apos;{value}&apos; is not yes or no (Y/N, 是/否).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="361"/>
        <source>TRUE or FALSE is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="365"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="369"/>
        <source>{value} is not a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="437"/>
        <source>&apos;{text}&apos; is not an award level CareerDesk knows (sub-degree, bachelor, master or doctorate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="463"/>
        <source>&apos;{text}&apos; is not an attendance CareerDesk knows (On-site, Virtual, No-show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="509"/>
        <source>&apos;{value}&apos; is not a check-in CareerDesk knows (Checked In, Not Checked In, Attending).</source>
        <extracomment>Words of a ticket&apos;s name that say how its holder attends (a word of each: it says nothing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/workbook_reader.py" line="47"/>
        <source>{file} is password-protected; remove the password in Excel, save, and import it again.</source>
        <extracomment>What makes a sheet&apos;s XML worth scanning: a formula, an error value, a hidden row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/workbook_reader.py" line="51"/>
        <source>{file} cannot be read as a spreadsheet; it may be damaged ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/workbook_reader.py" line="84"/>
        <source>The sheet &apos;{sheet}&apos; of {file} cannot be read; the file may be damaged ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/xlsx_writer.py" line="40"/>
        <source>{path} cannot be written: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/xlsx_writer.py" line="77"/>
        <source>{path} cannot be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/messages.py" line="51"/>
        <source>{first} {then}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/careerdesk/gui/app.py" line="75"/>
        <source>CareerDesk met an unexpected problem. Your saved work is safe; the details were written to %1.</source>
        <translation>CareerDesk 遇到意外問題。已儲存的資料安全無損；詳情已寫入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/app.py" line="153"/>
        <source>CareerDesk cannot start</source>
        <translation>CareerDesk 無法啟動</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="288"/>
        <source>Check the rows</source>
        <translation>檢查各行</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="289"/>
        <source>Red cells stop their row from being imported; amber cells are imported without that value. Point at a cell to see why.</source>
        <translation>紅色儲存格令該行不會匯入；橙色儲存格的值不會匯入，但該行照常匯入。將游標指向儲存格可查看原因。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="295"/>
        <source>Show only rows with problems</source>
        <translation>只顯示有問題的行</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="308"/>
        <source>Reading every row…</source>
        <translation>正在讀取每一行…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="323"/>
        <source>%1 student rows: %2 to add, %3 to update, %4 unchanged, %5 rejected; %6 imported with a warning.</source>
        <translation>%1 行學生資料：新增 %2、更新 %3、無變更 %4、被拒 %5；%6 行附帶警告匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="334"/>
        <source>The file could not be read.</source>
        <translation>無法讀取檔案。</translation>
    </message>
</context>
<context>
    <name>CohortEditor</name>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="44"/>
        <source>Edit cohort</source>
        <translation>編輯梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="44"/>
        <source>New cohort</source>
        <translation>新梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="55"/>
        <source>Opens</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="56"/>
        <source>Closes</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="59"/>
        <source>No limit</source>
        <translation>不設上限</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="62"/>
        <source>Programme:</source>
        <translation>計劃：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="63"/>
        <source>Code:</source>
        <translation>代號：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="64"/>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="65"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="69"/>
        <source>Application window:</source>
        <translation>申請期：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="70"/>
        <source>Places in total:</source>
        <translation>總名額：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="73"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="73"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="73"/>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="76"/>
        <source>Places</source>
        <translation>名額</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="74"/>
        <source>Phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="74"/>
        <source>Months</source>
        <translation>月數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="74"/>
        <source>Weeks</source>
        <translation>週數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="75"/>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="75"/>
        <source>Faculty (optional)</source>
        <translation>學院（可選）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="77"/>
        <source>Eligibility rules</source>
        <translation>資格規則</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="78"/>
        <source>Phases</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="79"/>
        <source>Tracks</source>
        <translation>組別</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="80"/>
        <source>Quotas</source>
        <translation>名額分配</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="91"/>
        <source>Award level is one of</source>
        <translation>學歷屬以下其一</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="92"/>
        <source>Hong Kong resident</source>
        <translation>香港居民</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="93"/>
        <source>Unemployed at the moment of application</source>
        <translation>申請時沒有工作</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="94"/>
        <source>Months of full-time work fewer than</source>
        <translation>全職工作月數少於</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="95"/>
        <source>Graduated between</source>
        <translation>畢業日期介乎</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="96"/>
        <source>University is one of (codes)</source>
        <translation>大學屬以下其一（代號）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="97"/>
        <source>Faculty is one of (names, separated by ;)</source>
        <translation>學院屬以下其一（名稱，以 ; 分隔）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="98"/>
        <source>Year of study at least</source>
        <translation>年級最少為</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="99"/>
        <source>Consents to share data</source>
        <translation>同意分享資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="105"/>
        <source>from</source>
        <translation>由</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="106"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="121"/>
        <source>Copy the rules of another cohort…</source>
        <translation>複製另一梯次的規則…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="44"/>
        <source>Welcome to CareerDesk</source>
        <translation>歡迎使用 CareerDesk</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="47"/>
        <source>This database has no students yet. Start with realistic demo data to look around, or import the nominee list a faculty sent you.</source>
        <translation>此資料庫尚未有學生記錄。您可先載入示範資料瀏覽，或匯入學院寄來的提名名單。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="50"/>
        <source>Load demo data</source>
        <translation>載入示範資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="51"/>
        <source>Import a nominee list…</source>
        <translation>匯入提名名單…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="86"/>
        <source>At a glance</source>
        <translation>概覽</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="91"/>
        <source>Students</source>
        <translation>學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="92"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="93"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="94"/>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="95"/>
        <source>Cohorts</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="96"/>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="100"/>
        <source>Nominations by status</source>
        <translation>各狀態提名數目</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="122"/>
        <source>Application windows closing in the next 30 days</source>
        <translation>未來 30 日截止的申請期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="123"/>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="129"/>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="135"/>
        <source>None.</source>
        <translation>沒有。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="124"/>
        <source>starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="124"/>
        <source>ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="127"/>
        <source>… and %1 more.</source>
        <translation>……另有 %1 項。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="128"/>
        <source>Placements starting or ending in the next 30 days</source>
        <translation>未來 30 日開始或結束的實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="135"/>
        <source>Quota use (submitted ÷ places)</source>
        <translation>名額使用（已遞交 ÷ 名額）</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="152"/>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="155"/>
        <source>Career days and workshops, with registrations and attendance (on-site or virtual).</source>
        <translation>職業博覽日及工作坊，連同登記及出席（現場或網上）記錄。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="159"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="160"/>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="161"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="162"/>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="163"/>
        <source>Registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="164"/>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="108"/>
        <source>Choose the file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="109"/>
        <source>Excel workbooks (.xlsx, .xls, .xlsb), OpenDocument (.ods) and text files (.csv, .txt) are all accepted.</source>
        <translation>接受 Excel 活頁簿（.xlsx、.xls、.xlsb）、OpenDocument（.ods）及文字檔（.csv、.txt）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="112"/>
        <source>The nominee list you were sent</source>
        <translation>您收到的提名名單</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="113"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="115"/>
        <source>Taken from the file</source>
        <translation>按檔案內容</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="117"/>
        <source>No nominations</source>
        <translation>不作提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="118"/>
        <source>Not an event list</source>
        <translation>並非活動名單</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="123"/>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="124"/>
        <source>University of the students:</source>
        <translation>學生所屬大學：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="125"/>
        <source>Nominate them to:</source>
        <translation>提名至：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="126"/>
        <source>Registrations for event:</source>
        <translation>活動登記：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="138"/>
        <source>Choose the nominee list</source>
        <translation>選擇提名名單</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="139"/>
        <source>Spreadsheets and text files (%1);;All files (*)</source>
        <translation>試算表及文字檔 (%1);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="106"/>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="108"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="111"/>
        <source>Save rejected rows…</source>
        <translation>儲存被拒的行…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="112"/>
        <source>Undo this import</source>
        <translation>撤銷這次匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="141"/>
        <source>The import failed; nothing was changed.</source>
        <translation>匯入失敗，資料沒有任何變更。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="142"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，資料沒有任何變更。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="157"/>
        <source>Done. %1 students added, %2 updated, %3 unchanged, %4 rows rejected (import %5).</source>
        <translation>完成。新增 %1 名學生、更新 %2 名、無變更 %3 名、%4 行被拒（匯入編號 %5）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="166"/>
        <source>%1 nominations and %2 event registrations recorded.</source>
        <translation>已記錄 %1 項提名及 %2 項活動登記。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="188"/>
        <source>Save rejected rows</source>
        <translation>儲存被拒的行</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="190"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="199"/>
        <source>%1 rejected rows saved to %2; correct them there and import that file again.</source>
        <translation>已將 %1 行被拒資料儲存至 %2；請在該檔案更正後再次匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="208"/>
        <source>Undoing import %1…</source>
        <translation>正在撤銷匯入 %1…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="69"/>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="101"/>
        <source>Import a nominee list</source>
        <translation>匯入提名名單</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="173"/>
        <source>Import a nominee list…</source>
        <translation>匯入提名名單…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="174"/>
        <source>Undo the selected import…</source>
        <translation>撤銷所選的匯入…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="191"/>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="195"/>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="211"/>
        <source>Undo an import</source>
        <translation>撤銷匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="192"/>
        <source>Select the import to undo in the list first.</source>
        <translation>請先在清單中選擇要撤銷的匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="196"/>
        <source>Undo import %1? Students it added are removed and students it changed get their old values back, unless someone has changed them since.</source>
        <translation>要撤銷匯入 %1 嗎？該次新增的學生會被移除，被更改的學生會回復舊值（之後曾被他人修改者除外）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="204"/>
        <source>Undoing import %1…</source>
        <translation>正在撤銷匯入 %1…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="215"/>
        <source>Imports</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="218"/>
        <source>Every nominee list imported into this database: when, by whom, and what became of its rows.</source>
        <translation>匯入此資料庫的每份提名名單：匯入時間、匯入者及各行的處理結果。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="222"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="223"/>
        <source>Imported</source>
        <translation>匯入時間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="224"/>
        <source>By</source>
        <translation>匯入者</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="225"/>
        <source>Rows</source>
        <translation>行數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="226"/>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="227"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="228"/>
        <source>Unchanged</source>
        <translation>無變更</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="229"/>
        <source>Rejected</source>
        <translation>被拒</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="230"/>
        <source>Undone</source>
        <translation>已撤銷</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="51"/>
        <source>CareerDesk</source>
        <translation>CareerDesk</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="55"/>
        <source>Dashboard</source>
        <translation>主頁</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="56"/>
        <source>Students</source>
        <translation>學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="57"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="58"/>
        <source>Programmes</source>
        <translation>計劃</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="59"/>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="60"/>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="61"/>
        <source>Imports</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="62"/>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="129"/>
        <location filename="../../src/careerdesk/gui/main_window.py" line="154"/>
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="100"/>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="127"/>
        <source>Bringing the database up to date for this version of CareerDesk (a copy is kept in the backups folder first)…</source>
        <translation>正在把資料庫更新至此版本的 CareerDesk（會先在備份資料夾保留一份副本）…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="230"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="239"/>
        <source>&amp;Back up the database…</source>
        <translation>備份資料庫(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="241"/>
        <source>&amp;Restore from a backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="245"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="247"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="231"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="255"/>
        <source>&amp;About CareerDesk</source>
        <translation>關於 CareerDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="267"/>
        <source>About CareerDesk</source>
        <translation>關於 CareerDesk</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="268"/>
        <source>CareerDesk %1

Students, nominations, placements and reports for university career offices.

Database: %2</source>
        <translation>CareerDesk %1

為大學就業輔導處而設的學生、提名、實習安排及報告系統。

資料庫：%2</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="276"/>
        <source>Load demo data</source>
        <translation>載入示範資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="277"/>
        <source>Fill this empty database with 2,000 made-up students, programmes, organisations, nominations and placements, so you can look around?</source>
        <translation>要在這個空白資料庫載入 2,000 名虛構學生，以及計劃、機構、提名和實習安排，方便您瀏覽嗎？</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="283"/>
        <source>Loading demo data…</source>
        <translation>正在載入示範資料…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="301"/>
        <source>Back up the database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="302"/>
        <source>CareerDesk backups (*.sqlite3)</source>
        <translation>CareerDesk 備份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="307"/>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="310"/>
        <source>Backup made</source>
        <translation>備份完成</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="311"/>
        <source>The database was backed up to %1.</source>
        <translation>資料庫已備份至 %1。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="317"/>
        <location filename="../../src/careerdesk/gui/main_window.py" line="322"/>
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="318"/>
        <source>CareerDesk backups (*.sqlite3);;All files (*)</source>
        <translation>CareerDesk 備份 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="323"/>
        <source>Replace everything in this database with the backup %1? A copy of the database as it is now is kept first.</source>
        <translation>要以備份 %1 取代此資料庫的全部內容嗎？系統會先保留現有資料庫的副本。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="331"/>
        <source>Restoring…</source>
        <translation>正在還原…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="229"/>
        <source>Match the columns</source>
        <translation>配對欄位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="230"/>
        <source>Say what each column holds. Columns left out are not imported. Your choices are remembered for files with the same headings.</source>
        <translation>請指明每欄的內容。未選用的欄不會匯入。相同標題的檔案會沿用您的選擇。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="250"/>
        <source>— leave out —</source>
        <translation>— 不匯入 —</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="258"/>
        <source>Using the choices you made for a file with these headings.</source>
        <translation>正沿用您為相同標題檔案所作的選擇。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="271"/>
        <source>Two columns are matched to the same field (%1); choose one of them only.</source>
        <translation>有兩欄配對到同一欄位（%1）；請只選其中一欄。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="275"/>
        <source>Choose the column that holds the student numbers.</source>
        <translation>請選擇載有學號的欄。</translation>
    </message>
</context>
<context>
    <name>NominationStatus</name>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="13"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="14"/>
        <source>Nominated</source>
        <translation>已提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="15"/>
        <source>Submitted</source>
        <translation>已遞交</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="16"/>
        <source>Shortlisted</source>
        <translation>入圍</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="18"/>
        <source>Interviewed</source>
        <translation>已面試</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="20"/>
        <source>Offered</source>
        <translation>獲取錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="21"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="22"/>
        <source>Placed</source>
        <translation>已上任</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="23"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="24"/>
        <source>Ineligible</source>
        <translation>不符資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="26"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="27"/>
        <source>Not selected</source>
        <translation>未獲選</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="29"/>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
</context>
<context>
    <name>NominationsModel</name>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="31"/>
        <source>Cohort</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="31"/>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="31"/>
        <source>Student no.</source>
        <translation>學號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="32"/>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="32"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="32"/>
        <source>Faculty</source>
        <translation>學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="33"/>
        <source>Track</source>
        <translation>組別</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="33"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="33"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="34"/>
        <source>Eligible</source>
        <translation>符合資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="35"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="35"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="36"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/nominations_model.py" line="90"/>
        <source>Below the quota line: %1 places.</source>
        <translation>在名額線以下：名額 %1 個。</translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="56"/>
        <source>Any eligibility</source>
        <extracomment>(report kind, preset values) — the window opens the Reports page on it</extracomment>
        <translation>任何資格狀況</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="57"/>
        <source>Eligible</source>
        <translation>符合資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="57"/>
        <source>Not eligible</source>
        <translation>不符資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="58"/>
        <source>Cannot tell yet</source>
        <translation>未能判斷</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="60"/>
        <source>Any status</source>
        <translation>任何狀態</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="64"/>
        <source>Student no. or name</source>
        <translation>學號或姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="100"/>
        <source>Note for the history (optional)</source>
        <translation>記錄備註（可選）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="101"/>
        <source>Move selected</source>
        <translation>移動所選</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="103"/>
        <source>Rank higher</source>
        <translation>排名提前</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="104"/>
        <source>Rank lower</source>
        <translation>排名押後</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="107"/>
        <source>Record placement…</source>
        <translation>記錄實習安排…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="109"/>
        <source>Outcome…</source>
        <translation>結果…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="117"/>
        <source>Move the selected nominations to</source>
        <translation>將所選提名移至</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="144"/>
        <source>Loading nominations…</source>
        <translation>正在載入提名…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="170"/>
        <source>All cohorts</source>
        <translation>所有梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="171"/>
        <source>All universities</source>
        <translation>所有大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="173"/>
        <source>All faculties</source>
        <translation>所有學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="201"/>
        <source>%1 nominations shown</source>
        <translation>顯示 %1 項提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="223"/>
        <source>Eligibility</source>
        <translation>資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="225"/>
        <source>This cohort has no rules.</source>
        <translation>此梯次沒有資格規則。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="227"/>
        <source>History</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="239"/>
        <source>Print letter…</source>
        <translation>列印信件…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="243"/>
        <source>Student record…</source>
        <translation>學生記錄…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="253"/>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="258"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="254"/>
        <source>Select one nomination to rank.</source>
        <translation>請選擇一項提名以調整排名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="259"/>
        <source>This nomination has no rank yet.</source>
        <translation>此提名尚未有排名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="269"/>
        <source>Record placement</source>
        <translation>記錄實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="270"/>
        <source>Select one nomination whose offer was accepted.</source>
        <translation>請選擇一項已接受取錄的提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="288"/>
        <source>Full-time offer</source>
        <translation>獲全職聘用</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="289"/>
        <source>Further study</source>
        <translation>繼續進修</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="289"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="290"/>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="294"/>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="303"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="291"/>
        <source>What came after the placement?</source>
        <translation>實習安排之後的結果是？</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="294"/>
        <source>Note (optional):</source>
        <translation>備註（可選）：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="305"/>
        <source>Outcome recorded.</source>
        <translation>已記錄結果。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="313"/>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="322"/>
        <source>Move nominations</source>
        <translation>移動提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="314"/>
        <source>Select the nominations to move first.</source>
        <translation>請先選擇要移動的提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="325"/>
        <source>An exception is needed</source>
        <translation>需要例外批准</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="326"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/nominations_page.py" line="331"/>
        <source>%1 nominations moved.</source>
        <translation>已移動 %1 項提名。</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="46"/>
        <source>Edit organisation</source>
        <translation>編輯機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="47"/>
        <source>New organisation</source>
        <translation>新機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="52"/>
        <source>AI</source>
        <translation>人工智能</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="52"/>
        <source>Microelectronics</source>
        <translation>微電子</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="53"/>
        <source>Life &amp; health tech</source>
        <translation>生命健康科技</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="53"/>
        <source>Fintech</source>
        <translation>金融科技</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="54"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="57"/>
        <source>Science Park company</source>
        <translation>科學園公司</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="58"/>
        <source>Programme partner</source>
        <translation>計劃合作夥伴</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="61"/>
        <source>Name (English):</source>
        <translation>名稱（英文）：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="62"/>
        <source>Name (Chinese):</source>
        <translation>名稱（中文）：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="63"/>
        <source>Theme:</source>
        <translation>範疇：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="66"/>
        <source>Website:</source>
        <translation>網站：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="67"/>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="70"/>
        <source>Title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="67"/>
        <source>Places</source>
        <translation>名額</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="67"/>
        <source>Cohort</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="68"/>
        <source>Track</source>
        <translation>組別</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="68"/>
        <source>Months</source>
        <translation>月數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="69"/>
        <source>Start (dd/mm/yyyy)</source>
        <translation>開始日期（日/月/年）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="70"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="70"/>
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="71"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="73"/>
        <source>Positions</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="74"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="114"/>
        <source>A start date must be written as dd/mm/yyyy.</source>
        <translation>開始日期須以 日/月/年（dd/mm/yyyy）格式填寫。</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="106"/>
        <source>New organisation…</source>
        <translation>新機構…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="107"/>
        <source>Edit the selected organisation…</source>
        <translation>編輯所選機構…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="132"/>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="135"/>
        <source>Host companies and partners, with their open positions and placements.</source>
        <translation>接待公司及合作夥伴，連同其職位空缺及實習安排。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="138"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="139"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="140"/>
        <source>Theme</source>
        <translation>範疇</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="141"/>
        <source>Science Park</source>
        <translation>科學園</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="142"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="143"/>
        <source>Positions</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="144"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/placement_dialog.py" line="37"/>
        <source>Record placement: %1</source>
        <translation>記錄實習安排：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/placement_dialog.py" line="45"/>
        <source>Optional, in HK$</source>
        <translation>可選，以港元計</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/placement_dialog.py" line="47"/>
        <source>Organisation:</source>
        <translation>機構：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/placement_dialog.py" line="48"/>
        <source>Position:</source>
        <translation>職位：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/placement_dialog.py" line="49"/>
        <source>Starts on:</source>
        <translation>開始日期：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/placement_dialog.py" line="50"/>
        <source>Monthly salary:</source>
        <translation>月薪：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/placement_dialog.py" line="61"/>
        <source>— no particular position —</source>
        <translation>— 不指定職位 —</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/placement_dialog.py" line="71"/>
        <source>The salary must be a number, such as 18500.</source>
        <translation>薪金必須是數字，例如 18500。</translation>
    </message>
</context>
<context>
    <name>PlannedRowsModel</name>
    <message>
        <location filename="../../src/careerdesk/gui/importing/preview_models.py" line="122"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/preview_models.py" line="124"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="28"/>
        <source>Edit programme</source>
        <translation>編輯計劃</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="28"/>
        <source>New programme</source>
        <translation>新計劃</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="33"/>
        <source>Talent programme</source>
        <translation>人才計劃</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="34"/>
        <source>Career day</source>
        <translation>職業博覽日</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="34"/>
        <source>Internships</source>
        <translation>實習</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="38"/>
        <source>Code:</source>
        <translation>代號：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="39"/>
        <source>Name (English):</source>
        <translation>名稱（英文）：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="40"/>
        <source>Name (Chinese):</source>
        <translation>名稱（中文）：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="41"/>
        <source>Kind:</source>
        <translation>類別：</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="24"/>
        <source>New programme…</source>
        <translation>新計劃…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="26"/>
        <source>Edit its programme…</source>
        <translation>編輯所屬計劃…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="30"/>
        <source>New cohort…</source>
        <translation>新梯次…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="31"/>
        <source>Edit the selected cohort…</source>
        <translation>編輯所選梯次…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="83"/>
        <source>Programmes and cohorts</source>
        <translation>計劃及梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="86"/>
        <source>Each programme&apos;s intakes with their application windows, quotas and results.</source>
        <translation>各計劃的梯次，連同申請期、名額及結果。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="90"/>
        <source>Programme</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="91"/>
        <source>Cohort</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="92"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="93"/>
        <source>Opens</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="94"/>
        <source>Closes</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="95"/>
        <source>Quota</source>
        <translation>名額</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="96"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="97"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="47"/>
        <source>Placement report</source>
        <translation>實習安排報告</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="48"/>
        <source>Nomination list for endorsement</source>
        <translation>供簽署的提名名單</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="49"/>
        <source>Placement letters</source>
        <translation>實習安排信</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="50"/>
        <source>Event attendance report</source>
        <translation>活動出席報告</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="51"/>
        <source>Student record</source>
        <translation>學生記錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="58"/>
        <source>All universities</source>
        <translation>所有大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="62"/>
        <source>All faculties</source>
        <translation>所有學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="64"/>
        <source>All events</source>
        <translation>所有活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="68"/>
        <source>Show counts below 3 as &quot;&lt;3&quot;</source>
        <translation>少於 3 的數字顯示為「&lt;3」</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="69"/>
        <source>Generate</source>
        <translation>產生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="71"/>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="72"/>
        <source>Save as…</source>
        <translation>另存為…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="81"/>
        <source>Report:</source>
        <translation>報告：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="83"/>
        <source>Cohort:</source>
        <translation>梯次：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="84"/>
        <source>University:</source>
        <translation>大學：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="85"/>
        <source>Faculty:</source>
        <translation>學院：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="86"/>
        <source>Event:</source>
        <translation>活動：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="87"/>
        <source>Student no.:</source>
        <translation>學號：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="164"/>
        <source>Generating…</source>
        <translation>正在產生…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="181"/>
        <source>%1 pages.</source>
        <translation>共 %1 頁。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="183"/>
        <source>The report font cannot draw some characters; choose another font in Settings:</source>
        <translation>報告字型無法顯示部分字元；請在設定中選擇其他字型：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="192"/>
        <source>The report could not be made.</source>
        <translation>無法產生報告。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="204"/>
        <source>Save the report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="205"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="208"/>
        <source>Saved to %1.</source>
        <translation>已儲存至 %1。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="234"/>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/reports_page.py" line="234"/>
        <source>Sent to the printer.</source>
        <translation>已傳送至印表機。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="38"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="42"/>
        <source>Every status change and import records this name. Leave it empty to use your Windows login.</source>
        <translation>每次狀態變更及匯入都會記錄此名稱。留空則使用您的 Windows 登入名稱。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="48"/>
        <source>Your name:</source>
        <translation>您的名稱：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="51"/>
        <source>You</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="53"/>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="68"/>
        <source>Found on this computer</source>
        <translation>按本電腦已有字型</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="70"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="71"/>
        <source>US Letter</source>
        <translation>美國信紙</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="75"/>
        <source>Office name:</source>
        <translation>辦公室名稱：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="76"/>
        <source>Logo (PNG or JPEG):</source>
        <translation>標誌（PNG 或 JPEG）：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="77"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="78"/>
        <source>Paper:</source>
        <translation>紙張：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="79"/>
        <source>Chinese font (TrueType):</source>
        <translation>中文字型（TrueType）：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="80"/>
        <source>Fonts (*.ttf *.ttc)</source>
        <translation>字型 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="81"/>
        <source>Placement letter:</source>
        <translation>實習安排信：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="82"/>
        <source>Fields: {date} {name_en} {name_zh} {student_no} {university_name} {organisation} {position} {cohort_name} {start} {end} {phases} {office}</source>
        <translation>可用欄位：{date} {name_en} {name_zh} {student_no} {university_name} {organisation} {position} {cohort_name} {start} {end} {phases} {office}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings_dialog.py" line="92"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="168"/>
        <source>Check the sheet and its headings</source>
        <translation>檢查工作表及標題</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="169"/>
        <source>The row of column headings is tinted blue. Choose another sheet or heading row if CareerDesk guessed wrong.</source>
        <translation>欄標題所在的行以藍色標示。如 CareerDesk 判斷有誤，請選擇其他工作表或標題行。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="179"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="182"/>
        <source>Headings in row:</source>
        <translation>標題所在行：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="197"/>
        <source> (hidden)</source>
        <translation>（已隱藏）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/import_wizard.py" line="211"/>
        <source>%1 rows in this sheet.</source>
        <translation>此工作表共有 %1 行。</translation>
    </message>
</context>
<context>
    <name>StudentsModel</name>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="59"/>
        <source>University</source>
        <extracomment>The rest of the ids are read this long after the first screenful, so the window paints first; scrolling further before then reads them at once (``student_id``, ``data``). Qt.ItemDataRole.DisplayRole and ToolTipRole, as plain numbers (a test keeps them equal). The Students page is the window&apos;s first page: naming any member of ``Qt`` before it has painted would build PySide6&apos;s whole ``Qt`` enum namespace first (136 enums, ~20 ms, a tenth of the start-up). So this model names none: no ``headerData`` (Qt would call it with a ``Qt.Orientation``; the page shows ``column_titles`` through a header model of its own) and ``sort`` takes its order as Qt gives it.</extracomment>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="60"/>
        <source>Student no.</source>
        <translation>學號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="61"/>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="62"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="63"/>
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="64"/>
        <source>Mobile</source>
        <translation>手提電話</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="65"/>
        <source>Faculty</source>
        <translation>學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="66"/>
        <source>Programme</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="67"/>
        <source>Graduation</source>
        <translation>畢業日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="69"/>
        <source>HK resident</source>
        <translation>香港居民</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/students_page.py" line="33"/>
        <source>Search by name, Chinese name, student no. or email</source>
        <extracomment>(report kind, preset values) — the window opens the Reports page on it</extracomment>
        <translation>按姓名、中文姓名、學號或電郵搜尋</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/students_page.py" line="88"/>
        <source>Student record…</source>
        <translation>學生記錄…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/pages/students_page.py" line="104"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n 名學生</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="45"/>
        <source>Ready to import</source>
        <extracomment>The summary lists this many problems (the same problem on many rows is one).</extracomment>
        <translation>準備匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="46"/>
        <source>Nothing has been changed yet. Press Import to do this.</source>
        <translation>資料尚未有任何變更。按「匯入」開始。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="56"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="62"/>
        <source>File: %1, sheet %2, headings in row %3.</source>
        <translation>檔案：%1，工作表 %2，標題在第 %3 行。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="64"/>
        <source>Students to add: %1</source>
        <translation>將新增學生：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="65"/>
        <source>Students to update: %1</source>
        <translation>將更新學生：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="66"/>
        <source>Students unchanged: %1</source>
        <translation>無變更學生：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="67"/>
        <source>Rows rejected: %1</source>
        <translation>被拒的行：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="69"/>
        <source>Nominations to make or update: %1</source>
        <translation>將建立或更新的提名：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="72"/>
        <source>Event registrations to record: %1</source>
        <translation>將記錄的活動登記：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="75"/>
        <source>Row %1: %2 changes %3</source>
        <translation>第 %1 行：%2 更改了 %3</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="83"/>
        <source>…and %1 more problems: the previous page shows every row with a problem.</source>
        <translation>……另有 %1 項問題：上一頁列出每一行有問題的資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="94"/>
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="96"/>
        <source>Rows %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/importing/outcome_pages.py" line="97"/>
        <source>Rows %1 and %2 more: </source>
        <translation>第 %1 行及另外 %2 行：</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/table_page.py" line="42"/>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../src/careerdesk/gui/tasks.py" line="101"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/tasks.py" line="102"/>
        <location filename="../../src/careerdesk/gui/tasks.py" line="115"/>
        <source>CareerDesk</source>
        <translation>CareerDesk</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/tasks.py" line="116"/>
        <source>CareerDesk met an unexpected problem; nothing was changed. The details were written to the log file.</source>
        <translation>CareerDesk 遇到意外問題，沒有更改任何資料。詳情已寫入記錄檔。</translation>
    </message>
</context>
</TS>
