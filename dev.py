#!/usr/bin/env python3
"""Set up CareerDesk on this machine and start it, or run its whole test suite.

    python3 dev.py start [careerdesk arguments]   set up, then open the CareerDesk window
    python3 dev.py test  [pytest arguments]       set up, then run lint and every test

Both are safe to run again: the virtual environment in .venv is made once and
reinstalled only when pyproject.toml changes; system packages are installed only
when missing. Needs Python 3.11 or newer; on Debian/Ubuntu it installs the system
libraries Qt needs (as root, or through sudo without a password).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".careerdesk-installed"
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
PYTHON = BIN / ("python.exe" if WINDOWS else "python")

# Debian packages: what Qt needs to draw (offscreen or on a desktop), Chinese fonts, the PDF
# tools tests use to read reports back, and a PostgreSQL server for the database tests.
APT_COMMON = ["libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libglib2.0-0",
              "libdbus-1-3", "fonts-noto-cjk",
              # TrueType outlines, which PDF reports can embed (Noto CJK's CFF ones cannot).
              "fonts-arphic-uming"]
APT_DESKTOP = ["libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1",
               "libxcb-shape0", "libxcb-randr0", "libxcb-render-util0", "libxcb-image0"]
APT_TEST = ["poppler-utils", "postgresql",
            # validators for the Linux desktop entry and AppStream metadata in packaging/
            "desktop-file-utils", "appstream"]


def say(message: str) -> None:
    print(f"[careerdesk] {message}", flush=True)


def run(*command: str | Path, **kwargs) -> None:
    subprocess.run([str(c) for c in command], check=True, **kwargs)


# -- system packages --------------------------------------------------------------------------
def ensure_system_packages(packages: list[str]) -> None:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query"):
        return
    missing = [p for p in packages if not _installed(p)]
    if not missing:
        return
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    if prefix and not shutil.which("sudo"):
        say("Please ask IT to install these system packages: " + " ".join(missing))
        return
    say("Installing system packages: " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        run(*prefix, "apt-get", "update", "-qq", env=env, stdout=subprocess.DEVNULL)
        run(*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing,
            env=env, stdout=subprocess.DEVNULL)
    except subprocess.CalledProcessError:
        say("Could not install " + " ".join(missing) + "; continuing without them.")


def _installed(package: str) -> bool:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                            capture_output=True, text=True)
    return result.returncode == 0 and "install ok installed" in result.stdout


# -- the virtual environment ------------------------------------------------------------------
def ensure_venv() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py must run on old Pythons to say so
        sys.exit("CareerDesk needs Python 3.11 or newer; this is " + sys.version.split()[0])
    if not PYTHON.exists():
        say(f"Creating the virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    say("Installing CareerDesk and its dependencies (first run, or pyproject.toml changed)")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]")
    STAMP.write_text(wanted)


# -- a throwaway PostgreSQL server on loopback, for the database tests -------------------------
def start_postgres(work: Path) -> tuple[str, list[str]] | None:
    """Start a private PostgreSQL server; return its URL and the command that stops it."""
    binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not binaries:
        return None
    bindir = binaries[-1].parent
    data, sockets = work / "data", work / "sockets"
    sockets.mkdir(parents=True)
    as_user: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(work, "postgres")
        shutil.chown(sockets, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = 54329
    run(*as_user, bindir / "initdb", "-D", data, "-U", "postgres", "--auth=trust",
        "--encoding=UTF8", "--locale=C", stdout=subprocess.DEVNULL)
    run(*as_user, bindir / "pg_ctl", "-D", data, "-l", data / "server.log", "-w", "-o",
        f"-h 127.0.0.1 -p {port} -k {sockets} -F", "start", stdout=subprocess.DEVNULL)
    stop = [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]
    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", stop


# -- commands ---------------------------------------------------------------------------------
def start(args: list[str]) -> int:
    ensure_system_packages(APT_COMMON + APT_DESKTOP)
    ensure_venv()
    say("Starting CareerDesk")
    return subprocess.call([str(BIN / "careerdesk"), *args])


def test(args: list[str]) -> int:
    require_postgres = "--require-postgres" in args
    args = [a for a in args if a != "--require-postgres"]
    ensure_system_packages(APT_COMMON + APT_TEST)
    ensure_venv()
    # The whole suite: the PyInstaller bundle is built and run too (a bare pytest skips it).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CAREERDESK_TEST_BUNDLE": "1"}
    say("Checking the code with ruff")
    if subprocess.call([str(PYTHON), "-m", "ruff", "check", "src", "tests", "benchmarks",
                        "scripts", "packaging", "dev.py"], cwd=ROOT) != 0:
        return 1
    say("Checking the types of the core, io and reports with mypy")
    if subprocess.call([str(PYTHON), "-m", "mypy"], cwd=ROOT) != 0:
        return 1
    with tempfile.TemporaryDirectory(prefix="careerdesk-pg-") as work:
        server = None
        if not env.get("CAREERDESK_TEST_POSTGRES_URL"):
            try:
                server = start_postgres(Path(work))
            except (subprocess.CalledProcessError, OSError) as exc:
                say(f"Could not start PostgreSQL ({exc}); its tests will be skipped.")
            if server:
                env["CAREERDESK_TEST_POSTGRES_URL"] = server[0]
                say(f"PostgreSQL test server running at {server[0]}")
            elif require_postgres:
                say("A PostgreSQL server is required for this run but could not be started.")
                return 1
        try:
            say("Running the test suite")
            started = time.monotonic()
            code = subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env)
            say(f"Tests finished in {time.monotonic() - started:.0f} s")
            return code
        finally:
            if server:
                subprocess.call(server[1], stdout=subprocess.DEVNULL)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("start", "test"):
        print(__doc__)
        return 2
    command, args = sys.argv[1], sys.argv[2:]
    return start(args) if command == "start" else test(args)


if __name__ == "__main__":
    raise SystemExit(main())
