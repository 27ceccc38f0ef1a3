"""The city's reading dictionary: a TSV data file compiled into an Open JTalk user dictionary.

A city extends ``voice/data/lexicon.tsv`` (or points ``VOICE_LEXICON_PATH`` at its own file): one word a line,
``surface<TAB>katakana reading[<TAB>accent nucleus]``. The file is compiled once (cached by content hash)
with Open JTalk's own dictionary compiler and applied to the global Open JTalk instance.
"""

from __future__ import annotations

import csv
import hashlib
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from voice.errors import VoiceError

SMALL_KANA = set("ャュョァィゥェォヮ")
KATAKANA_RE = re.compile(r"^[ァ-ヴー]+$")
_apply_lock = threading.Lock()


class LexiconError(VoiceError):
    """A reading dictionary line that cannot be used."""

    code = "voice_lexicon_invalid"
    default_message = "読み上げ辞書の設定に誤りがあります。管理者にお問い合わせください。"


@dataclass(frozen=True)
class LexiconEntry:
    """One word and how it is read."""

    surface: str
    reading: str
    accent: int = 0

    @property
    def morae(self) -> int:
        """Number of morae (small kana join the previous one)."""
        return sum(1 for char in self.reading if char not in SMALL_KANA)

    @property
    def pronunciation(self) -> str:
        """Open JTalk's pronunciation field: the reading with long vowels written as ー."""
        return re.sub(r"(?<=[オコソトノホモヨロゴゾドボポョ])ウ", "ー", self.reading)


def read_lexicon(path: Path) -> list[LexiconEntry]:
    """Parse the TSV data file; LexiconError naming the line on a bad one."""
    entries: list[LexiconEntry] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) not in (2, 3) or not fields[0] or not KATAKANA_RE.match(fields[1]):
            raise LexiconError(detail=f"{path}:{number}: expected 'surface<TAB>katakana[<TAB>accent]'")
        accent = int(fields[2]) if len(fields) == 3 and fields[2].isdigit() else 0
        entry = LexiconEntry(fields[0], fields[1], accent)
        if accent > entry.morae:
            raise LexiconError(detail=f"{path}:{number}: accent {accent} beyond {entry.morae} morae")
        entries.append(entry)
    return entries


def _csv_rows(entries: list[LexiconEntry]) -> list[list[str]]:
    # naist-jdic columns: surface, left id, right id, cost, POS x4, conjugation x2, base, reading, pron, accent, rule
    return [
        [e.surface, "", "", "1", "名詞", "固有名詞", "地域", "一般", "*", "*", e.surface, e.reading,
         e.pronunciation, f"{e.accent}/{e.morae}", "*"]
        for e in entries
    ]


def compile_lexicon(path: Path, build_dir: Path) -> Path:
    """Compile ``path`` into a MeCab user dictionary under ``build_dir`` (reused while the file is unchanged)."""
    import pyopenjtalk

    entries = read_lexicon(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    build_dir.mkdir(parents=True, exist_ok=True)
    dic_path = build_dir / f"lexicon-{digest}.dic"
    if dic_path.exists():
        return dic_path
    csv_path = build_dir / f"lexicon-{digest}.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(_csv_rows(entries))
    partial = build_dir / f"lexicon-{digest}.dic.partial"
    try:
        pyopenjtalk.mecab_dict_index(str(csv_path), str(partial))
    except (RuntimeError, FileNotFoundError) as err:
        raise LexiconError(detail=f"compiling {path} failed: {err}") from err
    partial.replace(dic_path)  # never leave a half-written dictionary under the final name
    return dic_path


def apply_lexicon(path: Path, build_dir: Path) -> int:
    """Compile and apply the city dictionary to Open JTalk; returns the number of words."""
    import pyopenjtalk

    dic_path = compile_lexicon(path, build_dir)
    with _apply_lock:
        pyopenjtalk.update_global_jtalk_with_user_dict(str(dic_path))
    return len(read_lexicon(path))
