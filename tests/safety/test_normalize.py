"""Text views: folding and Sudachi readings make kanji, kana, dialect and speech spellings meet."""

from __future__ import annotations

import subprocess
import sys
import threading
import unicodedata
from datetime import datetime

import pytest

from safety.normalize import KANJI, READER, _folded_as_written, devoice, fold, to_hiragana, views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set


def test_fold_removes_noise_and_unifies_kana() -> None:
    assert fold("えーと、台所から　火が出た！") == "台所から火が出た"
    assert fold("ガスクサイ") == "がすくさい"
    assert fold("ねぇー") == "ねえ"
    assert fold("１１９") == "119"


def test_humble_forms_are_folded() -> None:
    assert fold("息をしておりません") == "息をしていません"


@pytest.mark.parametrize(
    ("left", "right"),
    [("火事だ", "かじだ"), ("息してない", "いきしてない"), ("倒れでる", "たおれでる"), ("煙", "けむり")],
)
def test_kanji_and_kana_share_a_reading(left: str, right: str) -> None:
    assert views(left).reading == views(right).reading


def test_devoicing_makes_tohoku_voicing_meet_the_standard_form() -> None:
    assert devoice("いぎしでねえ") == devoice("いきしてねえ") == "いきしてねえ"
    assert devoice("ばあちゃん") == "ばあちゃん"  # only the k- and t-rows
    text_views = views("倒れでる")
    assert text_views.written == "倒れでる"  # the views keep their voicing; the devoiced copy is apart
    assert text_views.devoiced == devoice(text_views.joined)


def test_exclamation_marks_are_kept_as_a_flag() -> None:
    assert views("煙！").exclaimed
    assert not views("煙").exclaimed


def test_question_mark_and_endings_mark_questions() -> None:
    assert views("救急車呼んだほうがいい？").question
    assert views("病院に行くべきでしょうか").question
    assert not views("火事です").question


def test_a_question_is_read_with_its_slips_put_back() -> None:
    """Round 53: a を the recogniser adds after a Tohoku べか (病院さ行った方いいべかを) leaves the question a question;
    誰かを at the end is no question."""
    assert views("病院さ行った方いいべかを").question
    assert views("医者さ診でもらうべかを。").question
    assert not views("ちょっと来て、誰かを").question


def test_to_hiragana_leaves_other_characters() -> None:
    assert to_hiragana("ガス漏れ119") == "がす漏れ119"


def test_import_does_not_load_the_dictionary() -> None:
    code = "import sys, safety.assess; print('sudachipy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "False"


def test_readings_work_from_several_threads() -> None:
    results: list[str] = []

    def work() -> None:
        for _ in range(20):
            results.append(READER.reading("台所から火が出た"))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(results) == {"だいどころからひがでた"}


@pytest.mark.parametrize(
    ("everyday", "event"),
    [("晴れて", "腫れて"), ("家事", "火事"), ("同期", "動悸"), ("光熱費", "高熱"), ("応答", "嘔吐"),
     ("自信", "地震"), ("親水", "浸水"), ("非難", "避難"), ("履いた", "吐いた"), ("出席", "咳"),
     ("引かれた", "轢かれた"), ("ご縁", "誤嚥"), ("払いたい", "腹痛")],
)
def test_kanji_of_an_everyday_word_keep_their_kanji_in_the_reading(everyday: str, event: str) -> None:
    everyday_views, event_views = views(everyday), views(event)
    assert everyday_views.reading != to_hiragana(READER.reading(event))
    assert KANJI.search(everyday_views.reading)  # the kanji stay: no kana to collide
    assert not KANJI.search(event_views.reading)  # the event sense is read as kana


def test_kana_input_stays_ambiguous() -> None:
    assert views("かじです").reading == views("火事です").reading == "かじです"


def test_a_drawn_out_one_kanji_noun_loses_its_small_vowel() -> None:
    assert fold("目ぇ開げね") == "目開げね"
    assert fold("血ぃ吐いだ") == "血吐いだ"
    assert fold("ねぇ") == "ねえ"  # after kana the small vowel is a plain vowel


def test_eczema_keeps_its_kanji_where_fainting_would_meet_it() -> None:
    assert "しっしん" not in views("湿疹が出た").reading
    assert "しっしん" in views("失神した").reading


def test_views_of_a_text_are_reused() -> None:
    assert views("台所から火が出た") is views("台所から火が出た")


