""":mod:`safety.events_workplace_signs`: trouble at work told by a co-worker - a vehicle rammed into a gate or a shop
front again and again, a fixated customer waiting at the staff exit now (110); a machine found tipped over with
nobody on it and a friend "kidnapped" for a surprise party stay quiet, a person under it or a real
taking still fire. Round 49 (wide51b).

Tellings written for this test (plain, casual, kana, tohoku, indirect) and look-alikes that stay quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # a vehicle rammed into a gate or a shop front again and again, now
    ("クビになった元バイトが軽トラで店のシャッターに何回も突っ込んでる！今も来てる", "110"),
    ("くびに なった ひとが くるまで こうじょうの もんに なんども ぶつかって きてる。こわい", "110"),
    ("首さなった男が車で会社の門さ何回もぶっつけでっちゃ、まだやってる", "110"),
    ("元従業員がトラックで店の入り口に繰り返し突っ込んできています、今も続いています", "110"),
    # a fixated customer waiting at the staff exit now
    ("バイトの子にしつこくしてた客が、今も裏口の前で待ってる。あの子もうすぐ上がりなのに", "110"),
    ("閉店後、パートさんをストーカーしてる男がさっきから駐車場で待ってるって、本人が震えてます", "110"),
    ("しつこい きゃくが いま みせの うらぐちで まちぶせ してる。こわい", "110"),
    # ... told as last week's, a consultation
    ("前にバイトの子につきまとってた客、先週も裏口にいたんだけど、どこに相談すればいい？", "#9110"),
    # a machine found tipped over, nobody on it: quiet
    ("現場のユンボが夜の雨で傾いて転がってた。無人でしたが、どこに連絡すれば引き起こしてもらえますか", "none"),
    ("倉庫のフォーク、夜のうちに倒れでだっちゃ。誰も乗ってねがった。起ごすのどごさ頼めばいいべ", "none"),
    ("工事現場の重機が強風で横倒しになってました。無人で、けが人はいません。撤去の相談先を教えてください", "none"),
    # ... a gate hit while parking: quiet
    ("車庫入れで何度も門にぶつけちゃった、修理はどこに頼めばいい？", "none"),
    # a friend "kidnapped" for a surprise birthday: quiet; a real taking still 110
    ("後輩の誕生日にドッキリで拉致って集会所でお祝いしたいんだけど、部屋って借りれる？", "none"),
    ("知らない男が女の子を車に押し込んで連れ去った！", "110"),
    ("誕生日会の帰りに娘が知らない車に連れ去られた、助けて", "110"),
    # real alarms in the same setting still fire
    ("フォークリフトが倒れて先輩が下敷きになってる！", "119"),
    ("フォークがひっくり返って運転してた人が動かない", "119"),
    ("倉庫でフォークが横倒し、乗ってた人が挟まれて血が出てる", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides_by_day(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), [case for case in CASES if case[1] in {"110", "119"}])
def test_decides_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 58 (blind57b heard): 何ともない (nothing wrong) reads なんともない once voicing goes, as 何度も does - a car
# and a wall told with it is no ramming again and again; ramming told in kana is still 110 (tested first).
NOTHING_WRONG_ALARMS = [
    ("やめた はいたつの ひとが とらっくで そうこの かべに なんども ぶつけてる いまも", "110"),
]
NOTHING_WRONG_QUIET = [
    ("車のドアにおでこぶつけたけど、なんともないです。念のため病院に行くべき？", "#7119"),
]


def test_nothing_wrong_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NOTHING_WRONG_ALARMS + NOTHING_WRONG_QUIET)


@pytest.mark.parametrize(("text", "number"), NOTHING_WRONG_ALARMS)
def test_ramming_told_again_and_again_in_kana_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOTHING_WRONG_QUIET)
def test_nothing_wrong_is_no_again_and_again(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
