"""Shared SQL storage: one database (SQLite by default, PostgreSQL by setting) for reports and watch-over."""
