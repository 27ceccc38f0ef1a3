"""Settings of the chat (prefix ``CHAT_``). Rasa's addresses and token are core.rasa.RasaSettings (RASA_)."""

from __future__ import annotations

from limits import parse_many
from pydantic import Field, field_validator
from pydantic_settings import SettingsConfigDict

from core.settings import FeatureSettings

DEV_SECRET_KEY = "dev-chat-secret-change-me"


class ChatSettings(FeatureSettings):
    """Session signing, how long a turn waits for Rasa, and the per-client rate limit of /api/chat."""

    model_config = SettingsConfigDict(env_prefix="CHAT_", env_file=".env", extra="ignore")
    secret_fields = ("secret_key",)

    secret_key: str = Field(DEV_SECRET_KEY, description="signs chat session ids (itsdangerous)")
    rasa_timeout_s: float = Field(5.0, gt=0, description="seconds before a chat turn falls back to the search")
    rasa_retry_after_s: float = Field(
        10.0, ge=0, description="after a Rasa failure, seconds answering from the search before Rasa is tried again"
    )
    rate_limit: str = Field(
        "60/minute;20/10 seconds", description="per client on /api/chat and /api/chat/session (limits syntax)"
    )

    @field_validator("rate_limit")
    @classmethod
    def _parsable(cls, value: str) -> str:
        try:
            items = parse_many(value)
        except ValueError as err:
            raise ValueError(f"CHAT_RATE_LIMIT: {err}") from err
        if not items:
            raise ValueError("CHAT_RATE_LIMIT must name at least one limit, e.g. 60/minute")
        return value


class QuestionLogSettings(FeatureSettings):
    """The question log and the staff page 「FAQの改善」 (prefix ``QUESTION_LOG_``)."""

    model_config = SettingsConfigDict(env_prefix="QUESTION_LOG_", env_file=".env", extra="ignore")

    enabled: bool = Field(True, description="keep every chat question (masked) with its outcome and feedback")
    retention_days: int = Field(365, ge=1, le=3650, description="questions older than this many days are deleted")
    purge_interval_s: float = Field(3600.0, gt=0, description="seconds between runs of the deletion task")
    group_similarity: float = Field(
        0.8, gt=0.0, le=1.0,
        description="embedding cosine for two questions the search placed on different entries to share a group",
    )
    group_entry_similarity: float = Field(
        0.5, ge=0.0, le=1.0, description="embedding cosine for two questions placed on the same entry"
    )
    group_ngram_similarity: float = Field(
        0.6, gt=0.0, le=1.0, description="the same with character bigrams (used when the search is not loaded)"
    )
    group_entry_ngram_similarity: float = Field(
        0.2, ge=0.0, le=1.0, description="character-bigram cosine for two questions placed on the same entry"
    )
    max_grouped: int = Field(
        1000, ge=10, le=20_000, description="at most this many distinct questions are grouped per page view"
    )
    default_period_days: int = Field(28, ge=1, le=366, description="the page's default period")
    chart_weeks: int = Field(8, ge=1, le=52, description="weeks shown in the chart of what citizens ask")
