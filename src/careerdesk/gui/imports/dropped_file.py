"""A file dragged from Explorer, Finder or an Outlook attachment saved to disk, dropped on
the window to be imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file ``mime`` carries, or None (several files, a folder, a link or
    text: nothing to import)."""
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.is_file() else None
