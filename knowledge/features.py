"""Features of the re-ranker (one row per candidate entry) and of the out-of-scope gate (one per query).

Everything here is pure: it reads precomputed per-entry facts (:class:`EntryFacts`) and the query's
analysis (:class:`QueryFacts`), so the same code serves search, tuning and cross-validation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from knowledge.aspects import aspect_missing

# What a question asks for, and how an answer that gives it looks.
QUESTION_TYPES: dict[str, re.Pattern[str]] = {
    "when": re.compile(r"いつ|何時|何日|何曜|期限|期間|日程|曜日|何年|締め切り|締切|開いて|やって"),
    "price": re.compile(r"いくら|料金|値段|費用|手数料|何円|お金|タダ|無料|有料|自己負担|補助|助成|安く"),
    "where": re.compile(r"どこ|場所|窓口|どちら|どの課"),
    "documents": re.compile(
        r"何が(必要|要る|いる|いり)|何を持|持ち物|必要なもの|必要書類|何が要り|何いる|持って(いけ|け|げ)"
    ),
}
ANSWER_CONTENT: dict[str, re.Pattern[str]] = {
    "when": re.compile(
        r"\d+時|午前|午後|曜日|\d+日|\d+月|毎週|毎月|毎年|以内|まで|期限|週\d回|年\d回|例年|から"
    ),
    "price": re.compile(r"\d[\d,]*円|無料|手数料|自己負担|負担|補助|助成|かかりません"),
    "where": re.compile(
        r"課|窓口|庁舎|支所|センター|会場|施設|医療機関|\d階|事務所|ウェブサイト|で(請求|申請|受け付け)"
    ),
    "documents": re.compile(r"お持ち|必要です|書類|証明書|本人確認|申請書|添付|印鑑|通帳|手帳"),
}
# The value itself, when a question asks for an amount or a date: an answer that only says "a fee is charged" or
# "ask the office" does not give it (粗大ごみの手数料は、タンス1つでいくら: the entry names no amount). A count asked
# (図書館で何冊まで借りられますか: asked in six faq sets, never answered by the corpus) is an amount too.
ASKS_VALUE: dict[str, re.Pattern[str]] = {
    "amount": re.compile(r"いくら|何円|料金|値段|月額|年額|費用|何冊まで"),
    "date": re.compile(r"いつ|何時|何日|何曜|何月|日程|開催"),
}
# A cost told as a burden is the need, not the amount asked (修学旅行の費用が払えそうにない, 費用が工面できずに,
# 値段が高くて): nine faq tellings in faq-2..45, seven of them the school-expense aid (F080) right first but withheld
# by amount_missing - forty-eighth session, docs/search-quality.md section 38.
TOLD_COST = re.compile(
    r"(費用|料金|値段)(が|を|も|は)?(工面|払え|払いきれ|出せ|賄え|まかなえ|用意でき|捻出|苦し|足りな|かさ|重く|高くて)"
)
# An amount in 万 / 千 yen (最大100万円, 10.5万円) is stated too, as aspects.ANSWER_QUANTITY reads it, unless it is a
# condition rather than the value (年金額が18万円以上の方: the premium itself is not stated) - forty-second session,
# docs/search-quality.md section 32: 出産育児一時金 50万円, 耐震改修 最大100万円 read as no amount withheld 51 right
# answers in faq-2..39.
ANSWER_VALUE: dict[str, re.Pattern[str]] = {
    "amount": re.compile(
        r"\d[\d,]*円|\d[\d,.]*[万千]円(?!以上|以下|未満|を超|超)|無料|かかりません|負担はありません|\d+冊"
    ),
    "date": re.compile(
        r"\d+時|\d+日|\d+月|[月火水木金土日]曜|毎週|毎月|午前|午後|\d+分|以内|\d+年|\d+歳|週\d回|年\d回"
    ),
}
# A private business or service (a shop, a company, a car park): the city's FAQ does not run or rank them. A
# shop, inn or cafe followed by の, を, が, も or ごと is the asker's own told as the setting (店の前の市道,
# 店を開けているので, 旅館の仕事で, カフェを開いた, 近くの店のコピー機), not a business asked about (うまい店,
# 店から出るごみ, 旅館で預かる入湯税, 払える店) - unless it is sought (店を教えて / 紹介 / 探す / 知りたい, 店が
# ある?) - forty-fifth session, docs/search-quality.md section 35: read off faq-42 (small business owners); on
# faq-2..41 it clears 31 flags, 3 right answers given more and 1 wrong, no out-of-scope answer more.
OWN_PREMISES = r"(?!の|を(?!教|おし|紹介|探|さが|知)|が(?!あ|な|い|お)|も(?!あ|な)|ごと)"
ASKS_BUSINESS = re.compile(
    rf"店{OWN_PREMISES}|業者|スーパー|薬局|写真館|予備校|塾|ホテル|旅館{OWN_PREMISES}|民間|ショップ|レンタル|不動産|"
    rf"カフェ{OWN_PREMISES}|会社で|駐車場"
)
# A contractor or estate agent told as someone in the asker's story - one that came to the door, was hired, sold or
# took something, or asked the asker for a paper (家に来た業者に契約させられた, 業者に頼んで納屋を壊した, 業者さんに
# 引き取ってもらった, 不動産屋さんから実印を用意してと言われた) - is the setting of a city procedure, not a business
# asked about; one sought or priced is still asked (業者を紹介して, どこの業者に頼めば, 業者に頼んだら補助は,
# 引っ越し業者がどこも高くて). Forty-ninth session, docs/search-quality.md section 40: read off the indirect style
# pooled over faq-2..46, where the flag held 13 estate-agent tellings and most contractor tellings withheld.
TOLD_BUSINESS = re.compile(
    r"(業者|ぎょうしゃ)(さん)?(が|は|と|に|から|さ)(?=[^。？?!！]{0,30}?(来|きた|きて|上が|訪|させられ|わされ|らされ|"
    r"まされ|された|されて|されま|てもら[いっ]|ていただい|もらっ|もらい|契約し|ハンコ|はんこ|判|サイン|押し|押さ|頼んで|"
    r"頼みまし|勧め|すすめ|壊し|解体し|引き取っ|引きとっ|取り壊し|買わ|買っ))|"
    r"不動産屋?(さん)?(から|に|へ)(?=[^。？?!！]{0,50}?(言われ|いわれ|頼まれ|求め|出す|提出|渡す))"
)


def asks_business(text: str) -> bool:
    """A private business asked about (ASKS_BUSINESS); a contractor or agent told as part of the story (TOLD_BUSINESS)
    is not."""
    return ASKS_BUSINESS.search(TOLD_BUSINESS.sub("", text)) is not None
# Questions a city FAQ never answers: recommendations and comparisons of businesses or places. 安い of the rent or
# of the city's own housing (家賃の安い市の住宅, 安い公営の住まい, 市がやってる安い賃貸) names the public housing entry,
# not a comparison (forty-third session, docs/search-quality.md section 33: said in 25 queries of faq-4..40, all the
# housing entry's, 23 of them first and withheld; no out-of-scope question says it).
CHEAP = r"(?<!家賃)(?<!家賃の)(?<!家賃が)安い(?!公営|公的|市営|市の|市が|住ま|住宅|アパート|借家|貸家|賃貸)"
# 一番 of an order told - the youngest or eldest child (一番下の子, 一番上の娘), the first thing in the morning (朝一番)
# - compares nothing (fiftieth session, section 41: faq-47's 1.6-year check-up for 一番下の子 was withheld by scope).
BEST = r"(?<!朝)(?<!あさ)(一番|いちばん)(?![上下末]|うえ|した|すえ)"
ASKS_OPINION = re.compile(
    rf"おすすめ|オススメ|人気|評判|{BEST}|お得|{CHEAP}|口コミ|うまい|美味し|おいし|にんき|ひょうばん|くちこみ|おとく"
)  # with the kana of the kanji words: a kana-only question (ふるさとのうぜいの へんれいひんで にんきのものは)
CATEGORY_VOTERS = 5  # how many of the best fused candidates vote on the category
COVERAGE_VOTERS = 5  # how many of the best re-ranked candidates the gate compares the first one with

RANK_FEATURES = (
    "fused", "dense", "morph", "reading", "margin", "lead_dense", "lead_morph", "lead_reading", "log_rank",
    "log_rank_dense", "log_rank_morph", "question_match", "text_match", "unmatched", "reading_overlap",
    "type_hit", "type_miss", "category_share", "kana", "kana_reading", "need_dense", "need_morph", "long",
    "question_dense", "kana_dense", "long_dense", "long_morph", "long_question_dense",
)
GATE_FEATURES = (
    "top_p", "second_p", "lead_p", "top_fused", "top_dense", "unknown", "top_unmatched", "top_missing_key",
    "top_type_miss", "kana", "long", "top_question_match", "top_question_dense", "top_type_hit", "log_terms",
    "top_margin", "noun_unknown", "noun_missing", "max_noun_missing", "asks_opinion", "noun_cover_best",
    "noun_cover_lost", "question_dense_lead", "amount_missing", "date_missing", "asks_business", "aspect_missing",
)
# Gate features added after a shipped model was fitted: read with weight 0 from a model file without them (the
# alternatives model predates aspect_missing; the plain model was refitted with it in the twenty-third session,
# docs/search-quality.md section 10; a `knowledge tune` run fits it).
LATER_GATE_FEATURES = frozenset({"aspect_missing"})

FloatMatrix = npt.NDArray[np.float64]


def question_types(text: str) -> tuple[str, ...]:
    """The kinds of fact a (rewritten) query asks for."""
    return tuple(name for name, pattern in QUESTION_TYPES.items() if pattern.search(text))


def answer_content(answer: str) -> frozenset[str]:
    """The kinds of fact an answer gives."""
    return frozenset(name for name, pattern in ANSWER_CONTENT.items() if pattern.search(answer))


def asked_values(text: str) -> tuple[str, ...]:
    """The values (an amount, a date) a query asks for; a cost told as a burden (TOLD_COST) asks no amount."""
    untold = TOLD_COST.sub("", text)
    return tuple(name for name, pattern in ASKS_VALUE.items() if pattern.search(untold if name == "amount" else text))


def answer_values(answer: str) -> frozenset[str]:
    """The values an answer actually gives (an amount in yen or 無料, a time, day or date)."""
    return frozenset(name for name, pattern in ANSWER_VALUE.items() if pattern.search(answer))


@dataclass(frozen=True)
class EntryFacts:
    """What the features need to know about one entry (computed once per index)."""

    question_terms: frozenset[str]
    text_terms: frozenset[str]  # question, alternatives and answer
    reading_grams: frozenset[str]
    content: frozenset[str]
    category: str
    values: frozenset[str] = frozenset()  # answer_values of the answer
    question: str = ""  # the entry's question and answer, read by aspect_missing (knowledge/aspects.py)
    answer: str = ""


@dataclass(frozen=True)
class QueryFacts:
    """The analysed query: its content terms with idf weights, reading grams and what it asks."""

    terms: tuple[str, ...]
    idf: tuple[float, ...]
    unknown_idf: float
    known: tuple[bool, ...]  # term occurs somewhere in the corpus
    reading_grams: frozenset[str]
    types: tuple[str, ...]
    kana: bool
    long: bool
    nouns: tuple[bool, ...] = ()  # per term: a noun (the things a question is about)
    alternatives: tuple[frozenset[str], ...] = ()  # per term: the term and its synonyms
    asks_opinion: bool = False  # a recommendation or comparison (ASKS_OPINION)
    values: tuple[str, ...] = ()  # asked_values of the query
    asks_business: bool = False  # a private business or service (ASKS_BUSINESS)

    def variants(self, position: int) -> frozenset[str]:
        """The term at ``position`` and its synonyms."""
        return self.alternatives[position] if self.alternatives else frozenset({self.terms[position]})


@dataclass(frozen=True)
class ChannelScores:
    """One candidate's per-channel scores (the need channels are 0 for short queries)."""

    doc: int
    fused: float
    dense: float
    morph: float
    reading: float
    need_dense: float = 0.0
    need_morph: float = 0.0
    question_dense: float = 0.0  # cosine with the entry's question wordings alone


