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
