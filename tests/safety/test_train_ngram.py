"""Training the n-gram classifier accepts only the examined splits (CLI level); what Whisper heard as extra
examples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from safety.evaluate import EXAMINED_SPLITS, UNEXAMINED_SPLITS, Phrase
from safety.ngram import NGRAM_FILE, POLICE_NGRAM_FILE
from safety.train_ngram import HEARD_FILE, load_heard, save_heard, with_heard

# A split that is not examined: a pending unexamined one if there is any, else the name the next blind split will get.
NOT_EXAMINED = min(UNEXAMINED_SPLITS) if UNEXAMINED_SPLITS else "blind10"


def test_training_on_an_unexamined_split_is_refused_and_writes_nothing() -> None:
    assert NOT_EXAMINED not in EXAMINED_SPLITS
    before = NGRAM_FILE.read_bytes(), POLICE_NGRAM_FILE.read_bytes()
    result = subprocess.run([sys.executable, "-m", "safety.train_ngram", "--splits", f"dev,{NOT_EXAMINED}"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2
    assert "unexamined" in result.stderr
    assert (NGRAM_FILE.read_bytes(), POLICE_NGRAM_FILE.read_bytes()) == before


def test_what_whisper_heard_is_read_from_the_cache_and_kept_only_when_it_differs(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"text": "息ができない", "heard": "駅ができない"}), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"text": "火事です", "heard": "火事です"}), encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"text": "たすけて", "heard": " "}), encoding="utf-8")
    (tmp_path / "c.wav").write_bytes(b"RIFF")
    heard = load_heard(tmp_path)
    assert heard == {"息ができない": "駅ができない", "火事です": "火事です", "たすけて": " "}
    phrases = [Phrase(text=text, label="emergency", number="119", style="plain", at="", split="dev")
               for text in ("息ができない", "火事です", "たすけて", "聞いていない文")]
    extra = with_heard(phrases, heard)
    assert [(p.text, p.label, p.number, p.split) for p in extra] == [("駅ができない", "emergency", "119", "dev")]


def test_transcripts_round_trip_through_the_versioned_tsv(tmp_path: Path) -> None:
    heard = {"息ができない": "駅ができない", "父が\t倒れた": "父が倒れた\n"}
    path = tmp_path / "heard.tsv"
    assert save_heard(heard, path) == 2
    assert load_heard(path) == {"息ができない": "駅ができない", "父が 倒れた": "父が倒れた"}


def test_the_versioned_transcripts_belong_to_examined_phrases() -> None:
    from safety.evaluate import load_phrases
    examined = {p.text for p in load_phrases() if p.split in EXAMINED_SPLITS}
    heard = load_heard(HEARD_FILE)
    assert len(heard) > 2000
    assert set(heard) <= examined


def test_the_unexamined_transcripts_belong_to_unexamined_phrases_only() -> None:
    from safety.evaluate import load_phrases
    from safety.train_ngram import UNEXAMINED_HEARD_FILE

    unexamined = {p.text for p in load_phrases() if p.split in UNEXAMINED_SPLITS}
    heard = load_heard(UNEXAMINED_HEARD_FILE)
    assert set(heard) <= unexamined
    assert len(heard) >= 0.9 * len(unexamined)


HEADER = "text\tlabel\tnumber\tstyle\tat\tsplit\n"


def test_training_only_phrases_refuse_the_phrase_sets_splits_and_drop_its_texts(tmp_path: Path) -> None:
    from safety.evaluate import load_phrases, load_training

    known = next(p for p in load_phrases() if p.split == "dev")
    path = tmp_path / "training.tsv"
    path.write_text(HEADER + f"{known.text}\temergency\t119\tplain\t\ttrain99\n"
                    "裏の川で見知らぬ子が沈んでいく\temergency\t119\tplain\t\ttrain99\n", encoding="utf-8")
    assert [p.text for p in load_training(path)] == ["裏の川で見知らぬ子が沈んでいく"]
    path.write_text(HEADER + "裏の川で見知らぬ子が沈んでいく\temergency\t119\tplain\t\tdev\n", encoding="utf-8")
    with pytest.raises(ValueError, match="dev"):
        load_training(path)


def test_the_versioned_training_file_is_training_only() -> None:
    from safety.evaluate import TRAINING_FILE, load_training

    training = load_training(TRAINING_FILE)
    rows = [line for line in TRAINING_FILE.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(("#", "text\t"))]
    assert len(training) == len(rows) >= 3000  # no training phrase is also in the phrase set
    assert {p.split for p in training} == {"train20c", "train20d", "train20e", "train20f", "train31r", "train32a",
                                           "train32b", "train33r", "train35a", "train35b", "train37a", "train37b"}


def test_the_none_phrases_weigh_more_in_the_emergency_classifier() -> None:
    from safety.train_ngram import NONE_WEIGHT, features, fit_weights, none_weights

    def phrase(text: str, label: str) -> Phrase:
        return Phrase(text=text, label=label, number="none", style="plain", at="", split="dev")

    phrases = [phrase("家が火事です", "emergency"), phrase("火事で燃えてる", "emergency"),
               phrase("家事をしています", "none"), phrase("熱があります", "urgent")]
    assert none_weights(phrases) == [1.0, 1.0, NONE_WEIGHT, 1.0]
    assert NONE_WEIGHT > 1.0
    rows = [features(p.text) for p in phrases]
    labels = [p.label == "emergency" for p in phrases]

    def logit(weights: tuple[float, dict[str, float]], text: str) -> float:
        intercept, grams = weights
        return intercept + sum(grams.get(gram, 0.0) for gram in features(text))

    plain = fit_weights(rows, labels)
    weighted = fit_weights(rows, labels, sample_weights=none_weights(phrases))
    assert logit(weighted, "家事をしています") < logit(plain, "家事をしています")


def test_the_shipped_emergency_classifier_records_its_none_weight() -> None:
    from safety.train_ngram import NONE_WEIGHT

    assert json.loads(NGRAM_FILE.read_text(encoding="utf-8")).get("none_weight") == NONE_WEIGHT


def test_training_features_read_negations_as_one_mark() -> None:
    from safety.ngram import NEGATION_MARK
    from safety.train_ngram import NEGATION_MARKED, features

    assert NEGATION_MARKED
    assert "は" + NEGATION_MARK in features("熱はない") and "はな" not in features("熱はない")
    assert "はな" in features("熱はない", negation_marked=False)
    assert features("起きません") == features("起きない")  # plain and polite negations share their n-grams


def test_only_the_given_phrases_transcripts_are_kept() -> None:
    from safety.train_ngram import transcripts_of

    told = [Phrase(text=text, label="emergency", number="119", style="tohoku", at="", split="train35a")
            for text in ("父ちゃん倒れだ", "聞いていない文")]
    heard = {"父ちゃん倒れだ": "父ちゃん倒れた", "ほかの分割の文": "ほかの分割の文。"}
    assert transcripts_of(told, heard) == {"父ちゃん倒れだ": "父ちゃん倒れた"}


def test_transcripts_of_training_phrases_need_the_training_phrases() -> None:
    before = NGRAM_FILE.read_bytes(), POLICE_NGRAM_FILE.read_bytes()
    result = subprocess.run([sys.executable, "-m", "safety.train_ngram", "--training-heard", str(HEARD_FILE)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2
    assert "--training-heard needs --training" in result.stderr
    assert (NGRAM_FILE.read_bytes(), POLICE_NGRAM_FILE.read_bytes()) == before


def test_a_larger_regularisation_constant_fits_the_training_rows_closer() -> None:
    from safety.train_ngram import features, fit_weights

    rows = [features(text) for text in ("家が火事です", "火事で燃えてる", "家事をしています", "熱があります")]
    labels = [True, True, False, False]
    loose = fit_weights(rows, labels, regularisation=0.1)
    close = fit_weights(rows, labels, regularisation=10.0)
    assert sum(abs(w) for w in close[1].values()) > sum(abs(w) for w in loose[1].values())


def test_the_versioned_training_transcripts_belong_to_training_phrases() -> None:
    from safety.evaluate import TRAINING_FILE, load_training
    from safety.train_ngram import TRAINING_HEARD_FILE

    told = {p.text for p in load_training(TRAINING_FILE)}
    heard = load_heard(TRAINING_HEARD_FILE)
    assert len(heard) >= 700
    assert set(heard) <= told


def test_negatives_are_read_once_and_never_repeat_a_known_text(tmp_path: Path) -> None:
    from safety.train_negatives import NEGATIVES_SPLIT, load_negatives

    first = tmp_path / "faq-queries-2.tsv"
    first.write_text("query\texpected_id\tstyle\n住民票の写しはいくら？\tF001\tplain\n救急の日のイベントはいつですか\tF002\tplain\n"
                     "\tF003\tplain\n", encoding="utf-8")
    second = tmp_path / "other.tsv"
    second.write_text("text\n住民票の 写しは いくら？\nごみの日を教えて\n", encoding="utf-8")
    negatives = load_negatives([first, second], known=["救急の日のイベントはいつですか"])
    assert [p.text for p in negatives] == ["住民票の写しはいくら？", "ごみの日を教えて"]
    assert {(p.label, p.number, p.split) for p in negatives} == {("none", "none", NEGATIVES_SPLIT)}
    assert [p.style for p in negatives] == ["faq-queries-2", "other"]


def test_negatives_are_left_out_of_the_known_texts_of_the_set_and_the_faq_corpus() -> None:
    from safety.faq_check import load_faq_questions
    from safety.train_negatives import FAQ_CORPUS, collision_key, known_texts

    known = {collision_key(text) for text in known_texts()}
    assert {collision_key(q.text) for q in load_faq_questions(FAQ_CORPUS)} <= known
    assert collision_key("救急の日のイベントはいつですか") in known  # a phrase of the set


def test_negatives_lower_the_emergency_reading_of_what_they_resemble(tmp_path: Path) -> None:
    from safety.train_ngram import fit

    def phrase(text: str, label: str) -> Phrase:
        return Phrase(text=text, label=label, number="119" if label == "emergency" else "none", style="plain", at="",
                      split="dev")

    phrases = [phrase("水がもれて家が水びたし、助けて", "emergency"), phrase("火事で燃えてる", "emergency"),
               phrase("家事をしています", "none"), phrase("いい天気です", "none")]
    labels = [p.label == "emergency" for p in phrases]
    negatives = [phrase(text, "none") for text in ("水道がもれているみたい、どこに連絡すればいい？",
                                                   "水道の料金はいくら？", "水道の名義を変えたい")]
    plain, taught = tmp_path / "plain.json", tmp_path / "taught.json"
    fit(phrases, labels, splits=["dev"], threshold=0.8, path=plain)
    fit(phrases, labels, splits=["dev"], threshold=0.8, path=taught, negatives=negatives, negatives_weight=1.0)
    from safety.ngram import ngram_model
    from safety.normalize import views

    question = views("水道がもれているみたい")
    assert ngram_model(taught).probability(question) < ngram_model(plain).probability(question)
    assert json.loads(taught.read_text(encoding="utf-8"))["negative_examples"] == 3
    assert "negative_examples" not in json.loads(plain.read_text(encoding="utf-8"))


def test_rows_outside_the_balance_leave_the_classes_weights_as_they_were() -> None:
    from safety.train_ngram import features, fit_weights

    rows = [features(text) for text in ("家が火事です", "火事で燃えてる", "家事をしています", "熱があります")]
    labels = [True, True, False, False]
    extra = [features(text) for text in ("住民票はどこで取れますか", "ごみの日はいつ", "保育園の申込み")]
    alone = fit_weights(rows, labels)
    outside = fit_weights(rows + extra, labels + [False] * 3, sample_weights=[1.0] * 4 + [1e-9] * 3,
                          balanced_rows=len(rows))
    inside = fit_weights(rows + extra, labels + [False] * 3, sample_weights=[1.0] * 4 + [1e-9] * 3)
    assert abs(outside[0] - alone[0]) < 0.01  # the negligible rows change nothing when kept out of the balance
    assert abs(inside[0] - alone[0]) > 0.05  # counted in it, they shift the classes' balance on their own
