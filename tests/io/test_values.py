"""Each normaliser on what people really type, and properties that hold for any input."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerdesk.io import dates
from careerdesk.io import values as v
from careerdesk.io.fields import Field, field_for_header
from careerdesk.io.office_time import shown


@pytest.mark.parametrize(
    "written, expected",
    [
        ("30/06/2026", dt.date(2026, 6, 30)),
        ("6/7/2026", dt.date(2026, 7, 6)),
        ("30-Jun-2026", dt.date(2026, 6, 30)),
        ("30 June 2026", dt.date(2026, 6, 30)),
        ("2026年6月30日", dt.date(2026, 6, 30)),
        ("2026-06-30", dt.date(2026, 6, 30)),
        ("2026/06/30", dt.date(2026, 6, 30)),
        ("30.06.2026", dt.date(2026, 6, 30)),
        ("07/2026", dt.date(2026, 7, 31)),
        ("2026年2月", dt.date(2026, 2, 28)),
        ("Jun 2026", dt.date(2026, 6, 30)),
        ("Jun-26", dt.date(2026, 6, 30)),  # Excel's mmm-yy, as a CSV writes it
        ("June 30, 2026", dt.date(2026, 6, 30)),
        (46203, dt.date(2026, 6, 30)),
        (46203.0, dt.date(2026, 6, 30)),
        ("46203", dt.date(2026, 6, 30)),  # a serial number in a CSV saved from "General"
        ("20260630", dt.date(2026, 6, 30)),
        (20260630, dt.date(2026, 6, 30)),
        (dt.datetime(2026, 6, 30, 0, 0), dt.date(2026, 6, 30)),
        # with what people write around a date: a weekday, a remark, a label
        ("2026年6月30日(星期二)", dt.date(2026, 6, 30)),
        ("Tue, 30 Jun 2026", dt.date(2026, 6, 30)),
        ("Tuesday, June 30, 2026", dt.date(2026, 6, 30)),
        ("30/06/2026 (Tue)", dt.date(2026, 6, 30)),
        ("June 2026 (expected)", dt.date(2026, 6, 30)),
        ("Expected: 06/2026", dt.date(2026, 6, 30)),
        ("預計2026年6月", dt.date(2026, 6, 30)),
        ("End of July 2026", dt.date(2026, 7, 31)),
        # a date cell holding a time too, as a CSV file writes it
        ("30/06/2026 00:00", dt.date(2026, 6, 30)),
        ("30/06/2026 9:30:15 PM", dt.date(2026, 6, 30)),
        ("2026年6月30日 09:00", dt.date(2026, 6, 30)),
        ("", None),
        (None, None),
    ],
)
def test_dates_are_read_day_first(written, expected) -> None:  # noqa: ANN001
    assert dates.date(written) == expected


@pytest.mark.parametrize("written", ["31/02/2026", "13/13/2026", "tomorrow", "2026", True,
                                     100, "1234", "Jun 26", "Jux-26", "Summer 2026", "Monday",
                                     "(expected)", "exported 2026"])
def test_impossible_dates_are_problems(written) -> None:  # noqa: ANN001
    with pytest.raises(v.BadValueError) as raised:
        dates.date(written)
    assert raised.value.code == "bad_date"


@pytest.mark.parametrize("written", [2026, 2026.0, "2026"])
def test_a_year_alone_is_a_problem_never_a_day_in_1905(written) -> None:  # noqa: ANN001
    """A "Graduation Year" column: as an Excel serial number, 2026 is 1905-07-18."""
    with pytest.raises(v.BadValueError, match="2026'? is a year, not a date"):
        dates.date(written)


@pytest.mark.parametrize(
    "written",
    [
        "91234567",
        "9123 4567",
        "9123-4567",
        "+852 9123 4567",
        "+852-9123-4567",
        "(852) 91234567",
        "852 9123 4567",
        "00852 9123 4567",
        91234567,
        91234567.0,
        "91234567.0",  # a number cell saved to a CSV as a float
        "９１２３４５６７",
        "+852 9123 4567 (WhatsApp)",
    ],
)
def test_hong_kong_phones_become_e164(written) -> None:  # noqa: ANN001
    assert v.hk_phone(written) == "+85291234567"


@pytest.mark.parametrize("written", ["1234", "12345678", "999", "0000 0000", "abc", "+1"])
def test_bad_phones_are_problems(written) -> None:  # noqa: ANN001
    with pytest.raises(v.BadValueError):
        v.hk_phone(written)


def test_two_numbers_in_one_cell_are_said_plainly() -> None:
    for written in ("9123 4567 / 6123 4567", "9123 4567 / 1234 5678"):
        with pytest.raises(v.BadValueError) as raised:
            v.hk_phone(written)
        assert "more than one phone number" in raised.value.message


@pytest.mark.parametrize("written", ["9123 4567 (M) 2345 6789 (O)", "2345 6789 / 9123 4567",
                                     "+852 9123 4567, office: 3456 7890"])
def test_a_mobile_beside_a_fixed_line_is_the_mobile(written: str) -> None:
    """A mobile column holding the office's number too: the mobile is the one number there
    that is not a fixed line (those begin with 2 or 3 in Hong Kong)."""
    assert v.hk_phone(written) == "+85291234567"


@pytest.mark.parametrize(("written", "expected"), [
    ("Mr. CHAN Tai Man", "CHAN Tai Man"), ("Ms LEE Ka Yan", "LEE Ka Yan"),
    ("MISS WONG Siu Ming", "WONG Siu Ming"), ("Dr. HO Wing", "HO Wing"), ("Mrs  NG", "NG"),
    ("Drew CHAN", "Drew CHAN"), ("Misty LAU", "Misty LAU"), ("Mr.", "Mr."), ("MS", "MS")])
def test_a_title_before_a_name_is_no_part_of_it(written: str, expected: str) -> None:
    """"Mr. CHAN Tai Man" stored so would print with its title on every letter and not be
    found as CHAN Tai Man by a search or by the next list."""
    assert v.person_name(written) == expected


@pytest.mark.parametrize("written", ["N/A", "n/a", "NA", "nil", "None", "-", "—", "TBC", "不適用",
                                     "沒有"])
def test_nothing_given_is_an_empty_email_phone_or_date(written: str) -> None:
    """What people write for "nothing here" is no value, not a wrong one (a name column keeps
    it: "NA" may be a name)."""
    assert v.hk_phone(written) is None
    assert v.email(written) is None
    assert dates.date(written) is None
    assert v.clean_text(written) == written


def test_residency_as_university_lists_write_it() -> None:
    """A "Local / Non-local" or "Residency Status" column answers the Hong Kong resident
    question; a non-permanent resident is left to the coordinator (it depends on the visa)."""
    assert [v.hk_residency(t) for t in ("Local", "Non-local", "Permanent Resident", "HKPR",
                                        "Mainland", "本地生", "非本地生", "Y", "否", "",
                                        "L", "NL", "Permanent", "Y - Permanent",
                                        "HKPR holder")] == [
        True, False, True, True, False, True, False, True, False, None, True, False, True,
        True, True]
    with pytest.raises(v.BadValueError) as raised:
        v.hk_residency("Non-permanent resident")
    assert "residency" in raised.value.message


@pytest.mark.parametrize("written, expected", [
    ("工程學院 Faculty of Engineering", "Faculty of Engineering"),
    ("Faculty of Science (理學院)", "Faculty of Science"),
    ("Faculty of Engineering（工程學院）", "Faculty of Engineering"),
    ("計算機科學系 / Department of Computer Science", "Department of Computer Science"),
    ("School of Engineering (SENG) 工學院", "School of Engineering (SENG)"),
    ("理學院", "理學院"), ("Faculty of Science", "Faculty of Science"), ("", None)])
def test_a_faculty_written_in_both_languages_is_its_english_name(written: str,
                                                                 expected: str | None) -> None:
    """One faculty, one record: "工程學院 Faculty of Engineering" on one row and "Faculty of
    Engineering" on the next made two faculties."""
    assert v.unit_name(written) == expected


