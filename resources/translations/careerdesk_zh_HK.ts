<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/careerdesk/gui/app.py" line="51"/>
        <source>CareerDesk met an unexpected problem. Your saved work is safe; the details were written to %1.</source>
        <translation>CareerDesk 遇到意外問題。已儲存的資料安全無損；詳情已寫入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/app.py" line="100"/>
        <source>CareerDesk cannot start</source>
        <translation>CareerDesk 無法啟動</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="39"/>
        <source>Welcome to CareerDesk</source>
        <translation>歡迎使用 CareerDesk</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="42"/>
        <source>This database has no students yet. Start with realistic demo data to look around, or import the nominee list a faculty sent you.</source>
        <translation>此資料庫尚未有學生記錄。您可先載入示範資料瀏覽，或匯入學院寄來的提名名單。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="45"/>
        <source>Load demo data</source>
        <translation>載入示範資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="46"/>
        <source>Import a nominee list…</source>
        <translation>匯入提名名單…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="81"/>
        <source>At a glance</source>
        <translation>概覽</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="86"/>
        <source>Students</source>
        <translation>學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="87"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="88"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="89"/>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="90"/>
        <source>Cohorts</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="91"/>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/dashboard_page.py" line="95"/>
        <source>Nominations by status</source>
        <translation>各狀態提名數目</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="85"/>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="88"/>
        <source>Career days and workshops, with registrations and attendance (on-site or virtual).</source>
        <translation>職業博覽日及工作坊，連同登記及出席（現場或網上）記錄。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="92"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="93"/>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="94"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="95"/>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="96"/>
        <source>Registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="97"/>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="106"/>
        <source>Import a nominee list…</source>
        <translation>匯入提名名單…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="111"/>
        <source>Imports</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="114"/>
        <source>Every nominee list imported into this database: when, by whom, and what became of its rows.</source>
        <translation>匯入此資料庫的每份提名名單：匯入時間、匯入者及各行的處理結果。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="118"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="119"/>
        <source>Imported</source>
        <translation>匯入時間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="120"/>
        <source>By</source>
        <translation>匯入者</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="121"/>
        <source>Rows</source>
        <translation>行數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="122"/>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="123"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="124"/>
        <source>Unchanged</source>
        <translation>無變更</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="125"/>
        <source>Rejected</source>
        <translation>被拒</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="126"/>
        <source>Undone</source>
        <translation>已撤銷</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="53"/>
        <location filename="../../src/careerdesk/gui/main_window.py" line="266"/>
        <location filename="../../src/careerdesk/gui/main_window.py" line="281"/>
        <source>CareerDesk</source>
        <translation>CareerDesk</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="57"/>
        <source>Dashboard</source>
        <translation>主頁</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="58"/>
        <source>Students</source>
        <translation>學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="59"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="60"/>
        <source>Programmes</source>
        <translation>計劃</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="61"/>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="62"/>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="63"/>
        <source>Imports</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="64"/>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="87"/>
        <location filename="../../src/careerdesk/gui/main_window.py" line="146"/>
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="105"/>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="185"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="186"/>
        <source>&amp;Back up the database…</source>
        <translation>備份資料庫(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="188"/>
        <source>&amp;Restore from a backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="192"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="198"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="199"/>
        <source>&amp;About CareerDesk</source>
        <translation>關於 CareerDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="204"/>
        <source>About CareerDesk</source>
        <translation>關於 CareerDesk</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="205"/>
        <source>CareerDesk %1

Students, nominations, placements and reports for university career offices.

Database: %2</source>
        <translation>CareerDesk %1

為大學就業輔導處而設的學生、提名、實習安排及報告系統。

資料庫：%2</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="211"/>
        <source>Load demo data</source>
        <translation>載入示範資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="212"/>
        <source>Fill this empty database with 2,000 made-up students, programmes, organisations, nominations and placements, so you can look around?</source>
        <translation>要在這個空白資料庫載入 2,000 名虛構學生，以及計劃、機構、提名和實習安排，方便您瀏覽嗎？</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="218"/>
        <source>Loading demo data…</source>
        <translation>正在載入示範資料…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="223"/>
        <source>Import a nominee list</source>
        <translation>匯入提名名單</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="224"/>
        <source>Importing nominee lists (Excel, CSV) arrives in the next version of CareerDesk. Until then, try the demo data to see how your lists will look.</source>
        <translation>匯入提名名單（Excel、CSV）將於下一版本推出。在此之前，可先用示範資料看看名單的顯示方式。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="229"/>
        <source>Back up the database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="230"/>
        <source>CareerDesk backups (*.sqlite3)</source>
        <translation>CareerDesk 備份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="235"/>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="238"/>
        <source>Backup made</source>
        <translation>備份完成</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="239"/>
        <source>The database was backed up to %1.</source>
        <translation>資料庫已備份至 %1。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="243"/>
        <location filename="../../src/careerdesk/gui/main_window.py" line="248"/>
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="244"/>
        <source>CareerDesk backups (*.sqlite3);;All files (*)</source>
        <translation>CareerDesk 備份 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="249"/>
        <source>Replace everything in this database with the backup %1? A copy of the database as it is now is kept first.</source>
        <translation>要以備份 %1 取代此資料庫的全部內容嗎？系統會先保留現有資料庫的副本。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="257"/>
        <source>Restoring…</source>
        <translation>正在還原…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="265"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="282"/>
        <source>CareerDesk met an unexpected problem; nothing was changed. The details were written to the log file.</source>
        <translation>CareerDesk 遇到意外問題，資料沒有任何變更。詳情已寫入記錄檔。</translation>
    </message>
</context>
<context>
    <name>NominationStatus</name>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="12"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="13"/>
        <source>Nominated</source>
        <translation>已提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="14"/>
        <source>Submitted</source>
        <translation>已遞交</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="15"/>
        <source>Shortlisted</source>
        <translation>入圍</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="17"/>
        <source>Interviewed</source>
        <translation>已面試</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="19"/>
        <source>Offered</source>
        <translation>獲取錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="20"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="21"/>
        <source>Placed</source>
        <translation>已上任</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="22"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="23"/>
        <source>Ineligible</source>
        <translation>不符資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="25"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="26"/>
        <source>Not selected</source>
        <translation>未獲選</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/labels.py" line="28"/>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="21"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="24"/>
        <source>How many nominations of each cohort stand at each step, from draft to a completed placement.</source>
        <translation>各梯次的提名在每個階段的數目，由草稿至完成實習。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="33"/>
        <source>Cohort</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="34"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="35"/>
        <source>Total</source>
        <translation>總數</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="65"/>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="68"/>
        <source>Host companies and partners, with their open positions and placements.</source>
        <translation>接待公司及合作夥伴，連同其職位空缺及實習安排。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="71"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="72"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="73"/>
        <source>Theme</source>
        <translation>範疇</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="74"/>
        <source>Science Park</source>
        <translation>科學園</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="75"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="76"/>
        <source>Positions</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="77"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="43"/>
        <source>Programmes and cohorts</source>
        <translation>計劃及梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="46"/>
        <source>Each programme&apos;s intakes with their application windows, quotas and results.</source>
        <translation>各計劃的梯次，連同申請期、名額及結果。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="50"/>
        <source>Programme</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="51"/>
        <source>Cohort</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="52"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="53"/>
        <source>Opens</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="54"/>
        <source>Closes</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="55"/>
        <source>Quota</source>
        <translation>名額</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="56"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="57"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/catalogue_pages.py" line="138"/>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;&lt;p&gt;CareerDesk will print these reports as A4 PDF files:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Placement report for a cohort or programme&lt;/li&gt;&lt;li&gt;Nomination list for the Dean&apos;s endorsement&lt;/li&gt;&lt;li&gt;Placement letters&lt;/li&gt;&lt;li&gt;Event attendance report&lt;/li&gt;&lt;li&gt;Student record (for a personal-data access request)&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Report printing is not in this version yet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;報告&lt;/h2&gt;&lt;p&gt;CareerDesk 將以 A4 PDF 列印以下報告：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;梯次或計劃的實習安排報告&lt;/li&gt;&lt;li&gt;供院長簽署的提名名單&lt;/li&gt;&lt;li&gt;實習安排信&lt;/li&gt;&lt;li&gt;活動出席報告&lt;/li&gt;&lt;li&gt;學生記錄（供查閱個人資料要求）&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;此版本尚未提供報告列印。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>StudentsModel</name>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="37"/>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="38"/>
        <source>Student no.</source>
        <translation>學號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="39"/>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="40"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="41"/>
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="42"/>
        <source>Mobile</source>
        <translation>手提電話</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="43"/>
        <source>Faculty</source>
        <translation>學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="44"/>
        <source>Programme</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="45"/>
        <source>Graduation</source>
        <translation>畢業日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/models/students_model.py" line="47"/>
        <source>HK resident</source>
        <translation>香港居民</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/pages/students_page.py" line="21"/>
        <source>Search by name, Chinese name, student no. or email</source>
        <translation>按姓名、中文姓名、學號或電郵搜尋</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/pages/students_page.py" line="64"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n 名學生</numerusform>
        </translation>
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
</TS>
