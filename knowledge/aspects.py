"""The aspect a question asks, against what the best entry says (twenty-third session).

A near-topic out-of-scope question names an entry's topic but asks a thing its answer does not give: a value the
answer does not state (固定資産税の税率, 保育料はいかほど), a kind of payment it does not name (住民票の手数料を
クレジットカードで), or another kind of the thing the entry is about (猫の狂犬病注射 against the dog entry,
精神障害者保健福祉手帳 against the physical-disability one). Pure functions of the (rewritten) query text and the
entry's question and answer; the word lists are closed classes (values, kinds of payment, animals, handbooks, taxes,
insurances, notifications, schools) or the words that tell an event an entry is about (a demolition, a retrofit, a
septic tank, a student's insurance after a move) or a card's lock, not words of particular questions.
"""

from __future__ import annotations

import re

# A value asked in words the amount feature misses: in dialect or kana (なんぼ, いかほど, いぐら, なんえん), or a
# rate or assessed value named (税率, 評価額, 税額).
ASKS_PRICE = re.compile(r"なんぼ|いかほど|いぐら|なんえん|りょうきん|ねだん|税率|評価額|税額")
# Any stated quantity answers it (円 with 万 / 千 too: 最大100万円, a share, a size, a count).
ANSWER_QUANTITY = re.compile(
    r"\d[\d,.]*\s*[万千]?円|\d+\s*(%|％|パーセント|割|cm|センチ|冊|枚)|分の\d|無料|かかりません|負担はありません"
)
# Kinds of payment (a query naming one asks whether it is accepted); an entry that says it takes cash only answers.
PAYMENT_KINDS: dict[str, re.Pattern[str]] = {
    "credit": re.compile(r"クレジット|クレカ|カード払い|カード決済"),
    "smartphone": re.compile(r"d払い|ペイペイ|PayPay|paypay|スマホ決済|スマートフォン決済|コード決済|QR決済"),
    "e-money": re.compile(r"電子マネー|交通系"),
    "pay-easy": re.compile(r"ペイジー|Pay-easy"),
    # Paying in instalments (住民税を分割で, ぶんかつ, 何回かに分けて払う): no faq.csv entry names it, and the
    # resident tax's return entry answered it in faq-28, 31 and 46 (forty-ninth session, section 39).
    "instalments": re.compile(
        r"(?<!遺産)分割(?!協議)|ぶんかつ|分納|ぶんのう|(何回か|数回|何度か)に分け|分けて(払|はら|納)"
    ),
}
CASH_ONLY = re.compile(r"現金のみ|現金だけ")
# Kinds within one class: a query naming one kind, answered by an entry that names only another kind of the class.
KIND_CLASSES: tuple[tuple[str, ...], ...] = (
    ("犬", "猫", "うさぎ", "ウサギ", "鳥", "インコ", "ハムスター", "フェレット", "ハクビシン", "アライグマ", "カラス",
     "ハチ", "蜂", "ヘビ", "蛇", "タヌキ", "イノシシ", "サル", "クマ", "熊", "ネズミ", "ねずみ"),
    ("身体障害者手帳", "精神障害者保健福祉手帳", "療育手帳", "母子健康手帳", "年金手帳"),
    ("固定資産税", "住民税", "軽自動車税", "自動車税", "所得税", "相続税", "贈与税", "法人税", "都市計画税",
     "入湯税", "たばこ税", "消費税"),
    ("介護保険", "国民健康保険", "後期高齢者医療", "国民年金", "厚生年金", "雇用保険"),
)
# The handbooks read in kana too (a kana-only question: りょういく てちょう は どこで, with the space before てちょう
# closed) - forty-sixth session, docs/search-quality.md section 36: faq-43's りょういく てちょう was answered with the
# maternal handbook's entry; on faq-2..42 it moves no answer state.
KIND_ALIASES = {
    "ねこ": "猫", "ネコ": "猫", "いぬ": "犬", "イヌ": "犬", "国保": "国民健康保険", "母子手帳": "母子健康手帳",
    "市県民税": "住民税", "市民税": "住民税", "県民税": "住民税", "介護の保険": "介護保険",
    "りょういくてちょう": "療育手帳", "ぼしけんこうてちょう": "母子健康手帳", "ぼしてちょう": "母子健康手帳",
    "しんたいしょうがいしゃてちょう": "身体障害者手帳", "ねんきんてちょう": "年金手帳",
}
KANA_HANDBOOK_SPACE = re.compile(r"(?<=[ぁ-ゖ])[ 　]+(?=てちょう)")


def _kinds(text: str) -> list[tuple[int, str]]:
    """(class, kind) pairs a text names (aliases mapped; a longer kind hides the shorter one it contains)."""
    text = KANA_HANDBOOK_SPACE.sub("", text)
    for alias, kind in KIND_ALIASES.items():
        text = text.replace(alias, kind)
    found = []
    for n, kinds in enumerate(KIND_CLASSES):
        for kind in sorted(kinds, key=len, reverse=True):
            if kind in text:
                found.append((n, kind))
                text = text.replace(kind, "　")
    return found


