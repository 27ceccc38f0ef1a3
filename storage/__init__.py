"""Shared SQL storage: one database (SQLite by default, PostgreSQL by setting), one declarative base, one
Alembic migration history. It knows no feature: features define their tables on ``storage.base.Base``, and
the migration environment imports their model modules by name (``storage.settings.MODEL_MODULES``)."""
