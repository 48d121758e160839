"""careerdesk.core must work where Qt cannot even be imported."""

from __future__ import annotations

import subprocess
import sys

BLOCK_QT_AND_IMPORT_CORE = """
import importlib, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked in this test")
        return None

sys.meta_path.insert(0, BlockQt())
import careerdesk.core
names = [m.name for m in pkgutil.walk_packages(careerdesk.core.__path__, "careerdesk.core.")
         if ".migrations" not in m.name]
for name in names:
    importlib.import_module(name)
import careerdesk.cli.main
assert not any(n.startswith("PySide6") for n in sys.modules)
print(len(names))
"""


def test_core_and_cli_import_with_qt_blocked() -> None:
    result = subprocess.run([sys.executable, "-c", BLOCK_QT_AND_IMPORT_CORE],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 15  # it really walked the whole core
