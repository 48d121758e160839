"""Organisations with contacts and positions: create, edit, and keep positions in use."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Placement, Position
from careerdesk.core.errors import ConflictError
from careerdesk.core.services.organisations import (
    OrganisationSpec,
    PositionSpec,
    organisation_spec,
    save_organisation,
)


def test_create_and_edit_an_organisation(demo_database: Database) -> None:
    spec = OrganisationSpec(
        "Shatin Quantum Limited", "沙田量子有限公司", "microelectronics", science_park=True,
        contacts=[("Ada Lam", "HR Manager", "ada@example.hk", "+85221234567")],
        positions=[PositionSpec("IC Design Trainee", 3, "PROCRUITC-2026", "TECH", 12,
                                dt.date(2026, 7, 1))])
    save_organisation(demo_database, spec)
    with demo_database.session() as session:
        stored = organisation_spec(session, "shatin quantum limited")
    assert stored.name_zh == "沙田量子有限公司" and stored.contacts == spec.contacts
    assert (stored.positions[0].cohort, stored.positions[0].track) == ("PROCRUITC-2026", "TECH")
    stored.positions.append(PositionSpec("Hardware Engineer Trainee", 1))
    stored.positions[0].places = 4
    save_organisation(demo_database, stored, replacing="Shatin Quantum Limited")
    with demo_database.session() as session:
        again = organisation_spec(session, "Shatin Quantum Limited")
    assert [(p.title, p.places) for p in again.positions] == [
        ("IC Design Trainee", 4), ("Hardware Engineer Trainee", 1)]
    with pytest.raises(ConflictError, match="already an organisation"):
        save_organisation(demo_database, OrganisationSpec("SHATIN QUANTUM LIMITED"))
    with pytest.raises(ConflictError, match="no track"):
        save_organisation(demo_database, OrganisationSpec(
            "Other Limited", positions=[PositionSpec("Trainee", 1, "TF-2026", "TECH")]))


def test_a_position_with_placements_is_kept(demo_database: Database) -> None:
    with demo_database.session() as session:
        position_id, organisation = session.execute(
            select(Placement.position_id, Position.organisation_id)
            .join(Position, Placement.position_id == Position.id)).first()
        from careerdesk.core.db.models import Organisation

        name = session.get(Organisation, organisation).name_en
        spec = organisation_spec(session, name)
    spec.positions = [p for p in spec.positions if p.id != position_id]
    with pytest.raises(ConflictError, match="has placements"):
        save_organisation(demo_database, spec, replacing=name)
