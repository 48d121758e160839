"""An online career day's attendance, as the meeting services export it: Zoom's webinar
attendee report (a CSV with a summary, the hosts and the panelists above the attendees, one
row per join) and Teams' attendance report (UTF-16, tab separated, a summary, the
participants, then each one's every join in a second table)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.test_cli import assert_plain_failure, careerdesk
from tests.cli.test_import_cli import run_import

ZOOM_REPORT = """Attendee Report,
Report Generated:,"03/09/2025 10:12 AM"
Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Registered,Unique Viewers
AI in Action Career Day 2025 (Virtual Hall),987 6543 2100,"03/08/2025 09:58 AM",245,5,3
Host Details,
Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes)
Yes,HKSTP Events,events@hkstp.org,"03/08/2025 09:58 AM","03/08/2025 02:03 PM",245
Panelist Details,
Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes)
Yes,Dr Lee (SenseTime),lee@sensetime.com,"03/08/2025 10:00 AM","03/08/2025 11:00 AM",60
Attendee Details,
Attended,User Name (Original Name),First Name,Last Name,Email,Registration Time,Approval Status,\
Join Time,Leave Time,Time in Session (minutes),University,Student Number
Yes,Tai Man,Tai Man,CHAN,tm.chan@link.cuhk.edu.hk,"02/01/2025 09:37:12 AM",approved,\
"03/08/2025 10:02 AM","03/08/2025 11:40 AM",98,The Chinese University of Hong Kong,1155700001
Yes,Tai Man,Tai Man,CHAN,tm.chan@link.cuhk.edu.hk,"02/01/2025 09:37:12 AM",approved,\
"03/08/2025 01:05 PM","03/08/2025 01:50 PM",45,The Chinese University of Hong Kong,1155700001
Yes,Kelvin,Siu Ming,WONG,sm.wong@link.cuhk.edu.hk,"02/13/2025 02:11:45 PM",approved,\
"03/08/2025 10:15 AM","03/08/2025 12:00 PM",105,CUHK,1155700002
No,Ka Yan,Ka Yan,LEE,ky.lee@link.cuhk.edu.hk,"02/05/2025 11:20:03 AM",approved,--,--,--,\
香港中文大學,1155700003
"""

TEAMS_REPORT = """1. Summary
Meeting title\tTalent Foundry CV workshop – online
Attended participants\t3
Start time\t20/02/2025, 18:58:12
End time\t20/02/2025, 21:03:40

2. Participants
Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole
HKSTP Events\t20/02/2025, 18:58:12\t20/02/2025, 21:03:40\t2h 5m\
\tevents@hkstp.org\tevents@hkstp.org\tOrganizer
CHAN Tai Man\t20/02/2025, 19:02:11\t20/02/2025, 20:50:02\t1h 23m\
\ttm.chan@link.cuhk.edu.hk\ttm.chan@link.cuhk.edu.hk\tAttendee
WONG Siu Ming\t20/02/2025, 19:15:40\t20/02/2025, 20:00:00\t44m\
\tsm.wong@link.cuhk.edu.hk\tsm.wong@link.cuhk.edu.hk\tAttendee