def test_other_countries_numbers_are_kept_in_e164() -> None:
    assert v.hk_phone("+86 139 1234 5678") == "+8613912345678"


@pytest.mark.parametrize(
    "written, expected",
    [
        (1155819166.0, "1155819166"),
        (1155819166, "1155819166"),
        (" 21736052d ", "21736052D"),
        ("２０９０７０６５", "20907065"),
        ("1155819166.0", "1155819166"),  # a number cell saved to a CSV as a float
        ("1155-819-166", "1155819166"),  # grouped for reading
        ("1,155,819,166", "1155819166"),  # a number cell shown with separators, in a CSV
        ("2173-6052d", "21736052D"),
        ("S-1234", "S-1234"),  # a letter first: the dash is part of it
        ("'1155819166", "1155819166"),  # a system's "keep as text" mark, in a CSV
        ("", None),
    ],
)
def test_student_numbers(written, expected) -> None:  # noqa: ANN001
    assert v.student_number(written) == expected


def test_student_number_with_decimals_is_a_problem() -> None:
    with pytest.raises(v.BadValueError):
        v.student_number(1155.5)


@pytest.mark.parametrize("words", ["Endorsed by Dean", "Prepared by General Office", "CUHK",
                                   "The Chinese University of Hong Kong"])
def test_words_in_the_student_number_column_are_no_student_number(words: str) -> None:
    """Spaces taken out, words passed for letters-only numbers: a note under the list
    became a student called nothing, numbered ENDORSEDBYDEAN."""
    with pytest.raises(v.BadValueError) as refused:
        v.student_number(words)
    assert "no digits" in refused.value.message and words in refused.value.message


