"""The prepared form the slips are written for, the views built from the repaired text, transcripts whose slip is
put back getting their line, and round 27's slips in their frames (the slip table of rounds 15-26:
tests/safety/test_heard_slips.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.heard import prepare, repair, slips_in
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set


def test_prepare_folds_width_case_and_katakana_only() -> None:
    assert prepare("ＡＴＭ、バーチャン！") == "atm、ばーちゃん!"


def test_the_views_read_the_repaired_text() -> None:
    assert views("足首が晴れてきた").written == views("足首が腫れてきた").written
    assert views("講座番号を教えてしまった").reading == views("口座番号を教えてしまった").reading


HEARD_DECISIONS = [
    # a transcript's slip no longer hides the line (other wordings than the phrase set)
    ("祖母の家の近くの川があふれそうです。どこに気なんすればいいですか", "disaster", DAY),
    ("警察を名乗る人から講座の暗証番号を教えろと電話がありました", "#9110", DAY),
    ("夫が台所で転んで頭から地がどくどく出てる", "119", DAY),
    ("市民講座の申し込みはどこでできますか", "none", DAY),
    # round 21: the line a misheard word had cost
    ("母が庭で鉢に刺されて腕が腫れてるけど息は普通です", "#7119", DAY),
    ("助けて、かれしに流られてる", "110", DAY),
    ("補助で同僚が機械に腕を挟まれて動けない", "119", DAY),
    ("酸菜の子が夜になって熱が出て泣いてる", "#8000", NIGHT),
    ("孫が熱を出したけど引き付けば寝えです、どうすればいいべ", "#8000", NIGHT),
    ("包丁で指を切った、しが止まらない", "119", DAY),
    ("大雨なので福祉男女はどこに開いていますか", "disaster", DAY),
    ("家に来た人に浄水器を変わされた、返したい", "188", DAY),
    ("毎晩のように無鋼電話がかかってきて気味が悪い", "#9110", DAY),
    ("携帯に見の料金があるとメールが来た", "188", DAY),
    ("大崎市のハザアドマップはどこで見られますか", "disaster", DAY),
    ("近くの川の水いってどこで分かりますか", "disaster", DAY),
    # round 22 (each decided otherwise without its slip)
    ("SMSのリンクをしてしまった、大丈夫かな", "#9110", DAY),
    ("戦修、家の前で車同士の事故がありました", "none", DAY),
    ("戦修の夜、隣の家から叫び声が聞こえました", "none", DAY),
    ("熱が出たって保育園の先生が言ってたも平気なのかな", "none", DAY),
    ("息子がゲームで勝手に描近してて、返金してほしい", "188", DAY),
    ("役所の人から監督金があると電話があったんですけど本当ですか", "#9110", DAY),
    ("長雨で、祖父の家の裏手の斜面から濃いしながらから落ちてくるそうです", "disaster", DAY),
    # round 23 (each decided otherwise without its slip)
    ("息子が無視に刺されたとこが赤く腫れて熱っぽい", "#8000", NIGHT),
    ("元の職場の人に毎日電話で踊されて困っております", "#9110", DAY),
    ("孫が夜になって二度廃てしまいました。熱はありません", "#8000", NIGHT),
    ("鍋を焦がして煙が出たけど関係したら平気になった", "none", DAY),
    ("弟がマイクラで溺れてるタブルー", "none", DAY),
    ("川の近くなんですがひなしじは出ていますか", "disaster", DAY),
    ("昨年は夫が倒れたときに消防の方に大変の世話になりました。お礼を言いたいのですが", "none", DAY),
    ("裏の畑で倒れた描きのきを処分したいです", "none", DAY),
    ("台風のはざがどまっくはどこで見られますか", "disaster", DAY),
    ("娘から「さようなら」ってメクセージが来た", "110", DAY),
    ("友達が薬1体飲んだって言ってる", "119", DAY),
    ("父が水民役を一瓶飲んだみたい", "119", DAY),
    ("公民館で振り込めさぎの積極を見ました", "none", DAY),
    # round 24 (decided otherwise without its slip)
    ("夜分にすみません、5歳の孫が花字を出して、15分ほど押さえていますが止まりません", "#8000", NIGHT),
    # round 25 (each decided otherwise without its slip)
    ("預かっている孫が犬の遠吠えのような責任をしております", "#8000", NIGHT),
    ("祖母の服に木が移りまして、背中をひどくやけどしております", "119", DAY),
    ("料理中に母の袖に日が移って、腕をやけどした。皮膚が白くなってる", "119", DAY),
    ("庭で転んで手首を打ちまして、動かせないことはないのですが、だんだん晴れてまいりました", "#7119", DAY),
    ("じいちゃん、頭ぶつけでがら何回も入れんだ", "119", DAY),
    # round 26 (each decided otherwise without its slip)
    ("うちの犬が玉ねぎを食べちゃった、夜やってる動物病になる?", "none", DAY),
    ("牛のお産で血がたくさん出たけど、11さんに見てもらって落ち着いた", "none", DAY),
    ("テレビ通販で買った掃除機、変品したいのに業者が応じない", "188", DAY),
    ("別れた音から毎晩メールが来て、家まで行くと書いてある", "#9110", DAY),
    ("別れた元交差相手から毎日何十通もメールが来る", "#9110", DAY),
    ("夜10時、遺才の子が耳を触って泣き止まない", "#8000", NIGHT),
    ("昨日から尿が出ない。今から防衛に行くべきですか", "#7119", DAY),
    ("転んでから手首がぱんぱんに貼れてきた、動かすと痛い", "#7119", DAY),
    ("喉に何か引っかかってる感じがするけど意気は普通にできてる", "#7119", DAY),
    ("家の中で女性の姫が何度も聞こえる", "110", DAY),
    ("孫を名乗る者にお金を渡して心配いまして、また取りに来ると申しております", "110", DAY),
    ("玄関の指抜けから誰かがのぞいていて、呼んでも返事がなく、ドアノブを回している", "110", DAY),
    ("夜分すみません、県道の真ん中に大きな気が倒れておりまして、車が次々に来ております", "110", DAY),
    ("台風のときに、車いすの母と一緒に貴男女で過ごせますでしょうか", "disaster", DAY),
    # round 27 (each decided otherwise without its slip)
    ("娘が経練していて、3分以上止まらない", "119", DAY),
    ("じっちゃ、雪かきの途中にきっくり返ってどうなねえ", "119", DAY),
    ("タオルで押さえてもちが溢れてまいります", "119", DAY),
    ("かまで女の子が覚れてる誰か聞いて", "119", DAY),
    ("廊下が眠りだらけで火災報知器も鳴ってる", "119", DAY),
    ("国道でトラックが応点していて、後ろから車が次々来ている", "110", DAY),
    ("銀行にごおとうが入ってお金を出せと言ってる", "110", DAY),
    ("スーパーでご音を見た、今も店の中にいる", "110", DAY),
    ("川の水がかなり増えてきた、ひなしたほうがいいですか", "disaster", DAY),
    ("父が余裕会の人と山に入った、熊の駆除だって", "none", DAY),
    ("雪かき中の事故を防ぐ安全交習はありますか", "none", DAY),
]

# Round 27's slips (safety.heard_slips.ROUND27_SLIPS): other wordings than the transcripts they were counted on.
ROUND27_PUT_BACK = [
    ("父が倒れて経練している", "痙攣して"),
    ("軽連が5分続いている", "痙攣が"),
    ("じいちゃんに消してないみたい", "じいちゃんが息してない"),
    ("主人 by 消してません", "主人が息してません"),
    ("風呂場できっくり返ってる", "ひっくり返って"),
    ("ばっちゃがきっくりげーって", "ひっくりげー"),
    ("押さえてもちなどんどん出る", "血などんどん"),
    ("手を切ってちがあふれてる", "血があふれ"),
    ("子どもが池で覚れている", "溺れて"),
    ("昔、海で覚れかけた", "溺れかけ"),
    ("車が応点した", "横転した"),
    ("トラックが応勢している", "横転して"),
    ("窓から眠りなでている", "煙がでて"),
    ("廊下が眠りだらけ", "煙だらけ"),
    ("銀行にごおとうが入った", "強盗が入った"),
    ("コンビニでご音を見た", "強盗を"),
    ("大雨だけど、ひなしたほうがいい?", "避難したほう"),
    ("すなみが来るの?", "津波が来る"),
    ("両勇会の人が見回っている", "猟友会の"),
    ("余裕会と一緒に山に入った", "猟友会と"),
    ("救命交習は何曜日?", "講習は"),
    ("AEDの交収を受けたい", "講習を"),
]

ROUND27_UNCHANGED = [
    "経験が生きた",
    "軽く連絡しておいた",
    "お父さんが消してないかも、ストーブ",  # が, not に: someone did not turn it off
    "お母さんに消してもらった",
    "電気を消してない",
    "きのうのきっくりごしも治った",  # ぎっくり腰 heard, not ひっくり返
    "びっくりして声が出た",
    "待ってちょうだい",
    "おもちがのびる",
    "名前を覚えてた",
    "目が覚めた",
    "急な対応して疲れた",
    "応援している",
    "眠りが浅い",
    "眠りだけは深い",
    "眠りながら聞いた",
    "ご音読ください",
    "ひな祭りをしたほうがいい",
    "すなみちを歩いた",  # 砂道
    "やすなみさんに会った",
    "明日なら余裕会えるよ",
    "交通の便が悪い",
    "公衆トイレはどこ",
]


@pytest.mark.parametrize(("heard", "expected"), ROUND27_PUT_BACK)
def test_a_round27_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)
    assert slips_in(heard)


@pytest.mark.parametrize("text", ROUND27_UNCHANGED)
def test_round27_leaves_the_everyday_word_alone(text: str) -> None:
    assert repair(text) == prepare(text)
    assert slips_in(text) == []


def test_decision_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in HEARD_DECISIONS])


@pytest.mark.parametrize(("text", "number", "now"), HEARD_DECISIONS)
def test_a_repaired_transcript_gets_its_line(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