3. In-Meeting Activities
Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole
HKSTP Events\t20/02/2025, 18:58:12\t20/02/2025, 21:03:40\t2h 5m\tevents@hkstp.org\tOrganizer
CHAN Tai Man\t20/02/2025, 19:02:11\t20/02/2025, 19:40:00\t37m\ttm.chan@link.cuhk.edu.hk\tAttendee
CHAN Tai Man\t20/02/2025, 20:05:00\t20/02/2025, 20:50:02\t45m\ttm.chan@link.cuhk.edu.hk\tAttendee
WONG Siu Ming\t20/02/2025, 19:15:40\t20/02/2025, 20:00:00\t44m\tsm.wong@link.cuhk.edu.hk\tAttendee
"""


def attendance(db: str, event: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT s.student_no, s.name_en, a.status FROM attendance a JOIN student s ON "
            "s.id = a.student_id JOIN event e ON e.id = a.event_id WHERE e.code = ? AND "
            "s.student_no LIKE '1155700%' ORDER BY s.student_no", (event,)).fetchall()


def issues(report: dict) -> list[tuple]:
    return [(i["row"], i["code"]) for i in report["issues"] if i["code"] != "column_ignored"]


def test_a_zoom_webinar_report_is_the_attendance_of_the_event_its_topic_names(
        db: str, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "91234567890 - Attendee Report.csv"
    path.write_text(ZOOM_REPORT, encoding="utf-8")
    report = run_import(db, home, str(path))
    # the attendees' headings, under the summary, the host's and the panelists'
    assert report["header_row"] == 12
    # one student joined twice: counted once, not rejected
    assert (report["rows"], report["created"], report["rejected"]) == (3, 3, 0)
    assert issues(report) == [(None, "event_named"), (None, "dates_month_first"),
                              (None, "dates_month_first"), (14, "joined_again")]
    assert "AIA-2025" in report["issues"][0]["message"]
    assert "AI in Action Career Day 2025 (Virtual Hall)" in report["issues"][0]["message"]
    # "Attended: Yes" with a join time is attending online; "No" did not come
    assert attendance(db, "AIA-2025") == [("1155700001", "CHAN Tai Man", "virtual"),
                                          ("1155700002", "WONG Siu Ming", "virtual"),
                                          ("1155700003", "LEE Ka Yan", "no_show")]
    with sqlite3.connect(db) as connection:  # read month first, as Zoom writes them
        assert connection.execute(
            "SELECT a.registered_at FROM attendance a JOIN student s ON s.id = a.student_id "
            "WHERE s.student_no = '1155700002'").fetchone() == ("2025-02-13 06:11:45.000000",)


def test_a_teams_attendance_report_finds_its_students_by_email_and_leaves_its_organiser_out(
        db: str, home: Path, tmp_path: Path) -> None:
    listed = tmp_path / "students.csv"
    listed.write_text("Student No.,Name,Email\n1155700001,CHAN Tai Man,tm.chan@link.cuhk.edu.hk\n"
                      "1155700002,WONG Siu Ming,sm.wong@link.cuhk.edu.hk\n", encoding="utf-8")
    run_import(db, home, str(listed), "--university", "CUHK")
    path = tmp_path / "meetingAttendanceReport.csv"
    path.write_bytes(TEAMS_REPORT.replace("\n", "\r\n").encode("utf-16"))
    report = run_import(db, home, str(path))
    assert (report["rows"], report["unchanged"], report["rejected"]) == (2, 2, 0)
    assert issues(report) == [(None, "event_named"), (None, "university_from_emails"),
                              (9, "not_a_student_row"), (10, "student_found_by_email"),
                              (11, "student_found_by_email"), (13, "another_table")]
    by_code = {i["code"]: i["message"] for i in report["issues"]}
    assert "TF-WS-2025" in by_code["event_named"]
    assert by_code["not_a_student_row"] == ("HKSTP Events is the meeting's Organizer, not a "
                                            "student; the row was not imported.")
    assert by_code["another_table"].startswith(
        "The 6 rows from row 13 on are another table ('3. In-Meeting Activities')")
    assert attendance(db, "TF-WS-2025") == [("1155700001", "CHAN Tai Man", "virtual"),
                                            ("1155700002", "WONG Siu Ming", "virtual")]


def test_an_online_report_naming_no_event_is_for_the_one_held_on_the_day_they_joined(
        db: str, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "participants_98765432100.csv"
    path.write_text(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Student ID\n"
        "CHAN Tai Man,tm.chan@link.cuhk.edu.hk,14/03/2026 10:02,14/03/2026 11:40,98,1155700001\n"
        "LEE Ka Yan,ky.lee@link.cuhk.edu.hk,,,,1155700003\n", encoding="utf-8")
    report = run_import(db, home, str(path), "--university", "CUHK")
    assert "MICRO-2026" in report["issues"][0]["message"]
    assert attendance(db, "MICRO-2026") == [("1155700001", "CHAN Tai Man", "virtual"),
                                            ("1155700003", "LEE Ka Yan", "no_show")]
    path.write_text(path.read_text(encoding="utf-8").replace("14/03/2026", "15/03/2026"),
                    encoding="utf-8")
    assert "which event" in assert_plain_failure(
        careerdesk("--db", db, "import", str(path), "--university", "CUHK", home=home))


def test_a_sign_in_sheet_says_who_came_with_a_yes(db: str, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "sign-in.csv"
    path.write_text("Student No.,Name,Attended (Y/N)\n1155700001,CHAN Tai Man,Y\n"
                    "1155700002,WONG Siu Ming,N\n1155700003,LEE Ka Yan,\n", encoding="utf-8")
    report = run_import(db, home, str(path), "--university", "CUHK", "--event", "AIA-2025")
    assert (report["created"], report["rejected"], report["issues"]) == (3, 0, [])
    assert attendance(db, "AIA-2025") == [("1155700001", "CHAN Tai Man", "on_site"),
                                          ("1155700002", "WONG Siu Ming", "no_show"),
                                          ("1155700003", "LEE Ka Yan", "registered")]


def test_the_event_is_the_one_the_files_name_names_in_full(db: str, home: Path,
                                                           tmp_path: Path) -> None:
    """"AI in Action Career Day 2025 - Attendees.csv": the event of that name, though the
    check-ins' day (a day early) names none. A name without its year names no one event."""
    rows = ("Student No.,Name,Check-in Time\n1155700001,CHAN Tai Man,07/03/2025 10:02\n"
            "1155700002,WONG Siu Ming,\n")
    path = tmp_path / "AI in Action Career Day 2025 - Attendees.csv"
    path.write_text(rows, encoding="utf-8")
    report = run_import(db, home, str(path), "--university", "CUHK")
    assert report["issues"][0]["code"] == "event_named"
    assert attendance(db, "AIA-2025") == [("1155700001", "CHAN Tai Man", "on_site"),
                                          ("1155700002", "WONG Siu Ming", "no_show")]
    unnamed = tmp_path / "Career Day - Attendees.csv"
    unnamed.write_text(rows, encoding="utf-8")
    assert "which event" in assert_plain_failure(
        careerdesk("--db", db, "import", str(unnamed), "--university", "CUHK", home=home))


