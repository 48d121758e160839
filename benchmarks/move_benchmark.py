"""Moving many nominations at once on the command line's path (``nominations move``): how
long the write lock is held, with a 50,000-student demo database.

    python benchmarks/move_benchmark.py [--students 50000]

It makes every nomination of the largest cohort a draft, on a copy of the demo database,
adds drafts for other students up to 25,000, then moves them all to "nominated" in one
command's transaction. Baseline, in the same
run: reading those nominations' student numbers once. Target (#25): 25,000 moves under
10 s with 100,000 students; before the lookup was one statement, 1,000 moves took 22 s.
Then the same moves are made again on a thread while another connection saves a
student's notes over and over: the longest that save waits is printed (#25's second
figure).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import demo_from_arguments, report  # noqa: E402

#: The moves made at once: the largest cohort's nominations, with drafts added up to this.
MOVES = 25_000


def main() -> None:
    path = demo_from_arguments(__doc__, 50_000)
    import datetime as dt

    from sqlalchemy import func, insert, select, update

    from careerdesk.core.db.database import Database
    from careerdesk.core.db.models import Cohort, Nomination, Student
    from careerdesk.core.services.nominations import move_nominations

    with tempfile.TemporaryDirectory() as work:
        copy = Path(work) / "moves.sqlite3"
        shutil.copyfile(path, copy)
        database = Database.open(copy)
        with database.transaction() as session:  # the largest cohort, every nomination a draft
            cohort, count = session.execute(
                select(Cohort.code, func.count(Nomination.id)).join(Nomination)
                .group_by(Cohort.code).order_by(func.count(Nomination.id).desc())).first()
            cid = session.scalar(select(Cohort.id).where(Cohort.code == cohort))
            session.execute(update(Nomination).values(status="draft").where(
                Nomination.cohort_id == cid))
            if count < MOVES:  # drafts for more students, up to the target's 25,000
                others = session.scalars(select(Student.id).where(Student.id.not_in(
                    select(Nomination.student_id).where(Nomination.cohort_id == cid)))
                    .limit(MOVES - count)).all()
                now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
                session.execute(insert(Nomination), [
                    {"student_id": sid, "cohort_id": cid, "status": "draft",
                     "created_at": now, "updated_at": now} for sid in others])
        with database.session() as session:
            started = time.perf_counter()
            numbers = list(session.scalars(
                select(Student.student_no).join(Nomination).join(Cohort)
                .where(Cohort.code == cohort, Nomination.status == "draft")))
            baseline = time.perf_counter() - started
        session_numbers = numbers
        started = time.perf_counter()
        result = move_nominations(database, cohort, "nominated", session_numbers,
                                  note="benchmark")
        elapsed = time.perf_counter() - started
        with database.transaction() as session:  # drafts again, for the second writer's run
            session.execute(update(Nomination).values(status="draft").where(
                Nomination.cohort_id == cid))
        waits = _another_writer_waits(database, copy, cohort, session_numbers)
        database.close()
    report(f"move {len(result.moved):,} nominations of {cohort} at once",
           elapsed, "reading their student numbers", baseline, target_seconds=10)
    print(f"another writer (a student's notes saved, {len(waits)} times while the same moves "
          f"were made again): longest wait {max(waits):.2f} s")


def _another_writer_waits(database, path: Path, cohort: str,  # noqa: ANN001 (a Database)
                          numbers: list[str]) -> list[float]:
    """How long each save of another student's notes waits while the moves are made on
    another thread (its own connection, as another CareerDesk would have)."""
    import threading

    from sqlalchemy import select

    from careerdesk.core.db.database import Database
    from careerdesk.core.db.models import Student
    from careerdesk.core.services.nominations import move_nominations
    from careerdesk.core.services.student_editing import update_student

    mover = threading.Thread(target=move_nominations,
                             args=(database, cohort, "nominated", numbers))
    other = Database.open(path)
    with other.session() as session:
        someone = session.scalar(select(Student.id).limit(1))
    waits: list[float] = []
    mover.start()
    while mover.is_alive():
        started = time.perf_counter()
        update_student(other, someone, {"notes": f"saved while moving ({len(waits)})"})
        waits.append(time.perf_counter() - started)
        time.sleep(0.05)
    mover.join()
    other.close()
    return waits


if __name__ == "__main__":
    main()