# Notifications to the family register and the resident record: a query naming one (離婚届) asks about that
# notification, which an entry about another (婚姻届) does not answer, however many of its words it shares (forty-first
# session, docs/search-quality.md section 31: 離婚届 ... 証人 answered with the marriage entry in eight blind sets).
NOTICE_KINDS = ("婚姻届", "離婚届", "出生届", "死亡届", "死産届", "転入届", "転出届", "転居届", "養子縁組届",
                "養子離縁届", "認知届", "分籍届", "転籍届", "入籍届")


def notice_clash(query: str, entry_text: str) -> bool:
    """The query names notifications (NOTICE_KINDS) none of which the entry names, while the entry names another
    (a query naming the entry's notification as well, 婚姻届と転入届, is no clash)."""
    asked = {kind for kind in NOTICE_KINDS if kind in query}
    named = {kind for kind in NOTICE_KINDS if kind in entry_text}
    return bool(asked) and bool(named) and asked.isdisjoint(named)


# The school or nursery a child is in: an entry whose question is about one (保育所に入所させたい, 小・中学校の転校)
# does not answer a query about another (幼稚園の入園, 高校の転校). Read from the entry's question only: an answer
# naming a school as a setting (the coming-of-age ceremony's 出身中学校) is not about it. A query naming the entry's
# school as well (幼稚園ではなく保育園に) is no clash - forty-ninth session, docs/search-quality.md section 39: on
# faq-2..45 it withholds 3 out-of-scope answers (幼稚園 入園 -> the nursery entry) and no right one.
SCHOOLS = ("保育所", "幼稚園", "認定こども園", "小学校", "中学校", "高校", "大学", "専門学校")
SCHOOL_ALIASES = {
    "小・中学校": "小学校・中学校", "小中学校": "小学校・中学校", "保育園": "保育所", "高等学校": "高校",
    "こども園": "認定こども園", "ようちえん": "幼稚園", "ほいくえん": "保育所", "ほいくしょ": "保育所",
}
# The event or works an entry's question is about (家屋を取り壊したとき, 耐震改修工事の補助, 浄化槽に替える):
# a query naming the entry's subject or kind of help but telling none of it asks another thing (固定資産税の納期,
# 評価証明書, 新築の減額; a handrail's works grant; the sewer connection's). Each with the words that tell it.
# In faq-2..46 the demolition entry's 94 tellings all say one, and the 20 out-of-scope questions answered with it
# say none; the retrofit's 5 answered (a handrail, a ramp) and the septic tank's 3 (the sewer) say none (section 39).
MEDICAL_CARE_TOLD = re.compile(
    r"医|病|診|療|薬|けが|怪我|ケガ|入院|通院|手術|熱|風邪|かぜ|歯|(小児|眼|耳鼻|皮膚|内|外)科|保険証|窓口|自己負担|"
    r"いりょう|びょう|いしゃ|にゅういん|つういん|くすり|しんさつ|ちりょう|はいしゃ|しょうにか|ほけんしょう|じこふたん"
)
ENTRY_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("取り壊", re.compile(
        r"取り壊|取壊|とりこわ|壊|こわ|解体|かいたい|更地|さらち|滅失|撤去|建て替|建替|たてかえ|なくな|無くな|焼け|焼失|倒壊"
    )),
    ("耐震", re.compile(r"耐震|地震|揺れ|ゆれ|倒壊|倒れ|補強|震災|たいしん|じしん")),
    ("浄化槽", re.compile(
        r"浄化槽|槽|くみ取り|汲み取り|汲取|くみとり|汲む|ぼっとん|便所|お手洗い|トイレ|といれ|水洗|じょうかそう"
    )),
    # What becomes of a student's national insurance after a move (国民健康保険はどうなりますか): a child's move for
    # study told without the insurance or a doctor asks another paper of the move (the moving-out notice, the old
    # record for a scholarship). In faq-2..47 the entry's 87 tellings all name one; the 22 queries it came first for
    # without one are all another entry's or out of scope (fiftieth session, section 41).
    # A medical-cost aid (子どもの医療費の助成, ひとり親家庭の医療費助成): a single parent's or a child's money asked
    # without care told (the monthly allowance, the rent, a care home's fees, nappies) is another aid. In faq-2..47 the
    # two entries' 183 tellings all tell care; the 8 answers they gave without it were all wrong or out of scope.
    ("医療費の助成", MEDICAL_CARE_TOLD),
    ("医療費助成", MEDICAL_CARE_TOLD),
    ("国民健康保険は", re.compile(
        r"保険|国保|健保|社保|医療|病院|医者|受診|診察|病気|けが|怪我|ほけん|こくほ|いりょう|びょういん|いしゃ"
    )),
)


