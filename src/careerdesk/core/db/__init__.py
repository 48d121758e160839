"""Storage: the SQLAlchemy models, the engine, migrations and backups.

Alembic's setup chatter is kept out of the log here, before anything of this package can
import Alembic (it says "setup plugin …" as it is imported): of its messages the log keeps
the upgrades it ran ("Running upgrade 0003 -> 0004, …"), which say what happened to an
office's database, and its warnings.
"""

import logging


def _only_the_steps(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING or record.getMessage().startswith("Running ")


logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
logging.getLogger("alembic.runtime.migration").addFilter(_only_the_steps)