def test_a_registration_report_naming_its_event_is_its_registrations(
        db: str, home: Path, tmp_path: Path) -> None:
    """Zoom's registration report: registration times only (no attendance yet), under a
    topic naming the event: everyone registered for it. Without the event named, the same
    columns are a plain list of students."""
    report = ("Registration Report\nTopic,Webinar ID\n"
              "AI in Action Career Day 2025 (Virtual Hall),987 6543 2100\n\n"
              "First Name,Last Name,Email,Registration Time,Approval Status,Student Number\n"
              "Tai Man,CHAN,tm.chan@link.cuhk.edu.hk,02/13/2025 02:11:45 PM,approved,1155700001\n")
    path = tmp_path / "registrations.csv"
    path.write_text(report, encoding="utf-8")
    result = run_import(db, home, str(path), "--university", "CUHK")
    assert result["issues"][0]["code"] == "event_named"
    assert attendance(db, "AIA-2025") == [("1155700001", "CHAN Tai Man", "registered")]
    plain = tmp_path / "plain.csv"
    plain.write_text(report.split("\n\n", 1)[1].replace("1155700001", "1155700002"),
                     encoding="utf-8")
    result = run_import(db, home, str(plain), "--university", "CUHK")
    assert (result["created"], result["attendances"]) == (1, 0)


