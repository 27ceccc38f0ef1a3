"""Reading a senior's free-text check-in answer beyond the three outcomes (pure, no I/O): a plain yes
(「うん」「まあまあだね」「んだ」), a plain no (「いいえ」「だめだ」「よくない」) and a request to call someone
(「息子に電話して」「娘さ電話してけろ」), over normalised text (NFKC, lower case, katakana -> hiragana, no spaces).

Rasa's ``affirm`` / ``deny`` intents are a signal the classifier combines with this reading (watch.classify);
emergencies are the safety layer's (safety/), which runs after and can only raise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Answer = Literal["yes", "no", "call"]

# Whole answers made only of these pieces (longest first when matching) are a plain yes / no.
YES_WORDS = (
    "はい", "はーい", "はいはい", "うん", "うんうん", "ええ", "んだ", "んだんだ", "んだね", "そう", "そうだね", "おう",
    "まあまあ", "なんとか", "まあなんとか", "ぼちぼち", "まずまず", "そこそこ", "いつもどおり", "いつも通り",
    "いづもどおり", "いつもどおり", "相変わらず", "あいかわらず", "変わりない", "かわりない", "変わりありません",
    "おかげさまで", "ok", "おっけー", "ばっちり", "なんともない", "なんともねえ", "なんともね", "へいき", "平気",
)
NO_WORDS = (
    "いいえ", "いえ", "ううん", "いや", "いやあ", "いやー", "だめ", "ダメ", "よくない", "良くない", "あんまりよくない",
    "あまりよくない", "いまいち", "あんまり", "あまり", "さっぱり", "そうでもない", "だめだ",
)
FILLERS = ("ええと", "えーと", "えっと", "あのー", "あの", "うーん", "んー", "まあ")
ENDINGS = ("です", "ですね", "ですよ", "だよ", "だね", "だな", "だっちゃ", "だ", "ね", "な", "よ", "かな", "ー", "ぁ")
PUNCTUATION = "、。,.!?！？・~〜…"

# Call requests: a relation word, a particle, then (within a few characters) a call verb that is not a report
# of a call that already happened (「息子から電話があった」「娘に電話した」 are no requests).
RELATION_WORDS: dict[str, tuple[str, ...]] = {
    "son": ("息子", "むすこ", "長男", "ちょうなん", "次男", "じなん", "せがれ"),
    "daughter": ("娘", "むすめ", "長女", "ちょうじょ", "次女", "じじょ"),
    "grandchild": ("孫", "まご"),
    "spouse": ("主人", "しゅじん", "旦那", "だんな", "夫", "おっと", "妻", "つま", "家内", "女房"),
    "sibling": ("兄", "姉", "弟", "妹", "きょうだい"),
    "family": ("家族", "かぞく", "嫁", "よめ", "婿"),
    "volunteer": ("民生委員", "みんせいいいん"),
    "care_center": ("包括", "ほうかつ", "けあまね", "へるぱー"),
    "neighbour": ("お隣", "おとなり", "近所", "きんじょ"),
}
FAMILY_KEYS = ("son", "daughter", "grandchild", "spouse", "sibling", "family")
CONTACT_RELATION = {"volunteer": "volunteer", "care_center": "care_center", "neighbour": "neighbour"}
RELATION_JA = {"son": "息子さん", "daughter": "娘さん", "grandchild": "お孫さん", "spouse": "ご家族",
               "sibling": "ご兄弟", "family": "ご家族", "volunteer": "民生委員さん",
               "care_center": "地域包括支援センター", "neighbour": "ご近所の方"}
CALL_VERBS = ("電話", "でんわ", "連絡", "れんらく", "呼んで", "よんで", "来て", "きて", "来てほしい", "知らせ",
              "しらせ", "伝えて", "つたえて", "話したい", "はなしたい", "声が聞きたい", "こえがききたい")
NOT_A_REQUEST = r"(?!した|しま|があ|が来|がき|きた|来た|をもら|もらった|くれた|してくれた)"
HONORIFICS = r"(?:さん|ちゃん|くん|さま|様)?"
PARTICLES = r"(?:に|へ|さ|を|と|の)"


@dataclass(frozen=True)
class Understanding:
    """What the answer says besides its outcome: a plain yes / no, or a request to call ``relation``."""

    answer: Answer | None = None
    relation: str | None = None


def normalize(text: str) -> str:
    """NFKC, lower case, katakana -> hiragana, without spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)
    return "".join(c for c in text if not c.isspace())


