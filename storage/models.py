"""Imports every module that defines tables, so Alembic and create_all see the whole schema."""

from __future__ import annotations

import reports.models  # noqa: F401
import staff.models  # noqa: F401
import watch.models  # noqa: F401
