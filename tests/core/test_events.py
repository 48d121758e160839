"""Events kept by hand: made, changed, deleted; students registered and marked."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Attendance, Event
from careerdesk.core.errors import ConflictError
from careerdesk.core.services.events import (
    EventForm,
    delete_event,
    event_form,
    list_events,
    record_attendance,
    registrations,
    remove_registrations,
    save_event,
)
from careerdesk.core.services.student_editing import create_student


@pytest.fixture
def day(database: Database) -> Database:
    save_event(database, EventForm("fin-2026", "Fintech Career Day", dt.date(2026, 3, 7),
                                   "金融科技招聘日", dt.time(10), "Science Park", "hybrid",
                                   "fintech"))
    for number in ("1155000001", "1155000002"):
        create_student(database, {"university": "CUHK", "student_no": number})
    return database


def _ids(database: Database) -> list[int]:
    from careerdesk.core.db.models import Student

    with database.session() as session:
        return list(session.scalars(select(Student.id).order_by(Student.student_no)))


def test_an_event_is_made_and_changed_by_its_form(day: Database) -> None:
    with day.session() as session:
        form = event_form(session, "FIN-2026")
    assert (form.code, form.name_zh, form.starts_at, form.mode, form.theme) == (
        "FIN-2026", "金融科技招聘日", dt.time(10), "hybrid", "fintech")
    save_event(day, EventForm("FIN-2026B", "Fintech Day", dt.date(2026, 3, 8), mode="online",
                              theme="life-health"), replacing="fin-2026")
    with day.session() as session:
        [row] = list_events(session)
    assert (row.code, row.held_on, row.mode, row.theme) == ("FIN-2026B", dt.date(2026, 3, 8),
                                                            "virtual", "life_health")
    with pytest.raises(ConflictError, match="'zoom' is not an event format"):
        save_event(day, EventForm("X", "X", dt.date(2026, 1, 1), mode="zoom"))


def test_registering_then_marking_and_a_registration_never_undoes_a_visit(
        day: Database) -> None:
    first, second = _ids(day)
    assert record_attendance(day, "FIN-2026", [first, second], "registered") == 2
    assert record_attendance(day, "FIN-2026", [first], "on_site") == 1
    assert record_attendance(day, "FIN-2026", [second], "no-show") == 1
    assert record_attendance(day, "FIN-2026", [first], "registered") == 0  # still came
    with day.session() as session:
        shown = {r.student_id: r.status for r in registrations(session, "FIN-2026")}
        [row] = list_events(session)
    assert shown == {first: "on_site", second: "no_show"}
    assert (row.registered, row.attended) == (2, 1)
    assert remove_registrations(day, "FIN-2026", [second]) == 1


def test_who_came_is_recorded_from_the_day_of_the_event(day: Database) -> None:
    later = dt.date.today() + dt.timedelta(days=30)
    save_event(day, EventForm("LATER", "Later", later))
    first, _ = _ids(day)
    record_attendance(day, "LATER", [first], "registered")
    with pytest.raises(ConflictError, match="who came can be recorded from that day"):
        record_attendance(day, "LATER", [first], "on_site")


def test_an_event_with_registrations_is_deleted_only_with_them(day: Database) -> None:
    first, _ = _ids(day)
    record_attendance(day, "FIN-2026", [first], "registered")
    with pytest.raises(ConflictError, match="FIN-2026 has 1 registration"):
        delete_event(day, "FIN-2026")
    delete_event(day, "FIN-2026", with_attendance=True)
    with day.session() as session:
        assert session.scalar(select(Event.id)) is None
        assert session.scalar(select(Attendance.id)) is None