@pytest.mark.parametrize(
    "written, expected",
    [
        ("MARCO.TANG0@LINK.HKUST.EDU.HK ", "marco.tang0@link.hkust.edu.hk"),
        ("mailto:a@b.hk", "a@b.hk"),
        ("CHAN Tai Man <Tai.Man@Link.CUHK.edu.hk>", "tai.man@link.cuhk.edu.hk"),  # from Outlook
        ("<a@b.hk>", "a@b.hk"),
        ("a@b.hk.", "a@b.hk"),  # the end of a sentence
        ("a@b.hk,", "a@b.hk"),  # pasted from a list
        ('"a@b.hk"', "a@b.hk"),
        ("", None),
        ("anonymous", None),  # a Microsoft Forms respondent not signed in
        ("a@link.cuhk.edu.hk (preferred)", "a@link.cuhk.edu.hk"),  # a remark after it
        ("CHAN <a@b.hk> (main)", "a@b.hk"),
    ],
)
def test_emails_are_trimmed_and_lowered(written, expected) -> None:  # noqa: ANN001
    assert v.email(written) == expected


@pytest.mark.parametrize(("written", "told"), [
    ("chan.taiman@connect", "is not a complete email address"),
    ("no-at-sign.hk", "is not a complete email address"),
    ("a b@c.hk", "is not a complete email address"),
    ("a@b.hk; c@d.hk", "holds more than one email address; keep one in the cell"),
    ("a@b.hk / c@d.hk", "holds more than one email address"),
    ("CHAN <a@b.hk> <c@d.hk>", "holds more than one email address"),
    ("a@gmail.com; b@yahoo.com.hk", "holds more than one email address")])
def test_incomplete_emails_are_problems(written: str, told: str) -> None:
    with pytest.raises(v.BadValueError, match=told):
        v.email(written)


@pytest.mark.parametrize("written", [
    "wing.ho@connect.polyu.hk; wing@gmail.com", "Wing@Gmail.com / wing.ho@connect.polyu.hk",
    "wing.ho@connect.polyu.hk, wing.ho@hotmail.com", "wing.ho@connect.polyu.hk or w@qq.com"])
def test_a_university_address_beside_a_personal_one_is_the_university_one(written: str) -> None:
    """A student giving their Gmail too: the coordinator keeps the university's address,
    which is the one that names the university (and finds the student again)."""
    assert v.email(written) == "wing.ho@connect.polyu.hk"


@pytest.mark.parametrize(
    "written, expected",
    [
        ("Y", True),
        ("yes", True),
        ("是", True),
        ("TRUE", True),
        (1, True),
        (True, True),
        ("N", False),
        ("No", False),
        ("否", False),
        ("false", False),
        (0.0, False),
        ("", None),
        ("Yes, I am", True),
        ("No - graduating in June", False),
        ("是（永久居民）", True),
        ("有，全職", True),
        ("I agree", True),  # a form's consent box
        ("I do not agree", False),
        ("本人同意", True),
        ("√", True), ("×", False),  # a Chinese-language sheet's tick and cross
        ("☑", True), ("☒", False), ("已同意", True),
        ("N/A", None), ("TBC", None), ("-", None),  # no answer, not "N" for no
        ("沒有", False),
        ("Y (HKPR)", True), ("N - Mainland", False), ("y, full-time", True),  # a letter, then why
        ("N.A.", None), ("n/a", None),
    ],
)
def test_yes_no_in_english_and_chinese(written, expected) -> None:  # noqa: ANN001
    assert v.yes_no(written) is expected


@pytest.mark.parametrize(("written", "expected"), [
    ("Y", "employed"), ("No", "unemployed"), ("Unemployed", "unemployed"),
    ("Employed", "employed"), ("Full-time", "employed"), ("Part-time", "employed"),
    ("Self-employed", "employed"), ("Full-time student", "studying"),
    ("Looking for a job.", "unemployed"), ("在職", "employed"), ("待業", "unemployed"),
    ("學生", "studying"), ("N/A", None), ("", None)])
def test_employment_as_an_employment_status_column_says_it(written: str,
                                                            expected: str | None) -> None:
    """PROCRUIT C asks for graduates not employed now: an "Employment Status" column's
    words are read (any paid work is employment; a student is studying)."""
    from careerdesk.core.domain.choices import EmploymentStatus

    assert v.employment(written) == expected
    assert expected is None or expected in set(EmploymentStatus)


@pytest.mark.parametrize("written", ["Intern", "Summer 2026", "X"])
def test_an_employment_status_that_says_neither_is_a_problem(written: str) -> None:
    with pytest.raises(v.BadValueError, match="not an employment status"):
        v.employment(written)


@pytest.mark.parametrize("written, expected", [
    (3, 3), (3.0, 3), ("3", 3), ("Year 3", 3), ("3rd year", 3), ("Y3", 3), ("yr 2", 2),
    ("三年級", 3), ("2年級", 2), ("大三", 3), ("", None), ("Year 3 (2025/26)", 3), ("3/4", 3),
    ("Year 2 of 4", 2), ("Year Three", 3), ("Third year", 3), ("final year", None),
    ("Yr. 3", 3), ("3rd yr.", 3), ("Year 3 / Final Year", 3),
    ("PhD Year 1", 1), ("BEng Year 3", 3), ("MPhil Yr 2", 2), ("Final Year 4", 4)])
