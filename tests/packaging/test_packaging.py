"""The installers' files: the Linux desktop entry and AppStream metadata are valid, say the
version the package says, and the PyInstaller bundle builds and runs on its own.

The bundle takes a minute or two to build, so it is built when ``CAREERDESK_TEST_BUNDLE``
is set: ``python3 dev.py test`` (and so CI) sets it; a bare ``pytest`` says it skipped it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree  # our own file, not an imported one
from pathlib import Path

import pytest

import careerdesk
from tests.files import xlsx

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "org.careerdesk.CareerDesk.desktop"
METAINFO = LINUX / "org.careerdesk.CareerDesk.metainfo.xml"
SAMPLES = ROOT.parent / "shared" / "samples"


def test_desktop_entry_is_valid() -> None:
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-utils is not installed (dev.py test installs it)")
    checked = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                             text=True)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout


def test_appstream_metadata_is_valid_and_current() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP.stem
    assert root.find("launchable").text == DESKTOP.name
    newest = root.find("releases/release")
    assert newest.get("version") == careerdesk.__version__, "add a <release> for this version"
    if not shutil.which("appstreamcli"):
        pytest.skip("appstream is not installed (dev.py test installs it)")
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", "--strict",
                              str(METAINFO)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_every_qt_module_the_code_uses_is_bundled() -> None:
    spec = (ROOT / "packaging" / "careerdesk.spec").read_text()
    used = set()
    for path in (ROOT / "src" / "careerdesk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used.update(word.rstrip(".,: ") for word in text.split()
                    if word.startswith("PySide6.Qt"))
    assert used, "no Qt module found: the scan is broken"
    excluded = {m for m in used if f'"{m}"' in spec}
    assert not excluded, f"the bundle leaves out Qt modules CareerDesk imports: {excluded}"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not os.environ.get("CAREERDESK_TEST_BUNDLE"):
        pytest.skip("CAREERDESK_TEST_BUNDLE is not set: the bundle is built by dev.py test")
    work = tmp_path_factory.mktemp("bundle")
    built = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(ROOT / "packaging" / "careerdesk.spec")],
        capture_output=True, text=True, cwd=ROOT)
    assert built.returncode == 0, built.stderr[-3000:]
    return work / "dist" / "CareerDesk"


def _bundled(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(CAREERDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(bundle / "careerdesk"), *args], capture_output=True, text=True,
                          env=env, timeout=300)


def test_the_bundle_runs_without_this_python(bundle: Path, tmp_path: Path) -> None:
    """Migrations, translations, the report font and the import all travel in the bundle."""
    database = str(tmp_path / "bundled.sqlite3")
    made = _bundled(bundle, tmp_path, "--db", database, "demo", "--students", "60")
    assert made.returncode == 0, made.stderr
    printed = _bundled(bundle, tmp_path, "--db", database, "report", "placement",
                       "--cohort", "TF-2026", "-o", str(tmp_path / "report.pdf"))
    assert printed.returncode == 0, printed.stderr
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    sample = SAMPLES / "polyu-computing-procruit-c.xlsx"
    if not sample.exists():
        sample = xlsx(tmp_path / "list.xlsx", [["Student No.", "Name", "University"],
                                               ["1155000001", "CHAN Tai Man", "CUHK"]])
    # (a workbook is read by the bundle started again as its own reading child process)
    imported = _bundled(bundle, tmp_path, "--db", database, "import", str(sample),
                        "--dry-run", "--json")
    assert imported.returncode == 0, imported.stderr
    assert '"rows"' in imported.stdout
    refused = _bundled(bundle, tmp_path, "--db", database, "report", "placement",
                       "--cohort", "NO-SUCH", "-o", str(tmp_path / "x.pdf"))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert (bundle / "careerdesk-gui").exists() or (bundle / "careerdesk-gui.exe").exists()
    for asset in ("careerdesk_zh_HK.qm", "careerdesk.svg", "DroidSansFallbackFull.ttf"):
        assert list(bundle.rglob(asset)), f"{asset} is not in the bundle"
