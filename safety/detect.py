"""Finding events in a message's text views, then cancelling the ones that are only a topic, past or negated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from safety.normalize import TextViews, cached_views
from safety.patterns import rules
from safety.rule import Group, Rule
from safety.vocabulary import (
    CHILD_CONTEXT,
    CONSULTING,
    DENIED_AFTER,
    FICTION,
    FLEE_QUESTION,
    HABITUAL,
    HAPPENING,
    HOW_TO,
    HYPOTHETICAL,
    NEGATED_AFTER,
    NIGHT,
    NOW,
    PAST,
    PERSON_CONTEXT,
    PLEA_OBJECT,
    RECURRING,
    SCAM_NOW,
    SCHEME_PLEA,
    SERVICE,
    TOPIC,
    TOPIC_VOICED,
    compile_folded,
)
from safety.vocabulary_settled import (
    ALIVE_HEARD,
    BREATHING_NORMALLY,
    CALM,
    DISTRESS_HEARD,
    LAST_NIGHT,
    NOT_YET,
    REASSURED,
    RESOLVED,
    SETTLED,
    SETTLED_NOW,
    TURN,
    only_harmless_smoke,
)

# Groups cancelled when the text is about a topic (救急の日, 講習...) and nothing says it is happening now.
# Scams are not: swindlers talk of 手続き and 補助 themselves (the scam rule has its own topic guard).
TOPIC_CANCELLED: frozenset[Group] = frozenset(
    {"fire", "medical", "police", "help", "weak", "weak_police", "lexical", "lexical_police", "symptom", "ask",
     "stalking", "disaster"}
)
HYPOTHETICAL_CANCELLED: frozenset[Group] = TOPIC_CANCELLED - {"disaster"}
# Groups cancelled by a past-time word (去年の火事...) when nothing says "now"; symptoms and scams stay.
PAST_CANCELLED: frozenset[Group] = frozenset(
    {"fire", "medical", "police", "help", "weak", "weak_police", "lexical", "lexical_police", "disaster"}
)
# The unsure tier of bare danger words counts only with a cue (a person, "now", a happening verb form, a '!'
# or a very short message) and without a service frame (包丁研ぎのサービス, 煙突掃除を頼みたい).
LEXICAL: frozenset[Group] = frozenset({"lexical", "lexical_police"})
SHORT_MESSAGE_CHARS = 5
# Pleas for help, cancelled when the help asked for is a task (手続きを助けてほしい).
PLEA_EVENTS: frozenset[str] = frozenset({"call_for_help", "plea_for_help", "danger_word"})
BEFORE_CHARS = 12
# Events that reassurance about breathing or consciousness (息はしております, 意識ははっきり) turns into symptoms.
# Since round 14 also a sting's swelling (ハチに刺されて腫れてるけど息は普通).
SOFT_EVENTS: frozenset[str] = frozenset({"breathing_hard", "anaphylaxis"})
# ... and breathing said to be normal (今は普通に息してる, 泣く元気はある) a weak sign too.
# Since round 15 a fall too (落ちて頭を打ったけど今は普通に遊んでいます).
SOFT_WHEN_BREATHING_NORMALLY: frozenset[str] = SOFT_EVENTS | {"weak_danger", "fell"}
# Events that signs of life heard (鼻歌が聞こえる, 返事はある) cancel: someone only out of sight for long (with
# distress heard too - 返事はあるけど苦しいって - only the first).
ALIVE_CANCELLED: frozenset[str] = frozenset({"not_coming_out", "weak_danger"})
# Events that harmless smoke (湯けむり, 焼き芋の煙, 煙の出る花火) cancels when it is the only smoke of the message.
HARMLESS_SMOKE_CANCELLED: frozenset[str] = frozenset({"smoke", "danger_word"})
# Events that a question of calling, once they have settled (今は落ち着いていますが救急車を呼ぶべき?), turns into
# symptoms.
CAME_AND_WENT_EVENTS: frozenset[str] = frozenset({"breathing_hard", "chest_pain"})
# ... and so does a question about them when they have lasted a day or more (昨日から息切れがする…病院はありますか).
LONGSTANDING = compile_folded(r"(?:きのう|昨日|おととい|一昨日|すうじつ|数日|なんにち|何日|せんしゅう|先週|ここすうじつ"
                              r"|ここ数日|(?:[0-9一二三四五六七八九十]|なん|何)(?:にち|日|しゅうかん|週間)(?:まえ|前)?)から")
# A mild state (少し息苦しい, 時々, 歩けますが) asked about with a clinic in mind (今夜開いている病院はありますか,
# 夜間に診てもらえる整形外科は): laboured breathing, chest pain or a fall become symptoms to ask about (#7119).
MILD = compile_folded(r"すこし|少し|ちょっと|ときどき|時々|たまに|かるく|軽く|(?:あるけ|歩け)(?:ます|る)")
CLINIC_QUESTION = compile_folded(r"(?:びょういん|病院|しんりょうじょ|診療所|いしゃ|医者|くりにっく|クリニック|げか|外科"
                                 r"|ないか|内科|きゅうきゅうがいらい|救急外来)(?:は|って|を|か)?[^\n]{0,8}?"
                                 r"(?:あります|ある|しりません|知りません|おしえ|教え)|(?:みて|診て)(?:もらえ|くれ|いただけ)")
MILD_QUESTION_EVENTS: frozenset[str] = frozenset({"breathing_hard", "chest_pain", "fell", "fell_from_height"})
# A question of whether something can be done, closing the message (できる？, 出られる？, 言える？, でぎっぺか？), and a
# "sometimes" statement (出られないことがある).
POSSIBILITY = compile_folded(r"(?:できる|できっぺ|できっか|いける|いえる|言える|もらえる|もらえない|もらえねえ"
                             r"|もらえん|られる"
                             r"|れる)(?:か|の|かな|のか|ん(?:です|だ)?か|のすか|っしゃ)?(?:\n|$)")
SOMETIMES = compile_folded(r"(?:ことが|ことも)(?:ある|あります|あって|おおい|多い)(?:\n|$)")
# Groups whose signs become symptoms when the person's state has settled by the end of the message.
SETTLED_GROUPS: frozenset[Group] = frozenset({"medical", "weak", "lexical"})
# A topic word as the *setting* of an event is no topic: 訓練中に人が倒れて, 体験会の途中で溺れた, 点検中に落ちた,
# 検診に行ったら待合室で倒れた, 教室で先生が倒れて, 教室でご一緒の方が, 大会の会場でおっさんが倒れて, 消防団の人が倒れて
# (searched right after the topic word's match; the reading of 方 is ほう).
SETTING_AFTER = compile_folded(r"(?:かい|会|しき|式)?(?:の)?(?:ちゅう|中|なか(?:に|で)|さいちゅう|最中|とちゅう|途中)"
                               r"|の(?:ひと|人|かた|方|いん|員)(?:が|は|の)"
                               # a care home's resident or user (介護施設の入居者さんが倒れて): a setting, not the topic
                               r"|(?:しせつ|施設|ほーむ|ホーム)の(?:にゅうきょしゃ|入居者|りようしゃ|利用者|おとしより|お年寄り)"
                               r"(?:さん|さま|様)?(?:が|は)"
                               r"|(?:に|へ)(?:いっ|行っ|き|来|で(?:かけ|掛け)|出かけ)(?:た|て)(?:ら|とき|時)"
                               r"|(?:を)?(?:して|し)(?:い)?(?:たら|るとき|る時|たとき|た時)"
                               r"|から(?:かえ|帰|もと|戻)|の(?:あと|後|かえり|帰り)"
                               r"|(?:の)?(?:かいじょう|会場|ばしょ|場所)?で(?=[^\n]{0,10}?(?:ひと|人|せんせい|先生|せんしゅ|選手"
                               r"|さんかしゃ|参加者|こども|子ども|子供|おとこ|男|おんな|女|おっさん|おっちゃん|おじさん|おばさん|おばちゃん"
                               r"|じいさん|ばあさん|としより|きゃく|客|(?<=の)(?:かた|ほう(?=が|は))|方)"
                               r"(?:が|は|の))")
SETTING_WINDOW_CHARS = 16
# Which line to call, asked (どこさ電話すっぺ, どちらに相談すればよろしいでしょうか): with a child's laboured
# breathing, a question for the night line (#8000), not 119.
WHICH_LINE = compile_folded(r"(?:どこ|どちら|どっち|なんばん|何番)(?:に|さ|へ)?(?:でんわ|電話|そうだん|相談|れんらく"
    r"|連絡|かけ)"
                            r"(?:を)?(?:すれば|したら|すっぺ|する(?:の|ん|べ)|しよう|すべき|すっか|したほう|したらいい)")
# A settlement demanded (示談金がいる): the accident is the swindler's story, not a collision to send the police to.
SETTLEMENT = compile_folded(r"じだんきん|示談金|じだん(?:の|に)(?:おかね|お金)")


@dataclass(frozen=True)
class Findings:
    """What the text says: events by group, plus the context flags."""

    events: dict[str, Group]
    topic: bool  # the text is about a topic, a case or a past event (an emergency intent is then ignored)
    now: bool
    child: bool
    question: bool
    guarded: bool = False  # an event pattern matched but a guard cancelled it (猫が息してない, 倒れた自転車)
    service: bool = False  # the message asks for a service or information (包丁研ぎのサービス)
    night: bool = False  # the text says it is night now (夜中に, 今夜)
    calm: bool = False  # glad, a noise complaint, fine as ever (孫が来てにぎやか): no second signal
    # a question of whether something can be done (市に登録できる？, 式に出られる？) or a "sometimes" statement
    # (出られないことがある): the emergency n-gram classifier stays quiet (advice classifiers may still answer)
    asks_possibility: bool = False
    # a consultation or a recurring matter (どこに相談すれば, 毎日電話が来て怖い) with nothing happening now: a danger
    # word for the police or the police-line classifier sends to the police consultation line (#9110), not 110
    consulting: bool = False

    @property
    def open_to_second_signals(self) -> bool:
        """Whether a second signal (the n-gram classifier) may still raise an unsure emergency."""
        return not (self.topic or self.guarded or self.service or self.calm)

    def groups(self) -> set[Group]:
        """The groups with at least one event."""
        return set(self.events.values())

    def names(self, *groups: Group) -> list[str]:
        """Event names of the given groups, in detection order."""
        return [name for name, group in self.events.items() if group in groups]


Hit = Literal["hit", "guarded", "miss"]


def _rule_hits(rule: Rule, views: TextViews, seen: dict[re.Pattern[str], bool]) -> Hit:
    """Whether the rule's event is in the text ("guarded": its pattern matched but a guard cancelled it).

    ``seen`` remembers the guards already searched in this text (many rules share one, e.g. a person).
    """
    text = views.joined if rule.voiced else views.devoiced
    if not rule.pattern.search(text):
        return "miss"
    for guard, wanted in ((rule.unless, False), (rule.needs, True)):
        if guard is None:
            continue
        if guard not in seen:
            seen[guard] = bool(guard.search(views.devoiced))
        if seen[guard] != wanted:
            return "guarded"
    for match in rule.pattern.finditer(text):
        line_end = text.find("\n", match.end())
        after = text[match.end(): line_end if line_end >= 0 else len(text)]
        if DENIED_AFTER.search(after) or (not rule.has_negation and NEGATED_AFTER.search(after)):
            continue
        if rule.not_before is not None:
            line_start = text.rfind("\n", 0, match.start()) + 1
            before = text[max(line_start, match.start() - BEFORE_CHARS): match.start()]
            if rule.not_before.search(before):
                continue
        return "hit"
    return "guarded"


def _danger_cue(views: TextViews, *, now: bool) -> bool:
    """Whether bare danger words may count: a cue that something is happening, and no service frame."""
    text = views.devoiced
    if SERVICE.search(text):
        return False
    return (now or views.exclaimed or len(views.written) <= SHORT_MESSAGE_CHARS or bool(PERSON_CONTEXT.search(text))
            or bool(HAPPENING.search(text)))


def _service_plea(text: str) -> bool:
    """Whether help is asked for a task (手続きを助けてほしい) or from the city or a scheme (助けてくれる制度), not for
    a person (母を助けて)."""
    if SCHEME_PLEA.search(text):
        return True
    return any(not PERSON_CONTEXT.search(match.group(1)) for match in PLEA_OBJECT.finditer(text))


def _nothing_after_turn(views: TextViews) -> bool:
    """Whether no alarm follows the message's turn (…と思ったら | 見に行ったら | …けど), or it has none."""
    turn = TURN.search(views.written)
    return turn is None or not PAST_CANCELLED & find(cached_views(views.written[turn.end():])).groups()


