"""Opening the database off the UI thread, before the window's database thread exists.

Everything after that goes through ``common.operations``. The worker never touches a
widget; its result or failure comes back as a signal, which Qt delivers on the UI thread.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from careerdesk.core.errors import CancelledError, CareerDeskError
from careerdesk.core.services.progress import Progress
from careerdesk.gui.common.messages import localised

log = logging.getLogger("careerdesk")

Work = Callable[[Progress], Any]


class _Worker(QObject):
    # The core's words cross as objects (a ``str`` signal would keep only the English of a
    # ``Message``); ``BackgroundTask`` says them in the window's language on the UI thread.
    progressed = Signal(int, int, object)
    succeeded = Signal(object)
    failed = Signal(str, object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, work: Work, progress: Progress) -> None:
        super().__init__()
        self._work = work
        self._progress = progress
        self._progress.report = self.progressed.emit

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except CancelledError:
            self.cancelled.emit()
        except CareerDeskError as exc:
            self.failed.emit(exc.code, exc.message)
        except Exception:  # noqa: BLE001 - reported to the user, logged in full
            log.error("Unexpected error in background work\n%s", traceback.format_exc())
            self.failed.emit("unexpected", "")
        else:
            self.succeeded.emit(result)
        finally:
            self.done.emit()


class BackgroundTask(QObject):
    """Runs ``work(progress)`` on its own thread. Connect to the signals, then ``start()``."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._progress = Progress()
        self._thread = QThread(self)
        self._worker = _Worker(work, self._progress)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._progressed)
        self._worker.succeeded.connect(self.succeeded)
        self._worker.failed.connect(self._failed)
        self._worker.cancelled.connect(self.cancelled)
        # Direct: quit() is thread-safe, and wait() on the UI thread must not depend on the
        # UI thread's event loop to deliver it.
        self._worker.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self.finished)

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, localised(message))

    def _failed(self, code: str, message: str) -> None:
        self.failed.emit(code, localised(message))

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._progress.cancel()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._thread.wait(milliseconds)
