"""Python's cycle collector, run on the UI thread between events, never in the middle of
the database thread's work.

Collecting cycles stops every thread while it walks the objects alive. Left automatic, a
collection starts in whichever thread is allocating: on the database thread, reading 20,000
nominations set off collections of the whole heap (the window's 50,000 student ids among
it), and the window froze for 100 to 250 ms each time (benchmarks/ui_stall_benchmark.py).
So automatic collection is off, and a timer on the UI thread collects each generation when
it is due, as the automatic collector would (Riverbank's advice for PyQt; Anki's window
does the same). What survives a full collection is set aside (``gc.freeze``): the next
full one walks only what came since, so it stays short however much the window holds
(20,000 nominations: about 50 ms each time otherwise). Reference counting still frees
whatever is set aside once nothing uses it; only a reference cycle among such objects
would wait, until the window is next left for another application, when everything is
walked once (``tidy``).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

CHECK_EVERY_MS = 1_000


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationInactive:
            self.tidy()

    def check(self) -> None:
        """Collect the generation that is due (the oldest due takes the younger with it)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                if generation == 2:
                    gc.freeze()
                return

    @staticmethod
    def tidy() -> None:
        """Walk everything once, what was set aside included (while nobody is looking)."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    @staticmethod
    def set_aside_what_is_alive() -> None:
        """Whatever is alive now (the window, its pages, their first data) is never walked
        again by a collection."""
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        self.timer.stop()
        gc.unfreeze()
        gc.enable()
