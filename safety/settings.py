"""Settings of the safety layer (environment prefix ``SAFETY_PREFILTER_``).

The safety check itself has no settings a city should change (its decisions and phone lines are in
``safety/data/safety.yaml``); only where the rules' compiled hyperscan prefilter is cached, and a switch to turn
it off (:mod:`safety.prefilter`).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from core.settings import FeatureSettings


class PrefilterSettings(FeatureSettings):
    """Where the compiled databases are kept (environment prefix ``SAFETY_PREFILTER_``)."""

    model_config = SettingsConfigDict(env_prefix="SAFETY_PREFILTER_", env_file=".env", extra="ignore")

    enabled: bool = Field(True, description="scan with hyperscan first (false: every rule is searched with re)")
    cache_dir: Path = Field(Path("var/safety/prefilter"), description="where the compiled databases are kept")