def test_a_cancelled_registration_is_none(db: str, home: Path, tmp_path: Path) -> None:
    """Eventbrite's "Not Attending" (an order cancelled or refunded): no registration is
    recorded, neither registered nor a no-show; one recorded before is left, and said."""
    path = tmp_path / "attendees.csv"
    path.write_text("Order #,First Name,Last Name,Email,Attendee Status,Student ID\n"
                    "1001,Tai Man,CHAN,tm.chan@link.cuhk.edu.hk,Checked In,1155700001\n"
                    "1002,Siu Ming,WONG,sm.wong@link.cuhk.edu.hk,Not Attending,1155700002\n",
                    encoding="utf-8")
    report = run_import(db, home, str(path), "--university", "CUHK", "--event", "AIA-2025")
    assert (report["created"], report["attendances"], report["rejected"]) == (2, 1, 0)
    assert issues(report) == [(3, "registration_cancelled")]
    assert report["issues"][0]["message"] == (
        "The list says the registration was cancelled ('Not Attending'), so none was "
        "recorded.")
    assert attendance(db, "AIA-2025") == [("1155700001", "CHAN Tai Man", "on_site")]
    path.write_text(path.read_text(encoding="utf-8").replace("Checked In", "Cancelled"),
                    encoding="utf-8")
    report = run_import(db, home, str(path), "--university", "CUHK", "--event", "AIA-2025")
    assert "recorded before was left as it is" in report["issues"][0]["message"]
    assert attendance(db, "AIA-2025") == [("1155700001", "CHAN Tai Man", "on_site")]


def test_join_dates_that_read_either_way_find_the_event_held_on_one_of_the_days(
        db: str, home: Path, tmp_path: Path) -> None:
    """Teams on an American-set computer writes 8 March 2025 as "3/8/25": read day first
    it is 3 August, when no event was held; the event held on 8 March is the one."""
    path = tmp_path / "meetingAttendanceReport.csv"
    path.write_text("Name,First Join,Email,Student ID\n"
                    "CHAN Tai Man,\"3/8/25, 10:02:11 AM\",tm.chan@link.cuhk.edu.hk,1155700001\n",
                    encoding="utf-8")
    report = run_import(db, home, str(path), "--university", "CUHK")
    assert report["issues"][0]["code"] == "event_inferred"
    assert attendance(db, "AIA-2025") == [("1155700001", "CHAN Tai Man", "virtual")]


def test_a_later_list_saying_less_never_undoes_that_a_student_came(
        db: str, home: Path, tmp_path: Path) -> None:
    """A hybrid career day: the venue's check-ins first, then the online hall's Zoom
    report, where those who came on site never joined ("No"), then the registration list
    exported again (everyone "Attending"). Who came on site stays so; a student who
    joined online is recorded so."""
    venue = tmp_path / "venue check-ins.csv"
    venue.write_text("Student No.,Name,Check-in Time\n1155700001,CHAN Tai Man,08/03/2025 10:02\n"
                     "1155700002,WONG Siu Ming,\n", encoding="utf-8")
    run_import(db, home, str(venue), "--university", "CUHK", "--event", "AIA-2025")
    online = tmp_path / "online.csv"
    online.write_text("Attended,Student No.,Name,Join Time\nNo,1155700001,CHAN Tai Man,--\n"
                      "Yes,1155700002,WONG Siu Ming,08/03/2025 11:15\n", encoding="utf-8")
    report = run_import(db, home, str(online), "--university", "CUHK", "--event", "AIA-2025")
    assert issues(report) == [(2, "attendance_kept")]
    assert report["issues"][0]["message"] == (
        "The list says the student did not come, but CareerDesk has them attending the event "
        "(on site), from an earlier list; that was kept.")
    registrations = tmp_path / "registrations.csv"
    registrations.write_text("Registration ID,Student No.,Name,Attendance\n"
                             "AIA-1,1155700001,CHAN Tai Man,Registered\n"
                             "AIA-2,1155700002,WONG Siu Ming,Registered\n", encoding="utf-8")
    report = run_import(db, home, str(registrations), "--university", "CUHK", "--event",
                        "AIA-2025")
    assert issues(report) == []
    assert attendance(db, "AIA-2025") == [("1155700001", "CHAN Tai Man", "on_site"),
                                          ("1155700002", "WONG Siu Ming", "virtual")]
