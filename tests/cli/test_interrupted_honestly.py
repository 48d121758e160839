"""Ctrl-C during an import tells the truth: "nothing was changed" only when nothing was,
and "saved" when the commit had been made (an interrupt waits for the commit to end)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGINT to a child process")


def _big_list(path: Path, rows: int) -> Path:
    lines = ["Student No.,English Name,Chinese Name,Email,University"]
    lines += [f"1155{n:06d},CHAN Tai Man {n},陳大文,s{n}@link.cuhk.edu.hk,CUHK"
              for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("after", [0.4, 1.5, 3.0, 5.0])
def test_an_interrupted_import_says_what_really_happened(tmp_path: Path, after: float) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "office.sqlite3"
    listing = _big_list(tmp_path / "big.csv", 40_000)
    env = {**os.environ, "CAREERDESK_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    assert subprocess.run([sys.executable, "-m", "careerdesk", "--db", str(db), "students",
                           "list"], env=env, capture_output=True).returncode == 0
    child = subprocess.Popen([sys.executable, "-m", "careerdesk", "--db", str(db), "import",
                              str(listing)], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, encoding="utf-8")
    time.sleep(after)
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=300)
    with sqlite3.connect(db) as connection:
        batches = connection.execute("SELECT count(*) FROM import_batch").fetchone()[0]
        students = connection.execute("SELECT count(*) FROM student").fetchone()[0]
    if "nothing was changed" in err:
        assert (batches, students) == (0, 0), err
    elif "were saved" in err:
        assert (batches, students) == (1, 40_000), err
    else:  # the import had finished (and said so) before the interrupt came
        assert "were added" in out and batches == 1, (out, err)
    assert "Traceback" not in err
