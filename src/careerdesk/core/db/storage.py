"""Where a database file lives: on a network filesystem (where SQLite's locks do not work
across computers, and a shared file is damaged), or on storage this user cannot write (a
read-only share, a CD, a file without write permission: opened for reading only)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: Filesystems that reach another computer (Linux's names; macOS's from `mount`).
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "afpfs", "ceph",
    "glusterfs", "lustre", "gpfs", "ocfs2", "davfs", "webdav", "fuse.sshfs", "fuse.s3fs",
    "fuse.rclone", "fuse.gcsfuse", "fuse.davfs2", "fuse.smbnetfs", "fuse.glusterfs",
    "fuse.cephfs", "fuse.juicefs", "fuse.goofys", "fuse.blobfuse", "sshfs"})


def network_filesystem(path: Path, mounts: str | None = None) -> str | None:
    """The kind of network filesystem ``path`` is on ("nfs4", "cifs", "a network drive"),
    or None for a local one. ``mounts``: the mount table as Linux's /proc/self/mounts
    writes it (read from the system when not given)."""
    path = Path(path).expanduser().absolute()
    if os.name == "nt":
        return _windows_network_drive(path)
    table = mounts if mounts is not None else _mount_table()
    kind = _filesystem_of(path, table)
    return kind if kind in NETWORK_FILESYSTEMS else None


def _filesystem_of(path: Path, table: str) -> str | None:
    """The type of the filesystem mounted deepest above ``path`` in ``table``."""
    best, kind = -1, None
    text = str(path)
    for line in table.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescaped(parts[1])
        inside = text == point or text.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and len(point) > best:
            best, kind = len(point), parts[2]
    return kind


def _unescaped(field: str) -> str:
    """A mount table's field, its spaces and tabs written as octal escapes (\\040)."""
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def _mount_table() -> str:
    """This computer's mounts in Linux's form; on macOS, from `mount` ("//server/share on
    /Volumes/share (smbfs, …)")."""
    for name in ("/proc/self/mounts", "/proc/mounts"):
        try:
            return Path(name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    if sys.platform == "darwin":
        try:
            listed = subprocess.run(["/sbin/mount"], capture_output=True, text=True,
                                    timeout=5).stdout
        except (OSError, subprocess.SubprocessError):
            return ""
        lines = []
        for line in listed.splitlines():
            device, _, rest = line.partition(" on ")
            point, _, options = rest.rpartition(" (")
            kind = options.split(",")[0].strip(" )")
            lines.append(f"{device} {point.replace(' ', chr(92) + '040')} {kind}")
        return "\n".join(lines)
    return ""


def _windows_network_drive(path: Path) -> str | None:
    text = str(path)
    if text.startswith("\\\\"):  # \\server\share: a UNC path
        return "a network share"
    try:
        import ctypes

        drive_remote = 4
        root = f"{path.drive}\\"
        if ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote:  # type: ignore[attr-defined]
            return "a mapped network drive"
    except (AttributeError, OSError):
        return None
    return None


def read_only(path: Path) -> bool:
    """Whether the database file (and the folder its journal lives in) cannot be written."""
    path = Path(path)
    if path.exists():
        return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
    return False
