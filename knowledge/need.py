"""Find the need inside a long telling: the question sentence, its last clauses and the procedure words.

A senior's story (「主人が亡くなりまして、…、何かお金が出ると聞きました」) buries the thing asked at the end,
behind circumstances that pull a search towards other topics. The search runs with the extracted need
and with the whole text, and fuses both (knowledge/search.py).
"""

from __future__ import annotations

import re

LONG_QUERY_CHARS = 40  # shorter queries are searched as they are
NEED_CLAUSES = 2  # clauses kept from the end of the question sentence
SHORT_QUESTION_CHARS = 15  # a shorter asking sentence (「本当でしょうか」) asks about the sentence before it
SENTENCE_END = re.compile(r"(?<=[。！？!?\n])")
CLAUSE_BREAK = re.compile(r"(?<=[、,])|(?<=ので)|(?<=けど)|(?<=けれど)|(?<=が、)")
QUESTION_MARKERS = re.compile(
    r"か[。？?]?$|ですか|ますか|でしょうか|ませんか|でしょう|かな|教えて|知りたい|たい[。]?$|どう(すれば|したら)|"
    r"どこ|いつ|いくら|相談|困って|お願い"
)
PROCEDURE_WORDS = re.compile(
    r"申請|手続き?|届け?出?|証明書?|相談|登録|補助|助成|手当|保険|年金|税金?|予約|支給|払い戻し|免除|減免|"
    r"窓口|予防接種|検診|健診|認定|交付|再発行|変更|廃車|処分|捨て|収集"
)


def sentences(text: str) -> list[str]:
    """Sentences of a text (kept with their end marks)."""
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def extract_need(text: str) -> str | None:
    """The sentence part that asks, plus procedure words from the rest; None for short queries."""
    if len(text) < LONG_QUERY_CHARS:
        return None
    parts = sentences(text)
    asking = [s for s in parts if QUESTION_MARKERS.search(s)]
    sentence = asking[-1] if asking else parts[-1]
    clauses = [c.strip() for c in CLAUSE_BREAK.split(sentence) if c.strip()]
    need = "".join(clauses[-NEED_CLAUSES:])
    position = parts.index(sentence)
    if len(sentence) < SHORT_QUESTION_CHARS and position > 0:
        before = [c.strip() for c in CLAUSE_BREAK.split(parts[position - 1]) if c.strip()]
        need = "".join(before[-NEED_CLAUSES:]) + need
    procedures = [w for w in dict.fromkeys(PROCEDURE_WORDS.findall(text)) if w not in need]
    if procedures:
        need = f"{need} {' '.join(procedures)}"
    return need if need and need != text else None
