"""The case tables of the recogniser-slip rounds 37-50 (:mod:`safety.heard_slips_spoken_gap`'s ROUND37_SLIPS -
ROUND40_SLIPS, :data:`safety.heard_slips_round41.ROUND41_SLIPS`, :data:`safety.heard_slips_round42.ROUND42_SLIPS`,
:data:`safety.heard_slips_round43.ROUND43_SLIPS`, :data:`safety.heard_slips_wide45.WIDE45_SLIPS`,
:data:`safety.heard_slips_round44.ROUND44_SLIPS`, :data:`safety.heard_slips_wide46.WIDE46_SLIPS`,
:data:`safety.heard_slips_round45.ROUND45_SLIPS`, ``ROUND45_WIDE_SLIPS``,
:data:`safety.heard_slips_wide47.WIDE47_SLIPS`, :data:`safety.heard_slips_round46.ROUND46_SLIPS`,
:data:`safety.heard_slips_wide48.WIDE48_SLIPS`, :data:`safety.heard_slips_round47.ROUND47_SLIPS`,
:data:`safety.heard_slips_wide49.WIDE49_SLIPS`, :data:`safety.heard_slips_round48.ROUND48_SLIPS`,
:data:`safety.heard_slips_wide50.WIDE50_SLIPS`, :data:`safety.heard_slips_round49.ROUND49_SLIPS` and
:data:`safety.heard_slips_round50.ROUND50_SLIPS`,
:data:`safety.heard_slips_round51.ROUND51_SLIPS`, :data:`safety.heard_slips_round52.ROUND52_SLIPS`,
:data:`safety.heard_slips_round53.ROUND53_SLIPS`, :data:`safety.heard_slips_round54.ROUND54_SLIPS`,
:data:`safety.heard_slips_round55.ROUND55_SLIPS`, :data:`safety.heard_slips_round56.ROUND56_SLIPS`,
:data:`safety.heard_slips_round57.ROUND57_SLIPS` and :data:`safety.heard_slips_round58.ROUND58_SLIPS`, each from one
blind or breadth pair's spoken-only errors), checked once by ``test_heard_slips_rounds.py``: slips put back in other
wordings than the transcripts they were counted on, everyday words left alone, and whole messages each round decides
otherwise (each decided differently with the round emptied). A new round adds its tables (since round 41 in a module
of its own, ``tests/safety/heard_slips_round41_cases.py``, ``heard_slips_round42_cases.py``,
``heard_slips_round43_cases.py``, ``heard_slips_wide45_cases.py``, ``heard_slips_round44_cases.py``,
``heard_slips_wide46_cases.py``, ``heard_slips_round45_cases.py``, ``heard_slips_wide47_cases.py``,
``heard_slips_round46_cases.py``, ``heard_slips_wide48_cases.py``, ``heard_slips_round47_cases.py``,
``heard_slips_wide49_cases.py``, ``heard_slips_round48_cases.py``, ``heard_slips_wide50_cases.py``,
``heard_slips_round49_cases.py``, ``heard_slips_round50_cases.py``, ``heard_slips_round51_cases.py``,
``heard_slips_round52_cases.py``, ``heard_slips_round53_cases.py``, ``heard_slips_round54_cases.py``,
``heard_slips_round55_cases.py``, ``heard_slips_round56_cases.py``, ``heard_slips_round57_cases.py``,
``heard_slips_round58_cases.py``) and one
:class:`SlipRoundCases` to :data:`ROUNDS`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from safety.heard import APPLIED_SLIPS
from safety.heard_slips_round41 import ROUND41_SLIPS
from safety.heard_slips_round42 import ROUND42_SLIPS
from safety.heard_slips_round43 import ROUND43_SLIPS
from safety.heard_slips_round44 import ROUND44_SLIPS
from safety.heard_slips_round45 import ROUND45_SLIPS, ROUND45_WIDE_SLIPS
from safety.heard_slips_round46 import ROUND46_SLIPS
from safety.heard_slips_round47 import ROUND47_SLIPS
from safety.heard_slips_round48 import ROUND48_SLIPS
from safety.heard_slips_round49 import ROUND49_SLIPS
from safety.heard_slips_round50 import ROUND50_SLIPS
from safety.heard_slips_round51 import ROUND51_SLIPS
from safety.heard_slips_round52 import ROUND52_SLIPS
from safety.heard_slips_round53 import ROUND53_SLIPS
from safety.heard_slips_round54 import ROUND54_SLIPS
from safety.heard_slips_round55 import ROUND55_SLIPS
from safety.heard_slips_round56 import ROUND56_SLIPS
from safety.heard_slips_round57 import ROUND57_SLIPS
from safety.heard_slips_round58 import ROUND58_SLIPS
from safety.heard_slips_spoken_gap import ROUND37_SLIPS, ROUND38_SLIPS, ROUND39_SLIPS, ROUND40_SLIPS
from safety.heard_slips_wide45 import WIDE45_SLIPS
from safety.heard_slips_wide46 import WIDE46_SLIPS
from safety.heard_slips_wide47 import WIDE47_SLIPS
from safety.heard_slips_wide48 import WIDE48_SLIPS
from safety.heard_slips_wide49 import WIDE49_SLIPS
from safety.heard_slips_wide50 import WIDE50_SLIPS
from tests.safety.heard_slips_round41_cases import ROUND41_DECISIONS, ROUND41_PUT_BACK, ROUND41_UNCHANGED
from tests.safety.heard_slips_round42_cases import ROUND42_DECISIONS, ROUND42_PUT_BACK, ROUND42_UNCHANGED
from tests.safety.heard_slips_round43_cases import ROUND43_DECISIONS, ROUND43_PUT_BACK, ROUND43_UNCHANGED
from tests.safety.heard_slips_round44_cases import ROUND44_DECISIONS, ROUND44_PUT_BACK, ROUND44_UNCHANGED
from tests.safety.heard_slips_round45_cases import (
    ROUND45_DECISIONS,
    ROUND45_PUT_BACK,
    ROUND45_UNCHANGED,
    ROUND45_WIDE_DECISIONS,
    ROUND45_WIDE_PUT_BACK,
    ROUND45_WIDE_UNCHANGED,
)
from tests.safety.heard_slips_round46_cases import ROUND46_DECISIONS, ROUND46_PUT_BACK, ROUND46_UNCHANGED
from tests.safety.heard_slips_round47_cases import ROUND47_DECISIONS, ROUND47_PUT_BACK, ROUND47_UNCHANGED
from tests.safety.heard_slips_round48_cases import ROUND48_DECISIONS, ROUND48_PUT_BACK, ROUND48_UNCHANGED
from tests.safety.heard_slips_round49_cases import ROUND49_DECISIONS, ROUND49_PUT_BACK, ROUND49_UNCHANGED
from tests.safety.heard_slips_round50_cases import ROUND50_DECISIONS, ROUND50_PUT_BACK, ROUND50_UNCHANGED
from tests.safety.heard_slips_round51_cases import ROUND51_DECISIONS, ROUND51_PUT_BACK, ROUND51_UNCHANGED
from tests.safety.heard_slips_round52_cases import ROUND52_DECISIONS, ROUND52_PUT_BACK, ROUND52_UNCHANGED
from tests.safety.heard_slips_round53_cases import ROUND53_DECISIONS, ROUND53_PUT_BACK, ROUND53_UNCHANGED
from tests.safety.heard_slips_round54_cases import ROUND54_DECISIONS, ROUND54_PUT_BACK, ROUND54_UNCHANGED
from tests.safety.heard_slips_round55_cases import ROUND55_DECISIONS, ROUND55_PUT_BACK, ROUND55_UNCHANGED
from tests.safety.heard_slips_round56_cases import ROUND56_DECISIONS, ROUND56_PUT_BACK, ROUND56_UNCHANGED
from tests.safety.heard_slips_round57_cases import ROUND57_DECISIONS, ROUND57_PUT_BACK, ROUND57_UNCHANGED
from tests.safety.heard_slips_round58_cases import ROUND58_DECISIONS, ROUND58_PUT_BACK, ROUND58_UNCHANGED
from tests.safety.heard_slips_wide45_cases import WIDE45_DECISIONS, WIDE45_PUT_BACK, WIDE45_UNCHANGED
from tests.safety.heard_slips_wide46_cases import WIDE46_DECISIONS, WIDE46_PUT_BACK, WIDE46_UNCHANGED
from tests.safety.heard_slips_wide47_cases import WIDE47_DECISIONS, WIDE47_PUT_BACK, WIDE47_UNCHANGED
from tests.safety.heard_slips_wide48_cases import WIDE48_DECISIONS, WIDE48_PUT_BACK, WIDE48_UNCHANGED
from tests.safety.heard_slips_wide49_cases import WIDE49_DECISIONS, WIDE49_PUT_BACK, WIDE49_UNCHANGED
from tests.safety.heard_slips_wide50_cases import WIDE50_DECISIONS, WIDE50_PUT_BACK, WIDE50_UNCHANGED
from tests.safety.helpers import DAY, NIGHT, Slips


@dataclass(frozen=True)
class SlipRoundCases:
    """One round's slips and the cases that pin them."""

    name: str
    slips: Slips
    put_back: tuple[tuple[str, str], ...]
    unchanged: tuple[str, ...]
    decisions: tuple[tuple[str, str, datetime], ...]

    @property
    def earlier(self) -> Slips:
        """The slips applied before this round's (the frame a typed text is read in)."""
        return tuple(slip for slip in APPLIED_SLIPS if slip not in self.slips)


