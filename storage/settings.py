"""Settings of the shared database (environment prefix ``STORAGE_``)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///var/osaki.db"


class StorageSettings(BaseSettings):
    """Where the application database lives."""

    model_config = SettingsConfigDict(env_prefix="STORAGE_", env_file=".env", extra="ignore")

    database_url: str = Field(
        DEFAULT_DATABASE_URL,
        description="SQLAlchemy URL: sqlite:///path.db (relative to the working directory) or "
        "postgresql+psycopg://user:password@host:5432/db",
    )
    echo_sql: bool = False
    sqlite_busy_timeout_ms: int = Field(30_000, ge=0, description="how long a SQLite writer waits for the lock")


# Every module that defines tables on ``storage.base.Base``: the migration environment imports them to compare
# the models with the migrations (``python -m storage check``, ``revision``). A feature that adds tables adds
# its module here; storage itself imports no feature.
MODEL_MODULES: tuple[str, ...] = ("chat.models", "reports.models", "staff.models", "watch.satellite_models",
                                  "watch.models", "watch.notices_models")
