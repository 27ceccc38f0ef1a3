"""The case table of :data:`safety.heard_slips_round58.ROUND58_SLIPS` (blind59's spoken-only errors: money, banks and
post offices; weddings, funerals and family ceremonies), one
:class:`tests.safety.heard_slips_round_cases.SlipRoundCases` of :data:`tests.safety.heard_slips_round_cases.ROUNDS`:
slips put back in other wordings, everyday words left alone, whole messages the table decides otherwise."""

from __future__ import annotations

from tests.safety.helpers import DAY, NIGHT

ROUND58_PUT_BACK = [
    ("妹にメッセージ送ったけど気づくつかないまま", "既読つかない"),
    ("さっきから気づくつかねえんだ", "既読つかねえ"),
    ("友達がもう限界って耐えしてきた", "ってらいんしてきた"),
    ("みんな今までありなと、って来た", "ありがと"),
    ("娘の顔簡単で、目も開かない", "顔ぱんぱんで"),
    ("じいちゃんのくちびるが簡単で息苦しそう", "くちびるがぱんぱんで"),
    ("孫が息な急流行ってる", "ひゅーひゅー行ってる"),
    ("胸が急流と音がする", "ひゅーひゅーと音"),
    ("ばあちゃんの手首な赤ぐ張れで熱持ってる", "赤ぐ腫れで"),
    ("お雨で川の水があふれそう", "大雨で"),
    ("人者の境内で人が倒れてる", "神社の"),
    ("スマホ代の成就が来たけど覚えがない", "の請求が来た"),
    ("見払いの料金があるって電話が来た", "未払いの"),
    ("家の漫割をうろうろしてる人がいる", "まわりを"),
    ("男が来てカシカードを出せって言う", "きゃっしゅかーどを"),
    ("母がさぎにきっかからないか心配", "ひっかからない"),
    ("サギボーシーの講習会はいつですか", "さぎ防止の"),
    ("定期お金の金利を知りたい", "定期預金の"),
    ("総議の日取りを決めたい", "葬儀の"),
    ("夜9時間後が吐いてる", "夜9時孫が"),
]

ROUND58_UNCHANGED = [
    "気づくのが遅れた",
    "耐えして",  # no って before it
    "ありがとう",
    "手続き簡単でよかった",
    "入手が簡単で助かる",
    "川の急流で流された",
    "急流下りを楽しんだ",
    "空が赤く晴れていた",
    "おお雨だ",
    "第一人者の講演",
    "恋愛成就が叶った",
    "見晴らしがいい",
    "漫画を読む",
    "お菓子カード",
    "きっかけがない",
    "麦わらぼーしーがない",
    "お金を預けた",
    "総議決の結果",
    "10時間後に起きた",
]

# Whole messages the table changes (each decided otherwise with ROUND58_SLIPS emptied).
ROUND58_DECISIONS = [
    ("従妹がそばを食べたら顔簡単で息急流行ってる", "119", DAY),
    ("妹から今までありなとってラインが来て、気づくつかない", "110", DAY),
    ("お雨で裏の斜面が崩れそうです。どこへ逃げれば", "disaster", DAY),
    ("まごが人者でいなくなりました五さいです", "110", DAY),
    ("知らない会社から見払いの料金の成就が来た、身に覚えがない", "188", DAY),
    ("おれおれさぎにきっかからないためには何に気をつければいい", "none", DAY),
    ("夜8時間後の熱が下がらない", "#8000", NIGHT),
]