# --- round 37 ---

ROUND37_PUT_BACK = [
    ("じいちゃんが屋根がら落ちじで、動がねえ", "落ぢで"),
    ("犬が川さおちじだ", "落ぢだ"),
    ("婆ちゃんが沢さ落ち事で、足折れだみてえだ", "落ぢで"),
    ("孫が用水路さを知事で、浮いでこねえ", "用水路さ落ぢで"),
    ("川さ孫なお知事だ", "孫な落ぢだ"),
    ("鳴瀬川が判断しそうだけど、どこさ逃げればいいの", "鳴瀬川が氾濫しそう"),
    ("近くの川が判断危険水位を超えた", "川が氾濫危険"),
    ("かわの判断けいかいれべるはどこで見れますか", "かわの氾濫けいかい"),
    ("息子の話が止まらない、10分押さえてる", "鼻血が止まらない"),
    ("娘の話とまらなくて、ずっと押さえてます", "鼻血とまらなく"),
    ("知らない業者に屋根見てもらって、その日に反抗をしてしまった", "判子を押してしまった"),
    ("浄水器の訪問販売が来て、父が反抗しちゃった", "判子を押しちゃった"),
    ("女節者はいつ来ますか", "除雪車は"),
    ("女節車が来ない", "除雪車が"),
    ("雪で道路が凍っている、女性者はいつ来ますか", "除雪車は"),
    ("乾吹金があるって電話があった", "還付金が"),
    ("医療費の幹部金があるからATMへ", "還付金が"),
    ("たいふが来てるけど大丈夫かな", "台風が来てる"),
    ("たいふをくるって言うげっと", "台風がくる"),
    ("鎌で足切って、ちいとまんねえ", "血とまんねえ"),
    ("転んで鼻からち出てる", "鼻から血出てる"),
    ("頭がらちでってる", "頭がら血でって"),
    ("大雨形法が出てるけど避難所どこ", "大雨警報が"),
    ("津波けい方が出たら", "津波警報が"),
    ("知らない人から10所さらすぞってDMが来た", "住所さらすぞ"),
    ("男が内部みたいなのを出して振り回してる", "ないふみたいなの"),
    ("内部のようなもの持って叫んでる", "ないふのようなもの"),
]

