"""The guard against PySide6 6.12.0's lost references to None and True
(gui.singleton_guard)."""

from __future__ import annotations

import subprocess
import sys

CALLS = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from careerdesk.gui.app import application
from PySide6.QtWidgets import QWizardPage
app = application()
page = QWizardPage()
for _ in range(200_000):  # far more than None's or True's references on Python 3.11
    page.setTitle("x")
    page.completeChanged.emit()
    app.processEvents()
print("survived")
"""


def test_a_long_session_of_qt_calls_does_not_abort_the_app() -> None:
    """200,000 calls that return nothing, and as many signals emitted: under PySide6 6.12.0
    without the guard, Python 3.11 stops with "deallocating None" (or True) after a few
    hundred to a few thousand."""
    result = subprocess.run([sys.executable, "-c", CALLS], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"


def test_the_guard_is_taken_only_where_the_bug_is() -> None:
    """With the guard off, the same calls on a Qt object cost None a reference exactly when
    the probe says so: the probe is what decides."""
    code = ("import sys\n"
            "from PySide6.QtCore import QObject\n"
            "from careerdesk.gui.singleton_guard import drops_references\n"
            "o = QObject(); before = sys.getrefcount(None)\n"
            "for _ in range(100): o.setObjectName('')\n"
            "print(sys.getrefcount(None) < before - 50, drops_references())\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=True)
    lost, probed = result.stdout.split()
    assert lost == probed

