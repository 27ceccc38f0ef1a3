"""Round 56 (helper A121, wide58b: small factories and workshops) - the general readings mended outside the new
blade module, on tellings written for these tests (not phrases of the set), real alarms first for every closure:

- a topic word that only sets the scene (:mod:`safety.vocabulary_topic`): an inspection pit (点検用の), an event or a
  festival the person went to, or its goers (イベントで, お祭りにまいりました, 祭りの…おじさん);
- steam over a body part with the skin peeled (:mod:`safety.events_emergency_signs`, ``severe_burn``);
- a bone peeking out (骨がのぞいて; :mod:`safety.events_life`, ``limb_deformed``);
- arms "about to fall off" after a chore (:mod:`safety.events_field_signs` ``LIMB_WORN_OUT``): hyperbole;
- only doing something, told after a turn (溶接してるだけだった; :mod:`safety.vocabulary_explained` ``ONLY_THAT``);
- いしょ (a will) not read inside 製材所 / 対処 / 聖書 (:mod:`safety.events_generic`);
- the kana さす as rubbing (腰をさすって; :mod:`safety.events_household_signs`);
- a barrel after a son read as posing (息子が樽 -> むすこかたる; :mod:`safety.events_dealing_signs` ``POSED_AS``);
- a symptom denied in a list (息苦しさや顔の腫れはありません; :mod:`safety.vocabulary_denied`)."""

from __future__ import annotations

import pytest

from safety.assess import assess
from safety.evaluate import predicted_number
from tests.safety.helpers import DAY, EMERGENCY_NUMBERS, assert_decides, assert_not_in_phrase_set

ALARMS = [
    # a scene set by a topic word, a real emergency in it
    ("工場の点検用の穴に同僚が落ちて、呼んでも返事がありません", "119"),
    ("町内のイベントで、五歳の娘がいなくなりました。二十分探しても見つかりません", "110"),
    ("孫と秋祭りにまいりましたが、孫がどこにも見当たりません。もう四十分です", "110"),
    ("祭りの神輿担ぎのおじさんが倒れて、ゆすっても起きない", "119"),
    # steam and peeled skin
    ("工場でボイラーの蒸気が噴き出して、同僚の腕の皮がべろっとむけています", "119"),
    ("じょうきを まともに あびて かおの かわが むけてる", "119"),
    # a bone peeking out
    ("自転車で転んだ夫のすねから骨がのぞいています", "119"),
    # a limb torn by a machine, told as about to come off, stays 119
    ("薪割り機に手を挟まれて、指がちぎれそうです", "119"),
    # a will found, a stab threatened
    ("父の部屋で遺書が見つかって、父と連絡がつきません", "110"),
    ("元夫から今日お前を刺すって電話がありました", "110"),
    # someone posing as a son, a barrel after a son (below) stays quiet
    ("息子をかたる男から、今日中に会社のお金を届けてほしいと電話が来て、今から銀行に行きます", "110"),
    # a real breathing trouble, another sign denied
    ("夫が息苦しくてやばい、熱はないけど", "119"),
]

QUIET = [
    # hyperbole after a chore
    ("朝から薪運びで、腕がもげそうです。薪ストーブの補助金はありますか", "none"),
    ("一日中草刈りして腕ちぎれるかと思ったわ、明日は休みたい", "none"),
    # only doing something
    ("隣の倉庫から火花が見えてびっくりしたけど、おじさんがグラインダーで鉄を削ってるだけだった", "none"),
    # a will's homophones
    ("工場の機械が止まったときの対処を教えてください", "none"),
    ("聖書を読む会はどこでやっていますか", "none"),
    # rubbing
    ("母の足をさすってあげたら、よく眠れたみたいです", "none"),
    # an event's dates asked, hyperbole before it (の日程に: still the topic)
    ("辛すぎるカレー食べて口から火が出そう 笑 カレーイベントの日程にまだ空きある?", "none"),
    # a barrel after a son, once devoiced no posing (息子が樽 -> むすこかたる)
    ("息子が樽の漬物を全部食べてしまいました。塩分が心配です", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_real_alarms_stay(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_quoted_threat_then_nothing_now_keeps_the_threat() -> None:
    # (と書かれた…何もない is no list of denied signs: the threat is still read)
    decision = assess("せんげつ みせの ほーむぺーじに もやしてやる と かかれた いまは なにも ないけど こわい",
                      now=DAY, channel="chat")
    assert "threat" in decision.events


def test_a_breathing_sign_denied_in_a_list_is_no_emergency() -> None:
    # (the rash itself is not read as advice yet: the message goes to the answer, not to 119)
    decision = assess("新しい洗剤で手がかぶれました。息苦しさや唇の腫れはありません。何科に行けばいいですか",
                      now=DAY, channel="chat")
    assert predicted_number(decision) not in EMERGENCY_NUMBERS