ROUND37_UNCHANGED = [
    "川に落ちて",  # 落ち with no じ/事 after it
    "落ち着いて",
    "県知事だった人",  # no さ/な before it
    "みんなで知事を選ぶ",
    "上司の判断しだい",  # no river before it
    "川の判断材料",  # no verb or warning after it
    "子どもの話が止まらない",  # no minutes or pressing after it
    "おしゃべりな子の話が止まらなくて楽しい",
    "息子が反抗してしまって困る",  # no trade before it
    "反抗期の娘",
    "女性社員の制服",
    "女性車両に乗った",
    "幹部会で決めた",
    "幹部金融部",
    "たいふう",
    "たいふうがくる",
    "ちいと待ってて",
    "うちいとこが来る",
    "頭からちゃんと洗う",
    "10か所の避難所",
    "110所",
    "内部の人に聞いた",
    "内部みたいな構造",
]

# Whole messages the round changes (each decided otherwise with ROUND37_SLIPS emptied).
ROUND37_DECISIONS = [
    ("息子の話が止まらない、10分押さえてる", "#8000", NIGHT),
    ("娘の話が止まらなくて、もう十五分たちます", "#8000", NIGHT),
    ("雪で道路が凍っている、女性者はいつ来ますか", "none", DAY),
    ("かわの判断きけん水位ってどこで見れますか", "disaster", DAY),
    ("バイト帰りに橋渡るんだけど、たいふが来てるし大丈夫かな", "disaster", DAY),
    ("鳴子に大雪形法が出ていますが、バスは運行しますか", "disaster", DAY),
    ("知らない業者に屋根見てもらって、その日に反抗をしてしまった", "188", DAY),
    ("医療費の幹部金があるからATMに行ってくださいと電話がありました", "#9110", DAY),
    ("耳からち出てるし吐いてる", "119", DAY),
]