@pytest.mark.parametrize(("text", "predicate"), [
    ("古川駅東口のロータリーの近く", False), ("市役所の北側の交差点", False), ("なし", False), ("", False),
    ("台所から火が出た", True), ("たすけて", True), ("胸が苦しい", True), ("息が変だ", True),
    # katakana-only Japanese is read in hiragana too; a loanword alone or among kanji is no verb
    ("オジイチャン ガ イキ シテナイ", True), ("ハハガ タオレテ ウゴカナイ", True), ("ロータリー", False),
])
def test_views_mark_whether_a_message_holds_a_predicate(text: str, predicate: bool) -> None:
    assert views(text).predicate is predicate


@pytest.mark.parametrize("text", [
    "イオンタウン古川の駐車場", "マンションの前", "イベント会場の入口", "台所から火が出た。", "たすけて!",
    "オジイチャン ガ イキ シテナイ", "警察 はやく 家に 男が", "えっと、胸が苦しい", "ばあちゃん、目ぇ覚まさね",
    "講座番号を教えてしまった", "火事", "救急の日のイベントはどこで",
])
def test_the_predicate_is_the_raw_texts_whether_or_not_the_written_pass_is_shared(text: str) -> None:
    plain = unicodedata.normalize("NFKC", text).strip()
    assert views(text).predicate is READER.has_predicate(plain)


def test_the_written_pass_is_shared_only_when_folding_dropped_final_marks_alone() -> None:
    assert _folded_as_written("台所から火が出た。", views("台所から火が出た。").written)
    assert _folded_as_written("胸が苦しい", views("胸が苦しい").written)
    # katakana folded to hiragana reads differently (ロータリー -> ろたり holds a verb), as may a comma or a space
    assert not _folded_as_written("ロータリーの近く", views("ロータリーの近く").written)
    assert not _folded_as_written("火事、助けて", views("火事、助けて").written)
    assert not _folded_as_written("家に 男が", views("家に 男が").written)


# Round 45 (blind46b): a loanword spelt two ways is folded to the rules' spelling (インターフォン -> インターホン).
@pytest.mark.parametrize("text", ["インターフォンを押して", "いんたーふぉんをおして", "ｲﾝﾀｰﾌｫﾝを押して"])
def test_round45_interphone_is_folded_to_one_spelling(text: str) -> None:
    assert fold(text).startswith(fold("インターホン"))


ROUND45_INTERPHONE = [
    ("見たことのない男の人が何度もインターフォンを押してきて、出ないでいたら裏口のほうへ回っていきました", "110"),
    ("知らない男がインターフォンを何回も鳴らしてて、出ないでいたら窓の方に回ってきた、怖い", "110"),
    ("元カレがずっと家の前にいて、インターフォン鳴らしまくってる", "110"),
    ("インターフォンが壊れて鳴らないんですが、修理はどこに頼めばいいですか", "none"),
]


def test_round45_interphone_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND45_INTERPHONE)


@pytest.mark.parametrize(("text", "number"), ROUND45_INTERPHONE)
def test_round45_interphone_spelt_either_way_decides_alike(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_views_keep_where_each_sentence_began() -> None:
    # round 50: the written view drops 。, so 取り付けています。カード reads 取り付けていますかど
    text_views = views("男が機械を取り付けています。カード情報を盗むやつです！まだいます")
    assert text_views.written == "男が機械を取り付けていますかど情報を盗むやつですまだいます"
    assert text_views.sentence_starts == frozenset({13, 24})
    assert views("修理できますか").sentence_starts == frozenset()
    assert views("熱は38.5度です").sentence_starts == frozenset()


# Round 55: a mail written in kana with its long vowel spelt え (めえる) folds as メール does, and 昨年 folds to 去年,
# the past year the rules know.
@pytest.mark.parametrize(("variant", "standard"), [("めえるが 来た", "メールが来た"), ("昨年の冬", "去年の冬")])
def test_round55_spelling_variants_fold_to_one(variant: str, standard: str) -> None:
    assert fold(variant) == fold(standard)


ROUND55_VARIANTS = [
    ("ともだちから しぬって めえるが きた。 でんわに でない", "110"),
    ("むすめから さよなら って めえるが きて れんらくが つかない", "110"),
    ("めえる の かきかた を おしえて", "none"),
    ("昨年の秋に屋根から落ちましたが今はすっかり良くなりました。雨漏りを直す業者を探しています", "none"),
    ("昨年屋根から落ちた父が、今また屋根に上って落ちた、動かない", "119"),
]


def test_round55_variant_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND55_VARIANTS)


@pytest.mark.parametrize(("text", "number"), ROUND55_VARIANTS)
def test_round55_variants_decide_as_their_standard_spelling(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): a dead end (行き止まり) is no stopped breath.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("山道が行き止まりで引き返した。大雨の中どこに避難すればいい？", "disaster", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_a_dead_end_is_no_stopped_breath(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
