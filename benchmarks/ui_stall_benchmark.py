"""The longest the window stops answering while it saves, moves, re-ranks and opens a record,
with 50,000 students.

    python benchmarks/ui_stall_benchmark.py [--students 50000]

The window is shown with every page built. A 2 ms timer ticks on the UI thread; the
longest gap between two ticks while an action runs (from the click to its result shown
and every page refreshed) is how long the window froze. Baseline, in the same run: the
longest gap over the same length of time with nothing to do (the machine's own noise).
Target (records-by-hand issue): each action's stall under 50 ms.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import demo_from_arguments, report  # noqa: E402


class StallMeter:
    """Ticks every 2 ms on the UI thread and keeps the longest gap between ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def main() -> None:
    path = demo_from_arguments(__doc__, 50_000)
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from careerdesk.core.db.database import Database
    from careerdesk.core.db.models import Nomination, Student
    from careerdesk.core.services.nominations import move_nomination_ids, rerank
    from careerdesk.core.services.student_detail import student_choices, student_detail
    from careerdesk.core.services.student_editing import update_student
    from careerdesk.gui.app import application
    from careerdesk.gui.main_window import MainWindow
    from careerdesk.gui.students.student_dialog import StudentDialog

    app = application()
    copy = path.with_name("ui-stall.sqlite3")  # the actions change it
    for stale in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
        stale.unlink(missing_ok=True)  # (a run stopped half-way leaves its write-ahead log)
    source = Database.open(path)
    from careerdesk.core.db.backup import backup_sqlite

    backup_sqlite(source.engine, copy)
    source.close()
    database = Database.open(copy)
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    window.finish_start()
    ops = window.ops
    assert ops is not None
    from PySide6.QtWidgets import QMessageBox

    def refused(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        raise SystemExit(f"An action was refused: {args[2]}")

    QMessageBox.warning = refused  # (a benchmark has nobody to answer a message box)

    def settle() -> None:
        time.sleep(0.01)
        while not ops.idle:
            app.processEvents()
            time.sleep(0.001)
        for _ in range(5):
            app.processEvents()

    for number in range(8):  # every page built and read, as after a morning's work
        window.show_page(number)
        settle()
    window.show_page(window.STUDENTS)
    settle()
    end = time.perf_counter() + 4  # as a coordinator's window does after its first seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)

    with database.session() as session:
        student_id = session.scalar(select(Student.id).order_by(Student.id).limit(1))
        waiting = list(session.scalars(select(Nomination.id).where(
            Nomination.status == "nominated").order_by(Nomination.id).limit(1500)))
        batches = iter([waiting[:500], waiting[500:1000], waiting[1000:]])
        ranked = session.scalar(select(Nomination.id).where(Nomination.rank == 2).limit(1))

    def open_record() -> None:
        def read(session):  # noqa: ANN001, ANN202
            return student_detail(session, student_id), student_choices(session)

        def show(found) -> None:  # noqa: ANN001
            dialog = StudentDialog(ops, *found, window)
            dialog.show()
            app.processEvents()
            dialog.close()

        ops.query(read, show)

    def move(moving: list[int]) -> None:
        ops.change("move", lambda db: move_nomination_ids(db, moving, "submitted",
                                                          override="Benchmark"))

    actions: dict[str, Callable[[], None]] = {
        "save a student": lambda: ops.change("edit", lambda db: update_student(
            db, student_id, {"notes": f"Called on {time.time()}"})),
        "move 500 nominations": lambda: move(next(batches)),
        "re-rank a nomination": lambda: ops.change("rank", lambda db: rerank(db, ranked, 1)),
        "open a student's record": open_record,
    }
    meter = StallMeter()
    for name, action in actions.items():
        stalls, idle = [], []
        for _ in range(3):
            meter.start()
            started = time.perf_counter()
            action()
            settle()
            took = time.perf_counter() - started
            stalls.append(meter.stop())
            meter.start()  # the same length of time with nothing to do
            end = time.perf_counter() + took
            while time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.001)
            idle.append(meter.stop())
        report(f"Longest UI stall: {name} ({database_size(database)})", max(stalls),
               "idle window, same time", max(idle), target_seconds=0.05)
    window.close()
    database.close()
    QApplication.quit()


def database_size(database) -> str:  # noqa: ANN001
    from sqlalchemy import func, select

    from careerdesk.core.db.models import Nomination, Student

    with database.session() as session:
        return (f"{session.scalar(select(func.count(Student.id))):,} students, "
                f"{session.scalar(select(func.count(Nomination.id))):,} nominations")


if __name__ == "__main__":
    main()
