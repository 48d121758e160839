"""Entry point of `careerdesk` and `python -m careerdesk`: arguments, dispatch, plain errors."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.cli.parser import build_parser
from careerdesk.core.errors import CareerDeskError
from careerdesk.core.paths import log_path

if TYPE_CHECKING:
    from careerdesk.core.db.database import Database

EXIT_OK = 0
EXIT_FAILED = 2

Command = Callable[[argparse.Namespace, "Database"], int]


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # before the database was opened, or once the work was done
        if _done:
            return _done[0]  # (what was done stays done: its answer has been given)
        return _fail("Stopped; nothing was changed.")


_done: list[int] = []  # the command's exit status, once its work is over


def _main(argv: Sequence[str] | None) -> int:
    from careerdesk.core.paths import keep_files_private

    keep_files_private()
    _warnings_to_the_log()
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        from careerdesk.gui.app import run_gui  # Qt is loaded only for the window

        return run_gui(args.db)
    if args.command == "connect":  # (no database yet: it is the one being joined)
        from careerdesk.cli.connect_command import run as connect

        return connect(args)
    if getattr(args, "run", None) == "import_file":  # parsed while the database layer loads
        from careerdesk.core.services.read_ahead import start_reading

        args.read_ahead = start_reading(Path(args.file), args.sheet)
    from careerdesk.core.db.database import Database  # loaded only for commands

    run = _command(args.run)
    try:
        database = Database.open(args.db)
    except CareerDeskError as exc:
        return _fail(exc.message)
    except OSError as exc:  # (a folder or file the system refuses, before any database work)
        return _fail(f"CareerDesk cannot open the database: {exc.strerror or exc}.")
    try:
        code = run(args, database)
        _done.append(code)
        return code
    except CareerDeskError as exc:
        return _fail(exc.message)
    except BrokenPipeError:  # the reader went away (`careerdesk students list | head`)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep the interpreter's flush quiet
        return EXIT_OK
    except KeyboardInterrupt:  # (held during a commit: the count below is then exact)
        if database.commits:
            return _fail("Stopped after the changes were saved: they are in the database.")
        return _fail("Stopped before the end; nothing was changed.")
    except Exception:  # noqa: BLE001 - a person gets a sentence, the log gets the details
        return _fail(f"CareerDesk met an unexpected problem and stopped; nothing was changed. "
                     f"Details are in {_log_traceback()}.")
    finally:
        database.close()


def _command(name: str) -> Command:
    """The function a command names: "module.function" in ``careerdesk.cli``, or a function
    of ``commands``."""
    module, _, function = name.rpartition(".")
    found: Command = getattr(importlib.import_module(f"careerdesk.cli.{module or 'commands'}"),
                             function)
    return found


def _fail(message: str) -> int:
    sys.stderr.write(f"careerdesk: {message}\n")
    return EXIT_FAILED


class _QuietFileHandler(logging.FileHandler):
    """A log file whose write failing (a full disk) says nothing: the sentence stands."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        del record


def _warnings_to_the_log() -> None:
    """What CareerDesk warns of while it works (a workbook's reader that failed, and what it
    said) goes to the log, opened only if a warning comes; never to the terminal, where
    Python would otherwise print it."""
    if _warnings:
        return  # (main run again in one process)
    handler: logging.Handler
    try:
        handler = _QuietFileHandler(log_path(), encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    except (OSError, CareerDeskError):
        handler = logging.NullHandler()
    handler.setLevel(logging.WARNING)
    logging.getLogger("careerdesk").addHandler(handler)
    _warnings.append(handler)


_warnings: list[logging.Handler] = []


def _log_traceback() -> str:
    """Where the details were written: the log, or (a log folder that cannot be written:
    read-only, full) where they could not be, and why."""
    try:
        path = log_path()
        handler = _QuietFileHandler(path, encoding="utf-8")
    except (OSError, CareerDeskError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else exc.message
        return f"no file: the log could not be written ({reason})"
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("careerdesk")
    logger.addHandler(handler)
    try:
        logger.error("Unexpected error\n%s", traceback.format_exc())
    finally:
        logger.removeHandler(handler)
        handler.close()
    return str(path)


if __name__ == "__main__":
    raise SystemExit(main())