def test_years_of_study_as_people_write_them(written, expected) -> None:  # noqa: ANN001
    if expected is None and written:
        with pytest.raises(v.BadValueError) as raised:
            v.year_of_study(written)
        assert raised.value.code == "bad_year" and "year of study" in raised.value.message
    else:
        assert v.year_of_study(written) == expected


@pytest.mark.parametrize("written, expected", [
    (0, 0), (6.0, 6), ("6", 6), ("6 months", 6), ("1 month", 1), ("6個月", 6), ("1 year", 12),
    ("2 yrs", 24), ("半年", 6), ("half a year", 6), ("", None), ("Nil", 0), ("none", 0),
    ("無", 0), ("N/A", None), ("TBC", None)])
def test_months_of_work_as_people_write_them(written, expected) -> None:  # noqa: ANN001
    assert v.months(written) == expected


@pytest.mark.parametrize("written", ["Year 11", "Final year", "year", 0, True])
def test_years_of_study_that_are_not_one(written) -> None:  # noqa: ANN001
    with pytest.raises(v.BadValueError):
        v.year_of_study(written)


@pytest.mark.parametrize(("written", "expected"), [
    ("2025-02-01T09:37:00+08:00", dt.datetime(2025, 2, 1, 1, 37)),
    ("2025-02-01T01:37:00Z", dt.datetime(2025, 2, 1, 1, 37)),
    ("2025-02-01 09:37", dt.datetime(2025, 2, 1, 1, 37)),  # Hong Kong time
    (dt.datetime(2025, 2, 1, 0, 30), dt.datetime(2025, 1, 31, 16, 30)),  # a cell: HK time too
    ("01/02/2025", dt.datetime(2025, 1, 31, 16, 0)),
    ("01/02/2025 09:40", dt.datetime(2025, 2, 1, 1, 40)),  # day first, as forms write it
    ("1/2/2025 9:40:12", dt.datetime(2025, 2, 1, 1, 40, 12)),
    ("1 Feb 2025 9:40 pm", dt.datetime(2025, 2, 1, 13, 40)),
    ("2025年2月1日 12:05 a.m.", dt.datetime(2025, 1, 31, 16, 5))])
def test_times_are_stored_in_utc_and_read_as_hong_kong_time(written, expected) -> None:  # noqa: ANN001
    assert dates.timestamp(written) == expected
    assert shown(expected) == expected + dt.timedelta(hours=8)


@pytest.mark.parametrize("written", ["01/02/2025 25:00", "01/02/2025 13:00 pm",
                                     "31/02/2025 09:00", "soon 09:00"])
def test_impossible_times_are_problems(written: str) -> None:
    with pytest.raises(v.BadValueError):
        dates.timestamp(written)


@pytest.mark.parametrize("written", ["Nah", "Nope", "Yesterday", "not sure", "無業", "是的", "X",
                                     "N A", "Y N"])
def test_answers_that_only_start_like_yes_or_no_are_problems(written: str) -> None:
    with pytest.raises(v.BadValueError):
        v.yes_no(written)


@pytest.mark.parametrize("written", ["NA", "None", "null", "N/A", "nan", "TRUE"])
def test_words_that_look_like_missing_values_stay_text(written: str) -> None:
    assert v.clean_text(written) == written


def test_text_is_folded_and_spaces_tidied() -> None:
    assert v.clean_text("  CHAN\u00a0 Tai\u3000Man ") == "CHAN Tai Man"
    assert v.clean_text("ＣＨＡＮ") == "CHAN"
    assert v.clean_text("'=SUM(A1)") == "=SUM(A1)"  # our own exports' guard, taken off again


@pytest.mark.parametrize(
    "written, expected",
    [
        ("Higher Diploma", "sub_degree"),
        ("Associate Degree in Engineering", "sub_degree"),
        ("Bachelor's Degree", "bachelor"),
        ("BEng in Computer Science", "bachelor"),
        ("MSc in Information Engineering", "master"),
        ("PhD", "doctorate"),
        ("碩士", "master"),
        ("高級文憑", "sub_degree"),
        ("UG", "bachelor"),
        ("TPg", "master"),
        ("Taught Postgraduate", "master"),
        ("EdD", "doctorate"), ("DBA", "doctorate"), ("EngD", "doctorate"),
    ],
)
def test_award_levels(written: str, expected: str) -> None:
    assert v.award_level(written) == expected


