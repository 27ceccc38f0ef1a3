"""The city's search vocabulary (synonyms and rewrites), read from a YAML data file the city edits.

Format: see the header of ``knowledge/data/vocabulary.yaml`` and docs/search-quality.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from knowledge.errors import IngestError
from knowledge.normal_form import normalize_pattern

DEFAULT_VOCABULARY_PATH = Path(__file__).resolve().parent / "data" / "vocabulary.yaml"


@dataclass(frozen=True)
class Vocabulary:
    """Synonym expansion (term -> added terms) and ordered text rewrites (pattern -> replacement)."""

    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rewrites: tuple[tuple[re.Pattern[str], str], ...] = ()

    def rewrite(self, text: str) -> str:
        """Apply every rewrite in order."""
        for pattern, replacement in self.rewrites:
            text = pattern.sub(replacement, text)
        return text


def parse_vocabulary(data: object, *, source: str) -> Vocabulary:
    """Validate the YAML document's structure; every problem names the file and the entry."""
    if data is None:
        return Vocabulary()
    if not isinstance(data, dict):
        raise IngestError("the vocabulary must be a mapping with 'synonyms' and 'rewrites'", source=source)
    unknown = set(data) - {"synonyms", "rewrites"}
    if unknown:
        raise IngestError(f"unknown section(s) {', '.join(sorted(map(str, unknown)))}", source=source)
    raw_synonyms = data.get("synonyms") or {}
    if not isinstance(raw_synonyms, dict):
        raise IngestError("'synonyms' must map a term to a list of terms", source=source)
    synonyms: dict[str, tuple[str, ...]] = {}
    for term, expansions in raw_synonyms.items():
        if not isinstance(expansions, list) or not all(isinstance(e, str) and e.strip() for e in expansions):
            raise IngestError(f"synonyms of {term!r} must be a list of non-empty terms", source=source)
        synonyms[str(term)] = tuple(e.strip() for e in expansions)
    raw_rewrites = data.get("rewrites") or []
    if not isinstance(raw_rewrites, list):
        raise IngestError("'rewrites' must be a list of [pattern, replacement] pairs", source=source)
    rewrites = []
    for number, pair in enumerate(raw_rewrites, start=1):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)) or not pair[0]:
            raise IngestError(f"rewrite {number} must be a [pattern, replacement] pair of strings", source=source)
        try:
            # Rewrites see the normalized text: a pattern written ICカード would never match (section 24).
            rewrites.append((re.compile(normalize_pattern(pair[0])), pair[1]))
        except re.error as err:
            raise IngestError(f"rewrite {number}: invalid pattern {pair[0]!r}: {err}", source=source) from err
    return Vocabulary(synonyms, tuple(rewrites))


def load_vocabulary(path: Path = DEFAULT_VOCABULARY_PATH) -> Vocabulary:
    """Read and validate a vocabulary file."""
    source = str(path)
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except OSError as err:
        raise IngestError(f"cannot read: {err.strerror}", source=source) from err
    except (UnicodeDecodeError, yaml.YAMLError) as err:
        raise IngestError(f"not a valid UTF-8 YAML file: {err}", source=source) from err
    return parse_vocabulary(data, source=source)