def _schools(text: str) -> set[str]:
    """The schools (SCHOOLS, aliases mapped) a text names; a longer name hides the shorter one it contains."""
    for alias, school in SCHOOL_ALIASES.items():
        text = text.replace(alias, school)
    found = set()
    for school in sorted(SCHOOLS, key=len, reverse=True):
        if school in text:
            found.add(school)
            text = text.replace(school, "　")
    return found


def school_clash(query: str, question: str) -> bool:
    """The query names schools none of which the entry's question is about, while the question names one."""
    asked, named = _schools(query), _schools(question)
    return bool(asked) and bool(named) and asked.isdisjoint(named)


def event_missing(query: str, question: str) -> bool:
    """The entry's question is about an event or works (ENTRY_EVENTS) the query does not tell."""
    return any(event in question and not told.search(query) for event, told in ENTRY_EVENTS)


# Whether one may use a service at all (学童は4年生でも利用できますか, 求職中でも入れてもらえるのか, 条件に当てはまるか)
# is not asked by an entry whose question asks its hours or fees: the after-school club's hours-and-fees entry (F073)
# answered 7 tellings of its conditions entry's (F074) wrongly in faq-2..46 - forty-ninth session, section 40.
ASKS_ELIGIBILITY = re.compile(
    r"(?<!いつ)(?<!何時)(?<!土日)(?<!休日)(?<!夜)でも[^、。？?]{0,8}?(入れ|預け|利用|使え|対象|いけ|OK|大丈夫)|"
    r"対象にな|当てはま|条件|入れてもらえ|入れられ|"
    r"(入所|入会)でき(る|ます)?(の|か)"
)
ENTRY_ASKS_HOURS_OR_FEES = re.compile(r"時間|料金|利用料|いくら|何時")
ENTRY_ASKS_ELIGIBILITY = re.compile(r"条件|対象|できますか|入れ")


def eligibility_unasked(query: str, question: str) -> bool:
    """The query asks whether one may use a service (ASKS_ELIGIBILITY) and the entry's question asks only its hours
    or fees."""
    return (ASKS_ELIGIBILITY.search(query) is not None and ENTRY_ASKS_HOURS_OR_FEES.search(question) is not None
            and ENTRY_ASKS_ELIGIBILITY.search(question) is None)


# A card locked by a code entered wrongly (番号を何度か打ち間違えたら使えなくなった, ロックがかかった) is the lock's
# matter, which an entry that names no lock does not answer, however much of the setting it shares (the convenience
# store's certificates answered it in faq-16 and 47 - fiftieth session, section 41).
LOCK_TOLD = re.compile(
    r"(間違|まちが|打ち損)[^。？?！!]{0,25}?(使えな|使えね|つかえな|止ま|とま)|(?<!ブ)ロック(?!ー)|(?<!ぶ)ろっく"
)  # not the block wall's ブロック nor a ロッカー


def lock_unnamed(query: str, entry_text: str) -> bool:
    """The query tells a card locked (LOCK_TOLD) and the entry names no lock."""
    return LOCK_TOLD.search(query) is not None and "ロック" not in entry_text


def price_missing(query: str, answer: str) -> bool:
    """A value is asked in words the amount feature misses (ASKS_PRICE) and the answer states no quantity."""
    return bool(ASKS_PRICE.search(query)) and not ANSWER_QUANTITY.search(answer)


def payment_missing(query: str, entry_text: str) -> bool:
    """The query names a kind of payment (a credit card, a smartphone code) and the entry names no payment of that
    kind, nor says it takes cash only."""
    if CASH_ONLY.search(entry_text):
        return False
    return any(p.search(query) and not p.search(entry_text) for p in PAYMENT_KINDS.values())


def kind_clash(query: str, entry_text: str) -> bool:
    """The query names a kind of a class (an animal, a handbook, a tax, an insurance) the entry does not name, while
    the entry names another kind of that class."""
    entry_kinds = _kinds(entry_text)
    for cls, kind in _kinds(query):
        same_class = {k for c, k in entry_kinds if c == cls}
        if same_class and kind not in same_class:
            return True
    return False


def aspect_missing(query: str, question: str, answer: str) -> bool:
    """The gate's input (GATE_FEATURES' aspect_missing): a value, a kind of payment, a kind or a notification the
    query asks is not in the entry (price_missing, payment_missing, kind_clash or notice_clash), or the entry's
    question is about another school (school_clash), an event or works the query does not tell (event_missing), or
    only the hours or fees of a service the query asks whether it may use (eligibility_unasked), or it names no lock
    the query tells (lock_unnamed)."""
    text = question + "\n" + answer
    return (price_missing(query, answer) or payment_missing(query, text) or kind_clash(query, text)
            or notice_clash(query, text) or school_clash(query, question) or event_missing(query, question)
            or eligibility_unasked(query, question) or lock_unnamed(query, text))