@pytest.mark.parametrize(
    "header, field",
    [
        ("Student No.", Field.STUDENT_NO),
        ("UID", Field.STUDENT_NO),
        ("學號", Field.STUDENT_NO),
        ("學生編號", Field.STUDENT_NO),
        ("學號 Student No.", Field.STUDENT_NO),
        ("Name (Chinese)", Field.NAME_ZH),
        ("Name (Chi)", Field.NAME_ZH),
        ("Chi Name", Field.NAME_ZH),
        ("Name (Eng)", Field.NAME_EN),
        ("Are you a Hong Kong permanent resident?", Field.HK_RESIDENT),
        ("Are you currently employed?", Field.EMPLOYED),
        ("你是否香港永久居民？", Field.HK_RESIDENT),
        ("現時是否在職", Field.EMPLOYED),
        # an online form's questions and requests name what they ask for
        ("Which university are you studying at?", Field.UNIVERSITY),
        ("What is your student ID?", Field.STUDENT_NO),
        ("What is your mobile phone number (for WhatsApp)?", Field.PHONE),
        ("What year of study are you in?", Field.YEAR_OF_STUDY),
        ("Which programme are you studying?", Field.PROGRAMME),
        ("Which programme are you applying for?", Field.COHORT),
        ("Which programme would you like to be nominated for?", Field.COHORT),
        ("Which track would you like to apply for?", Field.TRACK),
        ("When do you expect to graduate?", Field.GRADUATION),
        ("Please enter your email", Field.EMAIL),
        ("Your full name (English)", Field.NAME_EN),
        ("你的學號", Field.STUDENT_NO),
        ("請填寫您的電郵", Field.EMAIL),
        ("就讀大學", Field.UNIVERSITY),
        ("What is the name of your supervisor?", None),
        ("Which company would you like to join?", None),
        ("1. Full name", Field.NAME_EN),
        ("Q2. Student ID", Field.STUDENT_NO),
        ("3) Mobile", Field.PHONE),
        ("一、學號", Field.STUDENT_NO),
        ("Email *", Field.EMAIL),
        ("Order #", Field.REGISTRATION_REF),
        ("Order Date", Field.REGISTERED_AT),
        ("Attendee Status", Field.CHECKED_IN),
        ("Ticket Type", Field.TICKET_TYPE),
        ("Mobile phone number", Field.PHONE),
        ("I agree that my personal data may be shared with employers", Field.CONSENT),
        ("本人同意提供個人資料予計劃及僱主", Field.CONSENT),
        ("I am a current student", None),
        ("票種", Field.TICKET_TYPE),
        ("學院排名\nFaculty Ranking", Field.RANK),
        ("Local / Non-local", Field.HK_RESIDENT),
        ("Major / Programme", Field.PROGRAMME),
        ("Programme Track", Field.TRACK),
        ("Programme (HKSTP)", Field.COHORT),
        ("Nominated Programme", Field.COHORT),
        ("Residency Status", Field.HK_RESIDENT),
        ("英文姓名（與香港身份證相同）\nName in English (as shown on HKID Card)", Field.NAME_EN),
        ("Eng Name", Field.NAME_EN),
        ("中文姓名", Field.NAME_ZH),
        ("E-mail Address", Field.EMAIL),
        ("電郵", Field.EMAIL),
        ("Mobile", Field.PHONE),
        ("Contact No.", Field.PHONE),
        ("手提電話", Field.PHONE),
        ("Graduation Date", Field.GRADUATION),
        ("畢業日期", Field.GRADUATION),
        ("University", Field.UNIVERSITY),
        ("Institution", Field.UNIVERSITY),
        ("大學", Field.UNIVERSITY),
        ("HK Permanent Resident (Y/N)", Field.HK_RESIDENT),
        ("  STUDENT   NUMBER ", Field.STUDENT_NO),
        ("Surname", Field.SURNAME),
        ("Given Name", Field.GIVEN_NAME),
        ("Favourite colour", None),
        # a student system's export: column names, not headings
        ("STUDENT_ID", Field.STUDENT_NO),
        ("STU_NO", Field.STUDENT_NO),
        ("StudentID", Field.STUDENT_NO),
        ("ENG_NAME", Field.NAME_EN),
        ("STUDENT_NAME_CHI", Field.NAME_ZH),
        ("EMAIL_ADDR", Field.EMAIL),
        ("emailAddress", Field.EMAIL),
        ("MOBILE_NO", Field.PHONE),
        ("WhatsApp", Field.PHONE),
        ("GRAD_DATE", Field.GRADUATION),
        ("Exp. Grad. Date", Field.GRADUATION),
        ("Yr of Study", Field.YEAR_OF_STUDY),
        ("Stud. ID", Field.STUDENT_NO),
        ("Student No.\u00b9", Field.STUDENT_NO),
        ("#", Field.ROW_NUMBER),
        ("S/N", Field.ROW_NUMBER),
        ("HKID Name", Field.NAME_EN),
        ("Degree Programme", Field.PROGRAMME),
        ("Resident Status", Field.HK_RESIDENT),
        ("Full-time work experience (months)", Field.FULL_TIME_MONTHS),
        ("PICS consent", Field.CONSENT),
        ("HEI", Field.UNIVERSITY),
        ("Nominee Ranking", Field.RANK),
        ("LinkedIn", None),
        ("Endorsed (Y/N)", Field.ENDORSED),
        ("Recommended by Department", Field.ENDORSED),
        ("學院推薦", Field.ENDORSED),
        ("Nominated", Field.ENDORSED),
        ("提名計劃", Field.COHORT),
        ("学号", Field.STUDENT_NO),  # Simplified Chinese
        ("电邮", Field.EMAIL),
        ("手机号码", Field.PHONE),
        ("预计毕业日期", Field.GRADUATION),
        ("Chi", None),
        ("Matric No.", Field.STUDENT_NO), ("Student Code", Field.STUDENT_NO),
        ("Recipient Email", Field.EMAIL),  # a survey's mailing list (Qualtrics)
        ("Attendee Name", Field.NAME_EN), ("參加者姓名", Field.NAME_EN),
        ("Check-in Time", Field.CHECKED_IN_AT), ("簽到時間", Field.CHECKED_IN_AT),
        # an online meeting's report: Zoom, Teams, Google Meet
        ("Join Time", Field.JOINED_AT), ("First Join", Field.JOINED_AT),
        ("Time joined", Field.JOINED_AT), ("加入時間", Field.JOINED_AT), ("Joined", None),
        ("User Email", Field.EMAIL), ("Attendee Email", Field.EMAIL),
        ("Meeting Role", Field.MEETING_ROLE), ("Role", None),
        ("Preferred Track", Field.TRACK), ("Track Preference", Field.TRACK),
        ("Nomination Status", Field.ENDORSED), ("提名狀態", Field.ENDORSED),
        ("Application Status", Field.ENDORSED), ("Shortlisting Result", Field.ENDORSED),
        ("申請結果", Field.ENDORSED), ("Academic Result", None),
        ("Shortlisted (Y/N)", Field.SHORTLISTED), ("入圍", Field.SHORTLISTED),
        ("Interviewed", Field.INTERVIEWED), ("Interview Date", None),
        ("Offer (Y/N)", Field.OFFERED), ("Offer Date", None), ("Offered Position", Field.POSITION),
        ("Company", Field.ORGANISATION), ("Start Date", Field.PLACEMENT_START),
        ("Monthly Salary (HKD)", Field.MONTHLY_SALARY), ("Organisation", None),
        ("Offer Accepted?", Field.OFFER_ACCEPTED), ("是否接受取錄", Field.OFFER_ACCEPTED),
        ("Consent Date", Field.CONSENT_DATE), ("同意日期", Field.CONSENT_DATE),
        ("Timestamp", Field.ANSWERED_AT), ("Completion time", Field.ANSWERED_AT),
        # a form's questions, and a bracket naming the language in the other language
        ("姓名（中文）", Field.NAME_ZH), ("姓名 (英文)", Field.NAME_EN),
        ("Name (中文)", Field.NAME_ZH), ("Name (英文)", Field.NAME_EN),
        ("How many months of full-time work experience do you have?", Field.FULL_TIME_MONTHS),
        ("Are you currently employed full-time?", Field.EMPLOYED),
        # a registration form's "how will you come": not that they came
        ("Mode of attendance", Field.TICKET_TYPE), ("參加形式", Field.TICKET_TYPE),
        ("How will you attend: on-site or online?", Field.TICKET_TYPE),
        ("Which areas are you interested in?", Field.INTERESTS),
        ("Expected Date of Graduation", Field.GRADUATION), ("Date of Birth", None),
        ("Emergency Contact Number", None), ("Year of Admission", None),
        ("Contact Email", Field.EMAIL), ("聯絡電郵", Field.EMAIL),
        ("同意分享個人資料", Field.CONSENT), ("是否同意分享個人資料？", Field.CONSENT),
        ("Consent to share personal data (Y/N)", Field.CONSENT),
        ("你是否全職工作？", Field.EMPLOYED), ("本地 / 非本地", Field.HK_RESIDENT),
        ("Status", None),  # (a student's status, or a nomination's? its values tell: layout)
        # an identity card number is no student number: it is its own field, read only where
        # the office collects them; "ID No." says neither, a passport number is not read
        ("HKID No.", Field.HKID), ("ID No.", None), ("身份證號碼", Field.HKID),
        ("Hong Kong Identity Card No.", Field.HKID), ("Passport No.", None),
        ("Name on HKID", Field.NAME_EN),
    ],
)
def test_headers_map_to_fields(header: str, field: Field | None) -> None:
    assert field_for_header(header) is field


