"""GUI tests run offscreen; dialogs are answered through their Qt entry points."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