def _resolved(views: TextViews) -> bool:
    """A scare resolved (と思ったら…でした) or a state settled, with no alarm after the turn (…燃えていた)."""
    text = views.devoiced
    if not (RESOLVED.search(text) or (SETTLED.search(text) and not PERSON_CONTEXT.search(text))):
        return False
    return _nothing_after_turn(views)


def _settled_person(views: TextViews) -> bool:
    """A person's state settled at the end of the message (母の息が荒かったけど…休んだら落ち着いた), with no alarm
    after the turn: their signs become symptoms to ask about (#7119/#8000), not an emergency."""
    text = views.devoiced
    return bool(SETTLED.search(text) and PERSON_CONTEXT.search(text)) and _nothing_after_turn(views)


def _named_topic(text: str) -> bool:
    """Whether a topic word names what the message is about, not only the setting of what happened."""
    return any(not SETTING_AFTER.match(text, match.end(), match.end() + SETTING_WINDOW_CHARS)
               for match in TOPIC.finditer(text))


def find(views: TextViews) -> Findings:
    """Every rule over both views; then topic, hypothetical and past cues cancel what they cover."""
    text = views.devoiced
    events: dict[str, Group] = {}
    guarded = False
    seen: dict[re.Pattern[str], bool] = {}
    for rule in rules():
        if rule.name in events:
            continue
        hit = _rule_hits(rule, views, seen)
        if hit == "hit":
            events[rule.name] = rule.group
        guarded = guarded or hit == "guarded"
    if REASSURED.search(text):  # 息はしております: laboured breathing becomes a symptom to ask about
        soft = SOFT_WHEN_BREATHING_NORMALLY if BREATHING_NORMALLY.search(text) else SOFT_EVENTS
        events = {name: "symptom" if name in soft else group for name, group in events.items()}
    if ("ask" in events.values() and SETTLED_NOW.search(text)) or (views.question and LONGSTANDING.search(text)):
        events = {name: "symptom" if name in CAME_AND_WENT_EVENTS else group for name, group in events.items()}
    if views.question and MILD.search(text) and CLINIC_QUESTION.search(text):
        events = {name: "symptom" if name in MILD_QUESTION_EVENTS else group for name, group in events.items()}
    if CHILD_CONTEXT.search(text) and WHICH_LINE.search(text):
        events = {name: "symptom" if name in CAME_AND_WENT_EVENTS else group for name, group in events.items()}
    if only_harmless_smoke(text):
        events = {name: group for name, group in events.items() if name not in HARMLESS_SMOKE_CANCELLED}
    alive = bool(ALIVE_HEARD.search(text)) and not DISTRESS_HEARD.search(text)
    if ALIVE_HEARD.search(text):
        events = {name: group for name, group in events.items()
                  if name not in (ALIVE_CANCELLED if alive else {"not_coming_out"})}
    if SETTLEMENT.search(text):
        events = {name: group for name, group in events.items() if name != "traffic_accident"}
    settled_person = _settled_person(views)
    if settled_person:
        events = {name: "symptom" if group in SETTLED_GROUPS else group for name, group in events.items()}
    service_plea = _service_plea(text)
    if service_plea:
        events = {name: group for name, group in events.items() if name not in PLEA_EVENTS}
    now = bool(NOW.search(text)) and not service_plea
    if LEXICAL & set(events.values()) and not _danger_cue(views, now=now):
        events = {name: group for name, group in events.items() if group not in LEXICAL}
    named_topic = _named_topic(text) or bool(TOPIC_VOICED.search(views.joined))
    topic = named_topic or bool(HYPOTHETICAL.search(text))
    # sleep talk, a drama, a joke, a scare resolved: even a "now" cue does not make it real
    resolved = _resolved(views)
    fiction = bool(FICTION.search(views.joined) or (resolved and not CONSULTING.search(text)))
    cancelled: frozenset[Group] = frozenset()
    if fiction or (named_topic and not now and _named_topic(HOW_TO.sub("", text))):
        # a question of whether to flee keeps the disaster page (ニュースで見たけど、避難した方がいい？)
        cancelled = TOPIC_CANCELLED - {"disaster"} if not fiction and FLEE_QUESTION.search(text) else TOPIC_CANCELLED
    elif topic and not now:  # "what if" or "how do I": no alarm, but 避難所さどうやって行けば gets the disaster page
        # ... and a stalker asked about (どこに相談したらいいですか) keeps the consultation line
        cancelled = HYPOTHETICAL_CANCELLED - {"stalking"} if CONSULTING.search(text) else HYPOTHETICAL_CANCELLED
    elif PAST.search(text) and not now:
        # ... but a police matter of the past asked about keeps its danger word, for the consultation line (#9110)
        cancelled = PAST_CANCELLED - {"lexical_police"} if CONSULTING.search(text) else PAST_CANCELLED
    kept = {name: group for name, group in events.items() if group not in cancelled}
    topic_only = (topic and not now) or len(kept) < len(events) or fiction
    scam_now = bool(SCAM_NOW.search(text)) and not HABITUAL.search(text)
    consulting = bool(CONSULTING.search(text))
    urgent_now = (now or scam_now) and not consulting and not NOT_YET.search(text)
    return Findings(events=kept, topic=topic_only, now=urgent_now, child=bool(CHILD_CONTEXT.search(text)),
                    question=views.question, guarded=guarded, service=service_plea or bool(SERVICE.search(text)),
                    night=bool(NIGHT.search(text)) and not LAST_NIGHT.search(text),
                    calm=bool(CALM.search(text)) or settled_person or alive,
                    asks_possibility=bool(SOMETIMES.search(text) or (views.question and POSSIBILITY.search(text))),
                    consulting=not urgent_now and (consulting or bool(RECURRING.search(text))))