# -- properties ------------------------------------------------------------------------------------
@given(
    st.from_regex(r"[2345679][0-9]{7}", fullmatch=True),
    st.sampled_from(
        [
            "{}",
            "{0}{1}{2}{3} {4}{5}{6}{7}",
            "+852 {}",
            "+852-{0}{1}{2}{3}-{4}{5}{6}{7}",
            "(852) {}",
            "852{}",
            "00852 {}",
        ]
    ),
)
def test_any_writing_of_a_hk_number_gives_the_same_e164(digits: str, shape: str) -> None:
    written = shape.format(*digits) if "{0}" in shape else shape.format(digits)
    if len(set(digits)) == 1:
        return  # 22222222 and the like are refused as placeholders
    assert v.hk_phone(written) == "+852" + digits


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_every_date_survives_each_written_form(day: dt.date) -> None:
    for written in (
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day}/{day.month}/{day.year}",
        day.strftime("%d-%b-%Y"),
        f"{day.year}年{day.month}月{day.day}日",
        day.isoformat(),
        (day - dates.EXCEL_EPOCH).days,
    ):
        assert dates.date(written) == day, written


@given(st.text(min_size=1, max_size=40))
def test_clean_text_is_idempotent_and_never_grows_whitespace(text: str) -> None:
    cleaned = v.clean_text(text)
    if cleaned is None:
        return
    assert v.clean_text(cleaned) == cleaned
    assert "  " not in cleaned and cleaned == cleaned.strip()


