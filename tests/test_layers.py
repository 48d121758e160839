"""The layers point one way: io and reports never import core, gui or cli; core never
imports gui or cli. Checked by importing each lower package with the upper ones blocked."""

from __future__ import annotations

import subprocess
import sys

import pytest

IMPORT_WITH_BLOCKED = """
import importlib, pkgutil, sys

BLOCKED = {blocked!r}

class Block:
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + ".") for b in BLOCKED):
            raise ImportError(f"{{name}} is an upper layer, blocked in this test")
        return None

sys.meta_path.insert(0, Block())
package = importlib.import_module({package!r})
names = [m.name for m in pkgutil.walk_packages(package.__path__, {package!r} + ".")
         if ".migrations" not in m.name]
for name in names:
    importlib.import_module(name)
print(len(names))
"""

LAYERS = [
    ("careerdesk.io", ["careerdesk.core", "careerdesk.gui", "careerdesk.cli", "PySide6"]),
    ("careerdesk.reports", ["careerdesk.core", "careerdesk.gui", "careerdesk.cli", "PySide6"]),
    ("careerdesk.core", ["careerdesk.gui", "careerdesk.cli", "PySide6"]),
]


@pytest.mark.parametrize(("package", "blocked"), LAYERS, ids=[p for p, _ in LAYERS])
def test_lower_layer_imports_without_the_layers_above(package: str, blocked: list[str]) -> None:
    code = IMPORT_WITH_BLOCKED.format(package=package, blocked=blocked)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 3  # it really walked the package
