"""Readings: the exact katakana Open JTalk speaks after the reading fixes and the city lexicon."""

from __future__ import annotations

import pyopenjtalk
import pytest

from voice.engines import VoiceEngines
from voice.readings import SEE_SCREEN, digits_aloud, first_chunk_split, sentences, spoken_text

# (written text, exact katakana spoken)
READINGS = [
    ("お問い合わせは0229-23-5091まで。", "オトイアワセワ、ゼロニーニーキュー、ニーサン、ゴーゼロキューイチ、マデ。"),
    ("電話0229235091です。", "デンワ、ゼロニーニーキュー、ニーサン、ゴーゼロキューイチ、デス。"),
    ("市民課（0229-23-5091）へ。", "シミンカ、ゼロニーニーキュー、ニーサン、ゴーゼロキューイチ、エ。"),
    ("受付は8:30～17:15です。", "ウケツケワハチジサンジュップンカラジューシチジジューゴフンマデデス。"),
    ("12:00に閉まります。", "ジューニジニシマリマス。"),
    ("令和7年4月1日から始まります。", "レーワナナネンシガツツイタチカラハジマリマス。"),
    ("R7.4.1から受け付けます。", "レーワナナネンシガツツイタチカラウケツケマス。"),
    ("2025/4/1に開始します。", "ニセンニジューゴネンシガツツイタチニカイシシマス。"),
    ("申込は4/15までです。", "モーシコミワシガツジューゴニチマデデス。"),
    ("5月3日（土）は休みです。", "ゴガツミッカドヨービワヤスミデス。"),
    ("手数料は¥1,500です。", "テスーリョーワセンゴヒャクエンデス。"),
    ("料金は2,000円です。", "リョーキンワニセンエンデス。"),
    ("古川、鳴子温泉、岩出山、鹿島台、松山、三本木、田尻の各支所です。",
     "フルカワ、ナルコオンセン、イワデヤマ、カシマダイ、マツヤマ、サンボンギ、タジリノカクシショデス。"),
    ("川渡温泉と鬼首と化女沼に行きます。", "カワタビオンセントオニコーベトケジョヌマニイキマス。"),
    ("〒989-6188 大崎市古川七日町1-1",
     "ユービンバンゴー、キューハチキュー、ロクイチハチハチ、オーサキシフルカワナヌカマチイチノイチ"),
    ("詳しくは https://www.city.osaki.miyagi.jp/ をご覧ください。", "クワシクワガメンノリンクヲゴランクダサイ。"),
    ("**重要** 住民票は市民課で発行します。", "ジューヨージューミンヒョーワシミンカデハッコーシマス。"),
]


@pytest.mark.parametrize(("written", "katakana"), READINGS)
def test_exact_katakana(engines: VoiceEngines, written: str, katakana: str) -> None:
    # `engines` applied the city lexicon to Open JTalk (川渡温泉, 化女沼 are misread without it).
    assert pyopenjtalk.g2p(spoken_text(written), kana=True) == katakana


def test_lexicon_fixes_what_the_dictionary_misreads(engines: VoiceEngines) -> None:
    assert pyopenjtalk.g2p("化女沼", kana=True) == "ケジョヌマ"
    assert pyopenjtalk.g2p("川渡温泉", kana=True) == "カワタビオンセン"


def test_urls_and_mail_addresses_are_never_read() -> None:
    text = spoken_text("申請書は https://x.example.jp/a.pdf にあります。問い合わせは info@city.example.jp へ。")
    assert "http" not in text and "@" not in text and "example" not in text
    assert "画面のリンク" in text
    assert spoken_text("詳しくはこちら https://x.jp を参照してください。") == SEE_SCREEN


def test_phone_digits_are_grouped_with_pauses() -> None:
    assert digits_aloud("0229", "23", "5091") == "ゼロニーニーキュー、ニーサン、ゴーゼロキューイチ"
    assert "、イチニーサン、" in spoken_text("0120-123-456")


def test_sentences_and_first_chunk() -> None:
    assert sentences("はい。元気です！本当に？\nありがとう") == ["はい。", "元気です！", "本当に？", "ありがとう"]
    assert sentences("「ごみの日はいつですか。」についてご案内します。本当？！") == [
        "「ごみの日はいつですか。」についてご案内します。", "本当？！"
    ]
    long_first = "大崎市では、燃やせるごみを週に二回集めていますので、決められた日の朝に出してください。"
    parts = first_chunk_split(long_first, max_chars=30)
    assert len(parts) == 2 and "".join(parts) == long_first
    assert first_chunk_split("短い文です。") == ["短い文です。"]


def test_a_long_first_sentence_without_an_early_comma_is_cut_at_a_phrase() -> None:
    assert first_chunk_split("燃やせるごみは、週に二回、朝8時30分までに出してください。") == [
        "燃やせるごみは、", "週に二回、朝8時30分までに出してください。"
    ]
    assert first_chunk_split("介護保険の要介護認定を受けている方は市役所の窓口で申請してください。") == [
        "介護保険の要介護認定を", "受けている方は市役所の窓口で申請してください。"
    ]
    # the first clause is too long for the first piece: the last phrase boundary within 16 characters
    assert first_chunk_split("マイナンバーカードの交付申請は市民課の窓口でも受け付けています、土日もです。") == [
        "マイナンバーカードの交付申請は", "市民課の窓口でも受け付けています、土日もです。"
    ]
    # a phone number or a URL is never cut
    assert first_chunk_split("0229-23-5091まで平日の昼間にお電話ください。") == [
        "0229-23-5091まで", "平日の昼間にお電話ください。"
    ]
    assert first_chunk_split("詳しくはhttps://www.city.osaki.miyagi.jp/をご覧ください。") == [
        "詳しくはhttps://www.city.osaki.miyagi.jp/をご覧ください。"
    ]
