"""The schema revision this version of CareerDesk writes, readable without importing Alembic.

A test keeps it equal to the head of the shipped migrations. Start-up compares the
database's ``alembic_version`` with it and loads Alembic only when they differ.
"""

SCHEMA_REVISION = "0012"
