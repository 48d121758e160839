"""The Dashboard: the current cohort's funnel as bars, quota use with overruns in the
warning colour, cohorts by name, and every figure clicking through to the rows behind it."""

from __future__ import annotations

from sqlalchemy import func, select

from careerdesk.core.db.models import Cohort, Nomination, Quota, Student, University
from careerdesk.core.domain.statuses import SUBMITTED_OR_LATER
from careerdesk.gui.dashboard.dashboard_page import DashboardPage
from careerdesk.gui.main_window import MainWindow
from careerdesk.gui.nominations.nominations_page import NominationsPage
from tests.gui.conftest import page_of, settle


def _dashboard(qtbot, window: MainWindow) -> DashboardPage:  # noqa: ANN001
    page = page_of(qtbot, window, MainWindow.DASHBOARD)
    assert isinstance(page, DashboardPage) and not page.showing_welcome
    return page


def test_the_funnel_is_the_current_cohorts_and_a_bar_opens_its_nominations(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = _dashboard(qtbot, window)
    with window.database.session() as session:
        latest = session.scalars(select(Cohort).order_by(
            Cohort.closes_on.desc().nulls_last(), Cohort.year.desc(), Cohort.code)).first()
        submitted = session.scalar(select(func.count(Nomination.id)).where(
            Nomination.cohort_id == latest.id, Nomination.status == "submitted"))
    assert page.cohort == latest.code
    assert page.cohort_box.currentText().startswith(latest.name)  # by name, not code
    assert page.funnel["submitted"].number == submitted
    page.funnel["submitted"].click()
    settle(qtbot, window)
    nominations = window.page(MainWindow.NOMINATIONS)
    assert isinstance(nominations, NominationsPage)
    assert window.navigation.currentRow() == MainWindow.NOMINATIONS
    shown = [nominations.model.row_at(r) for r in range(nominations.model.rowCount())]
    assert len(shown) == submitted
    assert all(r.cohort == latest.code and r.status == "submitted" for r in shown)


def test_every_cohort_and_a_quota_bar_over_its_places(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    with window.database.session() as session:
        cohort_id, code = session.execute(
            select(Nomination.cohort_id, Cohort.code).join(Cohort)
            .where(Nomination.status.in_(sorted(SUBMITTED_OR_LATER))).limit(1)).one()
        university_id, university = session.execute(
            select(University.id, University.code).join(Student).join(Nomination)
            .where(Nomination.cohort_id == cohort_id,
                   Nomination.status.in_(sorted(SUBMITTED_OR_LATER))).limit(1)).one()
        used = session.scalar(select(func.count(Nomination.id)).join(Student).where(
            Nomination.cohort_id == cohort_id, Student.university_id == university_id,
            Nomination.status.in_(sorted(SUBMITTED_OR_LATER))))
        session.query(Quota).filter(Quota.cohort_id == cohort_id).delete()
        session.add(Quota(cohort_id=cohort_id, university_id=university_id, places=1))
        session.commit()
    page = _dashboard(qtbot, window)
    page.choose_cohort(code)
    settle(qtbot, window)
    [bar] = [b for b in page.quota_bars if university in b.label]
    assert bar.number == used and bar.over == (used > 1) and bar.share <= 1.0
    assert f"{used:,} / 1" in bar.text()
    bar.click()
    settle(qtbot, window)
    nominations = window.page(MainWindow.NOMINATIONS)
    shown = [nominations.model.row_at(r) for r in range(nominations.model.rowCount())]
    assert len(shown) == used
    assert {(r.cohort, r.university) for r in shown} == {(code, university)}

    page = _dashboard(qtbot, window)
    page.choose_cohort(None)  # every cohort
    settle(qtbot, window)
    with window.database.session() as session:
        total = session.scalar(select(func.count(Nomination.id)).where(
            Nomination.status == "draft"))
    assert page.funnel["draft"].number == total


def test_a_tile_opens_its_page(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    from careerdesk.gui.dashboard.dashboard_page import Tile

    page = _dashboard(qtbot, window)
    students = next(t for t in page.findChildren(Tile) if "Students" in t.text())
    students.click()
    settle(qtbot, window)
    assert window.navigation.currentRow() == MainWindow.STUDENTS