def _pieces(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({normalize(w) for w in words}, key=len, reverse=True))


YES_PIECES = _pieces(YES_WORDS)
NO_PIECES = _pieces(NO_WORDS)
GLUE_PIECES = _pieces(FILLERS + ENDINGS)


def _only(norm: str, heads: tuple[str, ...]) -> bool:
    """Whether the text is made only of ``heads`` words, fillers and sentence endings (at least one head)."""
    return _consumed("".join(c for c in norm if c not in PUNCTUATION), heads, found=False)


def only_fillers(text: str) -> bool:
    """Whether the answer is nothing but fillers and endings (「えーと」「あのー」): no yes, whatever the NLU says."""
    norm = "".join(c for c in normalize(text) if c not in PUNCTUATION)
    return _consumed(norm, (), found=True)


def _consumed(text: str, heads: tuple[str, ...], *, found: bool) -> bool:
    if not text:
        return found
    return any(text.startswith(w) and _consumed(text[len(w):], heads, found=True) for w in heads) or \
        any(text.startswith(w) and _consumed(text[len(w):], heads, found=found) for w in GLUE_PIECES)


def _call_pattern() -> re.Pattern[str]:
    words = (w for key in RELATION_WORDS for w in _pieces(RELATION_WORDS[key]))
    relations = "|".join("(?<!丈)夫" if w == "夫" else re.escape(w) for w in words)  # not 大丈夫
    verbs = "|".join(re.escape(w) for w in _pieces(CALL_VERBS))
    return re.compile(rf"(?P<who>{relations}){HONORIFICS}{PARTICLES}.{{0,15}}?(?:{verbs}){NOT_A_REQUEST}")


CALL_REQUEST = _call_pattern()
RELATION_OF = {normalize(w): key for key, words in RELATION_WORDS.items() for w in words}


def call_request(norm: str) -> str | None:
    """The relation key (``son``, ``daughter``, ``family``, ...) the senior asks to be called, if any."""
    match = CALL_REQUEST.search(norm)
    return RELATION_OF[match.group("who")] if match else None


def understand(text: str) -> Understanding:
    """Read ``text``: a call request first, then a plain no, then a plain yes; otherwise nothing."""
    norm = normalize(text)
    relation = call_request(norm)
    if relation is not None:
        return Understanding("call", relation)
    if _only(norm, NO_PIECES):
        return Understanding("no")
    if _only(norm, YES_PIECES):
        return Understanding("yes")
    return Understanding()


def matches_relation(relation: str, *, contact_relation: str, relation_label: str) -> bool:
    """Whether a contact (its ``relation`` and the label as written, e.g. 長男) is the one asked for."""
    if relation in CONTACT_RELATION:
        return contact_relation == CONTACT_RELATION[relation]
    return relation_of_label(relation_label) == relation


def relation_of_label(label: str) -> str | None:
    """The relation a label as written names: its last relation word (息子の嫁 is family, not son)."""
    norm = normalize(label)
    ends = [(norm.rfind(word) + len(word), len(word), key) for word, key in RELATION_OF.items() if word in norm]
    return max(ends)[2] if ends else None


def choose_contacts(relation: str, contacts: list[tuple[str, str]]) -> list[int]:
    """Indexes of the contacts (``(relation, relation_label)`` in escalation order) to tell about a call request:
    those matching the relation; for a family relation without a match, the first family contact."""
    chosen = [i for i, (rel, label) in enumerate(contacts)
              if matches_relation(relation, contact_relation=rel, relation_label=label)]
    if chosen or relation not in FAMILY_KEYS:
        return chosen
    return next(([i] for i, (rel, _) in enumerate(contacts) if rel == "family"), [])