def _weighted_share(query: QueryFacts, present: Sequence[bool]) -> float:
    total = sum(query.idf)
    return sum(w for w, hit in zip(query.idf, present, strict=True) if hit) / total if total > 0 else 0.0


def _log_ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: -values[i])
    ranks = [0.0] * len(values)
    for rank, i in enumerate(order):
        ranks[i] = math.log1p(rank)
    return ranks


def rank_features(query: QueryFacts, candidates: Sequence[ChannelScores], facts: Sequence[EntryFacts]) -> FloatMatrix:
    """One row of RANK_FEATURES per candidate (candidates in fused order, best first)."""
    n = len(candidates)
    rows = np.zeros((n, len(RANK_FEATURES)), dtype=np.float64)
    if n == 0:
        return rows
    fused = [c.fused for c in candidates]
    dense = [c.dense for c in candidates]
    morph = [c.morph for c in candidates]
    reading = [c.reading for c in candidates]
    dense_ranks, morph_ranks = _log_ranks(dense), _log_ranks(morph)
    voters = [facts[c.doc].category for c in candidates[:CATEGORY_VOTERS]]
    for i, cand in enumerate(candidates):
        entry = facts[cand.doc]
        best_other = max((f for j, f in enumerate(fused) if j != i), default=0.0)
        in_question = [not query.variants(n).isdisjoint(entry.question_terms) for n in range(len(query.terms))]
        in_text = [not query.variants(n).isdisjoint(entry.text_terms) for n in range(len(query.terms))]
        overlap = (len(query.reading_grams & entry.reading_grams) / len(query.reading_grams)
                   if query.reading_grams else 0.0)
        asked = query.types
        hits = sum(1 for t in asked if t in entry.content)
        same_category = sum(1 for j, cat in enumerate(voters) if j != i and cat == entry.category)
        rows[i] = (
            cand.fused, cand.dense, cand.morph, cand.reading, cand.fused - best_other,
            float(cand.dense >= max(dense)), float(cand.morph > 0 and cand.morph >= max(morph)),
            float(cand.reading > 0 and cand.reading >= max(reading)), math.log1p(i), dense_ranks[i], morph_ranks[i],
            _weighted_share(query, in_question), _weighted_share(query, in_text),
            1.0 - _weighted_share(query, in_text), overlap,
            hits / len(asked) if asked else 0.0, (len(asked) - hits) / len(asked) if asked else 0.0,
            same_category / max(1, len(voters) - (1 if i < len(voters) else 0)),
            float(query.kana), float(query.kana) * cand.reading, cand.need_dense, cand.need_morph, float(query.long),
            cand.question_dense, float(query.kana) * cand.dense, float(query.long) * cand.dense,
            float(query.long) * cand.morph, float(query.long) * cand.question_dense,
        )
    return rows


