"""GUI tests run offscreen; dialogs are answered through their Qt entry points."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from careerdesk.gui.singleton_guard import guard_singletons  # noqa: E402

# pytest-qt's waits call processEvents in a loop; under PySide6 6.12.0 each call costs None
# a reference (and each emit() costs True one), and a long run ended in "deallocating
# None" (see careerdesk.gui.singleton_guard).
guard_singletons()
