"""Events, and the topic / past / negation / thing guards that cancel them."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views


def groups(text: str) -> set[str]:
    return set(find(views(text)).groups())


@pytest.mark.parametrize(
    "text",
    ["ばあちゃんがいぎしてねぇ", "じっちゃんが風呂で動がなぐなった", "おらえのばあちゃん、朝がら起ぎでこねえ",
     "家内が突然倒れまして、呼びかけにも答えません", "ママが起きない", "祖父が朝から起きてこなくて"],
)
def test_any_conjugation_or_tohoku_form_of_a_missing_sign_of_life_is_found(text: str) -> None:
    assert "medical" in groups(text)


@pytest.mark.parametrize(
    "text",
    ["息子が反抗期で返事もしない", "娘が朝起きなくて学校に遅刻する", "猫が息してないみたい",
     "夫が昼寝してて起きない、夕飯どうしよう", "スマホが熱くなって動かない"],
)
def test_habits_sulking_animals_and_things_are_not_a_missing_sign_of_life(text: str) -> None:
    assert not groups(text) & {"medical", "weak", "lexical"}


def test_a_guard_that_cancels_a_matched_pattern_is_reported() -> None:
    found = find(views("猫が息してないみたい"))
    assert found.guarded and not found.open_to_second_signals
    assert not find(views("住民票がほしい")).guarded


def test_bare_danger_words_need_a_cue_and_no_service_frame() -> None:
    assert "lexical" in groups("父 倒れ 意識 なし")
    assert not groups("包丁研ぎのサービスはありますか")
    assert not groups("煙突掃除を頼みたい")
    assert groups("刃物を持った人がいる！") & {"police", "lexical_police"}
    assert groups("夜中に物音がしてる") == {"lexical_police"}


def test_devoiced_words_that_collide_keep_their_voicing() -> None:
    assert "scam" not in groups("祖父が入院先で息を引き取りました")  # さき is not さぎ
    assert "scam" in groups("さぎのでんわがかかってきた")
    assert "stalking" not in groups("解約したはずの料金が引き落とされてる")  # おとされ is not おどされ


@pytest.mark.parametrize(
    "text",
    ["たすけて", "助けで", "いきしてね", "息してない", "倒れでる", "火事だ", "かじ", "けむりがでてる",
     "ばあちゃん倒れでっから早ぐ来て", "じいちゃん息してねえ", "餅が喉に詰まった", "痙攣してる"],
)
def test_spellings_of_events_are_found(text: str) -> None:
    assert groups(text) & {"fire", "medical", "help"}


@pytest.mark.parametrize(
    "text",
    ["救急の日のイベントはいつですか", "火災報知器の設置は義務ですか", "去年の火事の罹災証明をもらいたい",
     "消防団に入りたいです", "救急講習を受けたい", "道路の看板が傾いています", "救急フェアに子どもと行きたい",
     "火事のときは何番に電話すればいいですか", "餅を喉に詰まらせないためのコツ"],
)
def test_topics_are_not_events(text: str) -> None:
    assert not groups(text) & {"fire", "medical", "police", "help", "weak", "lexical"}


def test_topic_flag_is_set_when_only_topic_words_matched() -> None:
    assert find(views("去年の火事の罹災証明")).topic
    assert not find(views("住民票がほしい")).topic


def test_a_now_cue_overrides_the_topic() -> None:
    assert "fire" in groups("訓練じゃない、今本当に火事です")


def test_negation_after_an_event_cancels_it() -> None:
    assert "medical" not in groups("父は倒れてないです")
    assert "fire" not in groups("火事ではありません")


def test_a_fallen_thing_is_not_a_collapsed_person() -> None:
    assert "medical" not in groups("道に木が倒れて通れない")
    assert "medical" not in groups("倒れた木の撤去をお願いしたい")
    assert "medical" in groups("道で人が倒れています")


def test_missing_needs_a_person() -> None:
    assert "police" not in groups("財布が見つからない")
    assert "police" not in groups("ペットの猫がいなくなりました")
    assert "police" in groups("子どもがいなくなった")


def test_child_context_and_now_flags() -> None:
    found = find(views("3歳の息子が熱を出した"))
    assert found.child and "symptom" in found.groups()
    assert find(views("今ATMの前で電話で言われている")).now


def test_homophones_do_not_trigger() -> None:
    assert "fire" not in groups("家事が大変なのでヘルパーを頼みたい")
    assert not groups("パソコンの調子が悪い")
    assert not groups("作業着の貸し出しはありますか")
