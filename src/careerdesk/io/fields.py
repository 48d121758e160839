"""The fields a nominee list can carry, and the header words that name each one.

Header matching ignores case, spacing, punctuation, full-width forms, a bracketed hint
("(Y/N)", "(MM/YYYY)", "(是/否)"), bilingual doubling ("學號 Student No.") and Simplified
Chinese ("学号"); it reads the column names of a student system's export as words
("STUDENT_ID", "EngName", "EMAIL_ADDR", "Yr of Study": underscores, joined-up words and
common abbreviations).
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache

from careerdesk.io.chinese import as_traditional
from careerdesk.io.values import CONSENT_STATEMENT
from careerdesk.messages import Message, msg


class Field(StrEnum):
    UNIVERSITY = "university"
    STUDENT_NO = "student_no"
    NAME_EN = "name_en"
    NAME_ZH = "name_zh"
    SURNAME = "surname"
    GIVEN_NAME = "given_name"
    EMAIL = "email"
    PHONE = "phone"
    FACULTY = "faculty"
    DEPARTMENT = "department"
    PROGRAMME = "programme"
    AWARD_LEVEL = "award_level"
    YEAR_OF_STUDY = "year_of_study"
    GRADUATION = "graduation"
    HK_RESIDENT = "hk_resident"
    EMPLOYED = "employed"
    FULL_TIME_MONTHS = "full_time_months"
    CONSENT = "consent"
    CONSENT_DATE = "consent_date"  # the date consent was given
    #: When a form was answered (Google Forms' "Timestamp"): a consent's date, where the
    #: form has no date of its own for it.
    ANSWERED_AT = "answered_at"
    COHORT = "cohort"
    TRACK = "track"
    RANK = "rank"
    ENDORSED = "endorsed"  # whether the faculty endorsed the nomination (Y/N)
    #: A list the programme sends back, a yes or a no per stage: "Shortlisted (Y/N)",
    #: "Interviewed", "Offer (Y/N)", "Offer Accepted".
    SHORTLISTED = "shortlisted"
    INTERVIEWED = "interviewed"
    OFFERED = "offered"
    OFFER_ACCEPTED = "offer_accepted"
    #: Where an accepted offer lands, as a list sent back says: the company, the post, the
    #: start date and the monthly salary.
    ORGANISATION = "organisation"
    POSITION = "position"
    PLACEMENT_START = "placement_start"
    MONTHLY_SALARY = "monthly_salary"
    NOTES = "notes"
    #: A Hong Kong identity card number: read only where the office collects them (Settings
    #: → Personal data), and never exported.
    HKID = "hkid"
    #: After graduation (a graduate survey's list): what the graduate is doing, since when
    #: it is known, and who told it.
    OUTCOME = "outcome"
    OUTCOME_ON = "outcome_on"
    OUTCOME_SOURCE = "outcome_source"
    REGISTRATION_REF = "registration_ref"
    ATTENDANCE = "attendance"
    CHECKED_IN = "checked_in"  # a ticketing site's check-in, read with the attendance
    CHECKED_IN_AT = "checked_in_at"  # the time of it: a time is a check-in
    JOINED_AT = "joined_at"  # an online meeting's join time (Zoom, Teams): came, virtually
    TICKET_TYPE = "ticket_type"  # its kind of ticket: an on-site or a virtual pass
    MEETING_ROLE = "meeting_role"  # an online meeting's "Role": an organiser is no student
    REGISTERED_AT = "registered_at"
    #: A career day's applications list (HKSTP's Talent Pool): each row one application to
    #: a company (``ORGANISATION``) and role (``POSITION``): how far it got, where and when
    #: it was made, and the role's field of work.
    APPLICATION_STATUS = "application_status"
    CHANNEL = "channel"
    APPLIED_ON = "applied_on"
    JOB_FIELD = "job_field"
    INTERESTS = "interests"
    ROW_NUMBER = "row_number"  # "No." columns: recognised, then left alone


#: What each field is called: in the import window's drop-downs, and in messages that name
#: a field ("both look like the 'Graduation date' column").
FIELD_LABELS: dict[Field, Message] = {
    Field.UNIVERSITY: msg("University"),
    Field.STUDENT_NO: msg("Student no."),
    Field.NAME_EN: msg("English name"),
    Field.NAME_ZH: msg("Chinese name"),
    Field.SURNAME: msg("Surname"),
    Field.GIVEN_NAME: msg("Given name"),
    Field.EMAIL: msg("Email"),
    Field.PHONE: msg("Mobile"),
    Field.FACULTY: msg("Faculty"),
    Field.DEPARTMENT: msg("Department"),
    Field.PROGRAMME: msg("Programme of study"),
    Field.AWARD_LEVEL: msg("Award level"),
    Field.YEAR_OF_STUDY: msg("Year of study"),
    Field.GRADUATION: msg("Graduation date"),
    Field.HK_RESIDENT: msg("Hong Kong resident"),
    Field.EMPLOYED: msg("Currently employed"),
    Field.FULL_TIME_MONTHS: msg("Months of full-time work"),
    Field.CONSENT: msg("Consent to share data"),
    Field.CONSENT_DATE: msg("Consent date"),
    Field.ANSWERED_AT: msg("Form answered at"),
    Field.COHORT: msg("Cohort"),
    Field.TRACK: msg("Track"),
    Field.RANK: msg("Faculty rank"),
    Field.ENDORSED: msg("Endorsed by the faculty"),
    Field.SHORTLISTED: msg("Shortlisted (yes/no)"),
    Field.INTERVIEWED: msg("Interviewed (yes/no)"),
    Field.OFFERED: msg("Offered (yes/no)"),
    Field.OFFER_ACCEPTED: msg("Offer accepted (yes/no)"),
    Field.ORGANISATION: msg("Host organisation"),
    Field.POSITION: msg("Position"),
    Field.PLACEMENT_START: msg("Placement start date"),
    Field.MONTHLY_SALARY: msg("Monthly salary"),
    Field.NOTES: msg("Notes"),
    Field.HKID: msg("HKID number"),
    Field.OUTCOME: msg("Outcome after graduation"),
    Field.OUTCOME_ON: msg("Outcome known on"),
    Field.OUTCOME_SOURCE: msg("Outcome told by"),
    Field.REGISTRATION_REF: msg("Registration number"),
    Field.APPLICATION_STATUS: msg("Application status"),
    Field.CHANNEL: msg("Applied at the venue or online"),
    Field.APPLIED_ON: msg("Applied on"),
    Field.JOB_FIELD: msg("Field of work"),
    Field.ATTENDANCE: msg("Attendance"),
    Field.CHECKED_IN: msg("Checked in"),
    Field.CHECKED_IN_AT: msg("Check-in time"),
    Field.JOINED_AT: msg("Joined online at"),
    Field.TICKET_TYPE: msg("Ticket type"),
    Field.MEETING_ROLE: msg("Role in the meeting"),
    Field.REGISTERED_AT: msg("Registered at"),
    Field.INTERESTS: msg("Interests"),
    Field.ROW_NUMBER: msg("Row number"),
}

#: Header wordings per field, in any case and spacing (matched after ``header_key``).
SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.STUDENT_NO: ("student no", "student number", "student id", "student id no",
                       "student id number", "sid", "uid", "student no uid", "student code",
                       "matric no", "matric number", "matriculation no", "matriculation number",
                       "學號", "學生編號",
                       "學生號碼", "學生證號碼", "學生證編號"),
    Field.NAME_EN: ("name", "english name", "name english", "name in english", "full name",
                    "student name", "name of student", "full name in english", "name eng",
                    "eng name", "english full name", "name in full", "name in full english",
                    "student name english", "hkid name", "name on hkid", "name as on hkid",
                    "name as shown on hkid", "attendee name", "participant name",
                    "registrant name", "name of attendee", "name of participant",
                    "參加者姓名", "出席者姓名",
                    "英文姓名", "英文名", "英文名稱", "姓名英文", "姓名"),
    Field.NAME_ZH: ("chinese name", "name chinese", "name in chinese", "name chi", "chi name",
                    "name chin", "chinese full name", "name in full chinese",
                    "student name chinese", "中文姓名",
                    "中文名", "中文名稱", "姓名中文"),
    Field.SURNAME: ("surname", "last name", "family name", "姓", "姓氏",
                    "recipient last name"),  # (a survey's mailing list: Qualtrics)
    Field.GIVEN_NAME: ("given name", "given names", "first name", "other names", "名",
                       "recipient first name"),
    Field.EMAIL: ("email", "e mail", "email address", "e mail address", "mail",
                  "student email", "recipient email", "contact email", "contact e mail",
                  "contact email address", "university email", "school email",
                  "student email address", "聯絡電郵", "聯絡電郵地址", "電郵", "電郵地址",
                  "電子郵件", "電子郵箱", "電子郵件地址",
                  # an online meeting's or a ticketing site's report of who came
                  "user email", "attendee email", "participant email", "registrant email",
                  "guest email"),
    Field.PHONE: ("mobile", "mobile no", "mobile number", "mobile phone", "contact no",
                  "contact number", "contact", "phone", "phone no", "phone number", "tel",
                  "tel no", "telephone", "手提電話", "手提電話號碼", "電話", "聯絡電話",
                  "手機", "流動電話", "mobile phone number", "mobile phone no", "cell phone",
                  "cell phone number", "whatsapp", "whatsapp number", "手機號碼", "電話號碼",
                  "聯絡電話號碼"),
    Field.UNIVERSITY: ("university", "institution", "uni", "university name", "hei",
                       "university code", "institution code", "uni code", "tertiary institution",
                       "university institution", "大學", "院校",
                       "所屬大學", "就讀大學", "就讀院校", "就讀的大學", "所屬院校"),
    Field.FACULTY: ("faculty", "school", "college", "faculty school", "學院"),
    Field.DEPARTMENT: ("department", "dept", "academic department", "學系", "系"),
    Field.PROGRAMME: ("programme", "program", "major", "major programme", "programme major",
                      "programme of study", "degree programme", "programme name",
                      "study programme", "programme title", "課程", "主修", "修讀課程",
                      "課程名稱"),
    Field.AWARD_LEVEL: ("award", "award level", "level of study", "qualification", "degree",
                        "學歷", "學位", "修讀程度"),
    Field.YEAR_OF_STUDY: ("year of study", "year", "study year", "current year of study",
                          "年級", "就讀年級"),
    Field.GRADUATION: ("graduation", "graduation date", "expected graduation",
                       "expected graduation date", "date of graduation", "graduation year",
                       "year of graduation", "expected year of graduation",
                       "expected graduation year", "expected date of graduation",
                       "date of expected graduation", "expected graduation month",
                       "graduation month", "expected completion date", "programme end date",
                       "畢業日期", "預計畢業日期", "畢業年份",
                       "畢業時間", "when do you expect to graduate", "when will you graduate",
                       "預計何時畢業"),
    Field.HK_RESIDENT: ("hk resident", "hong kong resident", "hk permanent resident",
                        "hong kong permanent resident", "香港居民", "香港永久居民",
                        "香港永久性居民", "residency", "residency status", "residential status",
                        "resident status", "residence status",
                        "local non local", "local or non local", "local non local student",
                        "local non local status", "hkpr", "right of abode", "居港身份",
                        "本地非本地生", "本地 非本地", "本地或非本地生", "居留身份"),
    Field.EMPLOYED: ("currently employed", "employed", "employment status", "employment",
                     "employed full time", "currently employed full time", "working full time",
                     "in full time employment", "full time employed", "全職工作", "現時全職工作",
                     "現職", "在職", "就業狀況", "現時就業"),
    Field.FULL_TIME_MONTHS: ("months of full time work", "full time work months",
                             "months of full time employment", "full time months",
                             "months of consecutive full time employment",
                             "months of work experience", "months of full time work experience",
                             "full time work experience months", "work experience months",
                             "全職工作月數", "全職工作經驗月數"),
    Field.CONSENT: ("consent", "consent to share", "consent to share data", "data consent",
                    "pics consent", "pics", "consent pics", "pdpo consent", "privacy consent",
                    "data privacy consent", "consent given",
                    "同意", "同意分享資料", "同意書", "同意分享個人資料", "同意提供個人資料",
                    "同意使用個人資料", "個人資料同意", "收集個人資料同意",
                    "consent to share personal data", "agree to share personal data",
                    "personal data consent", "consent to use of personal data"),
    Field.CONSENT_DATE: ("consent date", "date of consent", "consent given on", "consented on",
                         "date consented", "consent signed on", "consent form date",
                         "同意日期", "簽署同意書日期", "同意書日期"),
    Field.ANSWERED_AT: ("timestamp", "completion time", "submitted at", "submission time",
                        "submission date", "date submitted", "response time", "提交時間",
                        "時間戳記", "填寫時間"),
    Field.COHORT: ("cohort", "cohort code", "programme code", "intake", "nominated programme",
                   "programme nominated", "programme nominated for", "programme applied",
                   "programme applied for", "talent programme", "hkstp programme",
                   "programme hkstp", "梯次", "期數", "提名計劃", "申請計劃"),
    Field.TRACK: ("track", "stream", "programme track", "nominated track", "track applied for",
                  "preferred track", "track preference", "track applied", "applied track",
                  "組別", "範疇組別", "申請組別"),
    Field.RANK: ("rank", "faculty rank", "ranking", "priority", "faculty ranking",
                 "nomination rank", "nomination ranking", "priority ranking", "排名", "優先次序",
                 "nominee rank", "nominee ranking", "nomination priority",
                 "學院排名", "提名排名"),
    Field.ENDORSED: ("endorsed", "endorsement", "faculty endorsed", "faculty endorsement",
                     "nomination status", "endorsement status", "提名狀態", "推薦狀態",
                     "endorsed by faculty", "endorsed by the faculty", "endorsed by department",
                     "department endorsement", "recommended", "recommended by department",
                     "recommended by faculty", "nominated", "to be nominated", "nominate",
                     "推薦", "獲推薦", "已推薦", "是否推薦", "學院推薦", "學系推薦", "提名",
                     "是否提名", "獲提名", "學院批准",
                     # a list the programme sends back: where each nomination has got to
                     "application status", "application result", "shortlisting result",
                     "shortlist result", "shortlisting status", "interview result",
                     "selection result", "offer status", "outcome", "申請狀態", "申請結果",
                     "面試結果", "取錄結果", "甄選結果"),
    Field.SHORTLISTED: ("shortlisted", "short listed", "shortlisted for interview",
                        "selected for interview", "invited to interview",
                        "invited for interview", "入圍", "已入圍", "是否入圍", "獲邀面試"),
    Field.INTERVIEWED: ("interviewed", "interview attended", "attended interview",
                        "已面試", "是否已面試", "出席面試"),
    Field.OFFERED: ("offered", "offer", "offer made", "offer given", "offer received",
                    "offer issued", "job offer", "獲取錄", "取錄", "是否獲取錄", "獲聘"),
    Field.OFFER_ACCEPTED: ("offer accepted", "accepted offer", "offer taken up",
                           "接受取錄", "已接受取錄", "是否接受取錄", "接受聘用"),
    # (not "Organisation" alone: an event's form asks it of a student's school)
    Field.ORGANISATION: ("company", "company name", "host company", "host organisation",
                         "host organization", "employer", "placement company",
                         "offering company", "hiring company", "partner company",
                         "science park company", "公司", "公司名稱", "僱主", "實習機構",
                         "聘用公司", "取錄公司"),
    Field.POSITION: ("position", "position title", "job title", "post", "post title",
                     "offered position", "position offered", "trainee position",
                     "職位", "職位名稱", "崗位", "受聘職位",
                     # a career day's applications: the role applied for
                     "role title", "job role", "vacancy", "vacancy title", "position applied",
                     "position applied for", "role applied", "role applied for",
                     "job applied", "job applied for", "applied position", "applied role",
                     "應徵職位", "申請職位"),
    # (an applications list's bare "Status" is read by its values: ``layout``)
    Field.APPLICATION_STATUS: ("application stage", "applicant status", "candidate status",
                               "hiring status", "recruitment status", "應徵狀態", "應徵結果"),
    Field.CHANNEL: ("channel", "application channel", "applied via", "applied through",
                    "application method", "application mode", "mode of application",
                    "how applied", "application source", "申請途徑", "申請渠道", "申請方式",
                    "應徵途徑"),
    Field.APPLIED_ON: ("applied on", "application date", "date applied", "applied date",
                       "date of application", "applied at", "application time",
                       "application submitted on", "申請日期", "應徵日期"),
    Field.JOB_FIELD: ("job field", "job category", "job function", "job family",
                      "role category", "field of work", "position category", "職位類別",
                      "職能", "工作範疇", "職位範疇"),
    Field.PLACEMENT_START: ("start date", "commencement date", "placement start",
                            "placement start date", "internship start date", "start of placement",
                            "date of commencement", "employment start date", "job start date",
                            "開始日期", "入職日期", "上班日期", "實習開始日期"),
    Field.MONTHLY_SALARY: ("monthly salary", "salary", "monthly salary hkd", "salary per month",
                           "monthly allowance", "monthly pay", "月薪", "每月薪金", "薪金"),
    Field.NOTES: ("remarks", "remark", "notes", "note", "comments", "comment", "備註", "附註"),
    Field.HKID: ("hkid", "hkid no", "hkid number", "hk id", "hk id no", "hk id number",
                 "hkid card no", "hong kong id", "hong kong id no", "hong kong identity card",
                 "hong kong identity card no", "hong kong identity card number",
                 "identity card no", "identity card number", "id card no", "id card number",
                 "身份證號碼", "香港身份證號碼", "身份證號", "身份證", "身分證號碼", "香港身份證"),
    # (not "outcome" alone: a programme's list uses it for its selection result)
    Field.OUTCOME: ("graduate outcome", "outcome after graduation", "graduation outcome",
                    "first destination", "graduate destination", "destination after graduation",
                    "employment outcome", "status after graduation",
                    "activity after graduation", "畢業去向", "去向", "畢業後去向", "畢業生去向"),
    Field.OUTCOME_ON: ("outcome date", "date of outcome", "survey date", "date surveyed",
                       "as at", "status as at", "去向日期", "調查日期"),
    Field.OUTCOME_SOURCE: ("outcome source", "source of outcome", "information source",
                           "source of information", "reported by", "資料來源", "資料提供者"),
    Field.REGISTRATION_REF: ("registration id", "registration no", "registration number",
                             "registration ref", "ticket", "ticket no", "order", "order no",
                             "order number", "attendee no", "attendee number", "登記編號",
                             "報名編號"),
    Field.ATTENDANCE: ("attendance", "attended", "attendance mode", "check in", "出席",
                       "出席情況", "出席方式"),
    Field.CHECKED_IN: ("checked in", "attendee status", "check in status", "checked in status",
                       "簽到", "簽到狀況"),
    Field.CHECKED_IN_AT: ("check in time", "checked in at", "check in at", "checked in time",
                          "check in date", "check in date time", "time checked in",
                          "time of check in", "arrival time", "簽到時間", "簽到日期"),
    # an online meeting's attendance report: Zoom's "Join Time", Teams' "First Join"
    Field.JOINED_AT: ("join time", "first join", "first join time", "joined at",
                      "time joined", "join date", "join date time", "join time hkt",
                      "加入時間", "首次加入", "首次加入時間", "入會時間"),
    Field.TICKET_TYPE: ("ticket type", "ticket class", "ticket category", "ticket name",
                        "pass type", "admission type", "票種", "門票類型", "門票種類",
                        # a registration form's question: how each means to come, not that
                        # they came (that is a check-in's to say)
                        "mode of attendance", "mode of participation", "participation mode",
                        "preferred mode of attendance", "attend on site or online",
                        "on site or online", "on site online", "參加形式", "參與形式",
                        "出席模式", "參加方式"),
    # (a bare "Role" too, when every value is such a role: ``layout``)
    Field.MEETING_ROLE: ("meeting role", "participant role", "role in meeting", "role in the "
                         "meeting", "會議角色"),
    Field.REGISTERED_AT: ("registered at", "registration time", "registration date",
                          "registered on", "order date", "date registered",
                          "date of registration", "登記時間", "報名時間"),
    Field.INTERESTS: ("interested areas", "interests", "areas of interest", "interest",
                      "興趣範疇", "感興趣範疇", "areas", "areas interested in", "interested in",
                      "fields of interest", "industries of interest", "感興趣的範疇",
                      "preferred areas", "preferred fields", "preferred industries"),
    Field.ROW_NUMBER: ("no", "item", "s n", "s no", "serial no", "serial number", "序號", "編號"),
}

#: A heading asked as a question ("Are you a Hong Kong permanent resident?", "你是否香港永久
#:居民？") names what it asks about.
_QUESTION_EN = re.compile(r"^(?:are|is|do|does|did|have|has) you(?: (?:currently|now|"
                          r"presently|a|an|the))*(?= )")
_QUESTION_ZH = re.compile(r"^(?:請問)?(?:你|您)?(?:現時|目前)?是否|嗎$")
#: A heading asking for a value names it: "What is your student ID?", "Which university are
#: you studying at?", "Please enter your email", "你的學號", "請填寫您的電郵".
_ASKED_EN = re.compile(r"^(?:what|which) (?:is |are )?(?:your )?(.+?)"
                       r"(?: (?:are|do|did|will|were|would) you\b(.*))?$")
#: A heading asking how many: "How many months of full-time work experience do you have?".
_HOW_MANY_EN = re.compile(r"^how many (.+?) (?:do|did|have|will) you(?: \w+)*$")
#: ...or how: "How will you attend: on-site or online?" asks about attending.
_HOW_EN = re.compile(r"^how (?:will|would|do|did) you (.+)$")
_YOUR_EN = re.compile(r"^(?:please )?(?:(?:enter|provide|fill in|state|give|input|write|type) )?"
                      r"your (?=\w)")
_YOUR_ZH = re.compile(r"^(?:請)?(?:填寫|輸入|提供)?(?:你|您)的")
#: A form's question number before a heading: "1.", "3)", "Q2.", "Q5:", "一、".
_NUMBERED = re.compile(r"^\s*(?:q\s*)?\d{1,3}\s*[.):：、]\s*"
                       r"|^\s*[一二三四五六七八九十]+\s*[、.．]\s*", re.IGNORECASE)
_BRACKETED = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]")
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)  # "STUDENT_ID" is two words
#: Words run together in a system's column names: "StudentID", "EngName", "emailAddress".
_JOINED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
#: Footnote marks after a heading: "Student No.¹", "Email†".
_FOOTNOTE = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079†‡§]+")
#: Short forms a heading's words are written in, and the word each stands for.
_ABBREVIATIONS = {"addr": "address", "eng": "english", "chi": "chinese", "chin": "chinese",
                  "chn": "chinese", "stu": "student", "stud": "student", "std": "student",
                  "stdt": "student", "num": "number", "nbr": "number", "yr": "year",
                  "grad": "graduation", "prog": "programme", "prg": "programme",
                  "pgm": "programme", "mob": "mobile", "univ": "university",
                  "fac": "faculty", "expt": "expected", "exp": "expected", "ph": "phone"}
_CJK = re.compile(r"[\u3000-\u9fff\uf900-\ufaff]+")
_LANGUAGES = {"中文": "chinese", "英文": "english"}


def header_key(text: str) -> str:
    """Header text folded for comparison: "E-mail Address" → "e mail address"; Chinese
    words apart run together ("姓名（中文）" → "姓名中文": Chinese is written without spaces)."""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return _BETWEEN_CJK.sub("", " ".join(_NOT_WORD.sub(" ", folded).split()))


_BETWEEN_CJK = re.compile(r"(?<=[\u3000-\u9fff\uf900-\ufaff]) (?=[\u3000-\u9fff\uf900-\ufaff])")


def header_variants(text: str) -> list[str]:
    """The keys a header may match by: whole, without brackets, each language alone."""
    raw = _NUMBERED.sub("", unicodedata.normalize("NFKC", _FOOTNOTE.sub("", str(text))))
    raw = as_traditional(raw)  # Simplified headings ("学号", "电邮") read as Traditional
    if raw.strip() in ("#", "№"):
        return ["no"]  # a heading of a sign alone: the row's number
    variants = [header_key(raw), header_key(_BRACKETED.sub(" ", raw))]
    # "Name (中文)": the bracket names the language, in the other language
    variants.insert(1, " ".join(_LANGUAGES.get(word, word) for word in variants[0].split()))
    if " " not in raw.strip():  # "StudentID", "EngName" (but "WhatsApp" is one word too)
        raw = _JOINED_WORDS.sub(" ", raw)
    for candidate in (raw, _BRACKETED.sub(" ", raw)):
        chinese = "".join(_CJK.findall(candidate))
        latin = _CJK.sub(" ", candidate)
        variants += [header_key(chinese), header_key(latin)]
    # "Name (English)" → also "name english"; the bracket may carry the meaning
    variants += [key for variant in variants if (key := _asked_about(variant))]
    variants += [" ".join(_ABBREVIATIONS.get(word, word) for word in variant.split())
                 for variant in variants]
    seen: list[str] = []
    for variant in variants:
        if variant and variant not in seen:
            seen.append(variant)
    return seen


def _asked_about(key: str) -> str:
    """What a heading written as a question or a request asks for ("are you a hong kong
    permanent resident" → "hong kong permanent resident"); "" when it asks nothing."""
    key = _QUESTION_ZH.sub("", _QUESTION_EN.sub("", key))
    key = _YOUR_ZH.sub("", _YOUR_EN.sub("", key))
    how = _HOW_MANY_EN.fullmatch(key) or _HOW_EN.fullmatch(key)
    if how is not None:
        return how.group(1)
    asked = _ASKED_EN.fullmatch(key)
    if asked is None:
        return header_key(key)
    if re.search(r"\b(?:apply|applying|nominated)\b", asked.group(2) or ""):
        return f"{asked.group(1)} applied for"  # the programme applied for is a cohort
    if re.search(r"\b(?:like|prefer|want|wish|interested)\b", asked.group(2) or ""):
        return f"preferred {asked.group(1)}"  # a wish ("Which company would you like to
        # join?"), not what happened: a preferred track is a track, a company is no placement
    return asked.group(1)


_LOOKUP: dict[str, Field] = {header_key(word): field
                             for field, words in SYNONYMS.items() for word in words}


def is_a_wording(text: str) -> bool:
    """Whether ``text`` is, as it stands, one of the wordings of any field ("Email",
    "Student No."; not "學號 Student No.", which ``field_for_header`` reads): a quick test
    of a cell, as no student's value is one."""
    return header_key(text) in _LOOKUP


def names_plainly(text: str, field: Field) -> bool:
    """Whether the whole heading is one of ``field``'s wordings ("Email", not "Email
    (Personal)" or "1. Your email")."""
    return _LOOKUP.get(header_key(text)) is field


#: Headings for the cohort column that a student system also uses for the code of the
#: programme a student studies ("PROG_CODE": "JS3010"): its values say which it is.
_PROGRAMME_CODE = {"programme code", "program code"}


def may_be_study_programme(text: str) -> bool:
    """Whether a cohort column's heading may instead name the students' study programme."""
    return any(variant in _PROGRAMME_CODE for variant in header_variants(text))


@lru_cache(maxsize=8192)  # the header row is looked for among the same cells several times
def field_for_header(text: str) -> Field | None:
    """The field a header names, or None when it names none we know."""
    for variant in header_variants(text):
        if variant in _LOOKUP:
            return _LOOKUP[variant]
    if CONSENT_STATEMENT.match(header_key(text)):  # a form's consent box, as its heading
        return Field.CONSENT
    return None