@given(
    st.text(
        alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Lo")), min_size=1, max_size=12
    )
)
def test_names_keep_their_letters(name: str) -> None:
    cleaned = v.clean_text(name)
    assert cleaned is not None
    import unicodedata

    assert cleaned == unicodedata.normalize("NFKC", name).strip()


# -- whole columns at once: the same answer as cell by cell ---------------------------------------
_CELL_TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "  ", "'=1", "ＣＨＡＮ", "陳大文", "e\u0301", "\u0301", "a\u00a0b",
                     "Amy@HKU.hk", "amy@hku.hk", "mailto:a@b.hk", "CHAN <a@b.hk>", "'a@b.hk'",
                     "a@b.hk.", "a@b", "a.b@c.d.hk", "\"x@y.hk", "x@y.hk,", "tm@link.cuhk.edu.hk",
                     "İ@x.hk", "a@b.h1"]))


def _each(normalise, values: list) -> list | None:  # noqa: ANN001
    try:
        return [normalise(value) for value in values]
    except v.BadValueError:
        return None


@given(st.lists(_CELL_TEXT, max_size=6))
def test_a_column_called_tidy_is_one_that_clean_text_leaves_as_it_is(values: list[str]) -> None:
    if v.tidy_texts(values):
        assert _each(v.clean_text, values) == [value or None for value in values]


@given(st.lists(st.one_of(_CELL_TEXT, st.sampled_from(["陳?", "李\ufffd", "?", "Mr CHAN",
                                                     "ms. lee", "Mr.", "Drew", "MISS  X"])),
                max_size=6))
def test_a_column_of_tidy_names_is_one_that_person_name_leaves_as_it_is(values: list[str]) -> None:
    if v.tidy_names(values):
        assert _each(v.person_name, values) == [value or None for value in values]


@given(st.lists(st.one_of(_CELL_TEXT, st.sampled_from(["陳 大 文", "李　小明", "陳大文 Peter",
                                                     "黃 Ka Yan", "𠝹 大", "陳?"])), max_size=6))
def test_a_column_of_tidy_chinese_names_is_one_chinese_name_leaves_as_it_is(
        values: list[str]) -> None:
    if v.tidy_chinese_names(values):
        assert _each(v.chinese_name, values) == [value or None for value in values]


@pytest.mark.parametrize(("written", "expected"), [
    ("陳 大 文", "陳大文"), ("李　小明", "李小明"), (" 黃  嘉欣 ", "黃嘉欣"), ("𠝹 大文", "𠝹大文"),
    ("陳大文 Peter", "陳大文 Peter"), ("歐陽 Ka Yan", "歐陽 Ka Yan"), ("陳大文", "陳大文")])
def test_a_chinese_name_spaced_out_is_written_together(written: str, expected: str) -> None:
    """Forms and some sheets space a Chinese name out (李　小明, with a full-width space):
    stored so, a search for 李小明 and the duplicate check would miss it."""
    assert v.chinese_name(written) == expected


@pytest.mark.parametrize(("normalise", "written"), [
    (v.student_number, "1.155E+09"), (v.student_number, "3.03501E+09"),
    (v.hk_phone, "9.12346E+07"), (v.hk_phone, "9.1E+7")])
def test_a_number_excel_shortened_says_so(normalise, written: str) -> None:  # noqa: ANN001
    """A CSV file saved from a "General" column too narrow for its numbers: the digits are
    gone, and the coordinator must be told where to find them again, not "letters and
    digits only"."""
    with pytest.raises(v.BadValueError, match="Excel shortened"):
        normalise(written)


@pytest.mark.parametrize(("written", "mark"), [("陳?", "?"), ("Jos? WONG", "?"),
                                               ("李\ufffd", "\ufffd"), ("?", "?")])