# --- round 38 ---

ROUND38_PUT_BACK = [
    ("川で泳いでた子の防止だけ流れてきた", "帽子だけ流れて"),
    ("水面に黄色い防止が浮いてる", "帽子が浮いて"),
    ("防止が沈んでいった", "帽子が沈んで"),
    ("じいちゃんの防止だけ残ってて姿がねえ", "帽子だけ残って"),
    ("孫の防止、ながされでった", "帽子、ながされ"),
    ("羽毛布団のろんの処理にサインした", "ろーんの書類に"),
    ("ろうんの処理を書かされた", "ろーんの書類を"),
]

ROUND38_UNCHANGED = [
    "事故防止が大事",  # no water verb after it
    "熱中症防止のことで聞きたい",  # の before こと is no particle of the frame
    "感染防止も流行期には大事",  # 流行 is no flowing
    "再発防止を残す仕組み",  # 残す is no hat left
    "防止策を教えて",
    "議論の処理",  # kanji 論
    "ろんりの処理",  # 論理 in kana
    "ローンの書類",  # already right
]

# Whole messages the round changes (each decided otherwise with ROUND38_SLIPS emptied).
ROUND38_DECISIONS = [
    ("川で遊んでた弟の防止だけ流れてきて、弟が見えない", "119", DAY),
    ("海で泳いでいた父の防止だけ浮いていて、姿が見えません", "119", DAY),
    ("用水路に孫の防止が浮いてて、孫がいない", "119", DAY),
    ("展示会で布団を見ただけなのに、ろんの処理を書かされていた", "188", DAY),
    ("業者に勧められて、ろうんの処理にサインしてしまった", "188", DAY),
]

# --- round 39 ---

ROUND39_PUT_BACK = [
    ("畑でばあちゃんが倒せっちゃ", "倒っちゃ"),
    ("風呂場でじいちゃん倒せっちぇで", "倒っちぇで"),
    ("胸押さえで倒せっちまった", "倒っちまった"),
    ("玄関で倒せっちだまんま", "倒っちだまんま"),
    ("お化け屋敷で叫んじゃった笑い", "叫んじゃった笑"),
    ("部活きつすぎて死にそう笑い。", "死にそう笑。"),
    ("上司が怖すぎて心臓止まりそう、笑い", "そう、笑"),
    ("猫が全然動かない笑い", "動かない笑"),
]

ROUND39_UNCHANGED = [
    "木を倒せって言われた",  # the imperative of 倒す, no っち after it
    "倒せる相手じゃない",
    "会場はお笑い",  # お笑い, not a laugh at the end
    "映画で大笑い",
    "苦笑い",
    "笑いが止まらない",  # not at the end
    "笑いごとじゃない",
    "思わず笑い出した",
]

