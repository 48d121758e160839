"""Closing the window while work runs on the database thread quits cleanly: the work is
cancelled or finished, never cut off (before, the process aborted: exit 134, "QThread:
Destroyed while thread is still running")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CLOSE_DURING = """
import os, sys
from PySide6.QtCore import QTimer
from careerdesk.gui.app import application
from careerdesk.gui.main_window import MainWindow
from careerdesk.core.db.database import Database

app = application()
window = MainWindow(Database.open(sys.argv[1]))
window.show()
work = sys.argv[2]
if work == "report":
    page = window.page(window.REPORTS)
    page.choose("placement", cohort="TF-2025")
    page.generate()
elif work == "nominations":
    window.show_page(window.NOMINATIONS)  # its rows are being read
elif work == "demo":
    from careerdesk.core.services.demo import fill_demo_data
    window.ops.long("demo", lambda database, progress: fill_demo_data(database, 3000,
                                                                      progress=progress))
QTimer.singleShot(int(sys.argv[3]), window.close)
QTimer.singleShot(int(sys.argv[3]) + 50, app.quit)
sys.exit(app.exec())
"""


@pytest.mark.parametrize("work", ["report", "nominations", "demo"])
@pytest.mark.parametrize("after_ms", [0, 150])
def test_closing_the_window_during_work_quits_cleanly(demo_database_file: Path, tmp_path: Path,
                                                      work: str, after_ms: int) -> None:
    copy = tmp_path / "office.sqlite3"
    copy.write_bytes(demo_database_file.read_bytes())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CLOSE_DURING, str(copy), work, str(after_ms)],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert "QThread" not in done.stderr and "Traceback" not in done.stderr
    from careerdesk.core.db.database import Database

    database = Database.open(copy)  # the file is whole: it opens, its checks pass
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    database.close()
