<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name></name>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="53"/>
        <source>Keeping a copy of the database</source>
        <translation>正在保存資料庫副本</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="87"/>
        <source>Since this file was read, another import (or a colleague) recorded some of the same students{who}; nothing was imported. Import the file again: CareerDesk then updates them instead.</source>
        <translation>讀取此檔案後，另一項匯入（或同事）已記錄了部分相同的學生{who}；沒有匯入任何資料。請再次匯入此檔案：CareerDesk 便會改為更新他們。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="107"/>
        <source>Recording the import</source>
        <translation>正在記錄這次匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="116"/>
        <source>Adding new students</source>
        <translation>正在新增學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="118"/>
        <source>Updating students</source>
        <translation>正在更新學生資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/demo.py" line="101"/>
        <source>The number of demo students must be between 0 and {most:,}.</source>
        <translation>示範學生人數必須介乎 0 至 {most:,}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/demo.py" line="111"/>
        <source>This database already holds {existing:,} students; demo data goes only into an empty database, so it never mixes with real records.</source>
        <translation>這個資料庫已有 {existing:,} 名學生；示範資料只會放入空白資料庫，以免與真實紀錄混雜。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/demo.py" line="131"/>
        <source>Universities and faculties</source>
        <translation>大學及學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/demo.py" line="135"/>
        <source>Programmes and cohorts</source>
        <translation>計劃及梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/demo.py" line="137"/>
        <source>Organisations and positions</source>
        <translation>機構及職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/demo.py" line="144"/>
        <location filename="../../src/careerdesk/core/services/demo.py" line="148"/>
        <source>Career days</source>
        <translation>招聘日</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/demo.py" line="260"/>
        <source>Students</source>
        <translation>學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/demo.py" line="348"/>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="122"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="39"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/demo.py" line="411"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="91"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="56"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="126"/>
        <source>Event registrations</source>
        <translation>活動登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/demo.py" line="156"/>
        <location filename="../../src/careerdesk/core/services/importing/applying.py" line="137"/>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="116"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/duplicates.py" line="59"/>
        <source>Student {student} ({university}) is already in row {row} of this file (they joined again, as a rule); counted once.</source>
        <translation>學生 {student}（{university}）已在本檔案第 {row} 行出現（通常是再次加入）；只計算一次。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/duplicates.py" line="50"/>
        <source>Student {student} ({university}) is already in row {row} of this file. This row was not imported.</source>
        <translation>學生 {student}（{university}）已在本檔案第 {row} 行出現。此行沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/duplicates.py" line="64"/>
        <source>Student {student} ({university}) is also in row {row} of this file; what this row adds ({fields}) was taken with that row, as nothing in it disagrees.</source>
        <translation>學生 {student}（{university}）亦在本檔案第 {row} 行出現；此行補充的資料（{fields}）已與該行一併匯入，因為兩行沒有互相矛盾之處。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/duplicates.py" line="161"/>
        <source>in row {row}</source>
        <translation>在第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/duplicates.py" line="208"/>
        <source>Student {student} ({university}) {where} has {how}; check whether they are the same person. Both are kept.</source>
        <translation>學生 {student}（{university}）{where}有{how}；請核實是否同一人。兩筆紀錄均已保留。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/duplicates.py" line="214"/>
        <source>the same email</source>
        <translation>相同的電郵</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/duplicates.py" line="215"/>
        <source>the same Chinese name and mobile</source>
        <translation>相同的中文姓名及手提電話</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="108"/>
        <source>There is no cohort &apos;{cohort}&apos;; known cohorts include {known}.</source>
        <translation>沒有「{cohort}」這個梯次；已有的梯次包括 {known}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="157"/>
        <source>&apos;{programme}&apos; names a programme, not one of its cohorts; its students were nominated to {cohort}, the one open for applications now.</source>
        <translation>「{programme}」是計劃名稱，而非其中一個梯次；其學生已提名至現正接受申請的梯次 {cohort}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="176"/>
        <source>The column &apos;{column}&apos; names no cohort CareerDesk has ({values}): it was taken for the code of the programme the students study, and not imported. If it does name cohorts, add them on the Programmes page and import the file again.</source>
        <translation>「{column}」一欄沒有 CareerDesk 已有的梯次（{values}）：已視為學生修讀課程的編號，沒有匯入。如該欄確是梯次，請先在「計劃」頁加入，再匯入檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="193"/>
        <source>The faculty did not endorse this student (&apos;{heading}&apos; does not say yes); the student was imported but not nominated.</source>
        <translation>學院沒有推薦此學生（「{heading}」並非「是」）；學生已匯入，但未獲提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="218"/>
        <source>The list says &apos;{status}&apos; under &apos;{heading}&apos;; the student was imported but not nominated.</source>
        <translation>名單在「{heading}」下寫著「{status}」；學生已匯入，但沒有提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="286"/>
        <source>&apos;{value}&apos; under &apos;{heading}&apos;</source>
        <translation>「{heading}」下寫著「{value}」</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="235"/>
        <source>The remark &apos;{remark}&apos; says the student withdrew; the student was imported but not nominated.</source>
        <translation>備註「{remark}」表示學生已撤回；學生已匯入，但沒有提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="264"/>
        <source>The faculty ranked this student as a reserve (&apos;{rank}&apos;); the student was imported but not nominated. Nominate them if a place opens.</source>
        <translation>學院把此學生列為候補（「{rank}」）；學生已匯入，但沒有提名。如有名額空出，請再提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="271"/>
        <source>This student is on the list&apos;s reserve list (under &apos;{heading}&apos;, row {row}); the student was imported but not nominated. Nominate them if a place opens.</source>
        <translation>此學生在名單的候補名單上（第 {row} 行「{heading}」之下）；學生已匯入，但沒有提名。如有名額空出，請再提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="274"/>
        <source>This student is on a reserve list (the sheet &apos;{sheet}&apos;); the student was imported but not nominated. Nominate them if a place opens.</source>
        <translation>此學生在候補名單上（工作表「{sheet}」）；學生已匯入，但沒有提名。如有名額空出，請再提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="276"/>
        <source>on the reserve list, under &apos;{heading}&apos; in row {row}</source>
        <translation>在候補名單上，第 {row} 行「{heading}」之下</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="277"/>
        <source>on the sheet of reserves &apos;{sheet}&apos;</source>
        <translation>在候補名單工作表「{sheet}」上</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="292"/>
        <source>The column &apos;{heading}&apos; says where each student&apos;s nomination stands, but the import names no cohort, so no one was nominated and the column was not used. Choose the cohort (--cohort CODE, or in the import window) to nominate the endorsed students.</source>
        <translation>「{heading}」一欄列明每位學生的提名進度，但這次匯入沒有指定梯次，所以沒有提名任何學生，該欄亦沒有使用。請選擇梯次（--cohort CODE，或在匯入視窗中選擇），以提名獲推薦的學生。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="313"/>
        <source>The column &apos;{heading}&apos; gives each student&apos;s track in a nomination, but the import names no cohort, so no one was nominated and the column was not used. Choose the cohort (--cohort CODE, or in the import window) to nominate the students.</source>
        <translation>「{heading}」一欄列明每位學生提名的組別，但這次匯入沒有指定梯次，所以沒有提名任何學生，該欄亦沒有使用。請選擇梯次（--cohort CODE，或在匯入視窗中選擇），以提名學生。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="318"/>
        <source>The column &apos;{heading}&apos; gives the faculty&apos;s ranking of its nominees, but the import names no cohort, so no one was nominated and the column was not used. Choose the cohort (--cohort CODE, or in the import window) to nominate the students.</source>
        <translation>「{heading}」一欄列明學院對提名學生的排名，但這次匯入沒有指定梯次，所以沒有提名任何學生，該欄亦沒有使用。請選擇梯次（--cohort CODE，或在匯入視窗中選擇），以提名學生。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="322"/>
        <source>The column &apos;{heading}&apos; names where each student is placed, but the import names no cohort, so no placement was recorded. Choose the cohort (--cohort CODE, or in the import window) whose nominations the list is about.</source>
        <translation>「{heading}」一欄列明每位學生的實習安排機構，但這次匯入沒有指定梯次，所以沒有記錄任何實習安排。請選擇名單所涉提名的梯次（--cohort CODE，或在匯入視窗中選擇）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="341"/>
        <source>&apos;{programme}&apos; names a programme, and not one of its cohorts ({cohorts}) is open for applications now; the student was imported but not nominated. Name the cohort in the file, or choose it in the import window.</source>
        <translation>「{programme}」是計劃名稱，而其梯次（{cohorts}）現時都不接受申請；學生已匯入，但未獲提名。請在檔案中寫明梯次，或在匯入視窗中選擇。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="346"/>
        <source>There is no cohort &apos;{cohort}&apos; in CareerDesk; the student was imported but not nominated. Add the cohort, then import the file again.</source>
        <translation>CareerDesk 中沒有「{cohort}」這個梯次；學生已匯入，但未獲提名。請先新增該梯次，再匯入檔案一次。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/cohort_names.py" line="355"/>
        <source>The cohort has no track &apos;{track}&apos;; the student was imported but not nominated.</source>
        <translation>該梯次沒有「{track}」這個組別；學生已匯入，但未獲提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="220"/>
        <source>{file} would add students with no name and no email: CareerDesk could not tell what the columns {columns} hold, so nothing was imported. Choose them in the import window, or head them as &apos;English Name&apos;, &apos;Chinese Name&apos; or &apos;Email&apos;.</source>
        <translation>{file} 會加入沒有姓名和電郵的學生：CareerDesk 無法判斷 {columns} 欄的內容，因此沒有匯入任何資料。請在匯入視窗中選擇這些欄的用途，或把標題改為「English Name」、「Chinese Name」或「Email」。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="270"/>
        <source>Rank {rank} is given to more than one student for the same cohort and faculty (rows {rows}); each was nominated with the rank as written. Check the faculty&apos;s ranking.</source>
        <translation>同一梯次及學院有多於一名學生排名第 {rank}（第 {rows} 行）；各人已按檔案所寫的排名提名。請核對學院的排名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="302"/>
        <source>This same file was imported before: import {batch}, on {when}, by {who}. Importing it again writes only what has changed since.</source>
        <translation>同一檔案之前已匯入過：第 {batch} 次匯入，於 {when}，由 {who} 匯入。再次匯入只會寫入之後有所改動的資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="352"/>
        <source>The list says the registration was cancelled (&apos;{said}&apos;); the registration recorded before was left as it is.</source>
        <translation>名單表示此登記已取消（「{said}」）；之前記錄的登記維持不變。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="356"/>
        <source>The list says the registration was cancelled (&apos;{said}&apos;), so none was recorded.</source>
        <translation>名單表示此登記已取消（「{said}」），因此沒有記錄登記。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="404"/>
        <source>on site</source>
        <translation>現場</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="404"/>
        <source>online</source>
        <translation>網上</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/planning.py" line="412"/>
        <source>The list says the student did not come, but CareerDesk has them attending the event ({came}), from an earlier list; that was kept.</source>
        <translation>名單表示學生沒有出席，但 CareerDesk 按較早的名單記錄學生曾出席活動（{came}）；該記錄維持不變。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/which_event.py" line="35"/>
        <location filename="../../src/careerdesk/core/services/report_data.py" line="46"/>
        <source>There is no event &apos;{event}&apos;.</source>
        <translation>沒有「{event}」這個活動。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/which_event.py" line="53"/>
        <source>{file} looks like a career day&apos;s applications list; say which event it is for (--event CODE, or choose it in the import window).</source>
        <translation>{file} 看來是招聘日的申請名單；請說明屬於哪個活動（--event CODE，或在匯入視窗中選擇）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/which_event.py" line="92"/>
        <source>The registrations were recorded for the event {event}, which the file&apos;s title names (&apos;{title}&apos;).</source>
        <translation>登記已記錄到活動 {event}，即檔案標題所指的活動（「{title}」）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/which_event.py" line="62"/>
        <source>The registrations were recorded for the event {event}, the one their registration numbers and dates point to.</source>
        <translation>登記已記錄到活動 {event}，即登記編號及日期所指的活動。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/which_event.py" line="66"/>
        <source>{file} looks like an event registration list; say which event it is for (--event CODE, or choose it in the import window).</source>
        <translation>{file} 看來是活動登記名單；請指明屬於哪個活動（--event 代號，或在匯入視窗中選擇）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="107"/>
        <source>&apos;{university}&apos; is not a university CareerDesk knows; use one of {codes}.</source>
        <translation>CareerDesk 不認識「{university}」這所大學；請使用以下其中一個：{codes}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="150"/>
        <source>{file} has headings in row {row} of &apos;{sheet}&apos; but no student rows under them; nothing was imported.</source>
        <translation>{file} 的「{sheet}」第 {row} 行有標題，但下面沒有學生資料；沒有匯入任何資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="272"/>
        <source>The file has no Department column; every student&apos;s department was taken as &apos;{department}&apos; from {source}.</source>
        <translation>檔案沒有「學系」欄；每位學生的學系均按{source}定為「{department}」。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="165"/>
        <source>The file has no University column; each student&apos;s university was taken from the heading of their section ({headings}).</source>
        <translation>檔案沒有「大學」欄；每名學生的大學取自其所屬分段的標題（{headings}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="172"/>
        <source>The file has no University column; each student&apos;s university was taken from their email address ({universities}); a row whose address does not say was not imported.</source>
        <translation>檔案沒有「大學」欄；每名學生的大學取自其電郵地址（{universities}）；電郵地址未能顯示大學的行沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="178"/>
        <source>The file has no University column; the university was taken as {university} from {source}.</source>
        <translation>檔案沒有「大學」欄；已根據{source}把大學定為 {university}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="235"/>
        <source>Every student was filed under {chosen}, as chosen, but {count} of their email addresses are another university&apos;s ({universities}). If the list is not {chosen}&apos;s, import it choosing its university instead, or none (each student&apos;s is then taken from their address); undo an import already done first.</source>
        <translation>按所選，所有學生都歸入 {chosen}，但其中 {count} 個電郵地址屬於另一所大學（{universities}）。如名單並非 {chosen} 的，請改選其所屬大學再匯入，或不選大學（每名學生的大學便取自其電郵地址）；如已匯入，請先復原該次匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="261"/>
        <source>The column &apos;{heading}&apos; holds HKID numbers, which this office does not collect; it was not imported.</source>
        <translation>「{heading}」欄載有香港身份證號碼，本辦事處不收集此資料，因此沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="269"/>
        <source>The file has no Faculty column; every student&apos;s faculty was taken as &apos;{faculty}&apos; from {source}.</source>
        <translation>檔案沒有「學院」欄；每位學生的學院均按{source}定為「{faculty}」。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="308"/>
        <source>{file} also has the sheet {other}, which looks like another list of students; only &apos;{sheet}&apos; was imported. Import it too (--sheet NAME, or choose the sheet in the import window).</source>
        <translation>{file} 另有工作表 {other}，看來是另一份學生名單；這次只匯入了「{sheet}」。請把它也匯入（--sheet 名稱，或在匯入視窗中選擇工作表）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/reading.py" line="312"/>
        <source>{file} also has the sheets {others} and {last}, which look like other lists of students; only &apos;{sheet}&apos; was imported. Import each too (--sheet NAME, or choose the sheet in the import window).</source>
        <translation>{file} 另有工作表 {others} 及 {last}，看來是其他學生名單；這次只匯入了「{sheet}」。請把它們逐一匯入（--sheet 名稱，或在匯入視窗中選擇工作表）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="64"/>
        <source>Import batch {batch} undone: {removed:,} added students removed, {restored:,} updated students restored, {nominations:,} nominations removed, {registrations:,} event registrations removed.</source>
        <translation>已撤銷匯入 {batch}：移除新增的學生 {removed:,} 名、還原更新的學生 {restored:,} 名、移除提名 {nominations:,} 項、移除活動登記 {registrations:,} 項。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="71"/>
        <source>{count:,} placements it recorded were removed.</source>
        <translation>已移除該次匯入記錄的 {count:,} 項實習安排。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="74"/>
        <source>{count:,} career-day applications it recorded were removed.</source>
        <translation>已移除其記錄的 {count:,} 份招聘日申請。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="77"/>
        <source>{count:,} career-day roles it added were removed.</source>
        <translation>已移除其加入的 {count:,} 個招聘日職位。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="80"/>
        <source>{count:,} applications it moved on were put back as they were.</source>
        <translation>其推進的 {count:,} 份申請已還原。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="83"/>
        <source>{count:,} nominations it changed were put back as they were.</source>
        <translation>這次匯入更改過的 {count:,} 項提名已還原。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="86"/>
        <source>{count:,} records were changed since the import and were left as they are.</source>
        <translation>有 {count:,} 項紀錄在匯入後曾被修改，因此保持不變。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="98"/>
        <source>There is no import batch {batch}.</source>
        <translation>沒有匯入編號 {batch}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="101"/>
        <source>Import batch {batch} was already undone on {when} by {who}.</source>
        <translation>匯入 {batch} 已於 {when} 由 {who} 撤銷。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="107"/>
        <source>Removing placements</source>
        <translation>正在移除實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="108"/>
        <source>Removing nominations</source>
        <translation>正在移除提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="109"/>
        <source>Removing event registrations</source>
        <translation>正在移除活動登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="110"/>
        <source>Removing career-day applications</source>
        <translation>正在移除招聘日申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="111"/>
        <source>Restoring updated records</source>
        <translation>正在還原已更新的紀錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/undo.py" line="112"/>
        <source>Removing added students</source>
        <translation>正在移除新增的學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="92"/>
        <location filename="../../src/careerdesk/reports/attendance.py" line="49"/>
        <location filename="../../src/careerdesk/reports/attendance.py" line="59"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="154"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="179"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="93"/>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="93"/>
        <location filename="../../src/careerdesk/reports/attendance.py" line="59"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="154"/>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="66"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="93"/>
        <source>Student no.</source>
        <translation>學號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="44"/>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="83"/>
        <location filename="../../src/careerdesk/io/fields.py" line="94"/>
        <location filename="../../src/careerdesk/reports/attendance.py" line="60"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="154"/>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="67"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="93"/>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="44"/>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="83"/>
        <location filename="../../src/careerdesk/io/fields.py" line="95"/>
        <location filename="../../src/careerdesk/reports/attendance.py" line="60"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="155"/>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="67"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="94"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="44"/>
        <source>email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="45"/>
        <source>mobile</source>
        <translation>手提電話</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="45"/>
        <source>department</source>
        <translation>學系</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="46"/>
        <source>programme</source>
        <translation>修讀課程</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="46"/>
        <source>award level</source>
        <translation>學歷</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="47"/>
        <source>year of study</source>
        <translation>年級</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="47"/>
        <source>graduation date</source>
        <translation>畢業日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="48"/>
        <source>HK residency</source>
        <translation>香港居民身份</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="48"/>
        <source>months of full-time work</source>
        <translation>全職工作月數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="49"/>
        <source>consent</source>
        <translation>同意分享資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="49"/>
        <source>consent date</source>
        <translation>同意分享資料日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="50"/>
        <source>notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="51"/>
        <source>employment</source>
        <translation>就業狀況</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="51"/>
        <source>faculty</source>
        <translation>學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="52"/>
        <source>outcome after graduation</source>
        <translation>畢業後去向</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="52"/>
        <source>outcome date</source>
        <translation>去向日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="53"/>
        <source>outcome source</source>
        <translation>去向資料來源</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/student_plan.py" line="53"/>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="99"/>
        <location filename="../../src/careerdesk/io/fields.py" line="125"/>
        <source>HKID number</source>
        <translation>香港身份證號碼</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="96"/>
        <source>Surname</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="97"/>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="54"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="54"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="84"/>
        <location filename="../../src/careerdesk/io/fields.py" line="98"/>
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="84"/>
        <location filename="../../src/careerdesk/io/fields.py" line="99"/>
        <source>Mobile</source>
        <translation>手提電話</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="85"/>
        <location filename="../../src/careerdesk/io/fields.py" line="100"/>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="66"/>
        <source>Faculty</source>
        <translation>學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="86"/>
        <location filename="../../src/careerdesk/io/fields.py" line="101"/>
        <source>Department</source>
        <translation>學系</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="87"/>
        <location filename="../../src/careerdesk/io/fields.py" line="102"/>
        <source>Programme of study</source>
        <translation>修讀課程</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="88"/>
        <location filename="../../src/careerdesk/io/fields.py" line="103"/>
        <source>Award level</source>
        <translation>學歷</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="90"/>
        <location filename="../../src/careerdesk/io/fields.py" line="104"/>
        <source>Year of study</source>
        <translation>年級</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="91"/>
        <location filename="../../src/careerdesk/io/fields.py" line="105"/>
        <source>Graduation date</source>
        <translation>畢業日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="97"/>
        <source>Consent given on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="104"/>
        <source>Record created</source>
        <translation>記錄建立日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="105"/>
        <source>Last changed</source>
        <translation>最後修改</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="155"/>
        <source>created</source>
        <translation>建立</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="155"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="336"/>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="155"/>
        <source>deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="167"/>
        <source>import of {file}</source>
        <translation>匯入 {file}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="179"/>
        <source>Imported from {file} on {day} by {who}</source>
        <translation>由 {who} 於 {day} 從 {file} 匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_detail.py" line="195"/>
        <source>viewed</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_detail.py" line="195"/>
        <source>printed</source>
        <translation>列印</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_detail.py" line="195"/>
        <source>exported</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_detail.py" line="196"/>
        <source>given to the student</source>
        <translation>交予學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="249"/>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="92"/>
        <location filename="../../src/careerdesk/io/fields.py" line="106"/>
        <source>Hong Kong resident</source>
        <translation>香港居民</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="107"/>
        <source>Currently employed</source>
        <translation>現正受僱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="95"/>
        <location filename="../../src/careerdesk/io/fields.py" line="108"/>
        <source>Months of full-time work</source>
        <translation>全職工作月數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="96"/>
        <location filename="../../src/careerdesk/io/fields.py" line="109"/>
        <source>Consent to share data</source>
        <translation>同意分享資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="110"/>
        <source>Consent date</source>
        <translation>同意分享資料日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="111"/>
        <source>Form answered at</source>
        <translation>表格填寫時間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="112"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="57"/>
        <source>Cohort</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="113"/>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="67"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="94"/>
        <source>Track</source>
        <translation>組別</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="114"/>
        <source>Faculty rank</source>
        <translation>學院排名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="115"/>
        <source>Endorsed by the faculty</source>
        <translation>學院推薦</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="116"/>
        <source>Shortlisted (yes/no)</source>
        <translation>入圍（是／否）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="117"/>
        <source>Interviewed (yes/no)</source>
        <translation>已面試（是／否）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="118"/>
        <source>Offered (yes/no)</source>
        <translation>獲取錄（是／否）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="119"/>
        <source>Offer accepted (yes/no)</source>
        <translation>接受取錄（是／否）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="120"/>
        <source>Host organisation</source>
        <translation>實習機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="121"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="57"/>
        <source>Position</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="122"/>
        <source>Placement start date</source>
        <translation>實習開始日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="123"/>
        <source>Monthly salary</source>
        <translation>月薪</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="98"/>
        <location filename="../../src/careerdesk/io/fields.py" line="124"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="129"/>
        <source>Registration number</source>
        <translation>登記編號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="130"/>
        <source>Application status</source>
        <translation>申請狀態</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="131"/>
        <source>Applied at the venue or online</source>
        <translation>在場內或網上申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="132"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="71"/>
        <source>Applied on</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="133"/>
        <source>Field of work</source>
        <translation>工作範疇</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="134"/>
        <location filename="../../src/careerdesk/reports/attendance.py" line="61"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="65"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="135"/>
        <source>Checked in</source>
        <translation>已簽到</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="136"/>
        <source>Check-in time</source>
        <translation>簽到時間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="137"/>
        <source>Joined online at</source>
        <translation>網上加入時間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="138"/>
        <source>Ticket type</source>
        <translation>票種</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="139"/>
        <source>Role in the meeting</source>
        <translation>會議角色</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="140"/>
        <source>Registered at</source>
        <translation>登記時間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="141"/>
        <source>Interests</source>
        <translation>興趣範疇</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/fields.py" line="142"/>
        <source>Row number</source>
        <translation>行號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/layout.py" line="159"/>
        <source>No row of column headings was found in the first {count} rows of &apos;{sheet}&apos; in {file}; CareerDesk looks for headings such as &apos;Student No.&apos;, &apos;English Name&apos; or &apos;Email&apos;.</source>
        <translation>在 {file} 的「{sheet}」首 {count} 行中找不到欄位標題；CareerDesk 會尋找「Student No.」、「English Name」或「Email」等標題。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/layout.py" line="599"/>
        <source>two columns with the same heading &apos;{heading}&apos;</source>
        <translation>兩欄有相同的標題「{heading}」</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/layout.py" line="601"/>
        <source>two columns that both mean &apos;{field}&apos; (&apos;{first}&apos; and &apos;{heading}&apos;)</source>
        <translation>兩欄都是「{field}」（「{first}」及「{heading}」）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/layout.py" line="605"/>
        <source>&apos;{sheet}&apos; in {file} has {what}, in columns {first} and {second} of row {row}; delete or rename one and import again.</source>
        <translation>{file} 的「{sheet}」有{what}，位於第 {row} 行的 {first} 欄及 {second} 欄；請刪除其中一欄或改名，然後再匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="82"/>
        <source>{file} has no University column; say which university its students are from (--university CODE, or choose it in the import window).</source>
        <translation>{file} 沒有「大學」欄；請指明學生來自哪所大學（--university 代號，或在匯入視窗中選擇）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="97"/>
        <source>This row is the template&apos;s example (&apos;{example}&apos;), not a student; it was not imported.</source>
        <translation>此行是範本的示例（「{example}」），不是學生；此行沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="304"/>
        <source>The dates in &apos;{heading}&apos; are written month first, as an American-set computer writes them ({example}); every date in it was read so (6/7/2026 there is 7 June).</source>
        <translation>「{heading}」一欄的日期以月份在前的美式寫法書寫（{example}），欄內每個日期均按此讀取（該欄的 6/7/2026 即 6 月 7 日）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="188"/>
        <source>Column {letter} holds values but has no heading; it was not imported. Give it a heading, or choose what it holds in the import window.</source>
        <translation>第 {letter} 欄有資料但沒有標題，沒有匯入。請為該欄加上標題，或在匯入視窗中選擇該欄的內容。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/other_rows.py" line="319"/>
        <source>comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/other_rows.py" line="319"/>
        <source>semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/other_rows.py" line="319"/>
        <source>tab</source>
        <translation>定位字元（Tab）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/other_rows.py" line="320"/>
        <source>vertical bar</source>
        <translation>直線符號（|）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/other_rows.py" line="324"/>
        <source>This row has more values than the list has headings: a {separator} typed inside a value (such as a name written CHAN, Tai Man) split it, and its values after that stand under the wrong headings. The row was not imported; put that value in double quotes, or remove the {separator} from it, and import the row again.</source>
        <translation>這一行的值比名單的標題多：某個值內打了{separator}（例如姓名寫成 CHAN, Tai Man），把這一行分開了，之後的值都落在錯誤的標題下。這一行沒有匯入；請把該值放在雙引號內，或刪去當中的{separator}，然後再匯入這一行。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="169"/>
        <source>No column was read as the students&apos; names; new students are added without them. If one of the columns not read ({columns}) holds the names, choose it in the import window.</source>
        <translation>沒有任何一欄被讀作學生姓名；新加入的學生將沒有姓名。如未讀取的欄（{columns}）之中有一欄是姓名，請在匯入視窗中選擇該欄。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="173"/>
        <source>No column was read as the students&apos; names; new students are added without them.</source>
        <translation>沒有任何一欄被讀作學生姓名；新加入的學生將沒有姓名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="179"/>
        <source>Cell {cell} (&apos;{text}&apos;) lies far beyond the list; it was not read. If it belongs to the list, move it next to the list and import again.</source>
        <translation>儲存格 {cell}（「{text}」）遠在名單範圍之外，未有讀入。如它屬於名單，請把它移到名單旁邊，然後再匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="192"/>
        <source>The column &apos;{heading}&apos; is not one CareerDesk knows; it was not imported.</source>
        <translation>CareerDesk 不認識「{heading}」這一欄；該欄沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="198"/>
        <source>The columns &apos;{used}&apos; and &apos;{heading}&apos; both look like the &apos;{field}&apos; column; &apos;{used}&apos; was imported and &apos;{heading}&apos; was not. If &apos;{heading}&apos; is the right one, choose it in the import window.</source>
        <translation>「{used}」及「{heading}」兩欄看來都是「{field}」欄；已匯入「{used}」，沒有匯入「{heading}」。如應使用「{heading}」，請在匯入視窗中選擇。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="207"/>
        <source>Column {letter} (&apos;{heading}&apos;) is hidden in the file; the visible column {used} under the same heading was imported. If the hidden one is the right one, show it, delete column {used} and import again.</source>
        <translation>第 {letter} 欄（「{heading}」）在檔案中已隱藏；已匯入標題相同的可見第 {used} 欄。如隱藏的一欄才正確，請取消隱藏，刪除第 {used} 欄，然後再匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="212"/>
        <source>Column {letter} (&apos;{heading}&apos;) is hidden in the file; the visible column {used} (&apos;{used_heading}&apos;) means the same and was imported. If the hidden one is the right one, choose it in the import window.</source>
        <translation>第 {letter} 欄（「{heading}」）在檔案中已隱藏；意思相同的可見第 {used} 欄（「{used_heading}」）已匯入。如隱藏的一欄才正確，請在匯入視窗中選擇它。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="271"/>
        <source>The {count} rows from row {row} on are another table (&apos;{title}&apos;), not students of this list; they were not imported.</source>
        <translation>由第 {row} 行起的 {count} 行是另一個表格（「{title}」），不是此名單的學生；沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="313"/>
        <source>The dates in &apos;{heading}&apos; were read month first, as &apos;{other}&apos; beside them is written (6/7/2026 there is 7 June).</source>
        <translation>「{heading}」一欄的日期按月份在前讀取，與旁邊「{other}」一欄的寫法相同（該欄的 6/7/2026 即 6 月 7 日）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="342"/>
        <source>{problem} {outcome}</source>
        <translation>{problem}{outcome}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="407"/>
        <source>The cell {cell} holds bytes that are not text in the file&apos;s encoding (typed in another program); correct it in the file and import again.</source>
        <translation>儲存格 {cell} 含有不屬於檔案編碼的位元組（在另一個程式中輸入）；請在檔案中更正後再匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="414"/>
        <source>The cell {cell} has a formula with no saved result; open the file in Excel, let it calculate, save, and import again.</source>
        <translation>儲存格 {cell} 的公式沒有已儲存的結果；請用 Excel 開啟檔案，讓它計算後儲存，再匯入一次。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="420"/>
        <source>The cell {cell} shows the error {error}; correct it in the file and import again.</source>
        <translation>儲存格 {cell} 顯示錯誤 {error}；請在檔案中更正後再匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="428"/>
        <source>The row was not imported.</source>
        <translation>此行沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="429"/>
        <source>The row was imported without this value.</source>
        <translation>此行已匯入，但不包括這個值。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="430"/>
        <source>This row has no university. The row was not imported.</source>
        <translation>此行沒有大學。此行沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="431"/>
        <source>This row has no student number. The row was not imported.</source>
        <translation>此行沒有學號。此行沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/event_rows.py" line="59"/>
        <source>{name} is the meeting&apos;s {role}, not a student; the row was not imported.</source>
        <translation>{name} 是會議的{role}，不是學生；此行沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="553"/>
        <source>&apos;{name}&apos; in row {row}</source>
        <translation>第 {row} 行的「{name}」</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="555"/>
        <source>The file has no Department column; each student&apos;s department was taken from the heading of their section ({headings}).</source>
        <translation>檔案沒有「學系」欄；每名學生的學系取自其所屬分段的標題（{headings}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="558"/>
        <source>The file has no Faculty column; each student&apos;s faculty was taken from the heading of their section ({headings}).</source>
        <translation>檔案沒有「學院」欄；每名學生的學院取自其所屬分段的標題（{headings}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/other_rows.py" line="205"/>
        <source>This row is struck through in the file (a withdrawn nominee, as a rule); it was not imported. Remove the strikethrough in Excel and import the file again if it should be.</source>
        <translation>這一行在檔案中加了刪除線（通常表示提名已撤回）；此行沒有匯入。如應匯入，請在 Excel 中移除刪除線，再重新匯入檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="432"/>
        <source>This row is hidden in the file (filtered out or hidden in Excel); it was not imported. Show it in Excel and import the file again if it should be.</source>
        <translation>此行在檔案中被隱藏（在 Excel 中被篩走或隱藏），因此沒有匯入。如應匯入，請在 Excel 中顯示此行，再匯入檔案一次。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/other_rows.py" line="115"/>
        <source>This row is a total, not a student; it was not imported.</source>
        <translation>此行是總計，不是學生；此行沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/other_rows.py" line="116"/>
        <source>This row has no student number, name or email; it was taken as a note or a total, not a student.</source>
        <translation>此行沒有學號、姓名或電郵；已視作附註或總計，而非學生。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/other_rows.py" line="120"/>
        <source>This row heads the list&apos;s reserve list: the students under it are imported, but not nominated (they are reserves).</source>
        <translation>這一行是名單中候補名單的標題：其下的學生會匯入，但不會提名（他們是候補）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/nominee_rows.py" line="595"/>
        <source>&apos;{text}&apos; is not a university CareerDesk knows; use a code such as {codes}. The row was not imported.</source>
        <translation>CareerDesk 不認識「{text}」這所大學；請使用 {codes} 等代號。此行沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/open_file.py" line="86"/>
        <source>{file} has no sheet called &apos;{sheet}&apos;; its sheets are {sheets}.</source>
        <translation>{file} 沒有名為「{sheet}」的工作表；它的工作表有 {sheets}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sheet_choice.py" line="22"/>
        <source>{file} has no visible sheet.</source>
        <translation>{file} 沒有可見的工作表。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="40"/>
        <source>a PNG picture</source>
        <translation>PNG 圖片</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="41"/>
        <source>a JPEG picture</source>
        <translation>JPEG 圖片</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="42"/>
        <source>a GIF picture</source>
        <translation>GIF 圖片</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="43"/>
        <source>a RAR archive</source>
        <translation>RAR 壓縮檔</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="44"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 壓縮檔</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="45"/>
        <source>a gzip archive</source>
        <translation>gzip 壓縮檔</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="46"/>
        <source>a Windows program</source>
        <translation>Windows 程式</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="47"/>
        <source>a program</source>
        <translation>程式</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="48"/>
        <source>an RTF document</source>
        <translation>RTF 文件</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="56"/>
        <source>There is no file {path}.</source>
        <translation>沒有檔案 {path}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="58"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} 是資料夾，不是檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="62"/>
        <source>{file} is not a file but a device or a pipe; save the list as a file and import that.</source>
        <translation>{file} 不是檔案，而是裝置或管道；請將名單另存為檔案後再匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="69"/>
        <source>{file} cannot be opened: {reason}.</source>
        <translation>無法開啟 {file}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="71"/>
        <source>{file} is empty.</source>
        <translation>{file} 是空白的。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="79"/>
        <source>{file} was saved by a very old version of Excel (2.x to 4.0), which CareerDesk cannot read; open it in Excel, save it as an Excel Workbook (.xlsx), and import that.</source>
        <translation>{file} 由非常舊版本的 Excel（2.x 至 4.0）儲存，CareerDesk 無法讀取；請在 Excel 中開啟，另存為 Excel 活頁簿（.xlsx），再匯入該檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="84"/>
        <source>{file} is a PDF document, not a spreadsheet: a table in a PDF cannot be imported reliably. Ask the sender for the Excel file it was made from.</source>
        <translation>{file} 是 PDF 文件，不是試算表：PDF 內的表格無法可靠地匯入。請向寄件人索取製作該 PDF 的 Excel 檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="88"/>
        <source>{file} is a Windows shortcut, not the list itself; import the file it points to.</source>
        <translation>{file} 是 Windows 捷徑，不是名單本身；請匯入它所指向的檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="93"/>
        <source>{file} is {what}, not a spreadsheet or a CSV file.</source>
        <translation>{file} 是{what}，不是試算表或 CSV 檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="97"/>
        <source>{file} is a shortcut to a Google Sheets spreadsheet, not the list itself; open it in Google Sheets, choose File → Download → Microsoft Excel (.xlsx), and import the file that saves.</source>
        <translation>{file} 是指向 Google 試算表的捷徑，不是名單本身；請在 Google 試算表中開啟，選擇「檔案 → 下載 → Microsoft Excel (.xlsx)」，然後匯入下載的檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="107"/>
        <source>{file} is a LibreOffice flat spreadsheet (.fods), which CareerDesk cannot read; open it in LibreOffice, save it as an ODF Spreadsheet (.ods) or an Excel Workbook (.xlsx), and import that.</source>
        <translation>{file} 是 LibreOffice 平面試算表（.fods），CareerDesk 無法讀取；請在 LibreOffice 中開啟，另存為 ODF 試算表（.ods）或 Excel 活頁簿（.xlsx），再匯入該檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="111"/>
        <source>{file} is an XML file, not a spreadsheet or a CSV file.</source>
        <translation>{file} 是 XML 檔案，不是試算表或 CSV 檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="140"/>
        <source>{file} is an email message, not a spreadsheet; open it in Outlook, save the list attached to it (right-click the attachment, Save As), and import that file.</source>
        <translation>{file} 是電郵訊息，不是試算表；請在 Outlook 中開啟，儲存附件中的名單（在附件上按右鍵，選擇「另存新檔」），然後匯入該檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/problems.py" line="32"/>
        <source>{file} is damaged or incomplete (perhaps cut short while downloading); ask for the file again.</source>
        <translation>{file} 已損壞或不完整（可能下載時中斷）；請再索取檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="241"/>
        <source>{file} is a PowerPoint presentation, not a spreadsheet.</source>
        <translation>{file} 是 PowerPoint 簡報，不是試算表。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="215"/>
        <source>{file} is an Apple Numbers spreadsheet, which CareerDesk cannot read; in Numbers, choose File → Export To → Excel, and import the file it makes.</source>
        <translation>{file} 是 Apple Numbers 試算表，CareerDesk 無法讀取；請在 Numbers 中選擇「檔案 → 輸出至 → Excel」，然後匯入所產生的檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="192"/>
        <source>{file} is an Excel workbook written by a program that names its parts unusually (in other letter case, or with backslashes), which CareerDesk cannot read; open it in Excel, save it again as an Excel Workbook (.xlsx), and import that.</source>
        <translation>{file} 是由以特殊方式命名內部部件（大小寫不同或使用反斜線）的程式寫成的 Excel 活頁簿，CareerDesk 無法讀取；請在 Excel 中開啟，重新另存為 Excel 活頁簿（.xlsx），再匯入該檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="221"/>
        <source>{file} is a zip archive holding {names}; open it (in Windows, right-click it and choose Extract All), then import the list from it.</source>
        <translation>{file} 是壓縮檔，內含 {names}；請先解壓縮（在 Windows 中按右鍵選擇「全部解壓縮」），再匯入其中的名單。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="225"/>
        <source>{file} is a zip archive, not a spreadsheet.</source>
        <translation>{file} 是 zip 壓縮檔，不是試算表。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="234"/>
        <source>{file} would expand to {gigabytes:.1f} GB when opened, far more than any nominee list; it was not opened.</source>
        <translation>{file} 開啟後會膨脹至 {gigabytes:.1f} GB，遠超任何提名名單的大小；檔案沒有開啟。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="260"/>
        <source>{file} is protected by a sensitivity label or rights management that only Microsoft Office can open; open it in Excel, save a copy without the protection (File → Info → Protect Workbook, or Sensitivity), and import that copy.</source>
        <translation>{file} 受敏感度標籤或權限管理保護，只有 Microsoft Office 能開啟；請在 Excel 中開啟，另存一份沒有保護的副本（「檔案 → 資訊 → 保護活頁簿」或「敏感度」），然後匯入該副本。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="266"/>
        <location filename="../../src/careerdesk/io/sniff.py" line="273"/>
        <source>{file} is password-protected; open it in Excel, remove the password (File → Info → Protect Workbook), save, and import it again.</source>
        <translation>{file} 受密碼保護；請用 Excel 開啟，移除密碼（檔案 → 資訊 → 保護活頁簿），儲存後再匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/sniff.py" line="279"/>
        <source>{file} is an older Office document (perhaps Word), not a spreadsheet.</source>
        <translation>{file} 是舊版 Office 文件（可能是 Word），不是試算表。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/problems.py" line="26"/>
        <source>{file} is too large to be a nominee list.</source>
        <translation>{file} 太大，不可能是提名名單。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/problems.py" line="57"/>
        <source>{file} would make far more cells than any nominee list; it was not read.</source>
        <translation>{file} 會產生遠超任何提名名單的儲存格數目，沒有讀取。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/html_tables.py" line="50"/>
        <source>{file} is a web page with no table in it, not a spreadsheet.</source>
        <translation>{file} 是沒有表格的網頁，不是試算表。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/text_reader.py" line="39"/>
        <source>{file} is not a text or CSV file that CareerDesk can read.</source>
        <translation>{file} 不是 CareerDesk 能讀取的文字檔或 CSV 檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/text_reader.py" line="48"/>
        <source>{file} is not a well-formed CSV file ({reason}).</source>
        <translation>{file} 不是格式正確的 CSV 檔案（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/text_reader.py" line="125"/>
        <source>{file} says it is {encoding} text but is not; it may be damaged.</source>
        <translation>{file} 標明為 {encoding} 文字，但內容並不是；檔案可能已損壞。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/text_reader.py" line="196"/>
        <source>{file} is text in an encoding CareerDesk cannot recognise; save it from Excel as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{file} 的文字編碼 CareerDesk 無法辨認；請在 Excel 中另存為「CSV UTF-8」，再匯入一次。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="84"/>
        <source>In &apos;{text}&apos; a character was lost (it shows as &apos;{mark}&apos;) when the file was saved in an older encoding, as Excel saves a CSV file; check the name in the original list.</source>
        <translation>「{text}」中有一個字在以舊編碼儲存檔案時遺失了（顯示為「{mark}」），Excel 儲存 CSV 檔案時便會如此；請對照原本的名單核對姓名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="152"/>
        <source>A student number cannot be TRUE or FALSE.</source>
        <translation>學號不能是 TRUE 或 FALSE。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="156"/>
        <source>{value} is not a student number (it has decimals).</source>
        <translation>{value} 不是學號（有小數）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="171"/>
        <source>&apos;{text}&apos; is not a student number (letters and digits only).</source>
        <translation>「{text}」不是學號（只可包含字母及數字）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="174"/>
        <source>&apos;{text}&apos; is not a student number (it has no digits).</source>
        <translation>「{text}」不是學號（當中沒有數字）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="185"/>
        <source>&apos;{text}&apos; is a number Excel shortened when the file was saved, and the rest of its digits are lost; in the original workbook, format the column as Text, save the file again and import it.</source>
        <translation>「{text}」是 Excel 儲存檔案時縮短了的數字，其餘的數位已經遺失；請在原本的活頁簿中把該欄的格式設為「文字」，再儲存檔案並重新匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="195"/>
        <source>{value} is not a student number.</source>
        <translation>{value} 不是學號。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="235"/>
        <source>&apos;{text}&apos; holds more than one email address; keep one in the cell.</source>
        <translation>「{text}」包含多於一個電郵地址；請在儲存格中只保留一個。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="237"/>
        <source>&apos;{text}&apos; is not a complete email address.</source>
        <translation>「{text}」不是完整的電郵地址。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="312"/>
        <source>&apos;{text}&apos; holds more than one phone number; keep one in the cell.</source>
        <translation>「{text}」包含多於一個電話號碼；請在儲存格中只保留一個。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="322"/>
        <source>&apos;{text}&apos; is not a complete phone number.</source>
        <translation>「{text}」不是完整的電話號碼。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="329"/>
        <source>&apos;{text}&apos; is not a Hong Kong phone number (8 digits).</source>
        <translation>「{text}」不是香港電話號碼（8 位數字）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="675"/>
        <source>&apos;{value}&apos; is not a graduate outcome CareerDesk can read (employed full-time, employed part-time, further study, service or military, seeking work, not seeking work, unknown).</source>
        <translation>CareerDesk 無法將「{value}」讀作畢業去向（全職就業、兼職就業、繼續升學、服務或服役、正在求職、沒有求職、不詳）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="698"/>
        <source>&apos;{text}&apos; is not a Hong Kong identity card number (one or two letters, six digits and a check digit, as A123456(3)).</source>
        <translation>「{text}」不是香港身份證號碼（應為一至兩個英文字母、六位數字及一個核對數字，例如 A123456(3)）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="703"/>
        <source>&apos;{text}&apos; is not a Hong Kong identity card number: its check digit does not match; check it against the card.</source>
        <translation>「{text}」不是有效的香港身份證號碼：核對數字不符，請對照身份證檢查。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/dates.py" line="40"/>
        <source>TRUE or FALSE is not a date.</source>
        <translation>TRUE 或 FALSE 不是日期。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/dates.py" line="51"/>
        <source>&apos;{text}&apos; is not a date CareerDesk can read (write it as 30/06/2026).</source>
        <translation>「{text}」不是 CareerDesk 能讀取的日期（請寫成 30/06/2026）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/dates.py" line="72"/>
        <source>&apos;{text}&apos; is a year, not a date; write the month too (06/{year}).</source>
        <translation>「{text}」是年份，不是日期；請同時寫上月份（06/{year}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/dates.py" line="75"/>
        <source>{value} is a year, not a date; write the month too (06/{year}).</source>
        <translation>{value} 是年份，不是日期；請同時寫上月份（06/{year}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/dates.py" line="78"/>
        <source>&apos;{text}&apos; is not a date.</source>
        <translation>「{text}」不是日期。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/dates.py" line="80"/>
        <source>{value} is not a date.</source>
        <translation>{value} 不是日期。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/dates.py" line="191"/>
        <source>{value} is not a date and time.</source>
        <translation>{value} 不是日期及時間。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/dates.py" line="253"/>
        <source>&apos;{text}&apos; is not a date and time.</source>
        <translation>「{text}」不是日期及時間。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="380"/>
        <source>{value} is not yes or no.</source>
        <translation>{value} 不是「是」或「否」。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="395"/>
        <source>&apos;{value}&apos; is not yes or no (Y/N, 是/否).</source>
        <translation>「{value}」不是「是」或「否」（Y/N、是/否）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="436"/>
        <source>&apos;{value}&apos; is not a residency CareerDesk can read (Y/N, Local/Non-local, Permanent Resident).</source>
        <translation>CareerDesk 無法讀取居民身份「{value}」（Y/N、Local/Non-local 本地／非本地、Permanent Resident 永久居民）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="478"/>
        <source>&apos;{value}&apos; is not an employment status CareerDesk can read (Y/N, Employed, Unemployed, Student).</source>
        <translation>CareerDesk 無法把「{value}」讀成就業狀況（Y/N、在職、待業、學生）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="487"/>
        <source>TRUE or FALSE is not a number.</source>
        <translation>TRUE 或 FALSE 不是數字。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="491"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>「{value}」不是數字。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="495"/>
        <source>{value} is not a whole number from {low} to {high}.</source>
        <translation>{value} 不是 {low} 至 {high} 之間的整數。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="539"/>
        <source>&apos;{text}&apos; is not a year of study CareerDesk can read (1 to 10, &quot;Year 3&quot;, &quot;三年級&quot;).</source>
        <translation>CareerDesk 無法讀取年級「{text}」（1 至 10、「Year 3」、「三年級」）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="593"/>
        <source>&apos;{text}&apos; is not a monthly salary CareerDesk can read (18000, HK$18,000).</source>
        <translation>CareerDesk 無法讀取月薪「{text}」（例如 18000、HK$18,000）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="600"/>
        <source>{value} is not a monthly salary CareerDesk can read (18000, HK$18,000).</source>
        <translation>CareerDesk 無法讀取月薪 {value}（例如 18000、HK$18,000）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/values.py" line="628"/>
        <source>&apos;{text}&apos; is not an award level CareerDesk knows (sub-degree, bachelor, master or doctorate).</source>
        <translation>CareerDesk 不認識「{text}」這個學歷（副學位、學士、碩士或博士）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/event_words.py" line="47"/>
        <source>&apos;{text}&apos; is not an attendance CareerDesk knows (On-site, Virtual, No-show, or yes or no).</source>
        <translation>「{text}」不是 CareerDesk 認識的出席情況（現場、網上、缺席，或是／否）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/event_words.py" line="130"/>
        <source>&apos;{text}&apos; is not a role in a meeting CareerDesk knows (Attendee, Organizer, Presenter).</source>
        <translation>「{text}」不是 CareerDesk 認識的會議角色（參加者、召集人、簡報者）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/event_words.py" line="155"/>
        <source>&apos;{value}&apos; is not a check-in CareerDesk knows (Checked In, Not Checked In, Attending).</source>
        <translation>CareerDesk 不認識「{value}」這個簽到狀況（Checked In、Not Checked In、Attending）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/workbook_reader.py" line="80"/>
        <source>{file} is password-protected; remove the password in Excel, save, and import it again.</source>
        <translation>{file} 受密碼保護；請在 Excel 中移除密碼，儲存後再匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/ods_cells.py" line="58"/>
        <location filename="../../src/careerdesk/io/spreadsheet_xml.py" line="44"/>
        <location filename="../../src/careerdesk/io/workbook_reader.py" line="85"/>
        <source>{file} cannot be read as a spreadsheet; it may be damaged ({reason}).</source>
        <translation>無法把 {file} 當作試算表讀取；檔案可能已損壞（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/workbook_reader.py" line="69"/>
        <source>The sheet &apos;{sheet}&apos; of {file} cannot be read; the file may be damaged ({reason}).</source>
        <translation>無法讀取 {file} 的工作表「{sheet}」；檔案可能已損壞（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/xlsx_writer.py" line="78"/>
        <source>{path} cannot be written: the folder {folder} does not exist.</source>
        <translation>無法寫入 {path}：資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/xlsx_writer.py" line="97"/>
        <source>{path} cannot be written: {reason}.</source>
        <translation>無法寫入 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/messages.py" line="52"/>
        <source>{first} {then}</source>
        <translation>{first}{then}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/messages.py" line="61"/>
        <source>{first}, {then}</source>
        <translation>{first}、{then}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/backup.py" line="27"/>
        <source>The folder {parent} does not exist, so the backup cannot be written there.</source>
        <translation>資料夾 {parent} 不存在，因此無法把備份寫到那裏。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/backup.py" line="44"/>
        <source>The backup to {target} failed: {reason}.</source>
        <translation>備份至 {target} 失敗：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/backup.py" line="51"/>
        <source>The backup to {target} failed: the copy is damaged ({problem}).</source>
        <translation>備份至 {target} 失敗：複本已損壞（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/backup.py" line="77"/>
        <location filename="../../src/careerdesk/core/services/backups.py" line="51"/>
        <source>There is no backup file at {source}.</source>
        <translation>{source} 沒有備份檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/backup.py" line="82"/>
        <source>{source} is not a CareerDesk backup (it is not a SQLite file).</source>
        <translation>{source} 不是 CareerDesk 備份（不是 SQLite 檔案）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/backup.py" line="94"/>
        <source>The restore from {source} failed: {reason}.</source>
        <translation>從 {source} 還原失敗：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/database.py" line="57"/>
        <source>{name} can only be read (it is on read-only media, or you may not change it), and it was made by another version of CareerDesk; copy it to a folder you can write to and open the copy.</source>
        <translation>{name} 只能讀取（位於唯讀媒體上，或您無權更改），而且是由另一版本的 CareerDesk 建立；請把它複製到可寫入的資料夾，再開啟副本。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/database.py" line="79"/>
        <source>CareerDesk could not open the database {name}: {reason}.</source>
        <translation>CareerDesk 無法開啟資料庫 {name}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/database.py" line="154"/>
        <source>The database {name} can only be read (it is on read-only media, or you may not change it), so nothing was changed.</source>
        <translation>資料庫 {name} 只能讀取（位於唯讀媒體上，或您無權更改），因此沒有作出任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/database.py" line="159"/>
        <source>Another CareerDesk is saving to this database; try again in a moment. Nothing was changed.</source>
        <translation>另一個 CareerDesk 正在儲存至此資料庫；請稍後再試。沒有作出任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/database.py" line="163"/>
        <source>The disk holding the database is full, so nothing was saved; free some space and try again.</source>
        <translation>存放資料庫的磁碟已滿，因此沒有儲存任何資料；請騰出空間後再試。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/database.py" line="169"/>
        <source>The database file is damaged, so nothing was saved. Restore it from a backup (File → Restore from a backup…); backups are kept in {folder}.</source>
        <translation>資料庫檔案已損壞，因此沒有儲存任何資料。請從備份還原（檔案 → 從備份還原…）；備份存放於 {folder}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/engine.py" line="38"/>
        <source>&apos;{text}&apos; is neither a database file nor a database address CareerDesk understands.</source>
        <translation>「{text}」既不是資料庫檔案，也不是 CareerDesk 能理解的資料庫地址。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/engine.py" line="47"/>
        <source>CareerDesk works with SQLite files and PostgreSQL servers, not &apos;{backend}&apos;.</source>
        <translation>CareerDesk 支援 SQLite 檔案及 PostgreSQL 伺服器，不支援「{backend}」。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/engine.py" line="59"/>
        <source>The folder {parent} does not exist, so the database {name} cannot be opened there.</source>
        <translation>資料夾 {parent} 不存在，因此無法在那裏開啟資料庫 {name}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/engine.py" line="65"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/engine.py" line="69"/>
        <source>{path} is on a network drive ({kind}); a SQLite database there is damaged when two computers use it, so CareerDesk does not open it. Keep the database on this computer, or share one PostgreSQL server between the office&apos;s computers (--db postgresql+psycopg://user@server/careerdesk).</source>
        <translation>{path} 位於網絡磁碟（{kind}）上；兩部電腦同時使用該處的 SQLite 資料庫會令其損壞，因此 CareerDesk 不會開啟它。請把資料庫放在這部電腦上，或讓辦公室的電腦共用一部 PostgreSQL 伺服器（--db postgresql+psycopg://user@server/careerdesk）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/engine.py" line="79"/>
        <source>{path} is not a CareerDesk database (it is not a SQLite file).</source>
        <translation>{path} 不是 CareerDesk 資料庫（不是 SQLite 檔案）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/engine.py" line="115"/>
        <source>The PostgreSQL driver is not installed; install CareerDesk with its &apos;postgresql&apos; extra to use a database server.</source>
        <translation>未安裝 PostgreSQL 驅動程式；如要使用資料庫伺服器，請連同「postgresql」附加元件安裝 CareerDesk。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/migrate.py" line="65"/>
        <source>Upgrading the database would leave a record in &apos;{table}&apos; pointing at one that is not there; nothing was changed.</source>
        <translation>升級資料庫會令「{table}」中的紀錄指向不存在的紀錄；資料沒有任何變更。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/migrate.py" line="91"/>
        <source>This database holds tables that are not CareerDesk&apos;s, so CareerDesk will not change it.</source>
        <translation>這個資料庫有不屬於 CareerDesk 的資料表，因此 CareerDesk 不會更改它。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/migrate.py" line="98"/>
        <source>This database was written by a newer version of CareerDesk; install that version to open it.</source>
        <translation>這個資料庫由較新版本的 CareerDesk 寫入；請安裝該版本來開啟。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="126"/>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="49"/>
        <source>sub-degree</source>
        <translation>副學位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="127"/>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="49"/>
        <source>bachelor&apos;s degree</source>
        <translation>學士學位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="128"/>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="50"/>
        <source>master&apos;s degree</source>
        <translation>碩士學位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="129"/>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="50"/>
        <source>doctorate</source>
        <translation>博士學位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="130"/>
        <source>not employed</source>
        <translation>未就業</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="131"/>
        <source>employed</source>
        <translation>已就業</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="132"/>
        <source>studying</source>
        <translation>在學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="133"/>
        <source>confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="134"/>
        <source>started</source>
        <translation>已開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="136"/>
        <source>ended early</source>
        <translation>提早結束</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="137"/>
        <source>full-time offer</source>
        <translation>全職錄用</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="138"/>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="143"/>
        <source>further study</source>
        <translation>繼續升學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="139"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="141"/>
        <source>employed full-time</source>
        <translation>全職就業</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="142"/>
        <source>employed part-time</source>
        <translation>兼職就業</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="144"/>
        <source>service or military</source>
        <translation>服務或服役</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="145"/>
        <source>seeking work</source>
        <translation>正在求職</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="146"/>
        <source>not seeking work</source>
        <translation>沒有求職</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="147"/>
        <source>unknown</source>
        <translation>不詳</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="148"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="34"/>
        <source>at the venue</source>
        <translation>在場內</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="149"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="34"/>
        <source>online (Talent Pool)</source>
        <translation>網上（人才庫）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="150"/>
        <source>registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="151"/>
        <source>came on site</source>
        <translation>現場出席</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="152"/>
        <source>came online</source>
        <translation>網上出席</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="153"/>
        <source>no-show</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="103"/>
        <source>The student&apos;s award level is not recorded.</source>
        <translation>沒有記錄學生的學歷。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="105"/>
        <source>Award level {level} is allowed.</source>
        <translation>學歷{level}符合要求。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="107"/>
        <source>Award level {level} is not allowed (allowed: {allowed}).</source>
        <translation>學歷{level}不符要求（接受：{allowed}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="118"/>
        <source>Whether the student is a Hong Kong resident is not recorded.</source>
        <translation>沒有記錄學生是否香港居民。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="119"/>
        <source>The student is a Hong Kong resident.</source>
        <translation>學生是香港居民。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="120"/>
        <source>The student is not a Hong Kong resident.</source>
        <translation>學生不是香港居民。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="129"/>
        <source>The student&apos;s employment status is not recorded.</source>
        <translation>沒有記錄學生的就業狀況。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="131"/>
        <source>The student is employed at present.</source>
        <translation>學生現正受僱。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="132"/>
        <source>The student is not employed at present ({status}).</source>
        <translation>學生現時沒有受僱（{status}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="140"/>
        <source>fewer than {limit}</source>
        <translation>少於 {limit} 個月</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="143"/>
        <source>at most {limit}</source>
        <translation>最多 {limit} 個月</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="145"/>
        <source>The student&apos;s months of full-time work are not recorded.</source>
        <translation>沒有記錄學生的全職工作月數。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="147"/>
        <source>Full-time work of {months} months ({allowed} allowed).</source>
        <translation>全職工作 {months} 個月（接受{allowed}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="149"/>
        <source>Full-time work of {months} months; {allowed} are allowed.</source>
        <translation>全職工作 {months} 個月；只接受{allowed}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="156"/>
        <source>the window of {start} to {end}</source>
        <translation>{start} 至 {end} 的期間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="157"/>
        <source>the window from {start}</source>
        <translation>由 {start} 起的期間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="158"/>
        <source>the window up to {end}</source>
        <translation>截至 {end} 的期間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="160"/>
        <source>The student&apos;s graduation date is not recorded.</source>
        <translation>沒有記錄學生的畢業日期。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="162"/>
        <source>Graduated {day}, before {window}.</source>
        <translation>於 {day} 畢業，早於{window}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="164"/>
        <source>Graduates {day}, after {window}.</source>
        <translation>將於 {day} 畢業，遲於{window}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="165"/>
        <source>Graduation {day} is within {window}.</source>
        <translation>畢業日期 {day} 在{window}之內。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="171"/>
        <source>{university} is one of the universities allowed.</source>
        <translation>{university} 是接受的大學之一。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="173"/>
        <source>{university} is not one of the universities allowed ({allowed}).</source>
        <translation>{university} 不是接受的大學（{allowed}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="181"/>
        <source>The student&apos;s faculty is not recorded.</source>
        <translation>沒有記錄學生的學院。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="183"/>
        <source>{faculty} is one of the faculties allowed.</source>
        <translation>{faculty} 是接受的學院之一。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="185"/>
        <source>{faculty} is not one of the faculties allowed.</source>
        <translation>{faculty} 不是接受的學院。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="192"/>
        <source>The student&apos;s year of study is not recorded.</source>
        <translation>沒有記錄學生的年級。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="194"/>
        <source>Year {year} of study (year {minimum} or above).</source>
        <translation>{year} 年級（須 {minimum} 年級或以上）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="196"/>
        <source>Year {year} of study; year {minimum} or above needed.</source>
        <translation>{year} 年級；須 {minimum} 年級或以上。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="200"/>
        <source>Whether the student consents to share data is not recorded.</source>
        <translation>沒有記錄學生是否同意分享資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="201"/>
        <source>The student consents to share data with the programme.</source>
        <translation>學生同意與計劃分享資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="202"/>
        <source>The student has not consented to share data with the programme.</source>
        <translation>學生沒有同意與計劃分享資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="248"/>
        <source>Award level is one of</source>
        <translation>學歷屬以下其一</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="250"/>
        <source>Unemployed at the moment of application</source>
        <translation>申請時沒有工作</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="252"/>
        <source>Months of full-time work fewer than</source>
        <translation>全職工作月數少於</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="254"/>
        <source>Graduated between</source>
        <translation>畢業日期介乎</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="255"/>
        <source>University is one of</source>
        <translation>大學屬以下其一</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="256"/>
        <source>Faculty is one of</source>
        <translation>學院屬以下其一</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="257"/>
        <source>Year of study at least</source>
        <translation>年級最少為</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="258"/>
        <source>Consents to share data</source>
        <translation>同意分享資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/errors.py" line="53"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，資料沒有任何變更。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/backups.py" line="25"/>
        <source>{what} works on the embedded SQLite database; for a PostgreSQL server, ask IT to use the server&apos;s own pg_dump and pg_restore.</source>
        <translation>{what}只適用於內置的 SQLite 資料庫；如使用 PostgreSQL 伺服器，請資訊科技人員使用伺服器本身的 pg_dump 及 pg_restore。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/backups.py" line="38"/>
        <source>A backup cannot be written over the database itself.</source>
        <translation>備份不能覆蓋資料庫本身。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/backups.py" line="55"/>
        <source>{source} cannot be restored: it is damaged ({problem}). Choose another backup; they are kept in {folder}.</source>
        <translation>無法還原 {source}：檔案已損壞（{problem}）。請選擇另一個備份；備份存放於 {folder}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/backups.py" line="63"/>
        <source>{source} cannot be restored: {message}</source>
        <translation>無法還原 {source}：{message}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/backups.py" line="71"/>
        <source>{source} is not a CareerDesk backup.</source>
        <translation>{source} 不是 CareerDesk 備份。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/backups.py" line="75"/>
        <source>{source} was made by a newer version of CareerDesk; install that version to restore it.</source>
        <translation>{source} 由較新版本的 CareerDesk 製作；請安裝該版本來還原。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="106"/>
        <source>There is no cohort &apos;{cohort}&apos;; CareerDesk has no cohorts yet (add one on the Programmes page).</source>
        <translation>沒有「{cohort}」這個梯次；CareerDesk 尚未有任何梯次（請在「計劃」頁新增）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="229"/>
        <source>Choose at least one student to nominate.</source>
        <translation>請最少選擇一名學生作提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="237"/>
        <source>Some of the chosen students are no longer in the database; nobody was nominated.</source>
        <translation>部分所選學生已不在資料庫中；沒有提名任何人。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="242"/>
        <source>{student} is already nominated to {cohort} ({status}); nobody was nominated.</source>
        <translation>{student} 已獲提名至 {cohort}（{status}）；沒有提名任何人。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="265"/>
        <source>To nominate anyway, give the reason for the exception (--override).</source>
        <translation>如仍要提名，請說明例外的理由（--override）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="275"/>
        <source>{cohort} has no track &apos;{track}&apos;{known}.</source>
        <translation>{cohort} 沒有「{track}」這個組別{known}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="312"/>
        <source>Name at least one student to move.</source>
        <translation>請指明最少一名要轉移狀態的學生。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="327"/>
        <source>Select at least one nomination to move.</source>
        <translation>請選擇最少一項要轉移狀態的提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="336"/>
        <source>Some of the selected nominations no longer exist; nothing was moved.</source>
        <translation>部分所選的提名已不存在；沒有轉移任何提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="348"/>
        <source>{refusal} ({count} more cannot move either); nothing was moved.</source>
        <translation>{refusal}（另有 {count} 項亦不能轉移）；沒有轉移任何提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="134"/>
        <source>&apos;{text}&apos; is not an application status; use one of {words}.</source>
        <translation>「{text}」不是申請狀態；請使用 {words} 之一。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="144"/>
        <source>&apos;{text}&apos; is not where an application is made; use onsite or online.</source>
        <translation>「{text}」不是申請途徑；請使用 onsite 或 online。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="160"/>
        <source>There is no organisation &apos;{organisation}&apos;; did you mean {close}?</source>
        <translation>沒有「{organisation}」這個機構；你是否指 {close}？</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="212"/>
        <source>A role needs its title.</source>
        <translation>職位需要名稱。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="214"/>
        <source>A role needs its company.</source>
        <translation>職位需要所屬公司。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="216"/>
        <source>The number of openings cannot be negative.</source>
        <translation>空缺數目不能是負數。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="226"/>
        <source>{company} already offers a role &apos;{title}&apos; at {event}.</source>
        <translation>{company} 已在 {event} 提供「{title}」職位。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="232"/>
        <source>That role no longer exists.</source>
        <translation>該職位已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="249"/>
        <source>{count} applications were made to the role &apos;{title}&apos;; nothing was removed.</source>
        <translation>「{title}」職位已有 {count} 份申請；沒有移除任何資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="288"/>
        <source>An application needs the company applied to.</source>
        <translation>申請需要所申請的公司。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="304"/>
        <source>Student {student} has already applied to {company} for this role at {event}.</source>
        <translation>學生 {student} 已在 {event} 向 {company} 申請這個職位。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="339"/>
        <source>{count} of these applications became placements; remove the placements first. Nothing was removed.</source>
        <translation>其中 {count} 份申請已成為實習安排；請先移除實習安排。沒有移除任何資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="355"/>
        <source>Select at least one application to move.</source>
        <translation>請至少選擇一份申請以推進。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="364"/>
        <source>Some of the selected applications no longer exist; nothing was moved.</source>
        <translation>部分所選申請已不存在；沒有推進任何申請。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="380"/>
        <source>Student {student} has no application to {company} at {event}; nothing was moved.</source>
        <translation>學生 {student} 在 {event} 沒有向 {company} 提出申請；沒有推進任何申請。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="393"/>
        <source>The application of {student} to {company} is {status}, which is final</source>
        <translation>{student} 向 {company} 的申請為「{status}」，已是最終狀態</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="395"/>
        <source>The application of {student} to {company} is {status}; from there it can only move to {moves}</source>
        <translation>{student} 向 {company} 的申請為「{status}」；由此只能轉為 {moves}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="398"/>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="351"/>
        <source>{refusal}; nothing was moved.</source>
        <translation>{refusal}；沒有轉移任何提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="433"/>
        <source>A placement lasts at least one month.</source>
        <translation>實習安排最少為期一個月。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="437"/>
        <source>That application no longer exists.</source>
        <translation>該申請已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="443"/>
        <source>Only an accepted offer becomes a placement; the application of {student} is {status}.</source>
        <translation>只有已接受的取錄才可成為實習安排；{student} 的申請為「{status}」。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="449"/>
        <source>The offer to {student} already has a placement.</source>
        <translation>給 {student} 的取錄已有實習安排。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="365"/>
        <source>Record the placement of {student} (organisation and start date) before moving it to placed; nothing was moved.</source>
        <translation>請先記錄 {student} 的實習安排（機構及開始日期），才轉為「已安排」；沒有轉移任何提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="414"/>
        <source>Moved {count:,} nominations to {status}.</source>
        <translation>已把 {count:,} 個提名移至「{status}」。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="447"/>
        <source>The placement of {student} ends on {day}, after today.</source>
        <translation>{student} 的實習安排於 {day} 才結束，在今天之後。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="459"/>
        <location filename="../../src/careerdesk/core/services/placements.py" line="87"/>
        <location filename="../../src/careerdesk/core/services/placements.py" line="188"/>
        <source>That nomination no longer exists.</source>
        <translation>該提名已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="617"/>
        <source>&apos;{text}&apos; is not a nomination status; use one of {words}.</source>
        <translation>「{text}」不是提名狀態；請使用以下其中一個：{words}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="628"/>
        <source>The nomination of {student} is {status}, which is final</source>
        <translation>{student} 的提名狀態為{status}，已是最終狀態</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="630"/>
        <source>The nomination of {student} is {status}; from there it can only move to {moves}</source>
        <translation>{student} 的提名狀態為{status}；由此只可轉為{moves}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="658"/>
        <source>Student {number} has no nomination in this cohort; nothing was moved.</source>
        <translation>學生 {number} 在此梯次沒有提名；沒有轉移任何提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="663"/>
        <source>Student number {number} is nominated from more than one university ({codes}); say which with --university.</source>
        <translation>學號 {number} 由多於一所大學提名（{codes}）；請用 --university 指明。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="188"/>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="687"/>
        <source>{student} fails the cohort&apos;s rules: {reason}</source>
        <translation>{student} 不符合梯次的資格規則：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="190"/>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="689"/>
        <source>{student} cannot be checked against the cohort&apos;s rules: {reason}</source>
        <translation>無法按梯次的資格規則審核 {student}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="621"/>
        <source>To go ahead anyway, give the reason for the exception (--override).</source>
        <translation>如仍要進行，請說明例外的理由（--override）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="701"/>
        <source>The application window of {cohort} closed on {day}.</source>
        <translation>{cohort} 的申請期已於 {day} 截止。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="704"/>
        <source>The application window of {cohort} opens on {day}.</source>
        <translation>{cohort} 的申請期於 {day} 開始。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="709"/>
        <source>{cohort} has {places} places and {taken} are taken.</source>
        <translation>{cohort} 有 {places} 個名額，已用 {taken} 個。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/nominations.py" line="730"/>
        <source>{owner}&apos;s quota in {cohort} is {places} places and {taken} are taken.</source>
        <translation>{owner} 在 {cohort} 的名額為 {places} 個，已用 {taken} 個。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/organisations.py" line="76"/>
        <source>There is already an organisation called {clash}.</source>
        <translation>已有名為 {clash} 的機構。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/organisations.py" line="101"/>
        <source>The position &apos;{title}&apos; has placements, so it cannot be removed.</source>
        <translation>職位「{title}」已有實習安排，因此不能刪除。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/organisations.py" line="110"/>
        <source>There is no cohort &apos;{cohort}&apos;.</source>
        <translation>沒有「{cohort}」這個梯次。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/organisations.py" line="118"/>
        <source>{cohort} has no track &apos;{track}&apos;.</source>
        <translation>{cohort} 沒有「{track}」這個組別。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/organisations.py" line="134"/>
        <source>There is no organisation &apos;{name}&apos;.</source>
        <translation>沒有「{name}」這個機構。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/organisations.py" line="140"/>
        <source>An organisation needs an English name.</source>
        <translation>機構須有英文名稱。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/organisations.py" line="143"/>
        <source>&apos;{theme}&apos; is not a theme CareerDesk knows.</source>
        <translation>CareerDesk 不認識「{theme}」這個主題。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/organisations.py" line="147"/>
        <source>Every position needs a title.</source>
        <translation>每個職位都須有職銜。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/organisations.py" line="150"/>
        <source>The position &apos;{title}&apos; needs at least one place.</source>
        <translation>職位「{title}」最少須有一個名額。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/organisations.py" line="154"/>
        <source>Every contact needs a name.</source>
        <translation>每位聯絡人都須有姓名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/organisations.py" line="165"/>
        <source>{contact}: {problem}</source>
        <translation>{contact}：{problem}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/organisations.py" line="200"/>
        <source>{name} has positions or placements, so it cannot be deleted.</source>
        <translation>{name} 有職位或實習安排，因此不能刪除。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="163"/>
        <location filename="../../src/careerdesk/core/services/placements.py" line="120"/>
        <source>There is no organisation &apos;{organisation}&apos;.</source>
        <translation>沒有「{organisation}」這個機構。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/placements.py" line="102"/>
        <source>That position is not one of this organisation&apos;s.</source>
        <translation>該職位不屬於這個機構。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/placements.py" line="51"/>
        <location filename="../../src/careerdesk/core/services/student_fields.py" line="109"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/placements.py" line="92"/>
        <source>Only an accepted offer becomes a placement; the nomination of {student} is {status}.</source>
        <translation>只有已接受的錄取才會成為實習安排；{student} 的提名狀態為{status}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/placements.py" line="96"/>
        <source>The nomination of {student} already has a placement.</source>
        <translation>{student} 的提名已有實習安排。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="431"/>
        <location filename="../../src/careerdesk/core/services/placements.py" line="105"/>
        <source>A monthly salary cannot be negative.</source>
        <translation>月薪不能是負數。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/placements.py" line="156"/>
        <source>&apos;{status}&apos; is not a placement status; use confirmed, started, completed or ended_early.</source>
        <translation>「{status}」不是實習安排狀態；請使用 confirmed、started、completed 或 ended_early。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/placements.py" line="160"/>
        <location filename="../../src/careerdesk/core/services/placements.py" line="249"/>
        <source>&apos;{outcome}&apos; is not an outcome; use full_time_offer, further_study or other.</source>
        <translation>「{outcome}」不是結果；請使用 full_time_offer、further_study 或 other。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/placements.py" line="167"/>
        <source>That placement no longer exists.</source>
        <translation>該實習安排已不存在。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/placements.py" line="255"/>
        <source>This nomination has no placement yet.</source>
        <translation>此提名尚未有實習安排。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="70"/>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="96"/>
        <source>&apos;{kind}&apos; is not a kind of programme.</source>
        <translation>「{kind}」不是計劃類別。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="73"/>
        <source>A programme needs a code and a name.</source>
        <translation>計劃須有代號及名稱。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="76"/>
        <source>There is already a programme {code}.</source>
        <translation>已有計劃 {code}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="126"/>
        <source>An event needs a code and a name.</source>
        <translation>活動須有代號及名稱。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="128"/>
        <location filename="../../src/careerdesk/core/services/events.py" line="247"/>
        <source>An event needs the date it is held on.</source>
        <translation>活動須有舉行日期。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="134"/>
        <source>There is already an event {code}.</source>
        <translation>已有活動 {code}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="151"/>
        <source>{code} has {count} registration(s); delete them too, or keep the event.</source>
        <translation>{code} 有 {count} 項登記；請一併刪除，或保留該活動。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="280"/>
        <location filename="../../src/careerdesk/core/services/events.py" line="194"/>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="91"/>
        <location filename="../../src/careerdesk/gui/events/register_dialog.py" line="37"/>
        <source>Choose at least one student.</source>
        <translation>請最少選擇一名學生。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="202"/>
        <source>Some of the chosen students are no longer in the database; nothing was recorded.</source>
        <translation>部分所選學生已不在資料庫中；沒有記錄任何資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="206"/>
        <source>{code} is held on {day}; who came can be recorded from that day.</source>
        <translation>{code} 於 {day} 舉行；由當天起才可記錄出席。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="236"/>
        <source>&apos;{text}&apos; is not an attendance; use onsite, virtual, no-show or registered.</source>
        <translation>「{text}」不是出席情況；請使用 onsite、virtual、no-show 或 registered。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="258"/>
        <source>&apos;{text}&apos; is not a time of day (write it as 14:30).</source>
        <translation>「{text}」不是時間（請寫成 14:30）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="265"/>
        <source>&apos;{text}&apos; is not an event format; use onsite, virtual or hybrid.</source>
        <translation>「{text}」不是活動形式；請使用 onsite、virtual 或 hybrid。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="273"/>
        <source>&apos;{text}&apos; is not a theme; use ai, microelectronics, life-health, fintech or other.</source>
        <translation>「{text}」不是主題；請使用 ai、microelectronics、life-health、fintech 或 other。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="284"/>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="87"/>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="104"/>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="377"/>
        <source>There is no programme &apos;{code}&apos;.</source>
        <translation>沒有「{code}」這個計劃。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="305"/>
        <source>There is no event &apos;{code}&apos;; known events include {known}.</source>
        <translation>沒有「{code}」這個活動；已有的活動包括 {known}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/events.py" line="307"/>
        <source>There is no event &apos;{code}&apos;; CareerDesk has no events yet.</source>
        <translation>沒有「{code}」這個活動；CareerDesk 尚未有任何活動。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="98"/>
        <source>A programme needs a name.</source>
        <translation>計劃須有名稱。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="137"/>
        <location filename="../../src/careerdesk/core/services/report_data.py" line="139"/>
        <source>There is no programme &apos;{programme}&apos;.</source>
        <translation>沒有「{programme}」這個計劃。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="143"/>
        <source>There is already a cohort {clash}.</source>
        <translation>已有梯次 {clash}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="184"/>
        <source>The track {code} has nominations or positions, so it cannot be removed.</source>
        <translation>組別 {code} 已有提名或職位，因此不能刪除。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="203"/>
        <source>The phase &apos;{name}&apos; has placements, so it cannot be removed.</source>
        <translation>階段「{name}」已有實習安排，因此不能刪除。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="216"/>
        <source>There is no cohort &apos;{code}&apos;.</source>
        <translation>沒有「{code}」這個梯次。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="227"/>
        <source>There is no university &apos;{code}&apos;.</source>
        <translation>沒有「{code}」這所大學。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="236"/>
        <source>{code} has no faculty &apos;{faculty_name}&apos;.</source>
        <translation>{code} 沒有「{faculty_name}」這個學院。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="246"/>
        <source>A cohort needs a code and a name.</source>
        <translation>梯次須有代號及名稱。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="249"/>
        <source>The application window cannot close ({closes_on}) before it opens ({opens_on}).</source>
        <translation>申請期的截止日期（{closes_on}）不能早於開始日期（{opens_on}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="254"/>
        <source>Places and quotas cannot be negative.</source>
        <translation>名額不能是負數。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="258"/>
        <source>The phase &apos;{name}&apos; needs a length in months or weeks.</source>
        <translation>階段「{name}」須有以月或星期計的長度。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="262"/>
        <source>Two tracks have the same code.</source>
        <translation>有兩個組別的代號相同。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="271"/>
        <source>&apos;{kind}&apos; is not a kind of eligibility rule.</source>
        <translation>「{kind}」不是資格規則的類別。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/reference_data.py" line="47"/>
        <source>There is no university &apos;{university}&apos;; use one of {codes}.</source>
        <translation>沒有「{university}」這所大學；請使用 {codes} 其中之一。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/reference_data.py" line="69"/>
        <source>There is no faculty &apos;{faculty}&apos;; the closest are {names}.</source>
        <translation>沒有「{faculty}」這個學院；最接近的是 {names}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/reference_data.py" line="71"/>
        <source>There is no faculty &apos;{faculty}&apos;.</source>
        <translation>沒有「{faculty}」這個學院。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="360"/>
        <source>The cohort {code} has nominations or positions, so it cannot be deleted.</source>
        <translation>梯次 {code} 有提名或職位，因此不能刪除。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="383"/>
        <source>The programme {code} has cohorts or events, so it cannot be deleted.</source>
        <translation>計劃 {code} 有梯次或活動，因此不能刪除。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="268"/>
        <source>choose one or more award levels</source>
        <translation>請選擇一個或多個學歷</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="272"/>
        <source>give the number of months</source>
        <translation>請填寫月數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="277"/>
        <source>give the dates as YYYY-MM-DD</source>
        <translation>請以 YYYY-MM-DD 格式填寫日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="280"/>
        <source>give a first and/or last graduation date, the first before the last</source>
        <translation>請填寫最早及／或最遲的畢業日期，最早的須在最遲的之前</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="282"/>
        <source>choose the universities allowed</source>
        <translation>請選擇接受的大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="284"/>
        <source>choose the faculties allowed</source>
        <translation>請選擇接受的學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/eligibility.py" line="287"/>
        <source>give the lowest year of study</source>
        <translation>請填寫最低年級</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/programmes.py" line="276"/>
        <source>The rule &apos;{rule}&apos; is incomplete: {problem}.</source>
        <translation>規則「{rule}」未填妥：{problem}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/outcomes.py" line="36"/>
        <source>&apos;{text}&apos; is not a graduate outcome; use one of {choices}.</source>
        <translation>「{text}」不是畢業去向；請用以下其中之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/outcomes.py" line="95"/>
        <source>All graduates</source>
        <translation>所有畢業生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/report_data.py" line="92"/>
        <source>{code} has no nominations from a faculty called &apos;{faculty}&apos; in {cohort}.</source>
        <translation>{code} 在 {cohort} 沒有來自「{faculty}」學院的提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/report_data.py" line="134"/>
        <location filename="../../src/careerdesk/core/services/report_data.py" line="142"/>
        <source>Placement report — {name}</source>
        <translation>實習安排報告 — {name}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/report_data.py" line="144"/>
        <source>Name a cohort or a programme for the placement report.</source>
        <translation>請為實習安排報告指明梯次或計劃。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/career_day.py" line="110"/>
        <location filename="../../src/careerdesk/core/services/report_data.py" line="225"/>
        <source>all universities</source>
        <translation>所有大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/reports.py" line="56"/>
        <source>The paper size is A4 or Letter.</source>
        <translation>紙張大小須為 A4 或 Letter。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/reports.py" line="58"/>
        <source>&apos;{email}&apos; is not an email address.</source>
        <translation>「{email}」不是電郵地址。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/reports.py" line="62"/>
        <source>There is no logo file at {logo}.</source>
        <translation>{logo} 沒有標誌檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/reports.py" line="107"/>
        <source>The folder {parent} does not exist, so the report cannot be saved there.</source>
        <translation>資料夾 {parent} 不存在，因此無法把報告儲存到那裏。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/reports.py" line="120"/>
        <source>The report could not be saved to {target}: {strerror}.</source>
        <translation>無法把報告儲存至 {target}：{strerror}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="42"/>
        <source>Student form</source>
        <translation>學生表格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="43"/>
        <source>Student record: {file}</source>
        <translation>學生紀錄：{file}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="44"/>
        <source>Attendance report: {file}</source>
        <translation>出席報告：{file}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="45"/>
        <source>Nominations for endorsement: {file}</source>
        <translation>待批核提名名單：{file}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="46"/>
        <source>Placement report: {file}</source>
        <translation>實習安排報告：{file}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="47"/>
        <source>Career day report: {file}</source>
        <translation>招聘日報告：{file}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="48"/>
        <source>Placement letters: {file}</source>
        <translation>實習安排確認信：{file}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="49"/>
        <source>Export to {file}</source>
        <translation>匯出至 {file}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="50"/>
        <source>Data access request answered: {file}</source>
        <translation>已回覆查閱資料要求：{file}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="207"/>
        <source>&apos;{kind}&apos; is not a kind of request; use access or correction.</source>
        <translation>「{kind}」不是要求的種類；請使用 access（查閱）或 correction（改正）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="257"/>
        <location filename="../../src/careerdesk/core/services/reports.py" line="259"/>
        <source>The folder {folder} does not exist.</source>
        <translation>資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="335"/>
        <source>would be anonymised</source>
        <translation>將會匿名化</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="335"/>
        <source>would be deleted</source>
        <translation>將會刪除</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="336"/>
        <source>anonymised</source>
        <translation>已匿名化</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="337"/>
        <source>{students:,} students {done}, with {nominations:,} nominations, {placements:,} placements, {attendances:,} event registrations and {applications:,} career-day applications.</source>
        <translation>{students:,} 名學生{done}，連同 {nominations:,} 項提名、{placements:,} 項實習安排、{attendances:,} 項活動登記及 {applications:,} 份招聘日申請。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="432"/>
        <source>Retention: students kept past the office&apos;s retention periods: {summary}</source>
        <translation>保存期限：超過辦事處保存期限的學生：{summary}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="434"/>
        <source>Retention: students who graduated before {day}: {summary}</source>
        <translation>保留期限：於 {day} 前畢業的學生：{summary}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="472"/>
        <source>HKID numbers are no longer collected: {count:,} erased.</source>
        <translation>不再收集香港身份證號碼：已刪除 {count:,} 個。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="477"/>
        <source>This office does not collect HKID numbers; an office that needs them turns them on in Settings → Personal data.</source>
        <translation>本辦事處不收集香港身份證號碼；如有需要，可在「設定 → 個人資料」開啟。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="544"/>
        <source>A retention period is between 1 and 100 years, not {years}.</source>
        <translation>保存期限須為 1 至 100 年，不能是 {years}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/privacy.py" line="552"/>
        <source>There is no programme &apos;{programme}&apos;; use one of {codes}.</source>
        <translation>沒有「{programme}」這個計劃；請用以下其中之一：{codes}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/reports.py" line="297"/>
        <source>The email draft could not be saved to {target}: {strerror}.</source>
        <translation>電郵草稿無法儲存至 {target}：{strerror}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="98"/>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="76"/>
        <source>There is no student {student_no} at {university}.</source>
        <translation>{university} 沒有學號 {student_no} 的學生。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="117"/>
        <source>A student needs a student number.</source>
        <translation>學生須有學號。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="120"/>
        <source>A student needs a university.</source>
        <translation>學生須有所屬大學。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="137"/>
        <source>{field} cannot be left empty.</source>
        <translation>{field}不能留空。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="164"/>
        <source>{count} nomination(s)</source>
        <translation>{count} 項提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="166"/>
        <source>{count} placement(s)</source>
        <translation>{count} 項實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="168"/>
        <source>{count} event registration(s)</source>
        <translation>{count} 項活動登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="170"/>
        <source>{count} career-day application(s)</source>
        <translation>{count} 份招聘日申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="209"/>
        <source>{student} has {records}; delete them too (--with-records), or keep the student.</source>
        <translation>{student} 有{records}；請一併刪除（--with-records），或保留該學生。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="284"/>
        <source>There is already a student {student_no} at {university}.</source>
        <translation>{university} 已有學號 {student_no} 的學生。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="325"/>
        <source>{field} of {student} was changed since you opened it; nothing was saved.</source>
        <translation>你開啟後，{student} 的{field}已被修改；沒有儲存任何資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="328"/>
        <source>{field} of {student} was changed by {who} at {time} since you opened it; nothing was saved.</source>
        <translation>你開啟後，{who} 已於 {time} 修改了 {student} 的{field}；沒有儲存任何資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/applications.py" line="292"/>
        <location filename="../../src/careerdesk/core/services/student_editing.py" line="338"/>
        <source>That student is no longer in the database.</source>
        <translation>該學生已不在資料庫中。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/rejects.py" line="18"/>
        <source>Issues</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/spreadsheet_xml.py" line="48"/>
        <source>{file} is an XML file with no worksheet in it, not a spreadsheet.</source>
        <translation>{file} 是沒有工作表的 XML 檔案，不是試算表。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/inference.py" line="122"/>
        <location filename="../../src/careerdesk/io/inference.py" line="234"/>
        <source>the title above the column headings</source>
        <translation>欄標題上方的標題</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/inference.py" line="131"/>
        <source>the students&apos; email addresses</source>
        <translation>學生的電郵地址</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/inference.py" line="167"/>
        <location filename="../../src/careerdesk/io/inference.py" line="238"/>
        <source>the sheet&apos;s name</source>
        <translation>工作表的名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/inference.py" line="174"/>
        <source>the file&apos;s name</source>
        <translation>檔案的名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/word_tables.py" line="60"/>
        <source>{file} cannot be read as a Word document; it may be damaged ({reason}).</source>
        <translation>{file} 無法作為 Word 文件讀取；檔案可能已損壞（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/word_tables.py" line="67"/>
        <source>{file} is a Word document with no table in it; put the list in a table, or in Excel, and import it again.</source>
        <translation>{file} 是沒有表格的 Word 文件；請把名單放進表格或 Excel，然後再匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/held_back.py" line="105"/>
        <source>The list says {said}: the student&apos;s nomination to {cohort}, which was {status}, is now {target}.</source>
        <translation>名單{said}：學生在 {cohort} 的提名原為{status}，現已轉為{target}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/held_back.py" line="146"/>
        <source>The list says {said}: the student&apos;s nomination to {cohort}, which was {status}, is now {target}, with the placement the row names.</source>
        <translation>名單{said}：學生在 {cohort} 的提名原為{status}，現已連同此行所列的實習安排轉為{target}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/held_back.py" line="151"/>
        <source>The list says {said}, but the placement the row names was not recorded (the row says why): the student&apos;s nomination to {cohort}, which was {status}, is now accepted, and moves on to placed with its placement.</source>
        <translation>名單{said}，但此行所列的實習安排沒有記錄（原因見此行）：學生在 {cohort} 的提名原為{status}，現已轉為已接受，記錄實習安排後會轉為已上任。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/held_back.py" line="156"/>
        <source>The list says {said}, but the placement the row names was not recorded (the row says why): the student&apos;s nomination to {cohort} stays accepted, and moves on to placed with its placement.</source>
        <translation>名單{said}，但此行所列的實習安排沒有記錄（原因見此行）：學生在 {cohort} 的提名維持為已接受，記錄實習安排後會轉為已上任。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/held_back.py" line="174"/>
        <source>The list says the student&apos;s nomination to {cohort} is {target}, but CareerDesk has it {status}: submit it on the Nominations page first (the cohort&apos;s rules are checked there); it was left as it is.</source>
        <translation>名單表示學生在 {cohort} 的提名為{target}，但 CareerDesk 記錄為{status}：請先在「提名」頁提交（該處會檢查梯次的規則）；提名維持不變。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/held_back.py" line="179"/>
        <source>The list says the student&apos;s nomination to {cohort} is {target}: record the placement on the Nominations page, and the nomination moves on with it; it was left {status}.</source>
        <translation>名單表示學生在 {cohort} 的提名為{target}：請在「提名」頁記錄實習安排，提名會隨之更新；提名維持為{status}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/held_back.py" line="183"/>
        <source>The list says the student&apos;s nomination to {cohort} is {target}, but it has a placement; it was left {status}. Withdraw it on the Nominations page, which ends the placement early.</source>
        <translation>名單表示學生在 {cohort} 的提名為{target}，但該提名已有實習安排；提名維持為{status}。請在「提名」頁撤回，實習安排會隨之提早結束。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/held_back.py" line="187"/>
        <source>The list says the student&apos;s nomination to {cohort} is {target}, but CareerDesk has it {status}, which cannot move to {target}; it was left as it is.</source>
        <translation>名單表示學生在 {cohort} 的提名為{target}，但 CareerDesk 記錄為{status}，無法轉為{target}；提名維持不變。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/held_back.py" line="208"/>
        <source>The list does not put this student forward ({said}), but the student is already nominated to {cohort} ({status}); the nomination was left as it is. Withdraw it on the Nominations page if the faculty has withdrawn the student.</source>
        <translation>名單沒有推薦此學生（{said}），但學生已獲提名至 {cohort}（{status}）；提名維持不變。如學院已撤回此學生，請在「提名」頁撤回提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/held_back.py" line="236"/>
        <source>The student is nominated to {cohort} ({status}): if the faculty has withdrawn the student, withdraw the nomination on the Nominations page.</source>
        <translation>此學生已獲提名至 {cohort}（{status}）：如學院已撤回此學生，請在「提名」頁撤回提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="34"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="35"/>
        <source>nominated</source>
        <translation>已提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="36"/>
        <source>submitted</source>
        <translation>已遞交</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="37"/>
        <source>shortlisted</source>
        <translation>入圍</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="38"/>
        <source>interviewed</source>
        <translation>已面試</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="39"/>
        <source>offered</source>
        <translation>獲取錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="40"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="32"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="41"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="167"/>
        <source>placed</source>
        <translation>已上任</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="143"/>
        <source>applied</source>
        <translation>已申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/choices.py" line="135"/>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="42"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="43"/>
        <source>ineligible</source>
        <translation>不符資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="44"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="33"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="45"/>
        <source>not selected</source>
        <translation>未獲選</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/domain/statuses.py" line="46"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="33"/>
        <source>declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/found_by_email.py" line="47"/>
        <source>Its email address is that of {name} ({student}, {university}) in CareerDesk, but the row&apos;s name or university is not theirs; it was not taken as theirs.</source>
        <translation>此行的電郵地址屬於 CareerDesk 中的 {name}（{student}，{university}），但此行的姓名或大學與該學生不符；因此沒有當作此學生的資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/found_by_email.py" line="53"/>
        <source>This row has no student number; its email address is that of {name} ({student}, {university}) in CareerDesk, so it was taken as theirs.</source>
        <translation>此行沒有學號；其電郵地址屬於 CareerDesk 中的 {name}（{student}，{university}），因此當作此學生的資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/found_by_email.py" line="56"/>
        <source>This row has no university; its email address is that of {name} ({student}, {university}) in CareerDesk, so it was taken as theirs.</source>
        <translation>此行沒有大學；其電郵地址屬於 CareerDesk 中的 {name}（{student}，{university}），因此當作此學生的資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/placements_listed.py" line="106"/>
        <source>The column &apos;{heading}&apos; was read as a placement&apos;s, but the list names no company (a Company column) for a placement, so it was not imported. If it means something else, choose what in the import window.</source>
        <translation>「{heading}」一欄被讀作實習安排的資料，但名單沒有列明實習機構（「公司」欄），所以該欄沒有匯入。如該欄另有所指，請在匯入視窗中選擇。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/placements_listed.py" line="138"/>
        <source>The list names {company} as where the student is placed, but the student is not nominated to the cohort, so no placement was recorded.</source>
        <translation>名單列明學生的實習安排機構為 {company}，但學生沒有獲提名參加該梯次，因此沒有記錄實習安排。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/placements_listed.py" line="153"/>
        <source>The list names {company} as where the student is placed, but their nomination is {status}: only an accepted offer becomes a placement, so none was recorded.</source>
        <translation>名單列明學生的實習安排機構為 {company}，但其提名狀態為{status}：只有已接受的取錄才會成為實習安排，因此沒有記錄。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/placements_listed.py" line="145"/>
        <source>The student is already placed at {placed}; the list&apos;s {company} was not recorded (change a placement on the Nominations page).</source>
        <translation>學生已安排到 {placed} 實習；名單上的 {company} 沒有記錄（如需更改實習安排，請到「提名」頁）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/placements_listed.py" line="159"/>
        <source>&apos;{company}&apos; is not an organisation CareerDesk knows, so the placement was not recorded; add it on the Organisations page (or write its name as stored there) and import the list again.</source>
        <translation>CareerDesk 中沒有「{company}」這個機構，因此沒有記錄實習安排；請在「機構」頁加入該機構（或按已儲存的名稱填寫），然後再次匯入名單。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/placements_listed.py" line="173"/>
        <source>&apos;{title}&apos; is not one of {company}&apos;s positions for this cohort; the placement was recorded without a position.</source>
        <translation>「{title}」不是 {company} 在這個梯次的職位；實習安排已記錄，但沒有職位。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/placements_listed.py" line="178"/>
        <source>The list names {company} as where the student is placed but gives no start date, so the placement was not recorded; add a Start Date column, or record it on the Nominations page.</source>
        <translation>名單列明學生的實習安排機構為 {company}，但沒有開始日期，因此沒有記錄實習安排；請加入「開始日期」欄，或在「提名」頁記錄。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/cli/student_commands.py" line="32"/>
        <source>&apos;{text}&apos; is not FIELD=VALUE (for example --set email=chan@link.cuhk.edu.hk).</source>
        <translation>「{text}」不是 欄位=值 的格式（例如 --set email=chan@link.cuhk.edu.hk）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/rows.py" line="20"/>
        <source>A record was deleted by someone else meanwhile; try again.</source>
        <translation>有紀錄剛被其他人刪除；請再試一次。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/entered.py" line="23"/>
        <source>{what}: &apos;{text}&apos; is not a whole number.</source>
        <translation>{what}：「{text}」不是整數。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/entered.py" line="27"/>
        <source>{what}: {value} is less than {low}.</source>
        <translation>{what}：{value} 小於 {low}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/entered.py" line="39"/>
        <source>{what}: {problem}</source>
        <translation>{what}：{problem}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/entered.py" line="42"/>
        <source>{what}: &apos;{text}&apos; is not a date.</source>
        <translation>{what}：「{text}」不是日期。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_fields.py" line="75"/>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="93"/>
        <source>Employment</source>
        <translation>就業狀況</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_fields.py" line="80"/>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="97"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_fields.py" line="82"/>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="100"/>
        <location filename="../../src/careerdesk/io/fields.py" line="126"/>
        <source>Outcome after graduation</source>
        <translation>畢業後去向</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_fields.py" line="83"/>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="102"/>
        <location filename="../../src/careerdesk/io/fields.py" line="127"/>
        <source>Outcome known on</source>
        <translation>去向知悉日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_fields.py" line="85"/>
        <location filename="../../src/careerdesk/core/services/student_record.py" line="103"/>
        <location filename="../../src/careerdesk/io/fields.py" line="128"/>
        <source>Outcome told by</source>
        <translation>去向資料來源</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/student_fields.py" line="102"/>
        <source>&apos;{key}&apos; is not a student&apos;s field; use one of {keys}.</source>
        <translation>「{key}」不是學生資料的欄位；請使用 {keys} 其中之一。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/undo.py" line="124"/>
        <source>The {label} cannot be undone: {who} changed the same record at {time}, after it. Nothing was changed.</source>
        <translation>無法復原「{label}」：{who} 其後於 {time} 修改了同一紀錄。沒有作出任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/undo.py" line="130"/>
        <source>The {label} cannot be undone: the records it changed have been changed since. Nothing was changed.</source>
        <translation>無法復原「{label}」：其改動的紀錄之後已被修改。沒有作出任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="147"/>
        <source>Choose the cohort to nominate to.</source>
        <translation>請選擇提名的梯次。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/letters.py" line="122"/>
        <source>The language is en or zh_HK, not &apos;{language}&apos;.</source>
        <translation>語言須為 en 或 zh_HK，而不是「{language}」。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="22"/>
        <source>Registered only</source>
        <translation>只登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="22"/>
        <source>On-site</source>
        <translation>現場</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="23"/>
        <source>Virtual</source>
        <translation>網上</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="23"/>
        <source>No-show</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="24"/>
        <source>on-site</source>
        <translation>現場舉行</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="24"/>
        <source>virtual</source>
        <translation>網上舉行</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="24"/>
        <source>hybrid</source>
        <translation>混合模式</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="32"/>
        <location filename="../../src/careerdesk/reports/attendance.py" line="66"/>
        <source>Event attendance</source>
        <translation>活動出席報告</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="34"/>
        <source>There are no events.</source>
        <translation>沒有活動。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="38"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="105"/>
        <source>date not set</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="42"/>
        <source>{when}, {mode}. Registered {registered:,}; attended {attended:,} (on-site {on_site:,}, virtual {virtual:,}); no-shows {no_show:,}.</source>
        <translation>{when}，{mode}。登記 {registered:,} 人；出席 {attended:,} 人（現場 {on_site:,}、網上 {virtual:,}）；缺席 {no_show:,} 人。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="49"/>
        <location filename="../../src/careerdesk/reports/attendance.py" line="61"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="115"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="179"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="65"/>
        <source>Registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="50"/>
        <source>Attendance rate</source>
        <translation>出席率</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="54"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="176"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="58"/>
        <source>Registrations</source>
        <translation>登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/attendance.py" line="67"/>
        <source>Registrations and attendance at career events</source>
        <translation>就業活動的登記及出席</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/document.py" line="269"/>
        <source>Generated {when}</source>
        <translation>製作於 {when}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/document.py" line="271"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="18"/>
        <source>Eligible</source>
        <translation>符合資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="18"/>
        <source>Not eligible</source>
        <translation>不符資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="19"/>
        <source>To be checked</source>
        <translation>待查核</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="28"/>
        <source>Nominations for endorsement — {cohort}</source>
        <translation>待批核提名 — {cohort}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="66"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="67"/>
        <source>Eligibility</source>
        <translation>資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="68"/>
        <source>Why not (yet) eligible</source>
        <translation>不符（或未能確定）資格的原因</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="84"/>
        <source>I endorse the nominations above, in the order given.</source>
        <translation>本人按上列次序批核以上提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="89"/>
        <source>Dean / Associate Dean (name and signature)          Date</source>
        <translation>院長／副院長（姓名及簽署）          日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="42"/>
        <source>Nominations for endorsement — {cohort} — {who}</source>
        <translation>待批核提名 — {cohort} — {who}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="30"/>
        <source>{who}. {count} nominees at {statuses}.</source>
        <translation>{who}。狀態為{statuses}的獲提名人共 {count} 名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="39"/>
        <source>No nomination is waiting at these statuses.</source>
        <translation>沒有處於這些狀態的提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="44"/>
        <source>Faculty nominations for the Dean&apos;s endorsement</source>
        <translation>供院長批核的學院提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="51"/>
        <source>Faculty not recorded</source>
        <translation>未記錄學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="62"/>
        <source>{places} places; the red line marks where they end.</source>
        <translation>名額 {places} 個；紅線標示名額所止。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="64"/>
        <source>No quota is set for this faculty.</source>
        <translation>此學院未設名額。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="78"/>
        <source>{count} nominees. {places}</source>
        <translation>獲提名人 {count} 名。{places}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/endorsement.py" line="82"/>
        <source>Endorsement — {faculty}</source>
        <translation>批核 — {faculty}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="28"/>
        <source>Placement rate</source>
        <translation>實習安排率</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="28"/>
        <source>placed ÷ submitted</source>
        <translation>已上任 ÷ 已遞交</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="29"/>
        <source>Offer acceptance rate</source>
        <translation>錄取接受率</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="29"/>
        <source>accepted ÷ offered</source>
        <translation>已接受 ÷ 獲取錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="30"/>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="31"/>
        <source>completed ÷ placed, among placements whose phases have all ended</source>
        <translation>已完成 ÷ 已上任（只計所有階段均已結束的實習安排）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="32"/>
        <source>Quota use</source>
        <translation>名額使用率</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="32"/>
        <source>submitted ÷ places</source>
        <translation>已遞交 ÷ 名額</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="38"/>
        <source>Submitted</source>
        <translation>已遞交</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="38"/>
        <source>Shortlisted</source>
        <translation>入圍</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="29"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="39"/>
        <source>Interviewed</source>
        <translation>已面試</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="29"/>
        <source>Applied</source>
        <translation>已申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="30"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="39"/>
        <source>Offered</source>
        <translation>獲取錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="30"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="140"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="40"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="31"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="40"/>
        <source>Placed</source>
        <translation>已上任</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="32"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="168"/>
        <source>offer open</source>
        <translation>取錄待覆</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="35"/>
        <source>not said</source>
        <translation>未註明</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="104"/>
        <source>Career day outcome — {name}</source>
        <translation>招聘日成果 — {name}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="108"/>
        <source>{code}, held {when}. Scope: {scope}. Counts are cumulative: an accepted offer was an offer, an offer an application.</source>
        <translation>{code}，於 {when} 舉行。範圍：{scope}。數字為累計：已接受的取錄亦計作取錄，取錄亦計作申請。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="114"/>
        <source>Visitors (on site and online)</source>
        <translation>參加人數（現場及網上）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="116"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="117"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="139"/>
        <source>Roles</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="118"/>
        <source>Openings</source>
        <translation>空缺</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="119"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="131"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="139"/>
        <source>Applications</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="120"/>
        <source>Students who applied</source>
        <translation>提出申請的學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="121"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="140"/>
        <source>Offers</source>
        <translation>取錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="122"/>
        <source>Offers accepted</source>
        <translation>已接受取錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="123"/>
        <source>Hires (placements)</source>
        <translation>聘用（實習安排）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="125"/>
        <source>Applications, stage by stage</source>
        <translation>申請的各個階段</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="130"/>
        <source>Where applications were made</source>
        <translation>申請途徑</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="131"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="71"/>
        <source>Channel</source>
        <translation>途徑</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="136"/>
        <source>By company</source>
        <translation>按公司</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="137"/>
        <source>By field</source>
        <translation>按工作範疇</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="141"/>
        <location filename="../../src/careerdesk/reports/career_day.py" line="148"/>
        <source>field not said</source>
        <translation>未註明範疇</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="149"/>
        <source>Offers and their outcome</source>
        <translation>取錄及其結果</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="151"/>
        <source>No offers are recorded.</source>
        <translation>沒有取錄記錄。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="155"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="70"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="155"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="70"/>
        <source>Role</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="162"/>
        <source>What came of the career day {code}</source>
        <translation>招聘日 {code} 的成果</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="178"/>
        <source>Attendance by mode and university</source>
        <translation>按方式及大學劃分的出席情況</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="40"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="42"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="41"/>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="41"/>
        <source>Started</source>
        <translation>已開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="42"/>
        <source>Ended early</source>
        <translation>提早結束</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="58"/>
        <source>Scope: {scope}. Counts are cumulative: a nomination counts at every stage it has reached.</source>
        <translation>範圍：{scope}。數字為累計：提名在其到達的每個階段均會計算。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="18"/>
        <source>Knowledge rate (NACE)</source>
        <translation>去向知悉率（NACE）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="19"/>
        <source>graduates whose outcome is known ÷ all graduates</source>
        <translation>已知去向的畢業生 ÷ 所有畢業生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="20"/>
        <source>Career outcomes rate (NACE)</source>
        <translation>事業去向率（NACE）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="21"/>
        <source>employed, in service or military, or in further study ÷ those and the graduates still seeking work (those not seeking, and unknown ones, are left out)</source>
        <translation>已就業、服務或服役、或繼續升學 ÷ 上述人數加正在求職的畢業生（不計沒有求職及去向不詳者）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="23"/>
        <source>Employment rate (Hong Kong)</source>
        <translation>就業率（香港）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="24"/>
        <source>employed full-time or part-time ÷ those and the graduates seeking work</source>
        <translation>全職或兼職就業 ÷ 上述人數加正在求職的畢業生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="44"/>
        <source>Graduate outcomes — class of {year}</source>
        <translation>畢業生去向 — {year} 年畢業</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="47"/>
        <source>Scope: {scope}. {count} graduates.</source>
        <translation>範圍：{scope}。畢業生 {count} 名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="112"/>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="50"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="62"/>
        <source>Headline figures</source>
        <translation>主要數字</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="113"/>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="51"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="63"/>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="113"/>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="51"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="63"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="33"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="51"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="63"/>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="56"/>
        <source>Outcomes</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="156"/>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="57"/>
        <source>Outcome</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="57"/>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="70"/>
        <source>Graduates</source>
        <translation>畢業生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="63"/>
        <source>By programme</source>
        <translation>按課程</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="66"/>
        <source>Graduate outcomes — {scope}</source>
        <translation>畢業生去向 — {scope}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="70"/>
        <source>Knowledge rate</source>
        <translation>去向知悉率</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="71"/>
        <source>Career outcomes rate</source>
        <translation>事業去向率</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="71"/>
        <source>Employment rate</source>
        <translation>就業率</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="65"/>
        <source>nominations submitted</source>
        <translation>已遞交的提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="67"/>
        <source>placements started</source>
        <translation>已開始的實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="72"/>
        <source> ({places:,} places)</source>
        <translation>（{places:,} 個名額）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="74"/>
        <source>Nomination funnel</source>
        <translation>提名漏斗</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="61"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="77"/>
        <source>By university</source>
        <translation>按大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/outcomes.py" line="62"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="78"/>
        <source>By faculty</source>
        <translation>按學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="79"/>
        <source>By track</source>
        <translation>按組別</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="84"/>
        <source>By organisation</source>
        <translation>按機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="85"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="94"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="57"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="156"/>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="94"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="58"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="95"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="58"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="95"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="58"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="71"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/placement_report.py" line="103"/>
        <source>Placements and nomination funnel — {scope}</source>
        <translation>實習安排及提名漏斗 — {scope}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="21"/>
        <source>None.</source>
        <translation>沒有。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="24"/>
        <source>Student record: {name}</source>
        <translation>學生記錄：{name}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="25"/>
        <source>{university} ({code}), student number {number}</source>
        <translation>{university}（{code}），學號 {number}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="28"/>
        <source>Everything CareerDesk holds on this student, for a personal-data access request under the Personal Data (Privacy) Ordinance.</source>
        <translation>CareerDesk 持有關於此學生的全部資料，供按《個人資料（私隱）條例》提出的查閱資料要求之用。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="32"/>
        <source>Personal details</source>
        <translation>個人資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="33"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="43"/>
        <source>{cohort} — {name}: {status}</source>
        <translation>{cohort} — {name}：{status}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="46"/>
        <source>{line}, track {track}</source>
        <translation>{line}，組別 {track}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="48"/>
        <source>{line}, rank {rank}</source>
        <translation>{line}，排名 {rank}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="51"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="77"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="84"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="51"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="77"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="84"/>
        <source>By</source>
        <translation>更改者</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="51"/>
        <source>From</source>
        <translation>由</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="51"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="51"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="59"/>
        <source>Salary</source>
        <translation>薪金</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="59"/>
        <source>After</source>
        <translation>其後</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="63"/>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="64"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="70"/>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/career_day.py" line="139"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="64"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="64"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="69"/>
        <source>Career-day applications</source>
        <translation>招聘日申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="83"/>
        <source>Changes to the record</source>
        <translation>記錄的修改</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="77"/>
        <location filename="../../src/careerdesk/reports/student_record.py" line="84"/>
        <source>What</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="76"/>
        <source>Who saw this student&apos;s data</source>
        <translation>曾查看此學生資料的人</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="77"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="82"/>
        <source>Nobody has viewed, printed or exported it yet.</source>
        <translation>至今沒有人檢視、列印或匯出這些資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="84"/>
        <source>Fields</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="88"/>
        <source>No changes recorded.</source>
        <translation>沒有修改記錄。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="90"/>
        <source>Student record — {name}</source>
        <translation>學生記錄 — {name}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/reports/student_record.py" line="92"/>
        <source>Personal data held by CareerDesk</source>
        <translation>CareerDesk 持有的個人資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/paths.py" line="26"/>
        <source>CareerDesk cannot make its data folder {folder} ({reason}); set CAREERDESK_HOME to a folder you can write to.</source>
        <translation>CareerDesk 無法建立資料夾 {folder}（{reason}）；請將 CAREERDESK_HOME 設為你可寫入的資料夾。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/cli/application_commands.py" line="69"/>
        <source>Student {student} has no accepted offer from {company} at {event}.</source>
        <translation>學生 {student} 在 {event} 沒有已接受的 {company} 取錄。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/cli/application_commands.py" line="73"/>
        <source>Student {student} accepted {count} offers from {company}; say which role with --role.</source>
        <translation>學生 {student} 接受了 {company} 的 {count} 個取錄；請以 --role 說明哪個職位。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applications_listed.py" line="116"/>
        <source>The application to {company} was not recorded, as its status could not be read.</source>
        <translation>由於無法讀取狀態，向 {company} 的申請沒有記錄。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applications_listed.py" line="122"/>
        <source>This application ({company}{role}) is already in row {row} of this file; counted once.</source>
        <translation>這份申請（{company}{role}）已在此檔案第 {row} 行；只計算一次。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applications_listed.py" line="154"/>
        <source>The list says the application to {company} is {said}, but CareerDesk has it {stored}, which was kept.</source>
        <translation>名單指向 {company} 的申請為「{said}」，但 CareerDesk 記錄為「{stored}」，已保留原有記錄。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/applications_listed.py" line="161"/>
        <source>The row names no company, so no application was recorded for it.</source>
        <translation>此行沒有公司名稱，因此沒有記錄申請。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/application_words.py" line="50"/>
        <source>&apos;{text}&apos; is not an application status CareerDesk knows (Applied, Interviewed, Offered, Accepted, Declined, Not selected, Withdrawn).</source>
        <translation>「{text}」不是 CareerDesk 認識的申請狀態（已申請、已面試、獲取錄、已接受、已婉拒、落選、已撤回）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/application_words.py" line="83"/>
        <source>&apos;{text}&apos; does not say where the application was made (On-site, or Online through the Talent Pool).</source>
        <translation>「{text}」沒有說明在哪裡申請（現場，或經人才庫網上申請）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/cli/commands.py" line="97"/>
        <source>{file} lists a career day&apos;s exhibitors and roles; say which event they are for (--event CODE).</source>
        <translation>{file} 列出招聘日的參展商及職位；請說明屬於哪個活動（--event CODE）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/cli/commands.py" line="311"/>
        <source>A career day&apos;s letters are for its accepted offers; leave out --status.</source>
        <translation>招聘日的信件只發給已接受的取錄；請不要使用 --status。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/roles_listed.py" line="44"/>
        <source>{file}: {created:,} roles added, {updated:,} changed, {unchanged:,} unchanged, {rejected:,} rows not imported; the day has {companies:,} companies.</source>
        <translation>{file}：加入 {created:,} 個職位，更改 {updated:,} 個，{unchanged:,} 個不變，{rejected:,} 行沒有匯入；招聘日共有 {companies:,} 間公司。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/importing/roles_listed.py" line="75"/>
        <source>{file} lists no roles: CareerDesk looks for a heading naming the company (&apos;Company&apos;, &apos;Exhibitor&apos;) and one naming the role (&apos;Role&apos;, &apos;Position&apos;, &apos;Job Title&apos;).</source>
        <translation>{file} 沒有列出職位：CareerDesk 會尋找標示公司的標題（「Company」、「Exhibitor」、「公司」）及標示職位的標題（「Role」、「Position」、「Job Title」、「職位」）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/roles_list.py" line="100"/>
        <source>The row names no company or no role, so it was not imported.</source>
        <translation>此行沒有公司或職位，因此沒有匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/roles_list.py" line="117"/>
        <source>{problem} The role was imported without it.</source>
        <translation>{problem}該職位已匯入，但不包括這個值。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/cli/privacy_commands.py" line="66"/>
        <source>Say the student&apos;s university with --university.</source>
        <translation>請以 --university 說明學生的大學。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/cli/privacy_commands.py" line="83"/>
        <source>Say which students to purge: --graduated-before YYYY-MM-DD, or --past-retention.</source>
        <translation>請說明要清除哪些學生：--graduated-before YYYY-MM-DD，或 --past-retention。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/cli/privacy_commands.py" line="89"/>
        <source>No retention period is set; set one with &apos;careerdesk privacy retention --years N&apos; (or in Settings → Personal data).</source>
        <translation>尚未設定保存期限；請用「careerdesk privacy retention --years N」設定（或在「設定 → 個人資料」設定）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/server.py" line="29"/>
        <source>Give the server&apos;s address, such as postgresql+psycopg://careerdesk@db-server/careerdesk.</source>
        <translation>請提供伺服器的地址，例如 postgresql+psycopg://careerdesk@db-server/careerdesk。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/server.py" line="35"/>
        <source>&apos;{text}&apos; is not a database server&apos;s address.</source>
        <translation>「{text}」不是資料庫伺服器的地址。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/server.py" line="38"/>
        <source>CareerDesk shares a PostgreSQL server; &apos;{text}&apos; is not one.</source>
        <translation>CareerDesk 共用的是 PostgreSQL 伺服器；「{text}」不是。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/server.py" line="42"/>
        <source>Leave the password out of the address (others on this computer could see it); CareerDesk asks for it and keeps it in the keyring.</source>
        <translation>請不要在地址中寫上密碼（這部電腦的其他用戶可以看到）；CareerDesk 會另行詢問，並保存在鑰匙圈中。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/db/credentials.py" line="46"/>
        <source>This computer has no keyring to keep the password in ({reason}); CareerDesk does not keep it anywhere else.</source>
        <translation>這部電腦沒有可保存密碼的鑰匙圈（{reason}）；CareerDesk 不會把密碼保存在其他地方。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/far_cells.py" line="91"/>
        <source>The sheet &apos;{sheet}&apos; of {file} spans {cells:,} cells, far more than any list; delete the rows and columns beyond the list in Excel, save, and import again.</source>
        <translation>{file} 的工作表「{sheet}」涵蓋 {cells:,} 個儲存格，遠超任何名單；請在 Excel 刪除名單以外的列和欄，儲存後再匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/io/workbook_process.py" line="131"/>
        <source>{file} is too large or damaged to read; open it in Excel, check that the list is all there, save it as a new workbook, and import that.</source>
        <translation>{file} 太大或已損壞，無法讀取；請在 Excel 開啟，確認名單完整，另存為新活頁簿，然後匯入該檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/departments.py" line="79"/>
        <source>Where a student&apos;s faculty was not given, it was taken from their department: {pairs}.</source>
        <translation>學生未有註明學院的，按其學系定出學院：{pairs}。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/departments.py" line="80"/>
        <source>{department} → {faculty}</source>
        <translation>{department} → {faculty}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/core/services/departments.py" line="116"/>
        <source>{university} has no department &apos;{department}&apos;.</source>
        <translation>{university} 沒有「{department}」這個學系。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/careerdesk/gui/app.py" line="96"/>
        <source>CareerDesk met an unexpected problem. Your saved work is safe; the details were written to %1.</source>
        <translation>CareerDesk 遇到意外問題。已儲存的資料安全無損；詳情已寫入 %1。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/app.py" line="174"/>
        <source>CareerDesk cannot start</source>
        <translation>CareerDesk 無法啟動</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="58"/>
        <source>New applications at %1</source>
        <translation>%1 的新申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="69"/>
        <source>Date known</source>
        <translation>已知日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="71"/>
        <source>Find each student who applied and add them to the list:</source>
        <translation>找出每位申請的學生，加入名單：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="75"/>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="76"/>
        <source>&amp;Role:</source>
        <translation>職位(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="77"/>
        <source>Applied &amp;where:</source>
        <translation>申請途徑(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="78"/>
        <source>Applied &amp;on:</source>
        <translation>申請日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="81"/>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="96"/>
        <source>%Ln application(s) to %1</source>
        <translation>
            <numerusform>%Ln 份向 %1 的申請</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="124"/>
        <source>Applied</source>
        <translation>已申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="125"/>
        <source>Interviewed</source>
        <translation>已面試</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="127"/>
        <source>Offered</source>
        <translation>獲取錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="128"/>
        <source>Offer accepted</source>
        <translation>已接受取錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="130"/>
        <source>Offer declined</source>
        <translation>已婉拒取錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="132"/>
        <source>Not selected</source>
        <translation>落選</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="134"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>ApplicationsTable</name>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="41"/>
        <source>&amp;New application…</source>
        <translation>新申請(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="44"/>
        <source>Move the selected applications to</source>
        <translation>將所選申請轉為</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="48"/>
        <source>&amp;Move</source>
        <translation>推進(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="50"/>
        <source>Record &amp;placement…</source>
        <translation>記錄實習安排(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="52"/>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="54"/>
        <source>&amp;Letters…</source>
        <translation>信件(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="58"/>
        <source>Move the selected to:</source>
        <translation>將所選轉為：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="70"/>
        <source>Applications</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="73"/>
        <source>Each application a student made to a company at the day, at the venue or online through the Talent Pool, and how far it has got. An accepted offer becomes a placement with Record placement.</source>
        <translation>學生在招聘日向各公司提出的每份申請（在場內或經人才庫網上申請），以及進展。已接受的取錄可按「記錄實習安排」成為實習安排。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="78"/>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="79"/>
        <source>Student no.</source>
        <translation>學生編號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="80"/>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="81"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="89"/>
        <source>Faculty</source>
        <translation>學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="82"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="83"/>
        <source>Role</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="88"/>
        <source>Field</source>
        <translation>範疇</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="86"/>
        <source>Applied</source>
        <translation>申請途徑</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="87"/>
        <source>Applied on</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="84"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="85"/>
        <source>Placed</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="85"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="115"/>
        <source>move of %Ln application(s) to %1</source>
        <translation>
            <numerusform>將 %Ln 份申請轉為%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="124"/>
        <source>Delete applications</source>
        <translation>刪除申請</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="125"/>
        <source>Delete %Ln application(s) and their history? This can be undone from the Edit menu.</source>
        <translation>
            <numerusform>刪除 %Ln 份申請及其記錄？可從「編輯」選單復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="128"/>
        <source>deletion of %Ln application(s)</source>
        <translation>
            <numerusform>刪除 %Ln 份申請</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="95"/>
        <source>Registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="96"/>
        <source>Came on site</source>
        <translation>現場出席</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="97"/>
        <source>Came online</source>
        <translation>網上出席</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="98"/>
        <source>No-show</source>
        <translation>缺席</translation>
    </message>
</context>
<context>
    <name>AwardLevel</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="75"/>
        <source>Sub-degree</source>
        <translation>副學位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="76"/>
        <source>Bachelor</source>
        <translation>學士</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="77"/>
        <source>Master</source>
        <translation>碩士</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="78"/>
        <source>Doctorate</source>
        <translation>博士</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="144"/>
        <source>At the venue</source>
        <translation>在場內</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="145"/>
        <source>Online (Talent Pool)</source>
        <translation>網上（人才庫）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="44"/>
        <source>Not said</source>
        <translation>未註明</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="326"/>
        <source>Check the rows</source>
        <translation>檢查各行</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="327"/>
        <source>Red cells stop their row from being imported; amber cells are imported without that value. Point at a cell to see why.</source>
        <translation>紅色儲存格令該行不會匯入；橙色儲存格的值不會匯入，但該行照常匯入。將游標指向儲存格可查看原因。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="333"/>
        <source>Show &amp;only rows with problems</source>
        <translation>只顯示有問題的行(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="345"/>
        <source>Reading every row…</source>
        <translation>正在讀取每一行…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="359"/>
        <source>%1 student rows: %2 to add, %3 to update, %4 unchanged, %5 rejected; %6 imported with a warning.</source>
        <translation>%1 行學生資料：新增 %2、更新 %3、無變更 %4、被拒 %5；%6 行附帶警告匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="367"/>
        <source>The file could not be read.</source>
        <translation>無法讀取檔案。</translation>
    </message>
</context>
<context>
    <name>CohortEditor</name>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="45"/>
        <source>Edit cohort</source>
        <translation>編輯梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="45"/>
        <source>New cohort</source>
        <translation>新梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="56"/>
        <source>Opens</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="57"/>
        <source>Closes</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="60"/>
        <source>No limit</source>
        <translation>不設上限</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="70"/>
        <source>Application window:</source>
        <translation>申請期：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="63"/>
        <source>&amp;Programme:</source>
        <translation>計劃(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="64"/>
        <source>&amp;Code:</source>
        <translation>代號(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="65"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="66"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="71"/>
        <source>Places in &amp;total:</source>
        <translation>總名額(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="75"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="75"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="75"/>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="78"/>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="216"/>
        <source>Places</source>
        <translation>名額</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="76"/>
        <source>Phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="76"/>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="216"/>
        <source>Months</source>
        <translation>月數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="76"/>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="216"/>
        <source>Weeks</source>
        <translation>週數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="77"/>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="77"/>
        <source>Faculty (optional)</source>
        <translation>學院（可選）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="80"/>
        <source>Eligibility rules</source>
        <translation>資格規則</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="81"/>
        <source>Phases</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="82"/>
        <source>Tracks</source>
        <translation>組別</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="83"/>
        <source>Quotas</source>
        <translation>名額分配</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="148"/>
        <source>Copied from %1: %2. Graduation dates are moved to %3.</source>
        <translation>已從 %1 複製：%2。畢業日期已移至 %3 年。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="96"/>
        <source>from</source>
        <translation>由</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="97"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="100"/>
        <source>Faculty names, separated by ;</source>
        <translation>學院名稱，以 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/cohort_editor.py" line="114"/>
        <source>Copy the rules of another cohort…</source>
        <translation>複製另一梯次的規則…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="70"/>
        <source>Welcome to CareerDesk</source>
        <translation>歡迎使用 CareerDesk</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="73"/>
        <source>This database has no students yet. Start with realistic demo data to look around, or import the nominee list a faculty sent you.</source>
        <translation>此資料庫尚未有學生記錄。您可先載入示範資料瀏覽，或匯入學院寄來的提名名單。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="60"/>
        <source>Dashboard</source>
        <translation>主頁</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="76"/>
        <source>&amp;Load demo data</source>
        <translation>載入示範資料(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="77"/>
        <source>&amp;Import a nominee list…</source>
        <translation>匯入提名名單(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="136"/>
        <source>At a glance</source>
        <translation>概覽</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="141"/>
        <source>Students</source>
        <translation>學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="142"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="143"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="144"/>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="145"/>
        <source>Cohorts</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="146"/>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="160"/>
        <source>Nominations by status</source>
        <translation>各狀態提名數目</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="162"/>
        <source>Cohort of the funnel</source>
        <translation>漏斗圖的梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="163"/>
        <source>Every cohort</source>
        <translation>所有梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="189"/>
        <source>Quota use (submitted or later ÷ places)</source>
        <translation>名額使用（已遞交或之後 ÷ 名額）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="210"/>
        <source>Data access and correction requests to answer</source>
        <translation>待回覆的查閱及改正資料要求</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="215"/>
        <source>%1 %2 (%3): received %4, due %5 — %6</source>
        <translation>%1 %2（%3）：%4 收到，%5 到期 — %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="218"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>尚餘 %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="219"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="224"/>
        <source>Application windows closing in the next 30 days</source>
        <translation>未來 30 日截止的申請期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="248"/>
        <source>Recent imports</source>
        <translation>最近的匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="250"/>
        <source>%1  %2: %3 new, %4 updated, %5 rejected</source>
        <translation>%1  %2：新增 %3、更新 %4、拒絕 %5</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="260"/>
        <source>Access request:</source>
        <translation>查閱資料要求：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="261"/>
        <source>Correction request:</source>
        <translation>改正資料要求：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="192"/>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="229"/>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="247"/>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="257"/>
        <source>None.</source>
        <translation>沒有。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="233"/>
        <source>starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="233"/>
        <source>ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="244"/>
        <source>… and %1 more.</source>
        <translation>……另有 %1 項。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="231"/>
        <source>Placements starting or ending in the next 30 days</source>
        <translation>未來 30 日開始或結束的實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/dashboard/dashboard_page.py" line="196"/>
        <source>in total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="157"/>
        <source>Department at %1</source>
        <translation>%1 的學系</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="158"/>
        <source>%1 at %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="174"/>
        <source>&amp;Faculty:</source>
        <translation>學院(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="175"/>
        <source>&amp;Department:</source>
        <translation>學系(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="176"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名稱(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="36"/>
        <source>Departments and faculties</source>
        <translation>學系及學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="40"/>
        <source>A list that names only a student&apos;s department gives the student the department&apos;s faculty, as listed here. Add a department the list lacks, or move one to another faculty.</source>
        <translation>名單只列出學生的學系時，學生會按下表歸入該學系所屬的學院。可加入表中沒有的學系，或把學系移往另一學院。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="45"/>
        <source>Faculty</source>
        <translation>學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="45"/>
        <source>Department</source>
        <translation>學系</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="46"/>
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="55"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="57"/>
        <source>&amp;Move or rename…</source>
        <translation>移動或改名(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="59"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="64"/>
        <source>&amp;University:</source>
        <translation>大學(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="125"/>
        <source>department %1</source>
        <translation>學系 %1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="127"/>
        <source>%1 is in the %2.</source>
        <translation>%1 屬於 %2。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="137"/>
        <source>removal of %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/departments_dialog.py" line="139"/>
        <source>%1 was taken off the list.</source>
        <translation>已從名單移除 %1。</translation>
    </message>
</context>
<context>
    <name>Employment</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="85"/>
        <source>Unemployed</source>
        <translation>待業</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="86"/>
        <source>Employed</source>
        <translation>在職</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="87"/>
        <source>Studying</source>
        <translation>在學</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="35"/>
        <source>Edit event</source>
        <translation>編輯活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="35"/>
        <source>New event</source>
        <translation>新活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="37"/>
        <source>Short and unique, e.g. AIA-2026</source>
        <translation>簡短而獨一，例如 AIA-2026</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="43"/>
        <source>starts &amp;at</source>
        <translation>開始時間(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="58"/>
        <source>— none —</source>
        <translation>— 無 —</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="67"/>
        <source>&amp;Code:</source>
        <translation>代號(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="68"/>
        <source>&amp;Name (English):</source>
        <translation>英文名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="69"/>
        <source>Name (C&amp;hinese):</source>
        <translation>中文名稱(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="70"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="73"/>
        <source>&amp;Venue:</source>
        <translation>地點(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="74"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="75"/>
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="76"/>
        <source>&amp;Programme:</source>
        <translation>計劃(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="106"/>
        <source>edit of %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_dialog.py" line="106"/>
        <source>new event %1</source>
        <translation>新活動 %1</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="34"/>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="35"/>
        <source>&amp;New event…</source>
        <translation>新活動(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="36"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="37"/>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="88"/>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="97"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="98"/>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="99"/>
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="100"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="101"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="102"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="47"/>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="103"/>
        <source>Theme</source>
        <translation>範疇</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="48"/>
        <source>Every theme</source>
        <translation>所有主題</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="52"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="53"/>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="66"/>
        <source>Every year</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="91"/>
        <source>Career days and workshops, with registrations and attendance (on-site or virtual), and what came of each career day: applications, offers and hires. Open an event to register students, mark who came and record applications.</source>
        <translation>招聘日及工作坊，連同登記及出席情況（現場或網上），以及每個招聘日的成果：申請、取錄及聘用。開啟活動可為學生登記、標示出席及記錄申請。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="104"/>
        <source>Venue</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="105"/>
        <source>Registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="106"/>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="122"/>
        <source>Delete %1 and its %2 registrations? This can be undone from the Edit menu.</source>
        <translation>刪除 %1 及其 %2 項登記？可在「編輯」選單復原。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="125"/>
        <source>Delete %1? This can be undone from the Edit menu.</source>
        <translation>刪除 %1？可在「編輯」選單復原。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="128"/>
        <source>Delete an event</source>
        <translation>刪除活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/events_page.py" line="130"/>
        <source>deletion of %1</source>
        <translation>刪除 %1</translation>
    </message>
</context>
<context>
    <name>EventMode</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="66"/>
        <source>On-site</source>
        <translation>現場</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="67"/>
        <source>Virtual</source>
        <translation>網上</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="68"/>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="34"/>
        <source>&amp;Register students…</source>
        <translation>登記學生(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="38"/>
        <source>Mark the selected as:</source>
        <translation>將所選標示為：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="40"/>
        <source>Came &amp;on site</source>
        <translation>現場出席(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="41"/>
        <source>Came on&amp;line</source>
        <translation>網上出席(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="42"/>
        <source>&amp;No-show</source>
        <translation>缺席(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="47"/>
        <source>Re&amp;move from the list</source>
        <translation>從名單移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="63"/>
        <source>%1 registered · %2 came · %3 no-show</source>
        <translation>已登記 %1 人 · 出席 %2 人 · 缺席 %3 人</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="70"/>
        <source>Registrations</source>
        <translation>登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="73"/>
        <source>Who registered, and who came on site, online, or not at all.</source>
        <translation>誰已登記，誰親身出席、網上出席或缺席。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="76"/>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="77"/>
        <source>Student no.</source>
        <translation>學號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="78"/>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="79"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="80"/>
        <source>Faculty</source>
        <translation>學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="81"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="82"/>
        <source>Registered at</source>
        <translation>登記時間</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="90"/>
        <source>attendance of %Ln student(s) at %1</source>
        <translation>
            <numerusform>%1 的 %Ln 名學生出席紀錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/event_page.py" line="99"/>
        <source>removal of %Ln registration(s) at %1</source>
        <translation>
            <numerusform>移除 %1 的 %Ln 項登記</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="41"/>
        <source>← &amp;Events</source>
        <translation>← 活動(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="48"/>
        <source>Figures for the university</source>
        <translation>大學的數字</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="49"/>
        <source>All universities</source>
        <translation>所有大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="51"/>
        <source>Figures for the faculty</source>
        <translation>學院的數字</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="52"/>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="100"/>
        <source>All faculties</source>
        <translation>所有學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="57"/>
        <source>What came of the day</source>
        <translation>招聘日成果</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="62"/>
        <source>&amp;Registrations</source>
        <translation>登記(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="63"/>
        <source>A&amp;pplications</source>
        <translation>申請(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="64"/>
        <source>&amp;Companies and roles</source>
        <translation>公司及職位(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="70"/>
        <source>Figures for:</source>
        <translation>數字範圍：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="117"/>
        <source>Visitors</source>
        <translation>參加人數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="118"/>
        <source>Registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="119"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="119"/>
        <source>Roles</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="120"/>
        <source>Applications</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="121"/>
        <source>Offers</source>
        <translation>取錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="122"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="123"/>
        <source>Hires</source>
        <translation>聘用</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/event_view.py" line="124"/>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="111"/>
        <source>Students without consent</source>
        <translation>未同意分享資料的學生</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="112"/>
        <source>%Ln of these students have not consented to share their data. Leave them out of the export?</source>
        <translation>
            <numerusform>其中 %Ln 名學生未同意分享其資料。要在匯出時略去他們嗎？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="115"/>
        <source>&amp;Leave them out</source>
        <translation>略去他們(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="116"/>
        <source>&amp;Include them</source>
        <translation>包括他們(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="127"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="127"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="138"/>
        <source>Exporting to Excel…</source>
        <translation>正在匯出至 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="145"/>
        <source>Export to Excel</source>
        <translation>匯出至 Excel</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="147"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="160"/>
        <source>%Ln row(s) exported to %1.</source>
        <translation>
            <numerusform>已匯出 %Ln 行至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/exporting.py" line="163"/>
        <source>Left out, without consent to share their data: %1.</source>
        <translation>未同意分享資料而略去：%1。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="113"/>
        <source>Choose the file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="114"/>
        <source>Excel workbooks (.xlsx, .xls, .xlsb), OpenDocument (.ods), text files (.csv, .txt) and tables in Word documents (.docx) are all accepted.</source>
        <translation>接受 Excel 活頁簿（.xlsx、.xls、.xlsb）、OpenDocument（.ods）、文字檔（.csv、.txt）及 Word 文件（.docx）內的表格。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="118"/>
        <source>The nominee list you were sent</source>
        <translation>您收到的提名名單</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="119"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="121"/>
        <source>Taken from the file</source>
        <translation>按檔案內容</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="123"/>
        <source>No nominations</source>
        <translation>不作提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="124"/>
        <source>Taken from the file, for an event&apos;s list</source>
        <translation>按檔案內容（適用於活動名單）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="130"/>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="131"/>
        <source>University of the students:</source>
        <translation>學生所屬大學：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="132"/>
        <source>Nominate them to:</source>
        <translation>提名至：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="133"/>
        <source>Registrations for event:</source>
        <translation>活動登記：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="145"/>
        <source>Choose the nominee list</source>
        <translation>選擇提名名單</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="146"/>
        <source>Lists: spreadsheets, text files and Word documents (%1);;All files (*)</source>
        <translation>名單：試算表、文字檔及 Word 文件 (%1);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/editing.py" line="179"/>
        <source>&amp;Add row</source>
        <translation>新增一行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/editing.py" line="180"/>
        <source>&amp;Remove row</source>
        <translation>移除一行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="119"/>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="160"/>
        <source>The import failed; nothing was changed.</source>
        <translation>匯入失敗，資料沒有任何變更。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="158"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，資料沒有任何變更。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="121"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="124"/>
        <source>&amp;Save rejected rows…</source>
        <translation>儲存被拒的行(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="125"/>
        <source>&amp;Undo this import</source>
        <translation>撤銷這次匯入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="172"/>
        <source>Done. %1 students added, %2 updated, %3 unchanged, %4 rows rejected (import %5).</source>
        <translation>完成。新增 %1 名學生、更新 %2 名、無變更 %3 名、%4 行被拒（匯入編號 %5）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="178"/>
        <source>%1 nominations and %2 event registrations recorded.</source>
        <translation>已記錄 %1 項提名及 %2 項活動登記。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="182"/>
        <source>Nominations moved on to where the list says: %1.</source>
        <translation>按名單更新狀態的提名：%1。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="185"/>
        <source>Placements recorded: %1.</source>
        <translation>已記錄實習安排：%1。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="189"/>
        <source>Career-day applications: %1 recorded, %2 moved on, %3 unchanged.</source>
        <translation>招聘日申請：已記錄 %1 份，推進 %2 份，%3 份不變。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="211"/>
        <source>Save rejected rows</source>
        <translation>儲存被拒的行</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="213"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="222"/>
        <source>%1 rejected rows saved to %2; correct them there and import that file again.</source>
        <translation>已將 %1 行被拒資料儲存至 %2；請在該檔案更正後再次匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="239"/>
        <source>Undoing import %1…</source>
        <translation>正在撤銷匯入 %1…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="70"/>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="106"/>
        <source>Import a nominee list</source>
        <translation>匯入提名名單</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="135"/>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="148"/>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="154"/>
        <source>Undo an import</source>
        <translation>撤銷匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="136"/>
        <source>Select the import to undo in the list first.</source>
        <translation>請先在清單中選擇要撤銷的匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="141"/>
        <source>Undoing import %1…</source>
        <translation>正在撤銷匯入 %1…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="47"/>
        <source>Imports</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="27"/>
        <source>&amp;Import a list…</source>
        <translation>匯入名單(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="28"/>
        <source>&amp;Save its rejected rows…</source>
        <translation>儲存被拒的行(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="29"/>
        <source>&amp;Undo the selected import…</source>
        <translation>撤銷所選的匯入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="36"/>
        <source>Rejected rows of the selected import</source>
        <translation>所選匯入的被拒行</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="39"/>
        <source>Select an import to see the rows it rejected, and why.</source>
        <translation>選擇一次匯入，查看被拒的行及原因。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="50"/>
        <source>Every list imported into this database: when, by whom, and what became of its rows. An import can be undone, and its rejected rows saved again to correct in Excel.</source>
        <translation>匯入此資料庫的每份名單：何時、由誰匯入，以及各行的結果。匯入可以撤銷，被拒的行可再次儲存，以便在 Excel 中更正。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="55"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="56"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="57"/>
        <source>Imported</source>
        <translation>匯入時間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="58"/>
        <source>By</source>
        <translation>匯入者</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="59"/>
        <source>Rows</source>
        <translation>行數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="60"/>
        <source>Students added</source>
        <translation>新增學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="67"/>
        <source>Applications</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="86"/>
        <source>Every row of this file was imported.</source>
        <translation>此檔案的每一行均已匯入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="90"/>
        <source>%Ln row(s) rejected. This import was made before CareerDesk kept rejected rows; import the file again to see them.</source>
        <translation>
            <numerusform>%Ln 行被拒。這次匯入早於 CareerDesk 保留被拒的行；請再次匯入該檔案以查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="101"/>
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="112"/>
        <source>Save the rejected rows</source>
        <translation>儲存被拒的行</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="113"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="125"/>
        <source>Rejected rows</source>
        <translation>被拒的行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="126"/>
        <source>%Ln rejected row(s) saved to %1; correct them there and import that file again.</source>
        <translation>
            <numerusform>已將 %Ln 行被拒資料儲存至 %1；請在該檔案更正後再次匯入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="149"/>
        <source>Undo import %1 (%2)? Students it added are removed and students it changed get their old values back, unless someone has changed them since.</source>
        <translation>撤銷匯入 %1（%2）？該次新增的學生會被移除，被修改的學生會還原舊資料，除非之後已有人修改。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="61"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="62"/>
        <source>Unchanged</source>
        <translation>無變更</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="63"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="64"/>
        <source>Registrations</source>
        <translation>登記</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="65"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="66"/>
        <source>Rejected</source>
        <translation>被拒</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/imports_page.py" line="68"/>
        <source>Undone</source>
        <translation>已撤銷</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="35"/>
        <source>Placement letters</source>
        <translation>實習安排確認信</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="41"/>
        <source>Also one PDF per &amp;student</source>
        <translation>另為每名學生儲存一個 PDF(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="42"/>
        <source>Also an &amp;email draft per student, the letter attached (nothing is sent)</source>
        <translation>另為每名學生擬備電郵草稿，附上確認信（不會發送）(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="49"/>
        <source>%Ln application(s) selected; a letter for each offer that has become a placement.</source>
        <translation>
            <numerusform>已選擇 %Ln 份申請；每個已成為實習安排的取錄各一封信。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="51"/>
        <source>%Ln nomination(s) selected; a letter for each one with a placement.</source>
        <translation>
            <numerusform>已選 %Ln 項提名；每項有實習安排的提名各發一封信。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="54"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="60"/>
        <source>Save the letters</source>
        <translation>儲存確認信</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="62"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="68"/>
        <source>The folder for each student&apos;s letter and draft</source>
        <translation>存放每名學生確認信及草稿的資料夾</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="81"/>
        <source>Writing the letters…</source>
        <translation>正在製作確認信…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="86"/>
        <source>Letters saved to %1 (%2 pages).</source>
        <translation>確認信已儲存至 %1（共 %2 頁）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="89"/>
        <source>%1 email drafts saved; nothing was sent.</source>
        <translation>已儲存 %1 份電郵草稿；沒有發送任何電郵。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/letters_dialog.py" line="92"/>
        <source>No email address, so no draft: %1.</source>
        <translation>沒有電郵地址，因此沒有草稿：%1。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="61"/>
        <location filename="../../src/careerdesk/gui/main_window.py" line="111"/>
        <source>CareerDesk</source>
        <translation>CareerDesk</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="96"/>
        <source>Dashboard</source>
        <translation>主頁</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="96"/>
        <source>Students</source>
        <translation>學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="96"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="97"/>
        <source>Programmes</source>
        <translation>計劃</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="97"/>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="98"/>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="98"/>
        <source>Imports</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="98"/>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="182"/>
        <location filename="../../src/careerdesk/gui/main_window.py" line="208"/>
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="130"/>
        <location filename="../../src/careerdesk/gui/main_window.py" line="152"/>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="180"/>
        <source>Bringing the database up to date for this version of CareerDesk (a copy is kept in the backups folder first)…</source>
        <translation>正在把資料庫更新至此版本的 CareerDesk（會先在備份資料夾保留一份副本）…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="411"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="423"/>
        <source>&amp;Back up the database…</source>
        <translation>備份資料庫(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="425"/>
        <source>&amp;Restore from a backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="432"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="437"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="414"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="97"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="237"/>
        <source>A copy of the database was kept in %1.</source>
        <translation>資料庫副本已保存於 %1。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="260"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="267"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="268"/>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="269"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="270"/>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="412"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="413"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="429"/>
        <source>&amp;Export to Excel…</source>
        <translation>匯出至 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="434"/>
        <source>&amp;Departments and faculties…</source>
        <translation>學系及學院(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="447"/>
        <source>&amp;About CareerDesk</source>
        <translation>關於 CareerDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="450"/>
        <location filename="../../src/careerdesk/gui/main_window.py" line="531"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="453"/>
        <location filename="../../src/careerdesk/gui/main_window.py" line="533"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="458"/>
        <source>&amp;Find…</source>
        <translation>搜尋(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="470"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="498"/>
        <source>This page has no table to export.</source>
        <translation>此頁沒有可匯出的表格。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="518"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="530"/>
        <source>&amp;Undo %1</source>
        <translation>復原%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="532"/>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="573"/>
        <source>About CareerDesk</source>
        <translation>關於 CareerDesk</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="574"/>
        <source>CareerDesk %1

Students, nominations, placements and reports for university career offices.

Database: %2

Icons: Lucide (lucide.dev), under this licence:

%3</source>
        <translation>CareerDesk %1

大學就業辦公室的學生、提名、實習安排及報告。

資料庫：%2

圖示：Lucide (lucide.dev)，按以下授權使用：

%3</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="583"/>
        <source>Load demo data</source>
        <translation>載入示範資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="584"/>
        <source>Fill this empty database with 4,000 made-up students, programmes, organisations, nominations, placements and two career days with their applications, so you can look around?</source>
        <translation>要在這個空白資料庫載入 4,000 名虛構學生，以及計劃、機構、提名、實習安排和兩個連同申請的招聘日，方便您瀏覽嗎？</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="592"/>
        <source>Loading demo data…</source>
        <translation>正在載入示範資料…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="630"/>
        <source>Back up the database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="631"/>
        <source>CareerDesk backups (*.sqlite3)</source>
        <translation>CareerDesk 備份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="636"/>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="639"/>
        <source>Backup made</source>
        <translation>備份完成</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="640"/>
        <source>The database was backed up to %1.</source>
        <translation>資料庫已備份至 %1。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="647"/>
        <location filename="../../src/careerdesk/gui/main_window.py" line="652"/>
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="648"/>
        <source>CareerDesk backups (*.sqlite3);;All files (*)</source>
        <translation>CareerDesk 備份 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="653"/>
        <source>Replace everything in this database with the backup %1? A copy of the database as it is now is kept first.</source>
        <translation>要以備份 %1 取代此資料庫的全部內容嗎？系統會先保留現有資料庫的副本。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/main_window.py" line="666"/>
        <source>Restoring…</source>
        <translation>正在還原…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="240"/>
        <source>Match the columns</source>
        <translation>配對欄位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="241"/>
        <source>Say what each column holds. Columns left out are not imported. Your choices are remembered for files with the same headings.</source>
        <translation>請指明每欄的內容。未選用的欄不會匯入。相同標題的檔案會沿用您的選擇。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="278"/>
        <source>— leave out —</source>
        <translation>— 不匯入 —</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="270"/>
        <source>(no heading)</source>
        <translation>（沒有標題）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="258"/>
        <source>Reading the columns…</source>
        <translation>正在讀取各欄…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="272"/>
        <source>%1 (hidden in the file)</source>
        <translation>%1（檔案中已隱藏）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="275"/>
        <source>— left out: a visible column has this heading —</source>
        <translation>— 不匯入：另有可見欄位使用此標題 —</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="286"/>
        <source>Using the choices you made for a file with these headings.</source>
        <translation>正沿用您為相同標題檔案所作的選擇。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="304"/>
        <source>Two columns are matched to the same field (%1); choose one of them only.</source>
        <translation>有兩欄配對到同一欄位（%1）；請只選其中一欄。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="308"/>
        <source>Choose the column that holds the student numbers (or, for a list of students CareerDesk has, their email addresses).</source>
        <translation>請選擇載有學號的欄（如名單上的學生已在 CareerDesk 中，亦可選擇載有電郵地址的欄）。</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="55"/>
        <source>Nominate students</source>
        <translation>提名學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="61"/>
        <source>Kept in each nomination&apos;s history (optional)</source>
        <translation>記錄在每項提名的歷史中（可選）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="63"/>
        <source>Needed when a student does not pass the rules</source>
        <translation>學生不符合資格規則時須填寫</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="66"/>
        <source>Student no.</source>
        <translation>學號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="66"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="67"/>
        <source>Eligible</source>
        <translation>符合資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="67"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="75"/>
        <source>&amp;Cohort:</source>
        <translation>梯次(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="76"/>
        <source>&amp;Track:</source>
        <translation>組別(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="77"/>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="78"/>
        <source>&amp;Reason for an exception:</source>
        <translation>例外理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="82"/>
        <source>Against the cohort&apos;s rules:</source>
        <translation>對照梯次的資格規則：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="92"/>
        <source>&amp;Nominate</source>
        <translation>提名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="101"/>
        <source>There are no cohorts yet: add one on the Programmes page first.</source>
        <translation>尚未有任何梯次：請先在「計劃」頁新增。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="107"/>
        <source>— no track —</source>
        <translation>— 不分組別 —</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="124"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="124"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="125"/>
        <source>Cannot tell</source>
        <translation>未能判斷</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="128"/>
        <source>Already nominated (%1)</source>
        <translation>已獲提名（%1）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="132"/>
        <source>Passes every rule</source>
        <translation>符合所有規則</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="139"/>
        <source>%1 of %2 pass every rule.</source>
        <translation>%2 人中有 %1 人符合所有規則。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="141"/>
        <source>Give the reason for the exception to nominate the others.</source>
        <translation>請說明例外的理由，以提名其餘學生。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/nominations/nominate_dialog.py" line="151"/>
        <source>nomination of %Ln student(s) to %1</source>
        <translation>
            <numerusform>提名 %Ln 名學生至 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NominationStatus</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="22"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="23"/>
        <source>Nominated</source>
        <translation>已提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="24"/>
        <source>Submitted</source>
        <translation>已遞交</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="25"/>
        <source>Shortlisted</source>
        <translation>入圍</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="27"/>
        <source>Interviewed</source>
        <translation>已面試</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="29"/>
        <source>Offered</source>
        <translation>獲取錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="30"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="31"/>
        <source>Placed</source>
        <translation>已上任</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="32"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="33"/>
        <source>Ineligible</source>
        <translation>不符資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="35"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="36"/>
        <source>Not selected</source>
        <translation>未獲選</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="38"/>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
</context>
<context>
    <name>NominationsModel</name>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="35"/>
        <source>Cohort</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="35"/>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="35"/>
        <source>Student no.</source>
        <translation>學號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="36"/>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="36"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="36"/>
        <source>Faculty</source>
        <translation>學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="37"/>
        <source>Track</source>
        <translation>組別</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="37"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="37"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="38"/>
        <source>Eligible</source>
        <translation>符合資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="39"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="39"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="40"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_model.py" line="134"/>
        <source>Below the quota line: %1 places.</source>
        <translation>在名額線以下：名額 %1 個。</translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="77"/>
        <source>Any eligibility</source>
        <translation>任何資格狀況</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="78"/>
        <source>Eligible</source>
        <translation>符合資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="78"/>
        <source>Not eligible</source>
        <translation>不符資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="79"/>
        <source>Cannot tell yet</source>
        <translation>未能判斷</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="81"/>
        <source>Any status</source>
        <translation>任何狀態</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="133"/>
        <source>Note for the history (optional)</source>
        <translation>記錄備註（可選）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="157"/>
        <source>Move the selected nominations to</source>
        <translation>將所選提名移至</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="119"/>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="211"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="82"/>
        <source>Submitted or later</source>
        <translation>已遞交或之後</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="89"/>
        <source>Find nominations</source>
        <translation>搜尋提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="118"/>
        <source>The selected nomination</source>
        <translation>所選提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="134"/>
        <source>Note for the history</source>
        <translation>記錄備註</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="145"/>
        <source>Le&amp;tters…</source>
        <translation>確認信(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="199"/>
        <source>No nominations yet: nominate students by hand (Nominate…) or import a nominee list.</source>
        <translation>尚未有提名：可手動提名（提名…）或匯入提名名單。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="201"/>
        <source>No nomination matches these filters.</source>
        <translation>沒有符合這些篩選條件的提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="221"/>
        <source>Loading nominations…</source>
        <translation>正在載入提名…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="257"/>
        <source>All cohorts</source>
        <translation>所有梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="258"/>
        <source>All universities</source>
        <translation>所有大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="259"/>
        <source>All faculties</source>
        <translation>所有學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="315"/>
        <source>%1 nominations shown</source>
        <translation>顯示 %1 項提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="342"/>
        <source>Eligibility</source>
        <translation>資格</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="344"/>
        <source>This cohort has no rules.</source>
        <translation>此梯次沒有資格規則。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="347"/>
        <source>History</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="358"/>
        <source>Placement</source>
        <translation>實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="364"/>
        <source>Monthly salary: HK$%1</source>
        <translation>月薪：港幣 %1 元</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="370"/>
        <source>Outcome: %1</source>
        <translation>結果：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="376"/>
        <source>✓ Passes</source>
        <translation>✓ 符合</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="376"/>
        <source>✗ Fails</source>
        <translation>✗ 不符合</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="377"/>
        <source>? Cannot tell yet</source>
        <translation>? 未能判斷</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="389"/>
        <source>Print letter…</source>
        <translation>列印信件…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="393"/>
        <source>Student record…</source>
        <translation>學生記錄…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="403"/>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="408"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="404"/>
        <source>Select one nomination to rank.</source>
        <translation>請選擇一項提名以調整排名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="409"/>
        <source>This nomination has no rank yet.</source>
        <translation>此提名尚未有排名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="413"/>
        <source>re-ranking of %1</source>
        <translation>調整 %1 的排名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="429"/>
        <source>Record placement</source>
        <translation>記錄實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="452"/>
        <source>Placement letters</source>
        <translation>實習安排確認信</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="453"/>
        <source>Select the nominations to write to.</source>
        <translation>請選擇要發信的提名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="511"/>
        <source>To go ahead anyway, give the reason for the exception:</source>
        <translation>如仍要進行，請說明例外的理由：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="356"/>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="466"/>
        <source>Full-time offer</source>
        <translation>獲全職聘用</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="87"/>
        <source>Find: name (any order), 中文名, student no., email, phone, university</source>
        <translation>搜尋：姓名（任何次序）、中文名、學號、電郵、電話、大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="135"/>
        <source>&amp;Move selected</source>
        <translation>轉移所選(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="137"/>
        <source>Rank &amp;higher</source>
        <translation>排名提前(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="138"/>
        <source>Rank &amp;lower</source>
        <translation>排名延後(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="141"/>
        <source>Record &amp;placement…</source>
        <translation>記錄實習安排(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="143"/>
        <source>O&amp;utcome…</source>
        <translation>結果(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="147"/>
        <source>&amp;Nominate…</source>
        <translation>提名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="357"/>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="467"/>
        <source>Further study</source>
        <translation>繼續進修</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="357"/>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="467"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="430"/>
        <source>Select nominations whose offers were accepted, of one cohort.</source>
        <translation>請選擇同一梯次、錄取已獲接受的提名。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="436"/>
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln 名學生</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="468"/>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="472"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="469"/>
        <source>What came after the placement?</source>
        <translation>實習安排之後的結果是？</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="472"/>
        <source>Note (optional):</source>
        <translation>備註（可選）：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="476"/>
        <source>outcome of a placement</source>
        <translation>實習安排的結果</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="478"/>
        <source>Outcome recorded.</source>
        <translation>已記錄結果。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="487"/>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="506"/>
        <source>Move nominations</source>
        <translation>移動提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="488"/>
        <source>Select the nominations to move first.</source>
        <translation>請先選擇要移動的提名。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="492"/>
        <source>move of %Ln nomination(s) to %1</source>
        <translation>
            <numerusform>將 %Ln 項提名轉至「%1」</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="509"/>
        <source>An exception is needed</source>
        <translation>需要例外批准</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/nominations_page.py" line="497"/>
        <source>%1 nominations moved.</source>
        <translation>已移動 %1 項提名。</translation>
    </message>
</context>
<context>
    <name>OfferPlacementDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="139"/>
        <source>Record placement: %1</source>
        <translation>記錄實習安排：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="145"/>
        <source>Not said</source>
        <translation>未註明</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="148"/>
        <source>Optional: 18000, HK$18,000, 18k</source>
        <translation>選填：18000、HK$18,000、18k</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="150"/>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="151"/>
        <source>&amp;Position:</source>
        <translation>職位(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="152"/>
        <source>&amp;Starts on:</source>
        <translation>開始日期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="153"/>
        <source>&amp;Months:</source>
        <translation>月數(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="154"/>
        <source>Monthly &amp;salary:</source>
        <translation>月薪(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="156"/>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="162"/>
        <source>placement of %1</source>
        <translation>%1 的實習安排</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="31"/>
        <source>Edit organisation</source>
        <translation>編輯機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="32"/>
        <source>New organisation</source>
        <translation>新機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="39"/>
        <source>&amp;Science Park company</source>
        <translation>科學園公司(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="40"/>
        <source>Programme &amp;partner</source>
        <translation>計劃合作夥伴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="43"/>
        <source>Name (&amp;English):</source>
        <translation>英文名稱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="44"/>
        <source>Name (C&amp;hinese):</source>
        <translation>中文名稱(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="45"/>
        <source>&amp;Theme:</source>
        <translation>範疇(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="48"/>
        <source>&amp;Website:</source>
        <translation>網站(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="50"/>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="53"/>
        <source>Title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="50"/>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="76"/>
        <source>Places</source>
        <translation>名額</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="50"/>
        <source>Cohort</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="51"/>
        <source>Track</source>
        <translation>組別</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="51"/>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="76"/>
        <source>Months</source>
        <translation>月數</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="51"/>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="76"/>
        <source>Starts</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="53"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="53"/>
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="54"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="56"/>
        <source>Positions</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisation_editor.py" line="57"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="27"/>
        <source>&amp;New organisation…</source>
        <translation>新機構(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="28"/>
        <source>&amp;Edit the selected organisation…</source>
        <translation>編輯所選機構(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="29"/>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="40"/>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="43"/>
        <source>Host companies and partners, with their open positions and placements.</source>
        <translation>接待公司及合作夥伴，連同其職位空缺及實習安排。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="46"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="47"/>
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="48"/>
        <source>Theme</source>
        <translation>範疇</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="49"/>
        <source>Science Park</source>
        <translation>科學園</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="50"/>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="51"/>
        <source>Positions</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="52"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="76"/>
        <source>Delete an organisation</source>
        <translation>刪除機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/organisations/organisations_page.py" line="77"/>
        <source>Delete %1 and its contacts? Only an organisation with no positions or placements can be deleted.</source>
        <translation>刪除 %1 及其聯絡人？只有沒有職位或實習安排的機構可以刪除。</translation>
    </message>
</context>
<context>
    <name>PersonalDataTab</name>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="39"/>
        <source>No period</source>
        <translation>不設期限</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="40"/>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="53"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="43"/>
        <source>Programme</source>
        <translation>計劃</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="44"/>
        <source>Kept for</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="52"/>
        <source>The office&apos;s period</source>
        <translation>按辦事處期限</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="58"/>
        <source>Hong Kong&apos;s Personal Data (Privacy) Ordinance asks that personal data be kept no longer than needed. A student whose every record is past its period (counted from graduation; a programme&apos;s own period where it has one) can be purged: deleted, or kept for the figures without anything naming them. Save the periods before purging.</source>
        <translation>香港《個人資料（私隱）條例》要求個人資料的保存時間不得超過所需。學生的所有紀錄均已超過保存期限（由畢業起計；計劃有自訂期限的按該期限）時，可予清除：刪除，或保留作統計之用但刪去一切可識別身分的資料。清除前請先儲存期限。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="65"/>
        <source>&amp;Purge students past their period…</source>
        <translation>清除已過保存期限的學生(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="69"/>
        <source>Collect &amp;HKID numbers</source>
        <translation>收集香港身份證號碼(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="71"/>
        <source>Off unless the office needs them: when on, the student form has the field and an import reads an HKID column, each number checked by its check digit, shown masked everywhere but the form and never exported. Turning it off erases the numbers kept.</source>
        <translation>除非辦事處有需要，否則請保持關閉。開啟後，學生表格會有此欄，匯入時亦會讀取身份證號碼欄；每個號碼均以核對數字檢查，除學生表格外一律遮蓋顯示，並且永不匯出。關閉時會刪除已保存的號碼。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="79"/>
        <source>Keep students&apos; records &amp;after graduation:</source>
        <translation>學生畢業後紀錄保存(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="80"/>
        <source>A programme&apos;s own period:</source>
        <translation>計劃的自訂期限：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="100"/>
        <source>HKID numbers</source>
        <translation>香港身份證號碼</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="101"/>
        <source>Turning this off erases the %1 HKID numbers kept. Go on?</source>
        <translation>關閉後會刪除已保存的 %1 個香港身份證號碼。要繼續嗎？</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="114"/>
        <source>No student is past their period: nothing to purge.</source>
        <translation>沒有學生超過保存期限，無須清除。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="116"/>
        <source>Purge students</source>
        <translation>清除學生資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="118"/>
        <source>Delete them with everything held on them, or keep their records for the figures without anything naming them? This cannot be undone; backups made before it still hold them.</source>
        <translation>要刪除他們及其所有資料，還是保留紀錄作統計之用但刪去一切可識別身分的資料？此操作無法復原；此前製作的備份仍會保存這些資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="122"/>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/personal_data_tab.py" line="123"/>
        <source>&amp;Anonymise</source>
        <translation>匿名化(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="43"/>
        <source>Record placement: %1</source>
        <translation>記錄實習安排：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="52"/>
        <source>Optional: 18000, HK$18,000, 18k</source>
        <translation>可選：18000、HK$18,000、18k</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="57"/>
        <source>Phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="57"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="58"/>
        <source>Ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="58"/>
        <source>Host</source>
        <translation>接待機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="67"/>
        <source>the organisation above</source>
        <translation>上述機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="73"/>
        <source>&amp;Organisation:</source>
        <translation>機構(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="74"/>
        <source>&amp;Position:</source>
        <translation>職位(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="75"/>
        <source>&amp;Starts on:</source>
        <translation>開始日期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="76"/>
        <source>Monthly &amp;salary:</source>
        <translation>月薪(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="79"/>
        <source>The cohort&apos;s phases, laid out from the start date; choose another host for a phase spent elsewhere:</source>
        <translation>梯次的各階段由開始日期起排列；如某階段在別處進行，請選擇其接待機構：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="123"/>
        <source>placement of %1</source>
        <translation>%1 的實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/nominations/placement_dialog.py" line="95"/>
        <source>— no particular position —</source>
        <translation>— 不指定職位 —</translation>
    </message>
</context>
<context>
    <name>PlacementStatus</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="105"/>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="106"/>
        <source>Started</source>
        <translation>已開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="107"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="108"/>
        <source>Ended early</source>
        <translation>提早結束</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="30"/>
        <source>&amp;Open its nomination</source>
        <translation>開啟其提名(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="37"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="40"/>
        <source>Every placement: where, from when to when, the salary and where it stands. Placements are recorded from an accepted offer on the Nominations page, or on a career day&apos;s Applications (Record placement…).</source>
        <translation>所有實習安排：地點、起訖日期、薪金及現況。實習安排可在「提名」頁或招聘日的「申請」中，由已接受的取錄記錄（記錄實習安排…）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="46"/>
        <source>Cohort or event</source>
        <translation>梯次或活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="47"/>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="48"/>
        <source>Student no.</source>
        <translation>學號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="49"/>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="50"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="51"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="52"/>
        <source>Position</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="53"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="54"/>
        <source>Ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="55"/>
        <source>Monthly salary</source>
        <translation>月薪</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/placements/placements_page.py" line="57"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>PlannedRowsModel</name>
    <message>
        <location filename="../../src/careerdesk/gui/imports/preview_models.py" line="123"/>
        <source>%1 (filled in)</source>
        <translation>%1（已填上）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/preview_models.py" line="151"/>
        <source>Not a column of the file: the import worked it out, and the next page says from what.</source>
        <translation>這不是檔案中的欄：由匯入程序推斷得出，下一頁會說明取自何處。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/preview_models.py" line="156"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/preview_models.py" line="158"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="22"/>
        <source>Edit programme</source>
        <translation>編輯計劃</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="22"/>
        <source>New programme</source>
        <translation>新計劃</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="27"/>
        <source>Talent programme</source>
        <translation>人才計劃</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="28"/>
        <source>Career day</source>
        <translation>職業博覽日</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="28"/>
        <source>Internships</source>
        <translation>實習</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="32"/>
        <source>&amp;Code:</source>
        <translation>代號(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="33"/>
        <source>Name (&amp;English):</source>
        <translation>英文名稱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="34"/>
        <source>Name (C&amp;hinese):</source>
        <translation>中文名稱(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programme_dialog.py" line="35"/>
        <source>&amp;Kind:</source>
        <translation>類別(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="43"/>
        <source>Programmes and cohorts</source>
        <translation>計劃及梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="25"/>
        <source>New &amp;programme…</source>
        <translation>新計劃(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="27"/>
        <source>Edit its p&amp;rogramme…</source>
        <translation>編輯所屬計劃(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="29"/>
        <source>&amp;New cohort…</source>
        <translation>新梯次(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="30"/>
        <source>&amp;Edit the selected cohort…</source>
        <translation>編輯所選梯次(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="31"/>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="46"/>
        <source>Each programme&apos;s intakes with their application windows, quotas and results. A programme without a cohort is listed on a line of its own.</source>
        <translation>各計劃的每一梯次，連同申請期、名額及結果。尚未有梯次的計劃另列一行。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="50"/>
        <source>Programme</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="51"/>
        <source>Cohort</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="52"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="53"/>
        <source>Opens</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="54"/>
        <source>Closes</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="55"/>
        <source>Quota</source>
        <translation>名額</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="56"/>
        <source>Nominations</source>
        <translation>提名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="57"/>
        <source>Placements</source>
        <translation>實習安排</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="109"/>
        <source>Delete a cohort</source>
        <translation>刪除梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="110"/>
        <source>Delete the cohort %1? Only a cohort with no nominations or positions can be deleted.</source>
        <translation>刪除梯次 %1？只有沒有提名或職位的梯次可以刪除。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="115"/>
        <source>Delete a programme</source>
        <translation>刪除計劃</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/programmes/programmes_page.py" line="116"/>
        <source>Delete the programme %1? It has no cohorts.</source>
        <translation>刪除計劃 %1？該計劃沒有梯次。</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/events/register_dialog.py" line="24"/>
        <source>Register students for %1</source>
        <translation>為 %1 登記學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/register_dialog.py" line="28"/>
        <source>Find each student and add them to the list; they are registered when you save.</source>
        <translation>找出每位學生並加入名單；儲存時即為他們登記。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/register_dialog.py" line="32"/>
        <source>&amp;Register</source>
        <translation>登記(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/register_dialog.py" line="39"/>
        <source>registration of %Ln student(s) for %1</source>
        <translation>
            <numerusform>為 %1 登記 %Ln 名學生</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="49"/>
        <source>Placement report</source>
        <translation>實習安排報告</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="50"/>
        <source>Nomination list for endorsement</source>
        <translation>供簽署的提名名單</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="51"/>
        <source>Placement letters</source>
        <translation>實習安排信</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="52"/>
        <source>Event attendance report</source>
        <translation>活動出席報告</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="54"/>
        <source>Student record</source>
        <translation>學生記錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="68"/>
        <source>Show &amp;counts below 3 as &quot;&lt;3&quot;</source>
        <translation>少於 3 的數字顯示為「&lt;3」(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="69"/>
        <source>&amp;Generate</source>
        <translation>產生(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="71"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="72"/>
        <source>Save &amp;as…</source>
        <translation>另存為(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="135"/>
        <source>All universities</source>
        <translation>所有大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="60"/>
        <source>All faculties</source>
        <translation>所有學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="137"/>
        <source>All events</source>
        <translation>所有活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="81"/>
        <source>Report:</source>
        <translation>報告：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="53"/>
        <source>Graduate outcomes</source>
        <translation>畢業生去向</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="67"/>
        <source>Graduating in</source>
        <translation>畢業年份</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="83"/>
        <source>Cohort:</source>
        <translation>梯次：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="84"/>
        <source>University:</source>
        <translation>大學：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="85"/>
        <source>Faculty:</source>
        <translation>學院：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="86"/>
        <source>Event:</source>
        <translation>活動：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="87"/>
        <source>Student no.:</source>
        <translation>學號：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="88"/>
        <source>Graduating in:</source>
        <translation>畢業年份：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="99"/>
        <source>Report preview</source>
        <translation>報告預覽</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="236"/>
        <source>Generating…</source>
        <translation>正在產生…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="239"/>
        <source>Generating the report…</source>
        <translation>正在製作報告…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="246"/>
        <source>Choose a cohort for this report.</source>
        <translation>請為此報告選擇梯次。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="248"/>
        <source>A nomination list is one university&apos;s: choose the university.</source>
        <translation>提名名單屬於一所大學：請選擇大學。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="250"/>
        <source>A student record needs the university and the student number.</source>
        <translation>學生記錄需要大學及學號。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="259"/>
        <source>%1 pages.</source>
        <translation>共 %1 頁。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="261"/>
        <source>The report font cannot draw some characters; choose another font in Settings:</source>
        <translation>報告字型無法顯示部分字元；請在設定中選擇其他字型：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="274"/>
        <source>Cancelled: no report was made.</source>
        <translation>已取消：沒有製作報告。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="276"/>
        <source>The report could not be made.</source>
        <translation>無法產生報告。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="288"/>
        <source>Save the report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="289"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="292"/>
        <source>Saved to %1.</source>
        <translation>已儲存至 %1。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="318"/>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/reports/reports_page.py" line="318"/>
        <source>Sent to the printer.</source>
        <translation>已傳送至印表機。</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="106"/>
        <source>New role at %1</source>
        <translation>%1 的新職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="110"/>
        <source>e.g. Software development, Data analytics</source>
        <translation>例如：軟件開發、數據分析</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="113"/>
        <source>Not said</source>
        <translation>未註明</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="116"/>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="117"/>
        <source>&amp;Title:</source>
        <translation>職位名稱(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="118"/>
        <source>&amp;Field:</source>
        <translation>範疇(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="119"/>
        <source>&amp;Openings:</source>
        <translation>空缺(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="120"/>
        <source>Offered &amp;where:</source>
        <translation>提供途徑(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/application_dialogs.py" line="127"/>
        <source>new role %1</source>
        <translation>新職位 %1</translation>
    </message>
</context>
<context>
    <name>RolesTable</name>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="167"/>
        <source>New &amp;role…</source>
        <translation>新職位(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="169"/>
        <source>&amp;Import the organiser&apos;s list…</source>
        <translation>匯入主辦機構名單(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="171"/>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="184"/>
        <source>The organiser&apos;s list of exhibitors and roles</source>
        <translation>主辦機構的參展商及職位名單</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="185"/>
        <source>Lists (*.xlsx *.xls *.xlsm *.xlsb *.ods *.csv *.txt);;All files (*)</source>
        <translation>名單 (*.xlsx *.xls *.xlsm *.xlsb *.ods *.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="193"/>
        <source>Importing the roles…</source>
        <translation>正在匯入職位…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="201"/>
        <source>%1: %2 roles added, %3 changed, %4 unchanged, %5 rows not imported (import %6; undo it on the Imports page).</source>
        <translation>%1：加入 %2 個職位，更改 %3 個，%4 個不變，%5 行沒有匯入（匯入 %6；可在「匯入記錄」頁復原）。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="205"/>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="210"/>
        <source>Companies and roles</source>
        <translation>公司及職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="213"/>
        <source>The companies taking part and the roles each offered, with how many applied.</source>
        <translation>參與的公司及其提供的職位，以及申請人數。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="217"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="218"/>
        <source>Role</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="219"/>
        <source>Field</source>
        <translation>範疇</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="220"/>
        <source>Openings</source>
        <translation>空缺</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="221"/>
        <source>Offered</source>
        <translation>提供途徑</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="222"/>
        <source>Applications</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="242"/>
        <source>Delete roles</source>
        <translation>刪除職位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="243"/>
        <source>Delete %Ln role(s)? This can be undone from the Edit menu.</source>
        <translation>
            <numerusform>刪除 %Ln 個職位？可從「編輯」選單復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/events/career_day_tables.py" line="245"/>
        <source>deletion of %Ln role(s)</source>
        <translation>
            <numerusform>刪除 %Ln 個職位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/views.py" line="30"/>
        <source>Saved views</source>
        <translation>已儲存的檢視</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/views.py" line="32"/>
        <source>Sa&amp;ve view…</source>
        <translation>儲存檢視(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/views.py" line="33"/>
        <source>Forget vie&amp;w</source>
        <translation>刪除檢視(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/views.py" line="61"/>
        <source>Save view</source>
        <translation>儲存檢視</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/views.py" line="62"/>
        <source>Name this view (its filters, sort and columns):</source>
        <translation>為此檢視命名（其篩選、排序及欄位）：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/views.py" line="83"/>
        <source>Views (%1)</source>
        <translation>檢視（%1）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/views.py" line="84"/>
        <source>No saved views</source>
        <translation>沒有已儲存的檢視</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="58"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="62"/>
        <source>Every status change and import records this name. Leave it empty to use your Windows login.</source>
        <translation>每次狀態變更及匯入都會記錄此名稱。留空則使用您的 Windows 登入名稱。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="71"/>
        <source>As this computer&apos;s</source>
        <translation>跟隨此電腦</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="77"/>
        <source>Your &amp;name:</source>
        <translation>你的名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="79"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="81"/>
        <source>You</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="82"/>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="83"/>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="85"/>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="86"/>
        <source>Letters</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="92"/>
        <source>Personal data</source>
        <translation>個人資料</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="107"/>
        <source>&amp;Connect</source>
        <translation>連接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="109"/>
        <source>Use this computer&apos;s own &amp;file</source>
        <translation>使用這部電腦自己的檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="115"/>
        <source>This computer uses the office&apos;s server %1.</source>
        <translation>這部電腦使用辦公室的伺服器 %1。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="116"/>
        <source>This computer uses its own database file.</source>
        <translation>這部電腦使用自己的資料庫檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="118"/>
        <source>To share one database in an office, join its PostgreSQL server: the connection is tested, the tables made or upgraded, and the password kept in this computer&apos;s keyring, never in a file. CareerDesk uses the server from its next start.</source>
        <translation>如要在辦公室共用一個資料庫，請加入其 PostgreSQL 伺服器：系統會測試連接、建立或升級資料表，並把密碼保存在這部電腦的鑰匙圈中，絕不寫入檔案。CareerDesk 會在下次啟動時使用該伺服器。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="129"/>
        <source>Server &amp;address:</source>
        <translation>伺服器地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="130"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="148"/>
        <source>Connecting…</source>
        <translation>正在連接…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="157"/>
        <source>Connected to %1 (schema %2); CareerDesk uses it from its next start.</source>
        <translation>已連接 %1（結構 %2）；CareerDesk 會在下次啟動時使用它。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="160"/>
        <source>The connection is not encrypted: ask IT to turn on SSL on the server.</source>
        <translation>連接沒有加密：請要求資訊科技部門在伺服器上啟用 SSL。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="173"/>
        <source>This computer uses its own database file again, from CareerDesk&apos;s next start.</source>
        <translation>這部電腦會在 CareerDesk 下次啟動時再次使用自己的資料庫檔案。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="183"/>
        <source>Never</source>
        <translation>從不</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="188"/>
        <source>When CareerDesk opens, it copies the database into the backups folder if the newest copy is this old; it also keeps a copy before every import, upgrade and restore. A database on a server is backed up by IT.</source>
        <translation>CareerDesk 開啟時，如最新的副本已有這麼舊，便會把資料庫複製到備份資料夾；每次匯入、升級及還原前亦會保存副本。伺服器上的資料庫由資訊科技部門備份。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="204"/>
        <source>Found on this computer</source>
        <translation>按本電腦已有字型</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="206"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="207"/>
        <source>US Letter</source>
        <translation>美國信紙</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="210"/>
        <source>Office &amp;name:</source>
        <translation>辦事處名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="211"/>
        <source>&amp;Logo (PNG or JPEG):</source>
        <translation>標誌（PNG 或 JPEG）(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="213"/>
        <source>&amp;Paper:</source>
        <translation>紙張(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="214"/>
        <source>Chinese &amp;font (TrueType):</source>
        <translation>中文字型（TrueType）(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="222"/>
        <source>Room, building, street
District, Hong Kong
Telephone · email</source>
        <translation>室、大樓、街道
地區、香港
電話 · 電郵</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="226"/>
        <source>careers@university.edu.hk</source>
        <translation>careers@university.edu.hk</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="230"/>
        <source>&amp;Address on the letterhead:</source>
        <translation>信頭地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="232"/>
        <source>Letter in &amp;English:</source>
        <translation>英文信件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="233"/>
        <source>Letter in &amp;Chinese:</source>
        <translation>中文信件(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="212"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="194"/>
        <source>Back up &amp;every (days):</source>
        <translation>備份間隔（日）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="195"/>
        <source>&amp;Keep the newest (copies):</source>
        <translation>保留最新（份）(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="215"/>
        <source>Fonts (*.ttf *.ttc)</source>
        <translation>字型 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="231"/>
        <source>Office e&amp;mail (the drafts&apos; sender):</source>
        <translation>辦事處電郵（草稿的寄件人）(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="234"/>
        <source>Fields: {date} {name_en} {name_zh} {student_no} {university_name} {organisation} {position} {cohort_name} {start} {end} {phases} {office}</source>
        <translation>可用欄位：{date} {name_en} {name_zh} {student_no} {university_name} {organisation} {position} {cohort_name} {start} {end} {phases} {office}</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/settings/settings_dialog.py" line="246"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="176"/>
        <source>Check the sheet and its headings</source>
        <translation>檢查工作表及標題</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="177"/>
        <source>The row of column headings is tinted blue; grey rows are hidden in the file, and rows struck through are withdrawn: neither is imported. Choose another sheet or heading row if CareerDesk guessed wrong.</source>
        <translation>欄標題所在的行以藍色標示；灰色的行在檔案中已隱藏，加了刪除線的行已撤回：兩者都不會匯入。如 CareerDesk 判斷有誤，請選擇其他工作表或標題行。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="189"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="192"/>
        <source>Headings in row:</source>
        <translation>標題所在行：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="207"/>
        <source> (hidden)</source>
        <translation>（已隱藏）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/import_wizard.py" line="222"/>
        <source>%1 rows in this sheet.</source>
        <translation>此工作表共有 %1 行。</translation>
    </message>
</context>
<context>
    <name>SheetPreviewModel</name>
    <message>
        <location filename="../../src/careerdesk/gui/imports/preview_models.py" line="85"/>
        <source>Hidden in the file (filtered out by its sender): this row will not be imported.</source>
        <translation>此列在檔案中已隱藏（已被傳送者篩走）：不會匯入。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/preview_models.py" line="94"/>
        <source>Struck through in the file: a row whose student number, name and email are struck through is not imported.</source>
        <translation>檔案中加了刪除線：學號、姓名及電郵都加了刪除線的行不會匯入。</translation>
    </message>
</context>
<context>
    <name>StudentDeletion</name>
    <message>
        <location filename="../../src/careerdesk/gui/students/deleting.py" line="39"/>
        <source>these %1 students</source>
        <translation>這 %1 名學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/deleting.py" line="46"/>
        <source>… and %1 more.</source>
        <translation>… 另有 %1 名。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/deleting.py" line="48"/>
        <source>Delete %1? These records would be deleted with them:</source>
        <translation>刪除 %1？以下紀錄會一併刪除：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/deleting.py" line="49"/>
        <source>You can undo this from the Edit menu.</source>
        <translation>可在「編輯」選單復原。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/deleting.py" line="51"/>
        <source>Delete %1? You can undo this from the Edit menu.</source>
        <translation>刪除 %1？可在「編輯」選單復原。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/deleting.py" line="52"/>
        <source>Delete students</source>
        <translation>刪除學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/deleting.py" line="59"/>
        <source>deletion of %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/deleting.py" line="60"/>
        <source>deletion of %1 students</source>
        <translation>刪除 %1 名學生</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="73"/>
        <source>Student: %1</source>
        <translation>學生：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="74"/>
        <source>New student</source>
        <translation>新學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="79"/>
        <source>&amp;Details</source>
        <translation>資料(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="116"/>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="131"/>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="138"/>
        <source>recorded</source>
        <translation>已記錄</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="176"/>
        <source>A student needs a student number.</source>
        <translation>學生須有學號。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="200"/>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="206"/>
        <source>Cohort</source>
        <translation>梯次</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="200"/>
        <source>Track</source>
        <translation>組別</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="200"/>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="208"/>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="219"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="201"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="205"/>
        <source>&amp;Nominations (%1)</source>
        <translation>提名(&amp;N)（%1）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="206"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="207"/>
        <source>Position</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="207"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="207"/>
        <source>Ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="208"/>
        <source>Monthly salary</source>
        <translation>月薪</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="213"/>
        <source>&amp;Placements (%1)</source>
        <translation>實習安排(&amp;P)（%1）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="214"/>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="218"/>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="214"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="214"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="217"/>
        <source>&amp;Attendance (%1)</source>
        <translation>出席(&amp;A)（%1）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="218"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="218"/>
        <source>Role</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="219"/>
        <source>Applied on</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="222"/>
        <source>&amp;Career-day applications (%1)</source>
        <translation>招聘日申請(&amp;C)（%1）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="224"/>
        <source>&amp;History</source>
        <translation>更改記錄(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="225"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="226"/>
        <source>What was seen</source>
        <translation>查閱內容</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="229"/>
        <source>Who sa&amp;w it (%1)</source>
        <translation>查閱紀錄(&amp;W)（%1）</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="232"/>
        <source>created</source>
        <translation>建立</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="232"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="233"/>
        <source>deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="233"/>
        <source>imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="245"/>
        <source>Created by importing %1 on %2 (%3).</source>
        <translation>由 %3 於 %2 匯入 %1 時建立。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="225"/>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="247"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="225"/>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="247"/>
        <source>Who</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="247"/>
        <source>What</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="248"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="248"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="248"/>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="302"/>
        <source>new student %1</source>
        <translation>新學生 %1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="306"/>
        <source>edit of %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_dialog.py" line="320"/>
        <source>&amp;Reload the record</source>
        <translation>重新載入記錄(&amp;R)</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_picker.py" line="37"/>
        <source>Find a student: name, Chinese name, student no. or email</source>
        <translation>尋找學生：姓名、中文姓名、學號或電郵</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_picker.py" line="40"/>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_picker.py" line="41"/>
        <source>Student no.</source>
        <translation>學號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_picker.py" line="42"/>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_picker.py" line="43"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_picker.py" line="44"/>
        <source>Faculty</source>
        <translation>學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_picker.py" line="49"/>
        <source>&amp;Add ↓</source>
        <translation>加入(&amp;A) ↓</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_picker.py" line="50"/>
        <source>Re&amp;move ↑</source>
        <translation>移除(&amp;M) ↑</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/student_picker.py" line="65"/>
        <source>Chosen:</source>
        <translation>已選：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/students/student_picker.py" line="111"/>
        <source>%Ln student(s) chosen</source>
        <translation>
            <numerusform>已選 %Ln 名學生</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentsModel</name>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_model.py" line="91"/>
        <source>University</source>
        <translation>大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_model.py" line="92"/>
        <source>Student no.</source>
        <translation>學號</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_model.py" line="93"/>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_model.py" line="94"/>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_model.py" line="95"/>
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_model.py" line="96"/>
        <source>Mobile</source>
        <translation>手提電話</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_model.py" line="97"/>
        <source>Faculty</source>
        <translation>學院</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_model.py" line="98"/>
        <source>Programme</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_model.py" line="99"/>
        <source>Graduation</source>
        <translation>畢業日期</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_model.py" line="100"/>
        <source>HK resident</source>
        <translation>香港居民</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="48"/>
        <source>Find: name (any order), 中文名, student no., email, phone, university</source>
        <translation>搜尋：姓名（任何次序）、中文名、學號、電郵、電話、大學</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="49"/>
        <source>Find students</source>
        <translation>搜尋學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="51"/>
        <source>&amp;New student…</source>
        <translation>新學生(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="52"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="53"/>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="54"/>
        <source>No&amp;minate…</source>
        <translation>提名(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="254"/>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="255"/>
        <source>Nominate…</source>
        <translation>提名…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="256"/>
        <source>Student record…</source>
        <translation>學生記錄…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="258"/>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="68"/>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="284"/>
        <source>Students</source>
        <translation>學生</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="313"/>
        <source>No student matches “%1”.</source>
        <translation>沒有符合「%1」的學生。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="315"/>
        <source>No students yet: add one with New student… (Ctrl+N) or import a nominee list.</source>
        <translation>尚未有學生：可按「新學生…」（Ctrl+N）新增，或匯入提名名單。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/careerdesk/gui/students/students_page.py" line="320"/>
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln 名學生</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="46"/>
        <source>Ready to import</source>
        <translation>準備匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="47"/>
        <source>Nothing has been changed yet. Press Import to do this.</source>
        <translation>資料尚未有任何變更。按「匯入」開始。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="57"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="63"/>
        <source>File: %1, sheet %2, headings in row %3.</source>
        <translation>檔案：%1，工作表 %2，標題在第 %3 行。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="65"/>
        <source>Students to add: %1</source>
        <translation>將新增學生：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="66"/>
        <source>Students to update: %1</source>
        <translation>將更新學生：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="67"/>
        <source>Students unchanged: %1</source>
        <translation>無變更學生：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="68"/>
        <source>Rows rejected: %1</source>
        <translation>被拒的行：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="70"/>
        <source>Nominations to make or update: %1</source>
        <translation>將建立或更新的提名：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="73"/>
        <source>Of them, moved on to where the list says: %1</source>
        <translation>其中按名單更新狀態：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="76"/>
        <source>Event registrations to record: %1</source>
        <translation>將記錄的活動登記：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="79"/>
        <source>Placements to record: %1</source>
        <translation>將記錄的實習安排：%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="82"/>
        <source>Career-day applications: %1 to record, %2 to move on, %3 unchanged</source>
        <translation>招聘日申請：將記錄 %1 份，推進 %2 份，%3 份不變</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="87"/>
        <source>Row %1: %2 changes %3</source>
        <translation>第 %1 行：%2 更改了 %3</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="88"/>
        <source>, </source>
        <comment>between the names of the changed fields</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="97"/>
        <source>…and %1 more problems: the previous page shows every row with a problem.</source>
        <translation>……另有 %1 項問題：上一頁列出每一行有問題的資料。</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="107"/>
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="109"/>
        <source>Rows %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/imports/outcome_pages.py" line="110"/>
        <source>Rows %1 and %2 more: </source>
        <translation>第 %1 行及另外 %2 行：</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/columns.py" line="123"/>
        <source>Show every column</source>
        <translation>顯示所有欄位</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/table_page.py" line="65"/>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/table_page.py" line="67"/>
        <source>Filter %1</source>
        <translation>篩選%1</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/table_page.py" line="146"/>
        <source>Nothing here matches “%1”.</source>
        <translation>沒有符合「%1」的項目。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/operations.py" line="270"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/operations.py" line="255"/>
        <location filename="../../src/careerdesk/gui/common/operations.py" line="271"/>
        <source>CareerDesk</source>
        <translation>CareerDesk</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/operations.py" line="261"/>
        <source>CareerDesk met an unexpected problem; nothing was changed. The details were written to the log file.</source>
        <translation>CareerDesk 遇到意外問題，沒有更改任何資料。詳情已寫入記錄檔。</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="53"/>
        <source>AI</source>
        <translation>人工智能</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="54"/>
        <source>Microelectronics</source>
        <translation>微電子</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="56"/>
        <source>Life &amp; health tech</source>
        <translation>生命健康科技</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="57"/>
        <source>Fintech</source>
        <translation>金融科技</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="58"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="117"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/careerdesk/gui/common/labels.py" line="118"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
</TS>