# Whole messages the round changes (each decided otherwise with ROUND39_SLIPS emptied).
ROUND39_DECISIONS = [
    ("田んぼでじいちゃんが倒せっちまって、動がねえ", "119", DAY),
    ("畑でばあちゃんが急に倒せっちゃ、呼んでも返事ねえ", "119", DAY),
    ("ばあちゃん玄関で倒せっちだまんまだ", "119", DAY),
    ("お化け屋敷で助けてって叫んじゃった笑い", "none", DAY),
    ("肝試しで友達が倒れたふりして焦った、笑い", "none", DAY),
    ("弟がプールで溺れるまねしてた笑い。", "none", DAY),
]

# --- round 40 ---

ROUND40_PUT_BACK = [
    ("父が石根で苦しそう", "咳込んで"),
    ("子供が全然言って息が苦しそう", "ぜーぜー言って"),
    ("喉が表流行ってる", "ひゅーひゅーいってる"),
    ("国道のカラブで車が横転してる", "かーぶで"),
    ("踏み筋の中で車が止まった", "踏切の中"),
    ("棒いに連れて行くべきか", "病院に"),
    ("救急に行った方ないですか", "行った方がいいですか"),
    ("身に覚えのない正級が来た", "請求が"),
    ("回転番で回ってきた", "回覧板で"),
    ("猪出だって階段番差階でだ", "回覧板さ書いでだ"),
    ("ストーブの煙突からひいいで", "から火ぃ出で"),
    ("父の肩が上げしてない", "肩が上下してない"),
    ("5歳の魔法が熱を出した", "5歳の孫が"),
    ("発災の息子が転んだ", "8歳の息子"),
    ("犬と一緒に機能できる所", "一緒に避難できる"),
    ("十一さんに診てもらう", "獣医さんに"),
    ("キンボが動かない", "金魚が"),
]

ROUND40_UNCHANGED = [
    "石根さんの家はどこ",  # a surname, no で after it
    "全然言ってくれない",  # no voice or breath after it
    "表流水の検査",
    "学校からぶどう狩りに行った",  # から + ぶどう
    "からぶりばかりだった",
    "仕方ないですね",  # 仕方, not 行った方
    "片方ないです",
    "値上げしてない",  # no chest before it
    "魔法が使えるアニメ",
    "発災の時の備え",
    "新しい機能が使えない",
    "機能訓練を受けたい",
    "十一時に来て",
]

# Whole messages the round changes (each decided otherwise with ROUND40_SLIPS emptied).
ROUND40_DECISIONS = [
    ("風呂掃除で洗剤混ぜでしまって、父ちゃんが石根で、匂いもすげえ", "119", DAY),
    ("唇とまぶたがどんどん晴れてきて、全然言って声がかすれています", "119", DAY),
    ("娘の顔が真っ赤にぶつぶつになって、生きの表流行ってる", "119", DAY),
    ("踏み筋んとこで車がえすとして止まってる、電車くるべ", "110", DAY),
    ("手がしびれてちょっと痛い棒いに行った方ないですか", "#7119", DAY),
    ("雪下ろしの業者さ頼んだら、場合の金正級されだ。どごさ相談すらいいべ", "188", DAY),
    ("熊出たって回覧板作会でだ、どこらへんだべ", "none", DAY),
    ("薪ストーブの煙突がらひいいで、天井裏から煙出てる", "119", DAY),
    ("預かっている魔法が38度の熱です。朝まで待ってよいものか", "#8000", NIGHT),
    ("発災の魔法を預かっておりまして、熱が38度ございます。朝まで待ってよいものか", "#8000", NIGHT),
    ("猫と一緒に機能するときに持っていくものを教えて", "disaster", DAY),
    ("きんぼが浮かんでて動かない", "none", DAY),
]

