"""Python's cycle collector runs on the UI thread between events (never inside the database
thread's work), and what survives a full collection is set aside."""

from __future__ import annotations

import gc

from careerdesk.gui.common.garbage import GarbageCollector
from careerdesk.gui.main_window import MainWindow
from tests.gui.conftest import settle


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_is_the_timers_while_the_window_is_open(qtbot, demo_database) -> None:  # noqa: ANN001
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    settle(qtbot, window)
    assert not gc.isenabled()  # nothing collects inside the database thread's work
    garbage = window.garbage
    gc.collect()
    made = [_Cycle() for _ in range(garbage.threshold[0] + 10)]
    del made  # cycles: only a collection frees them
    assert gc.get_count()[0] > garbage.threshold[0]
    garbage.check()
    assert gc.get_count()[0] < garbage.threshold[0]
    assert not any(isinstance(o, _Cycle) for o in gc.get_objects())
    window.close()
    assert gc.isenabled()


def test_a_full_collection_sets_aside_what_survives(qtbot) -> None:  # noqa: ANN001
    garbage = GarbageCollector()
    try:
        frozen = gc.get_freeze_count()
        kept = [[n] for n in range(1000)]  # alive: set aside after the full collection
        garbage.threshold = (-1, -1, -1)  # every generation due: the oldest goes
        garbage.check()
        assert gc.get_freeze_count() >= frozen + 1000
        garbage.tidy()  # everything walked once more, and set aside again
        assert gc.get_freeze_count() >= 1000 and kept
    finally:
        garbage.stop()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
