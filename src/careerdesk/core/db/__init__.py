"""Storage: the SQLAlchemy models, the engine, migrations and backups."""
