"""Every read and write the window makes, run on one database thread.

Pages never open a session. They ask ``Operations``:

    ops.query(core_function, on_done)                a read: ``core_function(session)``
    ops.change(label, lambda db: …, on_done)         a write the user can undo ("edit of …")
    ops.long(title, lambda db, progress: …, …)       long work with progress and Cancel

Each job runs on the database thread, one after the other, and its result comes back on
the UI thread. After a change, ``did_change`` tells every page what kinds of record
changed (``core.services.changes``) and who asked; a page refreshes only when it shows
one of them. Changes made by hand are journaled (``core.services.undo``): the Edit
menu's Undo and Redo run through here too. Modelled on Anki's ``CollectionOp`` and
``QueryOp`` (``qt/aqt/operations``), without its global main window.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid
from sqlalchemy.orm import Session

from careerdesk.core.db.database import Database
from careerdesk.core.errors import CancelledError, CareerDeskError
from careerdesk.core.services.changes import Changes
from careerdesk.core.services.progress import Progress
from careerdesk.core.services.undo import Done, Undoable, recorded, undo
from careerdesk.gui.common.messages import localised

log = logging.getLogger("careerdesk")

UNEXPECTED = "unexpected"


@dataclass
class _Job:
    work: Callable[[Database, Progress], Any]
    on_done: Callable[[Any], None] | None
    on_failed: Callable[[CareerDeskError], None] | None
    owner: QObject | None
    progress: Progress = field(default_factory=Progress)
    #: What happened on the database thread: ("done", value) or ("failed", error).
    outcome: tuple[str, Any] = ("pending", None)


class _Relay(QObject):
    """Brings each finished job back to the UI thread (a signal emitted on the database
    thread is delivered on the thread its receiver lives in)."""

    finished_job = Signal(object)


class _DatabaseThread(threading.Thread):
    """Runs the jobs it is given, one at a time, in order. It never touches a widget.

    A Python thread, not a QThread: a QThread still running when its owner is destroyed
    aborts the whole process ("QThread: Destroyed while thread is still running"), as
    closing the window during a report did. This one is stopped by ``shutdown``, and a
    daemon besides, so nothing keeps the process alive once the window has gone."""

    def __init__(self, database: Database, relay: _Relay) -> None:
        super().__init__(name="careerdesk-database", daemon=True)
        self.database = database
        self.relay = relay
        self.jobs: queue.Queue[_Job | None] = queue.Queue()
        self.current: _Job | None = None

    def run(self) -> None:
        while (job := self.jobs.get()) is not None:
            self.current = job
            try:
                job.outcome = ("done", job.work(self.database, job.progress))
            except CareerDeskError as problem:
                job.outcome = ("failed", problem)
            except Exception:  # noqa: BLE001 - the log gets the details, a person a sentence
                log.error("Unexpected error in database work\n%s", traceback.format_exc())
                job.outcome = ("failed", CareerDeskError("", code=UNEXPECTED))
            self.current = None
            try:
                self.relay.finished_job.emit(job)
            except RuntimeError:  # the window has gone: nobody is waiting for the answer
                return


class Operations(QObject):
    """The window's one way to the database (see the module's docstring)."""

    #: (Changes, initiator): after a change, an undo or a redo, and after long work.
    did_change = Signal(object, object)
    #: The undo or redo step changed: the Edit menu names the next ones.
    undo_changed = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._relay = _Relay(self)
        self._relay.finished_job.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = _DatabaseThread(database, self._relay)
        self._pending = 0
        self._closed = False
        self.undo_steps: list[Undoable] = []
        self.redo_steps: list[Undoable] = []
        self._thread.start()

    # -- asking ------------------------------------------------------------------------------
    def query(self, read: Callable[[Session], Any], on_done: Callable[[Any], None], *,
              on_failed: Callable[[CareerDeskError], None] | None = None,
              owner: QObject | None = None) -> None:
        """``read(session)`` on the database thread, every query of it seeing one moment;
        ``on_done(result)`` on the UI thread, unless ``owner`` has been destroyed by then."""
        def run(database: Database, _progress: Progress) -> Any:
            with database.snapshot() as session:
                return read(session)

        self._submit(_Job(run, on_done, on_failed, owner))

    def change(self, label: str | None, write: Callable[[Database], Any],
               on_done: Callable[[Any], None] | None = None, *,
               on_failed: Callable[[CareerDeskError], None] | None = None,
               owner: QObject | None = None, initiator: object = None,
               also: Changes = Changes()) -> None:  # noqa: B008 (immutable)
        """Write on the database thread. With a ``label`` ("edit of CHAN Tai Man") the
        change can be undone. Every page hears what changed; ``on_done(result)`` after."""
        def run(database: Database, _progress: Progress) -> Done[Any]:
            return recorded(label or "", lambda: write(database), also)

        def done(result: Done[Any]) -> None:
            if label and result.undo is not None:
                self.undo_steps.append(result.undo)
                self.redo_steps.clear()
                self.undo_changed.emit()
            if result.changes:
                self.did_change.emit(result.changes, initiator)
            if on_done is not None:
                on_done(result.value)

        self._submit(_Job(run, done, on_failed, owner))

    def long(self, title: str, work: Callable[[Database, Progress], Any],
             on_done: Callable[[Any], None] | None = None, *, parent: QWidget | None = None,
             changes: Changes | None = None,
             on_failed: Callable[[CareerDeskError], None] | None = None,
             report: Callable[[int, int, str], None] | None = None) -> Progress:
        """Long work with progress and Cancel: behind a progress window, or (``report``)
        telling the caller, who shows it. Afterwards every page hears ``changes`` (none: it
        changed nothing). Returns its ``Progress``: ``cancel()`` stops it between steps."""
        job = _Job(work, None, on_failed, None)
        dialog = _progress_dialog(parent, title, job.progress) if report is None else None
        if report is not None:
            relay = _ProgressRelay(self)
            relay.progressed.connect(lambda done, total, message: report(
                done, total, localised(message)), Qt.ConnectionType.QueuedConnection)
            job.progress.report = relay.progressed.emit

        def done(value: Any) -> None:
            if dialog is not None:
                dialog.close()
            if changes:
                self.did_change.emit(changes, None)
            if on_done is not None:
                on_done(value)

        def failed(problem: CareerDeskError) -> None:
            if dialog is not None:
                dialog.close()
            if on_failed is not None:
                on_failed(problem)
            elif problem.code != CancelledError.code:
                self.warn(parent, problem)

        job.on_done, job.on_failed = done, failed
        self._submit(job)
        return job.progress

    # -- undo and redo -----------------------------------------------------------------------
    def undo(self, on_failed: Callable[[CareerDeskError], None] | None = None) -> None:
        self._step(self.undo_steps, self.redo_steps, on_failed)

    def redo(self, on_failed: Callable[[CareerDeskError], None] | None = None) -> None:
        self._step(self.redo_steps, self.undo_steps, on_failed)

    def _step(self, taken_from: list[Undoable], put_on: list[Undoable],
              on_failed: Callable[[CareerDeskError], None] | None) -> None:
        if not taken_from:
            return
        step = taken_from.pop()
        self.undo_changed.emit()

        def done(result: Done[None]) -> None:
            if result.undo is not None:
                put_on.append(result.undo)
            self.undo_changed.emit()
            self.did_change.emit(result.changes, None)

        def failed(problem: CareerDeskError) -> None:
            self.undo_changed.emit()  # the step is gone: what it undid has changed since
            if on_failed is not None:
                on_failed(problem)
            else:
                self.warn(None, problem)

        self._submit(_Job(lambda db, _progress: undo(db, step), done, failed, None))

    # -- the thread --------------------------------------------------------------------------
    @property
    def idle(self) -> bool:
        """Nothing asked is still waiting for its answer (tests wait on it)."""
        return self._pending == 0

    def _submit(self, job: _Job) -> None:
        if self._closed:
            return
        self._pending += 1
        self._thread.jobs.put(job)

    def _deliver(self, job: _Job) -> None:
        self._pending -= 1
        if self._closed or (job.owner is not None and not isValid(job.owner)):
            return
        kind, value = job.outcome
        if kind == "done":
            if job.on_done is not None:
                job.on_done(value)
        elif job.on_failed is not None:
            job.on_failed(value)
        elif value.code != CancelledError.code:
            self.warn(job.owner if isinstance(job.owner, QWidget) else None, value)

    def shutdown(self, milliseconds: int = 30_000) -> None:
        """Stop: Cancel the work under way, drop what waits, and wait for the thread."""
        self._closed = True
        while True:
            try:
                self._thread.jobs.get_nowait()
            except queue.Empty:
                break
        current = self._thread.current
        if current is not None:
            current.progress.cancel()
        self._thread.jobs.put(None)
        self._thread.join(milliseconds / 1000)

    @staticmethod
    def warn(parent: QWidget | None, problem: CareerDeskError) -> None:
        """The one sentence a failed job says, in the window's language."""
        QMessageBox.warning(parent, QCoreApplication.translate("Tasks", "CareerDesk"),
                            sentence(problem))


def sentence(problem: CareerDeskError) -> str:
    if problem.code == UNEXPECTED or not problem.message:
        return QCoreApplication.translate(
            "Tasks", "CareerDesk met an unexpected problem; nothing was changed. The details "
                     "were written to the log file.")
    return localised(problem.message)


def _progress_dialog(parent: QWidget | None, title: str, progress: Progress) -> QProgressDialog:
    """A window-modal dialog following ``progress``: its steps, and a Cancel that stops the
    work between steps. It appears only if the work takes a while."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Tasks", "CareerDesk"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    relay = _ProgressRelay(dialog)

    def report(done: int, total: int, message: str) -> None:  # on the database thread
        relay.progressed.emit(done, total, message)

    def shown(done: int, total: int, message: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        if message:
            dialog.setLabelText(f"{title}\n{localised(message)}")

    relay.progressed.connect(shown, Qt.ConnectionType.QueuedConnection)
    progress.report = report
    dialog.canceled.connect(progress.cancel)
    return dialog


class _ProgressRelay(QObject):
    progressed = Signal(int, int, object)
