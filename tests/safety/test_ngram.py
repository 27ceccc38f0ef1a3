"""The n-gram classifier: shipped weights load lazily, score in plain Python, and only add unsure emergencies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safety.assess import assess, assess_checkin_answer
from safety.errors import SafetyDataError
from safety.evaluate import EXAMINED_SPLITS, UNEXAMINED_SPLITS, load_phrases
from safety.ngram import (
    NEGATION_MARK,
    AdviceModels,
    NgramModel,
    advice_models,
    classifier_grams,
    grams,
    marked,
    ngram_model,
    police_line_model,
)
from safety.normalize import views
from tests.safety.helpers import DAY


def test_grams_stay_inside_each_line() -> None:
    assert grams("あい\nう") == {"あ", "い", "あい", "う"}


@pytest.mark.parametrize(("text", "expected"), [
    ("ねつはない", "ねつは¬"), ("熱はありません", "熱は¬"), ("起きません", "起き¬"),
    ("はなちかとまらない", "はなちかとまら¬"), ("いきをしていない", "いきをしてい¬"), ("はな", "はな")])
def test_a_negation_is_read_as_one_mark(text: str, expected: str) -> None:
    assert marked(text) == expected.replace("¬", NEGATION_MARK)


def test_a_denied_symptom_no_longer_shares_the_nose_gram() -> None:
    # ねつはない once gave はな, the gram of 鼻 (はなぢ): a denied fever read like a nosebleed.
    assert "はな" in grams("ねつはない")
    assert "はな" not in classifier_grams("ねつはない", negation_marked=True)
    assert "は" + NEGATION_MARK in classifier_grams("ねつはない", negation_marked=True)
    assert classifier_grams("ねつはない", negation_marked=False) == grams("ねつはない")


def test_a_model_reads_the_grams_it_was_trained_on() -> None:
    nose = {"はな": 4.0}
    assert NgramModel(intercept=-2.0, threshold=0.8, trained_on=["dev"], weights=nose).fires(views("熱はない"))
    assert not NgramModel(intercept=-2.0, threshold=0.8, trained_on=["dev"], weights=nose,
                          negation_marked=True).fires(views("熱はない"))


def test_shipped_model_was_never_trained_on_unexamined_splits() -> None:
    model = ngram_model()
    assert model.weights and 0.5 <= model.threshold < 1.0
    assert set(model.trained_on) <= set(EXAMINED_SPLITS)
    assert not UNEXAMINED_SPLITS & set(model.trained_on)


def test_probability_separates_an_emergency_from_a_plain_question() -> None:
    model = ngram_model()
    assert model.probability(views("父が倒れて息をしていません")) > model.threshold
    assert model.probability(views("住民票の写しがほしい")) < model.threshold


def test_shipped_line_model_tells_police_matters_from_fire_and_ambulance() -> None:
    model = police_line_model()
    assert set(model.trained_on) <= set(EXAMINED_SPLITS)
    assert model.fires(views("知らない男がずっと後ろをついてくる"))
    assert not model.fires(views("父が倒れて息をしていません"))


def test_the_line_model_picks_110_when_the_classifier_alone_fires(monkeypatch: pytest.MonkeyPatch) -> None:
    always = NgramModel(intercept=10.0, threshold=0.8, trained_on=["dev"], weights={})
    monkeypatch.setattr("safety.assess.ngram_model", lambda: always)
    monkeypatch.setattr("safety.assess.police_line_model", lambda: always)
    decision = assess("こまってます", now=DAY, channel="chat")
    assert decision.kind == "emergency_police" and decision.number == "110" and decision.certainty == "unsure"
    assert decision.events == ("ngram_police",)


def test_a_model_fires_only_above_its_threshold() -> None:
    model = NgramModel(intercept=-1.0, threshold=0.8, trained_on=["dev"], weights={"火": 3.0})
    assert model.fires(views("火"))
    assert not model.fires(views("水"))


def test_the_classifier_alone_gives_an_unsure_emergency(monkeypatch: pytest.MonkeyPatch) -> None:
    always = NgramModel(intercept=10.0, threshold=0.8, trained_on=["dev"], weights={})
    monkeypatch.setattr("safety.assess.ngram_model", lambda: always)
    decision = assess("こまってます", now=DAY, channel="chat")
    assert decision.is_emergency and decision.certainty == "unsure" and decision.events == ("ngram",)
    # ...but never over a topic or a service request
    assert not assess("救急の日のイベントはいつですか", now=DAY, channel="chat").is_emergency
    assert not assess("包丁研ぎのサービスはありますか", now=DAY, channel="chat").is_emergency


def test_the_classifier_never_raises_a_checkin_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    always = NgramModel(intercept=10.0, threshold=0.8, trained_on=["dev"], weights={})
    monkeypatch.setattr("safety.assess.ngram_model", lambda: always)
    decision = assess_checkin_answer("孫が来てにぎやかです", now=DAY)
    assert decision.kind == "none" and decision.checkin_floor is None


def test_a_broken_model_file_is_an_error(tmp_path: Path) -> None:
    broken = tmp_path / "ngram.json"
    broken.write_text(json.dumps({"intercept": "x"}), encoding="utf-8")
    with pytest.raises(SafetyDataError):
        ngram_model(broken)
    with pytest.raises(SafetyDataError):
        ngram_model(tmp_path / "missing.json")


def test_shipped_advice_models_read_the_advice_lines() -> None:
    models = advice_models()
    assert set(models.lines) == {"medical", "police_consultation", "consumer", "disaster"}
    assert set(models.trained_on) <= set(EXAMINED_SPLITS)
    consumer = [p for p in load_phrases() if p.number == "188"]
    read = sum(models.reading(views(p.text)) == "consumer" for p in consumer)
    assert read >= 0.8 * len(consumer)  # in-sample: the file is the one trained on the set
    assert models.reading(views("住民票の写しがほしい")) is None


def test_the_advice_reading_is_the_highest_line_above_the_bar() -> None:
    def line(weight: float) -> NgramModel:
        return NgramModel(intercept=-5.0, threshold=0.8, trained_on=["dev"], weights={"火": weight})

    models = AdviceModels(threshold=0.8, trained_on=["dev"],
                          lines={"consumer": line(7.0), "disaster": line(9.0), "medical": line(6.0)})
    assert models.reading(views("火")) == "disaster"
    assert models.reading(views("水")) is None


def test_a_broken_advice_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SafetyDataError):
        advice_models(tmp_path / "missing.json")


@pytest.mark.parametrize("text", ["熱はない", "熱はありません", "咳はない", "熱はないです", "吐き気はないです",
                                  "苦しぐねえ"])
def test_shipped_advice_models_leave_a_denied_symptom_below_the_bar(text: str) -> None:
    # Retrained through blind32 on plain n-grams, 熱はない read 0.88 medical (はな of 鼻 in はない); read with the
    # negation mark it is far below the bar, while the symptom told stays medical.
    models = advice_models()
    assert all(model.negation_marked for model in models.lines.values())
    assert models.lines["medical"].probability(views(text)) < models.threshold
    assert models.reading(views(text)) is None


def test_shipped_advice_models_still_read_a_symptom_told_beside_a_denied_one() -> None:
    assert advice_models().reading(views("熱はないけど頭が痛い")) == "medical"
    assert advice_models().reading(views("熱があります")) == "medical"


@pytest.mark.parametrize(("text", "bar"), [
    ("お風呂のお湯が胸くらいまで来てちょうどいい", 0.8), ("家事をしています", 0.2), ("息子が倒立の練習をしている", 0.2),
    ("火の元を確認してから出かけます", 0.2)])
def test_shipped_emergency_model_keeps_the_threshold_sentences_below_their_bars(text: str, bar: float) -> None:
    assert ngram_model().negation_marked and police_line_model().negation_marked
    assert ngram_model().probability(views(text)) < bar
