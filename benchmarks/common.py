"""Helpers shared by the benchmarks: timing, a cached demo database, printing."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

CACHE = Path(os.environ.get("CAREERDESK_BENCH_CACHE", Path.home() / ".cache" / "careerdesk-bench"))


def compile_bytecode() -> None:
    """Compile CareerDesk's modules (its migrations too) to bytecode, as installing it does.

    A benchmark's processes then start as a coordinator's installed app starts, even where
    the environment says not to write bytecode (PYTHONDONTWRITEBYTECODE): a module changed
    since it was last compiled would otherwise be compiled again in every measured run."""
    import compileall

    import careerdesk

    compileall.compile_dir(Path(careerdesk.__file__).parent, quiet=1)


def timed(work: Callable[[], object], repeat: int = 5) -> float:
    """The median wall time of ``work`` in seconds over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def demo_database(students: int) -> Path:
    """A SQLite file with ``students`` demo students, made once and kept in the cache."""
    from careerdesk.core.db.database import Database
    from careerdesk.core.services.demo import fill_demo_data

    CACHE.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CAREERDESK_HOME", str(CACHE / "home"))
    from careerdesk.core.db.revision import SCHEMA_REVISION

    # (a new schema makes new demo data: the career days came with revision 0009)
    path = CACHE / f"demo-{students}-r{SCHEMA_REVISION}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        database = Database.open(partial)
        fill_demo_data(database, students)
        database.close()
        partial.rename(path)
    return path


def in_fresh_process(code: str, *args: str) -> list[float]:
    """The numbers ``code`` prints, run by a fresh interpreter (its peak memory its own),
    with the benchmarks' own CareerDesk home."""
    env = {**os.environ, "CAREERDESK_HOME": str(CACHE / "home")}
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True,
                         text=True, env=env).stdout.split()
    return [float(x) for x in out]


def report(name: str, measured: float, baseline_name: str, baseline: float,
           target_ratio: float | None = None, target_seconds: float | None = None) -> None:
    ratio = measured / baseline if baseline else float("inf")
    verdict = []
    if target_ratio is not None:
        met = "met" if ratio <= target_ratio else "MISSED"
        verdict.append(f"target ≤ {target_ratio:g}×: {met}")
    if target_seconds is not None:
        verdict.append(f"target < {target_seconds:g} s: "
                       f"{'met' if measured < target_seconds else 'MISSED'}")
    print(f"{name}: {measured * 1000:.1f} ms | {baseline_name}: {baseline * 1000:.1f} ms | "
          f"ratio {ratio:.2f}× | " + "; ".join(verdict))


def demo_from_arguments(doc: str, default_students: int) -> Path:
    """Parse ``--students N`` and return the cached demo database of that size."""
    import argparse

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--students", type=int, default=default_students)
    path = demo_database(parser.parse_args().students)
    os.environ.setdefault("CAREERDESK_HOME", str(path.parent / "home"))
    return path
