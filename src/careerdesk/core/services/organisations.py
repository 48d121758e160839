"""Host companies and partners, with their contacts and open positions, edited whole."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import (
    Cohort,
    Contact,
    Organisation,
    Placement,
    PlacementPhase,
    Position,
    Track,
)
from careerdesk.core.domain.choices import OrganisationTheme
from careerdesk.core.errors import ConflictError, NotFoundError
from careerdesk.io import values as v
from careerdesk.messages import msg


@dataclass
class PositionSpec:
    title: str
    places: int = 1
    cohort: str | None = None
    track: str | None = None
    duration_months: int | None = None
    start_date: dt.date | None = None
    id: int | None = None


@dataclass
class OrganisationSpec:
    name_en: str
    name_zh: str | None = None
    theme: str = OrganisationTheme.OTHER.value
    science_park: bool = False
    partner: bool = False
    website: str | None = None
    #: (name, title, email, phone)
    contacts: list[tuple[str, str | None, str | None, str | None]] = field(default_factory=list)
    positions: list[PositionSpec] = field(default_factory=list)


def organisation_spec(session: Session, name: str) -> OrganisationSpec:
    found = _organisation(session, name)
    cohorts = dict(session.execute(select(Cohort.id, Cohort.code)).all())
    tracks = dict(session.execute(select(Track.id, Track.code)).all())
    return OrganisationSpec(
        found.name_en, found.name_zh, found.theme, found.science_park, found.partner,
        found.website, [(c.name, c.title, c.email, c.phone) for c in found.contacts],
        [PositionSpec(p.title, p.places, cohorts.get(p.cohort_id or 0),
                      tracks.get(p.track_id or 0),
                      p.duration_months, p.start_date, p.id)
         for p in session.scalars(select(Position).where(Position.organisation_id == found.id)
                                  .order_by(Position.id))])


def save_organisation(database: Database, spec: OrganisationSpec,
                      replacing: str | None = None) -> None:
    """Create the organisation, or replace the one called ``replacing`` with ``spec``."""
    _check(spec)
    with database.transaction() as session:
        clash = session.scalar(select(Organisation.name_en).where(
            func.lower(Organisation.name_en) == spec.name_en.strip().lower()))
        if clash and (replacing is None or clash.lower() != replacing.lower()):
            raise ConflictError(msg(
                "There is already an organisation called {clash}.", clash=clash),
                code="organisation_exists")
        host = _organisation(session, replacing) if replacing else Organisation()
        host.name_en, host.name_zh, host.theme = spec.name_en.strip(), spec.name_zh, spec.theme
        host.science_park, host.partner, host.website = spec.science_park, spec.partner, \
            spec.website
        session.add(host)
        session.flush()
        session.execute(delete(Contact).where(Contact.organisation_id == host.id))
        for name, title, email, phone in spec.contacts:
            session.add(Contact(organisation_id=host.id, name=name, title=title, email=email,
                                phone=phone))
        _write_positions(session, host, spec.positions)


def _write_positions(session: Session, host: Organisation,
                     positions: list[PositionSpec]) -> None:
    existing = {p.id: p for p in session.scalars(select(Position).where(
        Position.organisation_id == host.id))}
    kept = {p.id for p in positions if p.id is not None}
    for position_id, position in existing.items():
        if position_id not in kept:
            if session.scalar(select(func.count(Placement.id)).where(
                    Placement.position_id == position_id)):
                raise ConflictError(msg(
                    "The position '{title}' has placements, so it cannot be removed.",
                    title=position.title), code="position_in_use")
            session.delete(position)
    for spec in positions:
        cohort_id = track_id = None
        if spec.cohort:
            cohort_id = session.scalar(select(Cohort.id).where(
                func.upper(Cohort.code) == spec.cohort.strip().upper()))
            if cohort_id is None:
                raise ConflictError(msg("There is no cohort '{cohort}'.", cohort=spec.cohort),
                                    code="unknown_cohort")
            if spec.track:
                track_id = session.scalar(select(Track.id).where(
                    Track.cohort_id == cohort_id,
                    func.upper(Track.code) == spec.track.strip().upper()))
                if track_id is None:
                    raise ConflictError(msg(
                        "{cohort} has no track '{track}'.", cohort=spec.cohort, track=spec.track),
                        code="unknown_track")
        kept_row = existing.get(spec.id) if spec.id is not None else None
        if kept_row is None:  # added once its values are known (no half-made row is flushed)
            kept_row = Position(organisation_id=host.id)
            session.add(kept_row)
        kept_row.title, kept_row.places = spec.title.strip(), spec.places
        kept_row.cohort_id, kept_row.track_id = cohort_id, track_id
        kept_row.duration_months, kept_row.start_date = spec.duration_months, spec.start_date


def _organisation(session: Session, name: str) -> Organisation:
    found = session.scalar(select(Organisation).where(
        func.lower(Organisation.name_en) == name.strip().lower()))
    if found is None:
        raise NotFoundError(msg(
            "There is no organisation '{name}'.", name=name), code="organisation_missing")
    return found


def _check(spec: OrganisationSpec) -> None:
    if not spec.name_en.strip():
        raise ConflictError(msg("An organisation needs an English name."),
                            code="organisation_incomplete")
    if spec.theme not in {t.value for t in OrganisationTheme}:
        raise ConflictError(msg("'{theme}' is not a theme CareerDesk knows.", theme=spec.theme),
                            code="bad_theme")
    for position in spec.positions:
        if not position.title.strip():
            raise ConflictError(msg("Every position needs a title."), code="position_incomplete")
        if position.places < 1:
            raise ConflictError(msg(
                "The position '{title}' needs at least one place.", title=position.title),
                code="bad_places")
    for name, *_ in spec.contacts:
        if not name.strip():
            raise ConflictError(msg("Every contact needs a name."), code="contact_incomplete")
    spec.contacts = [(name.strip(), title, _contact_value(name, v.email, email),
                      _contact_value(name, v.hk_phone, phone))
                     for name, title, email, phone in spec.contacts]


def _contact_value(name: str, read: Callable[[Any], str | None], value: str | None) -> str | None:
    """A contact's email or phone as the importer reads one; refused naming the contact."""
    try:
        return read(value)
    except v.BadValueError as problem:
        raise ConflictError(msg("{contact}: {problem}", contact=name, problem=problem.message),
                            code=problem.code) from None