def test_a_name_with_a_character_lost_in_saving_is_a_problem(written: str, mark: str) -> None:
    """Excel saving a CSV file in Big5 writes "?" for 堃, and a file read in the wrong
    encoding has "\ufffd": either would print on every report."""
    with pytest.raises(v.BadValueError, match=f"shows as '{re.escape(mark)}'"):
        v.person_name(written)
    assert v.person_name(" 陳堃 ") == "陳堃"
    assert not v.tidy_names(["CHAN Tai Man", written])


@given(st.lists(_CELL_TEXT, max_size=6))
def test_a_column_of_tidy_addresses_is_one_that_email_leaves_as_it_is(values: list[str]) -> None:
    if v.tidy_emails(values):
        assert _each(v.email, values) == [value or None for value in values]


def test_whole_column_tests_take_the_usual_columns_and_refuse_the_rest() -> None:
    assert v.tidy_texts(["CHAN Tai Man", "", "陳大文", "O'Brien"])
    assert not v.tidy_texts(["CHAN  Tai Man"]) and not v.tidy_texts([" CHAN"])
    assert not v.tidy_texts(["ＣＨＡＮ"]) and not v.tidy_texts(["'=SUM(A1)"])
    assert not v.tidy_texts(["CHAN", 1155000001.0])
    assert v.tidy_emails(["tm@link.cuhk.edu.hk", "", "a.b-c@connect.ust.hk"])
    for untidy in ("TM@link.cuhk.edu.hk", "mailto:tm@x.hk", "CHAN <tm@x.hk>", "tm@x.hk.",
                   "'tm@x.hk'", "tm@x", "tm"):
        assert not v.tidy_emails(["a@b.hk", untidy]), untidy


def test_a_column_is_month_first_only_when_a_date_in_it_can_be_read_no_other_way() -> None:
    assert dates.written_order(["12/31/2026", "6/7/2026", None, 46203]) == "month first"
    assert dates.written_order(["06-13-2026 10:00 PM"]) == "month first"
    assert dates.written_order(["6/7/2026", "1/2/2026"]) != "month first"  # HK's way, as ever
    assert dates.written_order(["30/06/2026", "12/31/2026"]) != "month first"  # both: as ever
    assert dates.written_order(["2026-12-31", "31 Dec 2026"]) != "month first"
    assert dates.date("6/7/2026", month_first=True) == dt.date(2026, 6, 7)
    with pytest.raises(v.BadValueError):
        dates.date("31/12/2026", month_first=True)
    assert dates.timestamp("6/13/2026 10:00 PM", month_first=True) == dt.datetime(2026, 6, 13, 14)


@pytest.mark.parametrize(("written", "expected"), [
    ("HK$18,000", "18000.00"), ("18000", "18000.00"), (18000, "18000.00"),
    ("$18,000 / month", "18000.00"), ("18k", "18000.00"), ("港幣18,000元", "18000.00"),
    ("18,000.50", "18000.50"), ("N/A", None), ("", None)])
def test_monthly_salaries_as_people_write_them(written, expected) -> None:  # noqa: ANN001
    from decimal import Decimal

    assert v.monthly_salary(written) == (None if expected is None else Decimal(expected))


@pytest.mark.parametrize("written", ["about 18k", "-5", "18000 per year", 12_000_000])
def test_a_salary_that_is_not_one_is_a_problem(written) -> None:  # noqa: ANN001
    with pytest.raises(v.BadValueError, match="not a monthly salary"):
        v.monthly_salary(written)


@pytest.mark.parametrize(("normalise", "written", "expected"), [
    (v.yes_no, "I agree to the terms", True), (v.yes_no, "I do not consent", False),
    (v.yes_no, "I don't agree", False), (v.yes_no, "本人不同意", False),
    (v.hk_residency, "Non-local (Mainland)", False), (v.hk_residency, "Local (HKID)", True),
    (v.employment, "Unemployed since June", "unemployed"),
    (v.employment, "Employed at HSBC", "employed"),
    (v.employment, "Full time student since 2024", "studying"),
    (v.months, "3 months (part-time)", 3)])
def test_answers_with_more_said_after_them(normalise, written: str, expected) -> None:  # noqa: ANN001
    """A form's statement for a consent box, and an answer with a remark after it: read as
    the answer it starts with."""
    assert normalise(written) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("10:02", dt.time(10, 2)), ("10:02 AM", dt.time(10, 2)), ("2:30 p.m.", dt.time(14, 30)),
    ("14:30:05", dt.time(14, 30, 5)), (dt.time(9, 15), dt.time(9, 15)),
    (0.5, dt.time(12, 0)), ("15/02/2025 10:02", dt.datetime(2025, 2, 15, 2, 2)),
    ("--", None)])
def test_a_check_in_is_a_date_and_time_or_a_time_of_day_alone(written: object,
                                                              expected: object) -> None:
    assert dates.check_in_time(written) == expected


@pytest.mark.parametrize("written", ["13:00 PM", "25:00", "10:75"])
def test_a_time_of_day_that_is_none_is_a_problem(written: str) -> None:
    with pytest.raises(v.BadValueError):
        dates.check_in_time(written)
