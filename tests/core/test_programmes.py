"""Creating and editing programmes and cohorts; copying rules; refusing incomplete ones."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Cohort, EligibilityRule
from careerdesk.core.errors import CareerDeskError, ConflictError
from careerdesk.core.services.programmes import (
    CohortSpec,
    RuleSpec,
    cohort_spec,
    copy_rules,
    create_programme,
    save_cohort,
)

PROCRUIT = CohortSpec(
    code="PROCRUITC-2027", name="PROcruit C 2027", year=2027,
    opens_on=dt.date(2027, 1, 15), closes_on=dt.date(2027, 3, 31), quota_total=400,
    tracks=[("TECH", "Technology for Good", 75), ("CREATIVITY", "Creativity for Good", None)],
    phases=[("Training", None, 6), ("Traineeship", 12, None)],
    university_quotas={"PolyU": 60},
    rules=[RuleSpec("hk_resident"), RuleSpec("max_full_time_months", {"less_than": 3}),
           RuleSpec("graduation_between", {"from": None, "to": "2027-06-30"})],
)


def test_create_read_edit_and_copy(database: Database) -> None:
    create_programme(database, "procruitc", "PROcruit C", "talent_programme")
    save_cohort(database, "PROCRUITC", PROCRUIT)
    with database.session() as session:
        stored = cohort_spec(session, "procruitc-2027")
    assert stored == PROCRUIT
    stored.closes_on = dt.date(2027, 4, 15)
    stored.rules = stored.rules[:1]
    stored.university_quotas = {"PolyU": 70, "CUHK": 50}
    save_cohort(database, "PROCRUITC", stored, replacing="PROCRUITC-2027")
    with database.session() as session:
        again = cohort_spec(session, "PROCRUITC-2027")
    assert again.closes_on == dt.date(2027, 4, 15) and len(again.rules) == 1
    assert again.university_quotas == {"PolyU": 70, "CUHK": 50}
    save_cohort(database, "PROCRUITC", CohortSpec("PROCRUITC-2028", "PROcruit C 2028", 2028))
    assert copy_rules(database, "PROCRUITC-2027", "PROCRUITC-2028") == 1
    with database.session() as session:
        target = session.scalar(select(Cohort.id).where(Cohort.code == "PROCRUITC-2028"))
        kinds = session.scalars(select(EligibilityRule.kind).where(
            EligibilityRule.cohort_id == target)).all()
    assert kinds == ["hk_resident"]


@pytest.mark.parametrize("change, words", [
    ({"closes_on": dt.date(2026, 1, 1)}, "cannot close"),
    ({"quota_total": -1}, "negative"),
    ({"phases": [("Training", None, None)]}, "needs a length"),
    ({"tracks": [("TECH", "a", None), ("tech", "b", None)]}, "same code"),
    ({"rules": [RuleSpec("award_levels", {"levels": []})]}, "award levels"),
    ({"rules": [RuleSpec("graduation_between", {"from": "2027-07-01", "to": "2027-06-30"})]},
     "first before the last"),
    ({"rules": [RuleSpec("astrology")]}, "not a kind of eligibility rule"),
    ({"university_quotas": {"MIT": 3}}, "no university"),
])
def test_incomplete_cohorts_are_refused_and_nothing_changes(database: Database, change: dict,
                                                            words: str) -> None:
    create_programme(database, "PROCRUITC", "PROcruit C", "talent_programme")
    spec = CohortSpec(**{**PROCRUIT.__dict__, **change})
    with pytest.raises(CareerDeskError, match=words):
        save_cohort(database, "PROCRUITC", spec)
    with database.session() as session:
        assert session.scalar(select(Cohort.id)) is None


def test_duplicate_codes_are_refused(database: Database) -> None:
    create_programme(database, "TLT", "Technology Leaders of Tomorrow", "talent_programme")
    with pytest.raises(ConflictError, match="already a programme"):
        create_programme(database, "tlt", "Again", "talent_programme")
    save_cohort(database, "TLT", CohortSpec("TLT-2027", "TLT 2027", 2027))
    with pytest.raises(ConflictError, match="already a cohort"):
        save_cohort(database, "TLT", CohortSpec("tlt-2027", "Again", 2027))


def test_tracks_and_phases_in_use_are_kept(demo_database: Database) -> None:
    with demo_database.session() as session:
        spec = cohort_spec(session, "PROCRUITC-2026")
    renamed = CohortSpec(**{**spec.__dict__,
                            "tracks": [(c, n.upper(), p) for c, n, p in spec.tracks]})
    save_cohort(demo_database, "PROCRUITC", renamed, replacing="PROCRUITC-2026")
    with demo_database.session() as session:
        assert all(n.isupper() for _, n, _ in cohort_spec(session, "PROCRUITC-2026").tracks)
    without_tech = CohortSpec(**{**spec.__dict__,
                                 "tracks": [t for t in spec.tracks if t[0] != "TECH"]})
    with pytest.raises(ConflictError, match="track TECH has nominations"):
        save_cohort(demo_database, "PROCRUITC", without_tech, replacing="PROCRUITC-2026")
    one_phase = CohortSpec(**{**spec.__dict__, "phases": spec.phases[:1]})
    with pytest.raises(ConflictError, match="has placements"):
        save_cohort(demo_database, "PROCRUITC", one_phase, replacing="PROCRUITC-2026")