def _noun_coverage(query: QueryFacts, entry: EntryFacts) -> float:
    """Share (idf-weighted, synonyms included) of the query's nouns that the entry's text contains."""
    nouns = query.nouns or (True,) * len(query.terms)
    total = sum(w for w, is_noun in zip(query.idf, nouns, strict=True) if is_noun)
    if total <= 0:
        return 1.0
    return sum(w for n, (w, is_noun) in enumerate(zip(query.idf, nouns, strict=True))
               if is_noun and not query.variants(n).isdisjoint(entry.text_terms)) / total


def gate_features(
    query: QueryFacts, probabilities: Sequence[float], ranked: Sequence[ChannelScores],
    ranked_facts: Sequence[EntryFacts], top_row: Sequence[float], text: str = "",
) -> list[float]:
    """GATE_FEATURES for a query whose re-ranked candidates are ``ranked`` (best first, with their facts and
    probabilities); ``top_row`` is the first one's rank-feature row, ``text`` the (normalized) query."""
    top, top_facts = ranked[0], ranked_facts[0]
    total = sum(query.idf)
    unknown = sum(w for w, k in zip(query.idf, query.known, strict=True) if not k) / total if total > 0 else 0.0
    missing = [w for t, w in zip(query.terms, query.idf, strict=True) if t not in top_facts.text_terms]
    key_missing = max(missing, default=0.0) / query.unknown_idf if query.unknown_idf > 0 else 0.0
    nouns = query.nouns or (True,) * len(query.terms)
    noun_idf = [w for w, is_noun in zip(query.idf, nouns, strict=True) if is_noun]
    noun_total = sum(noun_idf)
    noun_unknown = sum(w for w, k, is_noun in zip(query.idf, query.known, nouns, strict=True)
                       if is_noun and not k) / noun_total if noun_total > 0 else 0.0
    missing_nouns = [w for n, (w, is_noun) in enumerate(zip(query.idf, nouns, strict=True))
                     if is_noun and query.variants(n).isdisjoint(top_facts.text_terms)]
    names = {name: i for i, name in enumerate(RANK_FEATURES)}
    first = probabilities[0] if probabilities else 0.0
    second = probabilities[1] if len(probabilities) > 1 else 0.0
    top_cover = _noun_coverage(query, top_facts)
    best_cover = max([top_cover, *(_noun_coverage(query, f) for f in ranked_facts[1:COVERAGE_VOTERS])])
    runner_up = ranked[1].question_dense if len(ranked) > 1 else 0.0
    return [
        first, second, first - second, top.fused, top.dense, unknown, top_row[names["unmatched"]], key_missing,
        top_row[names["type_miss"]], float(query.kana), float(query.long), top_row[names["question_match"]],
        top.question_dense, top_row[names["type_hit"]], math.log1p(len(query.terms)), top_row[names["margin"]],
        noun_unknown, sum(missing_nouns) / noun_total if noun_total > 0 else 0.0,
        max(missing_nouns, default=0.0) / query.unknown_idf if query.unknown_idf > 0 else 0.0,
        float(query.asks_opinion), best_cover, best_cover - top_cover, top.question_dense - runner_up,
        float("amount" in query.values and "amount" not in top_facts.values),
        float("date" in query.values and "date" not in top_facts.values), float(query.asks_business),
        float(aspect_missing(text, top_facts.question, top_facts.answer)),
    ]
