"""Questions grouped by similarity for 「FAQの改善」: a small Protocol with two engines and the grouping itself.

``EmbeddingSimilarity`` uses the knowledge search's loaded embedder (cosine of the query vectors, cached per
text so a page view embeds only new questions); ``NgramSimilarity`` (character bigrams of what is asked about,
cosine) needs no model and is used when the search is not loaded. Each has its own threshold
(QUESTION_LOG_GROUP_SIMILARITY, QUESTION_LOG_GROUP_NGRAM_SIMILARITY): their scores are not on one scale.
Grouping is greedy and deterministic: the most asked questions lead, every other question joins the most similar
leader at or above the threshold.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_matrix, diags

from knowledge.embed import Embedder

FloatMatrix = npt.NDArray[np.float32]
NGRAM = 2
VECTOR_CACHE_SIZE = 20_000  # texts whose vectors are kept between page views
_NOT_CONTENT = re.compile(r"[\s、。,.!?！？「」『』()（）・…〜~]+")
# Endings that ask without saying what about (教えてください, ですか, はいつ...) and a trailing particle.
_ASKING_ENDING = re.compile(
    r"(?:を|は|が|って|の)?(?:教えて(?:ください|下さい|ほしい)?|知りたい(?:です)?|ください|下さい|ですか|ますか|でしょうか|"
    r"ありますか|できますか|いいですか|したい(?:です)?|たい(?:です)?|とれますか|取れますか|ほしい|はいつ|いつ|どこ|どう|"
    r"なに|何)+$|[をはがのにでと]$"
)
_PARTICLE = re.compile(r"[をはがのにでともへや]")
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}


class TextSimilarity(Protocol):
    """Pairwise similarity of texts in 0..1 (1 = the same meaning)."""

    name: str

    def matrix(self, texts: Sequence[str]) -> FloatMatrix:
        """The n x n similarities of ``texts``."""
        ...


def content(text: str) -> str:
    """What a question is about: NFKC, lower case, katakana as hiragana, without blanks, punctuation and the
    asking ending (「ごみの日を教えてください」 -> 「ごみの日」)."""
    core = _NOT_CONTENT.sub("", unicodedata.normalize("NFKC", text).lower()).translate(_KATAKANA_TO_HIRAGANA)
    previous = None
    while previous != core:
        previous, core = core, _ASKING_ENDING.sub("", core)
    return core


def bigrams(text: str) -> list[str]:
    """Character bigrams of the content between particles (a one-character piece counts as itself)."""
    grams: list[str] = []
    for piece in _PARTICLE.split(content(text)):
        if len(piece) < NGRAM:
            grams.extend([piece] if piece else [])
        else:
            grams.extend(piece[i : i + NGRAM] for i in range(len(piece) - NGRAM + 1))
    return grams


class NgramSimilarity:
    """Cosine of character-bigram counts (no model; sparse, fast for thousands of questions)."""

    name = "文字の並び"

    def matrix(self, texts: Sequence[str]) -> FloatMatrix:
        """Pairwise cosines of the texts' bigram counts."""
        vocab: dict[str, int] = {}
        rows, cols, values = [], [], []
        for row, text in enumerate(texts):
            for gram, count in Counter(bigrams(text)).items():
                rows.append(row)
                cols.append(vocab.setdefault(gram, len(vocab)))
                values.append(float(count))
        counts = csr_matrix((values, (rows, cols)), shape=(len(texts), max(1, len(vocab))), dtype=np.float32)
        norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1), dtype=np.float32)).ravel()
        scale = diags(np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0))
        unit = scale @ counts
        return np.asarray((unit @ unit.T).toarray(), dtype=np.float32)


class EmbeddingSimilarity:
    """Cosine of the knowledge embedder's query vectors, cached per text (least recently used dropped first)."""

    name = "意味の近さ"

    def __init__(self, embedder: Embedder, *, cache_size: int = VECTOR_CACHE_SIZE) -> None:
        self.embedder = embedder
        self._cache: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()
        self._cache_size = cache_size

    def matrix(self, texts: Sequence[str]) -> FloatMatrix:
        """Pairwise cosines of the texts' embeddings."""
        vectors = self.vectors(texts)
        return np.asarray(vectors @ vectors.T, dtype=np.float32)

    def vectors(self, texts: Sequence[str]) -> FloatMatrix:
        """The texts' L2-normalised vectors (only texts not seen before are embedded)."""
        if not texts:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if todo:
            for text, vector in zip(todo, self.embedder.encode_queries(todo), strict=True):
                self._cache[text] = np.asarray(vector, dtype=np.float32)
        for text in texts:
            self._cache.move_to_end(text)  # used now: dropped last
        result = np.stack([self._cache[t] for t in texts]).astype(np.float32)
        while len(self._cache) > max(self._cache_size, len(set(texts))):
            self._cache.popitem(last=False)
        return result


@dataclass
class QuestionGroup:
    """Similar questions: the leader (the most asked wording), every wording with its count."""

    leader: str
    wordings: list[tuple[str, int]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many times the group's questions were asked."""
        return sum(n for _, n in self.wordings)


def group_texts(counts: Sequence[tuple[str, int]], similarity: TextSimilarity, *, threshold: float,
                entries: Mapping[str, str] | None = None, entry_threshold: float | None = None
                ) -> list[QuestionGroup]:
    """Group distinct texts (with how often each was asked), most asked groups first.

    Texts are taken by count (then in the given order). A text joins the most similar leader that is at least
    ``threshold`` similar, or at least ``entry_threshold`` similar when both have the same entry (the search's
    answer or best guess, ``entries``); otherwise it leads a new group. The entry is a strong hint for questions
    the search understood (bench/bench_faq_improvement.py), a weak one for questions it did not: hence a lower
    similarity bar, not none.
    """
    entries = entries or {}
    same_entry_bar = threshold if entry_threshold is None else entry_threshold
    ordered = sorted(range(len(counts)), key=lambda i: (-counts[i][1], i))
    texts = [counts[i][0] for i in ordered]
    if not texts:
        return []
    scores_all = similarity.matrix(texts)  # every pair at once (1000 questions: 4 MB)
    groups: list[QuestionGroup] = []
    leader_rows: list[int] = []
    leader_entries: list[str | None] = []
    for row, text in enumerate(texts):
        count = counts[ordered[row]][1]
        entry = entries.get(text)
        best, best_score = -1, -2.0
        for index, leader in enumerate(leader_rows):
            score = float(scores_all[row, leader])
            eligible = score >= threshold or (
                entry is not None and leader_entries[index] == entry and score >= same_entry_bar)
            if eligible and score > best_score:
                best, best_score = index, score
        if best >= 0:
            groups[best].wordings.append((text, count))
            continue
        groups.append(QuestionGroup(leader=text, wordings=[(text, count)]))
        leader_rows.append(row)
        leader_entries.append(entry)
    groups.sort(key=lambda g: -g.count)
    return groups
