"""The import window: choose a file, check its sheet and columns, preview, import, undo."""
