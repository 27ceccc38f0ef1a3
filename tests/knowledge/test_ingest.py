"""Ingestion of each format, and each kind of bad input, on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.errors import IngestError
from knowledge.ingest import CorpusError, load_corpus, read_csv, read_html, read_markdown

STANDARD_HEADER = "ID,問い合わせ文,応答文,カテゴリ,担当課,電話番号,URL\n"
PROJECT_CORPUS = Path(__file__).resolve().parents[2] / "knowledge" / "corpus"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_project_corpus_loads_with_enough_entries_and_categories() -> None:
    entries = load_corpus(PROJECT_CORPUS)
    assert len(entries) >= 200
    assert len({e.category for e in entries}) >= 12
    for entry in entries:
        assert entry.department and entry.phone and entry.source_url.startswith("https://")
        assert entry.updated


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.md",
        "---\nid: t-1\nquestion: 住民票はどこで取れますか。\ncategory: 戸籍・住民票\ndepartment: 市民課\n"
        "phone: 0229-23-5311\nsource_url: \"https://example.jp/a\"\nupdated: 2026-04-01\n---\n市民課で取れます。\n",
    )
    entry = read_markdown(path)
    assert entry.id == "t-1"
    assert entry.answer == "市民課で取れます。"
    assert entry.updated == "2026-04-01"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id: x\n", "no front matter"),
        ("---\nid: [unclosed\n---\nbody\n", "not valid YAML"),
        ("---\nid: x\nquestion: ''\n---\nbody\n", "empty question"),
        ("---\nid: x\nquestion: q\n---\n\n", "empty answer"),
    ],
)
def test_markdown_bad_input_names_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "bad.md", text)
    with pytest.raises(IngestError, match=message) as info:
        read_markdown(path)
    assert "bad.md" in str(info.value)


def test_standard_csv_layout(tmp_path: Path) -> None:
    path = write(
        tmp_path / "faq.csv",
        STANDARD_HEADER + "1,ごみの日は?,燃やせるごみは週2回です。,ごみ,環境保全課,0229-23-6075,https://e.jp/g\n"
        '2,"犬の登録は、どこで?",保健所ではなく市の窓口です。,生活,,,\n',
    )
    entries = read_csv(path)
    assert [e.id for e in entries] == ["1", "2"]
    assert entries[0].department == "環境保全課"
    assert entries[1].question == "犬の登録は、どこで?"


def test_english_csv_layout(tmp_path: Path) -> None:
    path = write(tmp_path / "faq.csv", "id,question,answer,category,department,source_url\nA,q?,a.,c,d,https://x\n")
    assert read_csv(path)[0].source_url == "https://x"


def test_csv_missing_column(tmp_path: Path) -> None:
    path = write(tmp_path / "faq.csv", "ID,問い合わせ文,カテゴリ\n1,q,c\n")
    with pytest.raises(IngestError, match=r"missing column.*応答文") as info:
        read_csv(path)
    assert "faq.csv, row 1" in str(info.value)


def test_csv_empty_question_and_duplicate_id_name_rows(tmp_path: Path) -> None:
    path = write(tmp_path / "faq.csv", STANDARD_HEADER + "1,q,a,c,,,\n2,,a,c,,,\n1,q2,a2,c,,,\n")
    with pytest.raises(CorpusError) as info:
        read_csv(path)
    text = str(info.value)
    assert "faq.csv, row 3: empty question" in text
    assert "faq.csv, row 4: duplicate id '1' (first on row 2)" in text


def test_shift_jis_csv_is_rejected_with_a_hint(tmp_path: Path) -> None:
    path = write(tmp_path / "sjis.csv", STANDARD_HEADER + "1,住民票の取り方,市民課です。,戸籍,,,\n", "cp932")
    with pytest.raises(IngestError, match="Shift_JIS") as info:
        read_csv(path)
    assert "sjis.csv" in str(info.value)


def test_shift_jis_csv_loads_when_the_encoding_is_set(tmp_path: Path) -> None:
    path = write(tmp_path / "sjis.csv", STANDARD_HEADER + "1,住民票の取り方,市民課です。,戸籍,,,\n", "cp932")
    assert read_csv(path, encoding="cp932")[0].question == "住民票の取り方"


def test_html_page_becomes_passages(tmp_path: Path) -> None:
    html = """<html><head><title>ごみの出し方</title><link rel="canonical" href="https://city.example.jp/gomi"></head>
    <body><nav>ホーム 暮らし 観光</nav><main><h1>ごみの出し方</h1>
    <h2>燃やせるごみ</h2><p>燃やせるごみは、週2回、朝8時までに指定袋で集積所に出してください。</p>
    <h2>粗大ごみ</h2><p>粗大ごみは事前申込制です。電話で申し込み、処理券を貼って出してください。</p>
    <h2>お問い合わせ</h2><p>環境保全課 電話 0229-23-6075</p></main><footer>Copyright</footer></body></html>"""
    entries = read_html(write(tmp_path / "gomi.html", html))
    questions = [e.question for e in entries]
    assert questions == ["ごみの出し方 燃やせるごみ", "ごみの出し方 粗大ごみ"]
    assert all(e.source_url == "https://city.example.jp/gomi" for e in entries)
    assert entries[0].phone == "0229-23-6075"
    assert entries[0].department == "環境保全課"
    assert "ホーム" not in entries[0].answer


def test_html_without_text_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"no main text"):
        read_html(write(tmp_path / "empty.html", "<html><body><nav>menu</nav></body></html>"))


def test_folder_is_all_or_nothing(tmp_path: Path) -> None:
    write(tmp_path / "good.csv", STANDARD_HEADER + "1,q,a,c,,,\n")
    write(tmp_path / "bad.csv", "ID,問い合わせ文\n2,q\n")
    with pytest.raises(CorpusError, match=r"bad\.csv"):
        load_corpus(tmp_path)


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    write(tmp_path / "a.csv", STANDARD_HEADER + "1,q,a,c,,,\n")
    write(tmp_path / "b.csv", STANDARD_HEADER + "1,q2,a2,c,,,\n")
    with pytest.raises(CorpusError, match="duplicate id '1'"):
        load_corpus(tmp_path)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file"):
        load_corpus(tmp_path / "nope")


def test_alternative_questions_in_front_matter(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.md",
        "---\nid: t-1\nquestion: 住民票はどこで取れますか。\nquestions:\n  - 住民票がほしい\n  - 住民票の写しの請求先\n"
        "---\n市民課で取れます。\n",
    )
    entry = read_markdown(path)
    assert entry.questions == ("住民票がほしい", "住民票の写しの請求先")
    assert entry.all_questions[0] == "住民票はどこで取れますか。"


def test_alternative_questions_must_be_a_list(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", "---\nid: t-1\nquestion: q\nquestions:\n  a: b\n---\nanswer\n")
    with pytest.raises(IngestError, match="'questions' must be a list"):
        read_markdown(path)


def test_alternative_questions_column_in_csv(tmp_path: Path) -> None:
    path = write(
        tmp_path / "faq.csv",
        "ID,問い合わせ文,応答文,カテゴリ,別の聞き方\n"
        '1,ごみの日は?,週2回です。,ごみ,"ごみの収集日\n燃えるごみはいつ"\n2,犬の登録は?,市の窓口です。,生活,犬を飼ったら|犬の届出\n'
        "3,住民票は?,市民課です。,戸籍,\n",
    )
    entries = read_csv(path)
    assert entries[0].questions == ("ごみの収集日", "燃えるごみはいつ")
    assert entries[1].questions == ("犬を飼ったら", "犬の届出")
    assert entries[2].questions == ()


def test_entries_round_trip_through_dicts() -> None:
    from knowledge.records import FaqEntry

    entry = FaqEntry(id="a", question="q", answer="a", questions=("q2", "q3"))
    assert FaqEntry.from_dict(entry.to_dict()) == entry
    assert entry.to_dict()["questions"] == ["q2", "q3"]
