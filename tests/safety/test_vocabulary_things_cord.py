"""Round 49 (:data:`safety.vocabulary_things.CORD_WORD`): a cord in kana (コード, こーど) folds to こど and, devoiced,
to こと, so 子ども, 今年, 仕事 and こと itself met the cord of the hanging, electric-fire, suspicious-package and
payment-code rules (wide50's 子供たち + 声をかけても動かない read a hanging; wide50b's 子どもが焚き火の煙 an
electric fire). On tellings written for these tests, not phrases of the set: a cord round a neck or tied, a cord
sparking or smoking still fire their rule; the same rules stay quiet on こと and 子ども beside the same words."""

from __future__ import annotations

import pytest

from safety.detect_hits import rule_hits
from safety.normalize import views
from safety.patterns import rules
from safety.vocabulary import compile_folded
from safety.vocabulary_things import CORD_WORD
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# (telling, the rule that must fire on its cord, the number decided)
CORD_TELLINGS = [
    # a cord round a neck or tied to hang from
    ("じいちゃんが 物置で でんきの こーどを くびに かけて うごかない", "hanging", "119"),
    ("父が納屋で延長コードを梁に結んで、ぶら下がっております", "hanging", "119"),
    ("ばっちゃが部屋でコードさ首かけで、動がねえ", "hanging", "119"),
    ("兄貴がドアノブにコードかけてぐったりしてる、息してない", "hanging", "119"),
    # a cord sparking or smoking
    ("ストーブのコードからバチバチって火花が出てる", "electric_fire", "119"),
    ("延長コード焦げ臭い、煙出てきた やばい", "electric_fire", "119"),
    ("こたつのコードの根元から煙が上がっております", "electric_fire", "119"),
    ("テレビのコードがらけむり出でっぺ", "electric_fire", "119"),
    ("ドライヤーの こーどが ばちばち いって けむりが でてる", "electric_fire", "119"),
]
# こと, 子ども, 今年, 仕事 beside the words of the cord rules: no cord rule fires
LOOK_ALIKES = [
    "子供たちに声をかけても、ゲームに夢中で動かない",
    "こどもたちに こえを かけても うごかない ずっと げーむ してる",
    "息子の仕事のことで上司に声をかけられて、息子がぐったりしてる",
    "子どもが焚き火の煙を吸って咳が出たけど、もう落ち着いて話せます",
    "そのことから煙たがられて、父はすっかりぐったりしています",
    "そのことで首になった父がぐったりして動かない",
    "今年の花火大会は煙がすごかった",
]
CORD_RULES = frozenset({"hanging", "electric_fire", "suspicious_package", "payment_code_covered"})


def _fired(text: str) -> set[str]:
    """The cord rules that fire on ``text``."""
    text_views = views(text)
    return {found.name for found in rules() if found.name in CORD_RULES and rule_hits(found, text_views, {}) == "hit"}


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, _, number in CORD_TELLINGS])
    assert_not_in_phrase_set([(text, "") for text in LOOK_ALIKES])


@pytest.mark.parametrize(("text", "rule_name", "number"), CORD_TELLINGS)
def test_a_cord_still_fires_its_rule(text: str, rule_name: str, number: str) -> None:
    assert rule_name in _fired(text), text
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_koto_and_kodomo_fire_no_cord_rule(text: str) -> None:
    assert _fired(text) == set(), text


@pytest.mark.parametrize("text", ["QRコードの上にシール", "コードが でてて", "ロールスクリーンのコードが孫の首に"])
def test_the_cord_word_meets_a_named_cord(text: str) -> None:
    assert compile_folded(CORD_WORD).search(views(text).devoiced), text


@pytest.mark.parametrize("text", ["子どもの首に湿布", "そのことが引っかかって", "仕事絡みで", "知らんことばかり",
                                  "こどもをかけて", "余計なことに首を突っ込む", "今年は"])
def test_the_cord_word_misses_koto(text: str) -> None:
    assert compile_folded(CORD_WORD).search(views(text).devoiced) is None, text
