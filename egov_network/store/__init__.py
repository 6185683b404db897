"""Persistence: SQLAlchemy models, the engine with its SQLite settings, migrations."""
