"""Where a database lives: a network filesystem is refused (SQLite's locks do not work
across computers), and a database on read-only storage opens for reading only, every
change refused in one sentence."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from careerdesk.core.db import storage
from careerdesk.core.db.database import Database
from careerdesk.core.db.models import Student
from careerdesk.core.errors import DatabaseError
from careerdesk.core.services.events import EventForm, list_events, save_event

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/careers /mnt/office nfs4 rw,relatime,vers=4.2 0 0
//nas/shared\\040drive /mnt/shared\\040drive cifs rw,vers=3.0 0 0
sshfs#me@host: /home/me/remote fuse.sshfs rw 0 0
tmpfs /mnt/office/local tmpfs rw 0 0
"""


@pytest.mark.parametrize("path, kind", [
    ("/mnt/office/careers/careerdesk.sqlite3", "nfs4"),
    ("/mnt/shared drive/careerdesk.sqlite3", "cifs"),
    ("/home/me/remote/careerdesk.sqlite3", "fuse.sshfs"),
    ("/mnt/office/local/careerdesk.sqlite3", None),  # a local mount inside a network one
    ("/mnt/officework/careerdesk.sqlite3", None),  # not under /mnt/office
    ("/home/me/careerdesk.sqlite3", None),
])
def test_a_network_filesystem_is_told_by_the_mount_table(path: str, kind: str | None) -> None:
    assert storage.network_filesystem(Path(path), MOUNTS) == kind


def test_this_computers_own_folder_is_local(tmp_path: Path) -> None:
    assert storage.network_filesystem(tmp_path) is None


def test_a_database_on_a_network_drive_is_refused_and_not_made(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = f"/dev/sda1 / ext4 rw 0 0\nnas:/careers {tmp_path} nfs4 rw 0 0\n"
    monkeypatch.setattr(storage, "_mount_table", lambda: table)
    with pytest.raises(DatabaseError, match="is on a network drive \\(nfs4\\).*PostgreSQL"):
        Database.open(tmp_path / "careerdesk.sqlite3")
    assert not (tmp_path / "careerdesk.sqlite3").exists()


@pytest.fixture
def read_only_folder(tmp_path: Path, demo_database_file: Path) -> Iterator[Path]:
    """A folder holding a copy of the demo database that this user cannot write: a
    read-only mount where the tests run as root (root may write anything else), else a
    folder and file without write permission."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    if os.geteuid() == 0:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(folder)],
                                 capture_output=True).returncode == 0
        if not mounted:
            pytest.skip("root, but no read-only filesystem can be mounted here")
        shutil.copy(demo_database_file, folder / "office.sqlite3")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
        subprocess.run(["umount", "-l", str(folder)], check=False)
        return
    shutil.copy(demo_database_file, folder / "office.sqlite3")
    (folder / "office.sqlite3").chmod(0o444)
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def test_a_read_only_database_is_read_and_never_changed(read_only_folder: Path) -> None:
    import datetime as dt

    database = Database.open(read_only_folder / "office.sqlite3")
    try:
        assert database.read_only
        with database.session() as session:
            assert session.scalar(select(func.count(Student.id))) == 300
            assert list_events(session)
        with pytest.raises(DatabaseError, match="can only be read.*nothing was changed"):
            save_event(database, EventForm("NEW-1", "New", dt.date(2026, 1, 1)))
        from careerdesk.core.services.exports import export_students
        from careerdesk.core.services.reports import print_attendance

        out = read_only_folder.parent
        assert print_attendance(database, "AIA-2025", out / "a.pdf").pages >= 1
        assert export_students(database, out / "s.xlsx").count > 0
    finally:
        database.close()
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["office.sqlite3"]