@dataclass(frozen=True)
class OrganisationEditing:
    """What the organisation editor shows (None: a new one) and what its fields offer."""

    spec: OrganisationSpec | None
    #: cohort code → its tracks' codes
    cohorts: dict[str, list[str]]


def organisation_editing(session: Session, name: str | None) -> OrganisationEditing:
    cohorts: dict[str, list[str]] = {}
    for code, track in session.execute(
            select(Cohort.code, Track.code).outerjoin(Track, Track.cohort_id == Cohort.id)
            .order_by(Cohort.year.desc(), Cohort.code, Track.code)):
        cohorts.setdefault(code, [])
        if track:
            cohorts[code].append(track)
    return OrganisationEditing(organisation_spec(session, name) if name else None, cohorts)


def delete_organisation(database: Database, name: str) -> None:
    """Delete an organisation nothing refers to (no placement or position); its contacts go
    with it."""
    with database.transaction() as session:
        host = _organisation(session, name)
        if session.scalar(select(func.count(Placement.id)).where(
                Placement.organisation_id == host.id)) or session.scalar(
                select(func.count(Position.id)).where(Position.organisation_id == host.id)) \
                or session.scalar(select(func.count(PlacementPhase.id)).where(
                    PlacementPhase.organisation_id == host.id)):
            raise ConflictError(msg(
                "{name} has positions or placements, so it cannot be deleted.",
                name=host.name_en), code="organisation_in_use")
        session.delete(host)
