"""Who came to an event: attendances, check-ins and tickets
(``careerdesk.io.event_words``)."""

from __future__ import annotations

import pytest

from careerdesk.io import event_words as ev
from careerdesk.io.values import BadValueError


@pytest.mark.parametrize("written, expected", [
    ("Checked In", True), ("checked-in", True), ("已簽到", True), ("Not Checked In", False),
    ("No", False), ("Attending", None), ("Registered", None), ("", None)])
def test_check_ins_of_ticketing_sites(written, expected) -> None:  # noqa: ANN001
    assert ev.checked_in(written) is expected


@pytest.mark.parametrize(("written", "expected"), [
    ("On-site Pass", "on_site"), ("Virtual Pass (Zoom)", "virtual"), ("ONLINE TICKET", "virtual"),
    ("In-person admission", "on_site"), ("現場參加", "on_site"), ("網上直播", "virtual"),
    ("General Admission", None), ("Early bird", None), ("", None),
    ("On-site + online bundle", None)])
def test_a_ticket_says_how_its_holder_attends_or_nothing(written: str,
                                                         expected: str | None) -> None:
    assert ev.ticket_mode(written) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("On-site", "on_site"), ("In person", "on_site"), ("現場", "on_site"),
    ("Virtual", "virtual"), ("Online", "virtual"), ("網上", "virtual"),
    ("No-show", "no_show"), ("缺席", "no_show"), ("Registered", "registered"), ("", None)])
def test_attendances_as_registration_lists_write_them(written: str, expected: str | None) -> None:
    assert ev.attendance(written) == expected


def test_an_attendance_of_something_else_is_a_problem() -> None:
    with pytest.raises(BadValueError, match="not an attendance"):
        ev.attendance("Maybe")


@pytest.mark.parametrize(("written", "expected"), [
    ("Yes", ev.ATTENDED), ("Y", ev.ATTENDED), ("是", ev.ATTENDED), ("Attended", ev.ATTENDED),
    ("Present", ev.ATTENDED), ("No", "no_show"), ("否", "no_show"), ("N", "no_show")])
def test_a_yes_or_a_no_under_attended_says_whether_they_came(written: str,
                                                            expected: str) -> None:
    assert ev.attendance(written) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("Attendee", ev.ATTENDEE), ("Guest", ev.ATTENDEE), ("參加者", ev.ATTENDEE),
    ("Organizer", "Organizer"), ("Co-host", "Co-host"), ("Presenter", "Presenter"),
    ("主持人", "主持人"), ("", None)])
def test_roles_in_an_online_meeting(written: str, expected: str | None) -> None:
    assert ev.meeting_role(written) == expected


def test_a_role_of_something_else_is_no_role_in_a_meeting() -> None:
    assert not ev.is_meeting_role("Software Engineer")
    with pytest.raises(BadValueError, match="not a role in a meeting"):
        ev.meeting_role("Software Engineer")


@pytest.mark.parametrize(("written", "expected"), [
    ("Yes (on-site)", "on_site"), ("Y - Online", "virtual"), ("Attended (Online)", "virtual"),
    ("Online (Zoom)", "virtual"), ("Yes, on Zoom", "virtual"), ("網上出席", "virtual"),
    ("現場參加", "on_site"), ("No-show (online)", "no_show"), ("√", ev.ATTENDED),
    ("Late", ev.ATTENDED), ("遲到", ev.ATTENDED)])
def test_an_attendance_saying_how_they_came_beside_that_they_came(written: str,
                                                                 expected: str) -> None:
    """A sign-in sheet's own words: a tick, "Late", or a yes with how."""
    assert ev.attendance(written) == expected


@pytest.mark.parametrize("written", ["Registered (online)", "X", "Maybe online"])
def test_an_attendance_saying_how_but_not_that_they_came_is_a_problem(written: str) -> None:
    with pytest.raises(BadValueError, match="not an attendance"):
        ev.attendance(written)


@pytest.mark.parametrize("written", ["Not Attending", "Cancelled", "Refunded", "已取消"])
def test_a_cancelled_registration_is_neither_a_check_in_nor_an_absence(written: str) -> None:
    assert ev.checked_in(written) == ev.CANCELLED
    assert ev.attendance(written) == ev.CANCELLED