ROUNDS: tuple[SlipRoundCases, ...] = tuple(
    SlipRoundCases(name=f"round{number}", slips=slips, put_back=tuple(put_back), unchanged=tuple(unchanged),
                   decisions=tuple(decisions))
    for number, slips, put_back, unchanged, decisions in (
        ("37", ROUND37_SLIPS, ROUND37_PUT_BACK, ROUND37_UNCHANGED, ROUND37_DECISIONS),
        ("38", ROUND38_SLIPS, ROUND38_PUT_BACK, ROUND38_UNCHANGED, ROUND38_DECISIONS),
        ("39", ROUND39_SLIPS, ROUND39_PUT_BACK, ROUND39_UNCHANGED, ROUND39_DECISIONS),
        ("40", ROUND40_SLIPS, ROUND40_PUT_BACK, ROUND40_UNCHANGED, ROUND40_DECISIONS),
        ("41", ROUND41_SLIPS, ROUND41_PUT_BACK, ROUND41_UNCHANGED, ROUND41_DECISIONS),
        ("42", ROUND42_SLIPS, ROUND42_PUT_BACK, ROUND42_UNCHANGED, ROUND42_DECISIONS),
        ("43", ROUND43_SLIPS, ROUND43_PUT_BACK, ROUND43_UNCHANGED, ROUND43_DECISIONS),
        ("43-wide45", WIDE45_SLIPS, WIDE45_PUT_BACK, WIDE45_UNCHANGED, WIDE45_DECISIONS),
        ("44", ROUND44_SLIPS, ROUND44_PUT_BACK, ROUND44_UNCHANGED, ROUND44_DECISIONS),
        ("44-wide46", WIDE46_SLIPS, WIDE46_PUT_BACK, WIDE46_UNCHANGED, WIDE46_DECISIONS),
        ("45", ROUND45_SLIPS, ROUND45_PUT_BACK, ROUND45_UNCHANGED, ROUND45_DECISIONS),
        ("45-wide", ROUND45_WIDE_SLIPS, ROUND45_WIDE_PUT_BACK, ROUND45_WIDE_UNCHANGED, ROUND45_WIDE_DECISIONS),
        ("45-wide47", WIDE47_SLIPS, WIDE47_PUT_BACK, WIDE47_UNCHANGED, WIDE47_DECISIONS),
        ("46", ROUND46_SLIPS, ROUND46_PUT_BACK, ROUND46_UNCHANGED, ROUND46_DECISIONS),
        ("46-wide48", WIDE48_SLIPS, WIDE48_PUT_BACK, WIDE48_UNCHANGED, WIDE48_DECISIONS),
        ("47", ROUND47_SLIPS, ROUND47_PUT_BACK, ROUND47_UNCHANGED, ROUND47_DECISIONS),
        ("47-wide49", WIDE49_SLIPS, WIDE49_PUT_BACK, WIDE49_UNCHANGED, WIDE49_DECISIONS),
        ("48", ROUND48_SLIPS, ROUND48_PUT_BACK, ROUND48_UNCHANGED, ROUND48_DECISIONS),
        ("48-wide50", WIDE50_SLIPS, WIDE50_PUT_BACK, WIDE50_UNCHANGED, WIDE50_DECISIONS),
        ("49", ROUND49_SLIPS, ROUND49_PUT_BACK, ROUND49_UNCHANGED, ROUND49_DECISIONS),
        ("50", ROUND50_SLIPS, ROUND50_PUT_BACK, ROUND50_UNCHANGED, ROUND50_DECISIONS),
        ("51", ROUND51_SLIPS, ROUND51_PUT_BACK, ROUND51_UNCHANGED, ROUND51_DECISIONS),
        ("52", ROUND52_SLIPS, ROUND52_PUT_BACK, ROUND52_UNCHANGED, ROUND52_DECISIONS),
        ("53", ROUND53_SLIPS, ROUND53_PUT_BACK, ROUND53_UNCHANGED, ROUND53_DECISIONS),
        ("54", ROUND54_SLIPS, ROUND54_PUT_BACK, ROUND54_UNCHANGED, ROUND54_DECISIONS),
        ("55", ROUND55_SLIPS, ROUND55_PUT_BACK, ROUND55_UNCHANGED, ROUND55_DECISIONS),
        ("56", ROUND56_SLIPS, ROUND56_PUT_BACK, ROUND56_UNCHANGED, ROUND56_DECISIONS),
        ("57", ROUND57_SLIPS, ROUND57_PUT_BACK, ROUND57_UNCHANGED, ROUND57_DECISIONS),
        ("58", ROUND58_SLIPS, ROUND58_PUT_BACK, ROUND58_UNCHANGED, ROUND58_DECISIONS),
    )
)
