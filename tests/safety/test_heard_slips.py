"""The slip table: each slip is put back in its frame, and the everyday word is left alone (other wordings than the
transcripts the slips were counted on); round 26's and 27's slips change no typed text."""

from __future__ import annotations

import pytest

from safety.heard import APPLIED_SLIPS, prepare, repair, slips_in
from safety.heard_slips import ROUND26_SLIPS, ROUND27_SLIPS, SLIPS
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set, typed_texts_a_round_changes

PUT_BACK = [
    # 腫れ heard 晴れ/張れ: after a body part, or after a knock
    ("蚊に刺されたところが晴れてかゆい", "ところが腫れて"),
    ("足首がぱんぱんに晴れてきた", "足首がぱんぱんに腫れて"),
    ("ドアに指を挟んで、だいぶ張れている", "だいぶ腫れて"),
    # 血 heard 地 before bleeding words
    ("鼻から地がだらだら出てる", "鼻から血がだらだら"),
    ("膝を擦りむいて地がにじんでる", "血がにじんで"),
    # 口座 heard 講座 beside a bank or crime word
    ("銀行の人を名乗る電話で講座の暗証番号を聞かれた", "口座の暗証番号"),
    ("講座が凍結されると言われた", "口座が凍結"),
    # 咳 heard 席/石/責任
    ("夜になって席がひどくなってきました", "咳がひどく"),
    ("責任が止まらないんです", "咳が止まらない"),
    # めまい heard 目前
    ("朝から目前が続いています", "めまいが続いて"),
    # 見当たらない heard 見あったらない; 避難 heard きなん/気なん, 避難所 heard ひなちょ
    ("財布が見あったりません", "見当たりません"),
    ("どこに気なんすればいいですか", "避難すれば"),
    ("早めにきなしたいです", "避難したい"),
    ("近くのひなちょはどこ", "ひなんじょ"),
    # 川 heard かま before a river's words; ばあちゃん heard バーチャン, 父 heard チッチ; 先輩 heard 先体
    ("子供がかまで泳いでいて", "川で泳いで"),
    ("バーチャンが帰ってこない", "ばあちゃんが"),
    ("チッチが転んだ", "父が転んだ"),
    ("先体が倒れた", "先輩が倒れた"),
    # 病院 heard ぼいん/ぼういん/防衣
    ("夜でも開いてるぼういんってありますか", "病院って"),
    ("防衣に連れて行くべきか", "病院に連れて"),
    # compounds heard as other kanji
    ("上水機の契約をやめたい", "浄水器の契約"),
    ("スポーツクラブを開約したい", "解約したい"),
    ("法務販売で羽毛布団を買った", "訪問販売"),
    ("冒者が何度も来る", "業者が"),
    ("女節機で指を切った", "除雪機で"),
    ("階段版で見ました", "回覧板で"),
    ("娘が急急急迷子の試験に受かった", "救急救命士の試験"),
    # round 21: 蜂 heard 鉢/8 before a sting; 殴られ heard 流られ; 工場 heard 補助 before an accident
    ("庭仕事中に鉢に刺されて手が痛い", "蜂に刺されて"),
    ("公園で子供が8にさされた", "蜂にさされた"),
    ("知らない男に流られた", "殴られた"),
    ("補助で機械に指を挟まれた", "工場で機械に"),
    ("朝、補助で作業員が倒れていた", "工場で作業員が倒れて"),
    # 3歳 heard 酸菜 before a child; ひきつけはねえ heard 引き付けば/わね
    ("酸菜の息子が夜から熱を出した", "3歳の息子"),
    ("熱は高いけど引き付けばねえです", "引き付けはねえ"),
    ("ひきつけわねけど顔が赤い", "ひきつけはねえ"),
    # 血 heard し at a clause start before bleeding words
    ("転んで膝を切った、しがだらだら出てる", "血がだらだら"),
    ("しが止まらないんです", "血が止まらない"),
    # 避難所 heard 気男女/福祉男女/機能女
    ("福祉男女って近くにありますか", "福祉避難所って"),
    ("近くの気男女はどこですか", "避難所はどこ"),
    ("機能じょはどこに開いていますか", "避難所は"),
    # 買わされ heard 変わされ/かまされ; 判を押し heard 反抗を/反応 after papers; キャンセル heard カンセル
    ("羽毛布団を変わされた", "買わされた"),
    ("高い浄水器をかまされて困っている", "買わされて"),
    ("よくわからない書類に反抗をしてしまった", "書類に判を押して"),
    ("申込書に反応してしまいました", "申込書に判を押して"),
    ("ツアーをカンセルしたら全額取られた", "きゃんせる"),
    # 未納 heard 見の before 料金; 水位 heard 水い/水行 after a river; 無言電話 heard 無鋼電話; ハザード heard ハザアド
    ("携帯に見の料金があるとメールが来た", "未納料金"),
    ("近くの川の水いってどこで分かりますか", "川の水位って"),
    ("毎日無鋼電話があって怖い", "無言電話"),
    ("大崎市のハザアドマップはどこ", "はざーどまっぷ"),
    # round 22: 使われ heard つかまれ after 犯罪に; リンク押し heard リンクをし
    ("あなたのカードが犯罪につかまれていると言われた", "犯罪に使われて"),
    ("メールのリンクをしてしまいました", "りんく押して"),
    # もう heard も at a clause start or after a past ending; 先週 heard 戦修
    ("熱は下がって、も元気に遊んでいます", "もう元気"),
    ("医者が言ってたも治ったって", "もう治った"),
    ("戦修から腰が痛い", "先週から"),
    # 課金 heard か金/描近/書きに; 還付金 heard 監督金/間付近; 小石がぱらぱら heard 恋しいなからから
    ("娘がスマホで描近してしまった", "課金して"),
    ("知らないうちにか金されていた", "課金され"),
    ("アプリで書きにされてた", "課金され"),
    ("監督金の手続きをATMでと言われた", "還付金の手続き"),
    ("役所の人から監督になると電話が来た", "還付金になると電話"),
    ("崖から恋しいながらから落ちてくる", "小石がぱらぱら落ち"),
    # round 23: 虫 heard 無視 before a sting; 脅され heard 踊され; 吐いて heard 廃て; 換気 heard 関係 before "fine"
    ("公園で無視に刺されて腕が赤い", "虫に刺されて"),
    ("元交際相手に踊されていて怖い", "脅されて"),
    ("朝から二回廃てしまった", "吐いてしまった"),
    ("台所が焦げ臭かったけど関係したから大丈夫でした", "換気したから大丈夫"),
    # the laugh w heard ダブルー at the end; 避難指示 heard ひなしじ/気難しじ; お世話に heard の世話に after 大変
    ("友達とゲームで城を燃やしたダブルー", "燃やしたw"),
    ("ひなしじが出たらどこへ行けばいい", "避難指示が"),
    ("気難しじは出ていますか", "避難指示は"),
    ("入院中は看護師さんに対変の世話になりました", "大変お世話に"),
    # 柿の木 heard 描きのき; ハザードマップ heard はざがどまっく, 洪水 heard こづい; メッセージ heard メキセージ
    ("台風で描きのきが折れた", "柿の木が"),
    ("土砂災害のはざがどまっくはどこ", "はざーどまっぷ"),
    ("こづいハザードマップを見たい", "こうずいはざーどまっぷ"),
    ("夫から変なメキセージが届いた", "めっせーじ"),
    # 薬いっぱい heard 薬一体 before drinking; 睡眠薬 heard ついみん役/水民役
    ("弟が薬一体のんだみたい", "薬いっぱいのんだ"),
    ("祖父が薬1体飲んでしまった", "薬いっぱい飲"),
    ("母が水民役を飲みすぎた", "睡眠薬を"),
    # 寸劇 heard 積極 after の
    ("学芸会で詐欺の積極をやった", "詐欺の寸劇を"),
    # round 24: 鼻血 heard 花字
    ("娘の花字がなかなか止まらない", "鼻血が"),
    # round 25: 吐いて heard 入って after 何度も/ずっと; 動がねえ heard 動画ね/動画でえ; 返事 heard 編じ/変じ/変事
    ("赤ちゃんが夜中から何度も入っています", "何度も吐いています"),
    ("息子、さっきがらずっと入っとる", "ずっと吐いとる"),
    ("じいちゃん、頭ぶつけでがら何回も入れんだ", "何回も吐いでんだ"),
    ("ばあちゃん、揺すっても動画ねえ", "揺すっても動かねえ"),
    ("父ちゃん、左足も動画でえんだ", "左足も動かねえんだ"),
    ("声をかけても編じがない", "返事がない"),
    ("呼んでも変事もしない", "返事もしない"),
    # 咳 heard 責任 before をして; 火が移り heard 木が/日が移り after clothing or a stove
    ("ひと晩じゅう責任をしておりまして", "咳をしており"),
    ("祖母の服に木が移りまして", "服に火が移り"),
    ("ストーブの日が移ってカーテンが焦げた", "すとーぶの火が移"),
    # 腫れ heard 晴れ 15-40 characters after the knock; 真っ青 heard 待ちさお; 頭痛 heard ずつ after 激しい/ひどい
    ("庭で転んで手首を打ちまして、動かせないことはないのですが、だんだん晴れてまいりました", "だんだん腫れて"),
    ("母が胸を押さえて、顔も待ちさおです", "顔も真っ青で"),
    ("主人が急に激しいずつを訴えまして", "激しい頭痛を"),
    # round 26: the line's words (返金/返品 heard 変金/変品, 請求 heard 成球/製給, 料金 heard 両金,
    # 屋根の点検 heard 闇の天見)
    ("通販の変金を頼んだのに返事がない", "返金を"),
    ("買った掃除機を変品したい", "返品したい"),
    ("身に覚えのない成球書が届いた", "請求書"),
    ("携帯会社から高額の製給が来た", "請求が"),
    ("未払いの両金があるとメールが来た", "料金が"),
    ("闇の天権をすると言う人が来た", "屋根の点検を"),
    ("元の交差相手から連絡が来る", "交際相手"),
    # 獣医さん heard 11さん, 牛舎 heard ブーシャ, 動物病院 heard 動物病に, 病院 heard 防衛 before going there
    ("豚が熱を出したので11さんを呼びたい", "獣医さんを"),
    ("ブーシャの掃除をしていた", "牛舎の"),
    ("日曜日に開いている動物病になりますか", "動物病院"),
    ("今から防衛に連れていくべきですか", "病院に連れて"),
    # 避難した方 heard 気なした方, 冠水 heard 関水; 1歳 heard 遺才; 夫 heard 音 after 別れた;
    # いねぐなった heard 犬ぐなった
    ("川が近いので気なした方がいいですか", "避難した方が"),
    ("家の前が関水している", "冠水して"),
    ("遺才の娘が熱を出した", "1歳の娘"),
    ("離婚した音から毎日電話がある", "離婚した夫から"),
    ("孫が犬ぐなった", "いねぐなった"),
    # 息 heard 生き/意気 where neither can stand; 腫れ heard 貼れ; かゆがって heard 輝がって; ろれつ heard ドレツ
    ("子どもが生きができないと言っている", "息ができない"),
    ("犬が生きしてるか分からない", "息してる"),
    ("熱はあるけど意気は普通です", "息は普通"),
    ("足首が少しずつ貼れてきた", "腫れてきた"),
    ("娘が背中を輝がっている", "かゆがって"),
    ("父が急にドレツが回らなくなった", "ろれつが"),
    # 悲鳴 heard 姫/秘め; 用水路 heard 様子色; 長靴 heard 長物 before が片方; 郵便受け heard 指抜け; てしまいまして
    ("外から姫が何度も聞こえた", "悲鳴が何度も"),
    ("犬が田んぼの用水色に落ちた", "用水路に"),
    ("川岸に長物が片方だけあった", "長靴が片方"),
    ("指抜けに変な紙が入っていた", "郵便受けに"),
    ("転んで足を痛めて心配いまして", "痛めてしまいまして"),
    # 下敷き heard 下時期, 脚立 heard 片つ, a fallen 木 heard 気/駅, 避難所 heard 貴男女
    ("祖父がトラクターの下時期になった", "下敷きになった"),
    ("父が片つから落ちた", "脚立から落ちた"),
    ("道に大きな気が倒れている", "木が倒れて"),
    ("道路さでっけ駅倒れでる", "でっけ木倒れ"),
    ("近くの貴男女はどこですか", "避難所は"),
]

UNCHANGED = [
    "今日は晴れてきたので散歩に行きます",  # weather, no knock before it
    "土地が売れない",  # 地 inside a word
    "地下の駐車場が暗い",
    "市民講座に申し込みたい",  # a lecture
    "パソコン講座はいつですか",
    "会議の席が足りない",  # a seat
    "責任者と話したい",
    "試合は目前に迫っている",
    "何気なしに見ていた",
    "鎌で草を刈っていたら手を切った",  # a sickle (no river word after it)
    "ヘルパーさんを頼みたい",
    "消防車を見学したい",
    "浄水場の見学",
    "開店時間を教えてください",
    "階段で転んだ",
    "救急救命士になりたい",
    "ぼうしをなくした",  # a hat
    "語音の研究をしている",
    "息子が迷子になった",
    "植木鉢に水をやるのを忘れた",  # a pot, no sting after it
    "鉢植えを8に分けた",
    "川に流されたらどうすればいい",  # 流され is a word
    "補助金の申請はどこですか",  # help, no accident after it
    "補助で機能訓練を受けています",
    "酸菜の炒め物を作った",
    "しがつから入学します",  # 四月
    "男女別の更衣室はありますか",
    "男女共同参画センターはどこ",
    "機能障害の手帳について",
    "言葉を交わされた方",
    "親に反抗をしてしまう",  # a child's defiance (no papers before it)
    "刺激に反応して赤くなった",
    "花見の料金はいくら",  # 見 inside a word
    "川の水いっぱいに魚がいる",
    "犯人に腕をつかまれた",  # つかまれ with no crime word before it
    "リンクをしっかり確認してください",
    "友達も元気です",  # the particle も after a noun
    "子どもも大丈夫でした",
    "またも大雨になった",
    "食べたものが合わなかった",
    "もし熱が出たらどうすればいい",
    "選手が倒れた",  # 選手 is a word (only 戦修 is put back)
    "静かにしてね",
    "書きにくい字です",
    "お金を貸してしまった",
    "来年から監督になる予定です",  # a coach, no refund call
    "サッカーの監督に電話した",
    "ふるさとが恋しい季節",
    "濃いしょうゆ味が好き",
    "既読無視にされてつらい",  # 無視 is a word; no sting after it
    "踊らされている気がする",
    "廃棄物の出し方を知りたい",
    "それとは関係してないので大丈夫です",  # 関係 as a word: no "so it is fine" right after 関係した
    "ダブルルームを予約したい",  # ダブル inside a word, not at the end
    "気難しじいさんが隣に住んでいる",  # 気難し + じいさん
    "母の世話になっています",
    "絵描きのきもちがわかる",
    "ハザードマップはどこ",  # already right
    "メッセージを送った",
    "一体どうすればいいの",  # 一体 with no medicine before it
    "薬一錠を飲む",
    "役所の水道課に聞いた",
    "積極的に参加したい",
    "消極と積極のバランス",
    "花の字を書く",  # round 24: 花 and 字 apart
    # round 25
    "知らない人が何度も入ってきた",  # coming in, not vomiting
    "父がトイレにずっと入っていて出てこない",  # after a place
    "この店には何度も入っている",
    "その動画ないの",  # 動画 after の, a video
    "ユーチューブで動画ねえかな",
    "それは変じゃないですか",  # 変じゃ: no particle after 変じ
    "席を外しております",  # a seat, not をして
    "責任をもって対応します",
    "水面に木が映っている",  # no clothing or stove before it
    "服に日が当たって色が褪せた",
    "転んだ日は雨でしたが、午後にはすっかり晴れてきました",  # a weather word between the knock and 晴れ
    "ひどいずうずうしさ",  # not ずつ
    # round 26
    "大変金がかかった",  # 大変 + 金, not 返金
    "変な品物が届いた",
    "野球の成績が上がった",
    "両金属の板を使う",
    "闇の天使が出てくる漫画",
    "交差点で事故があった",
    "11歳の子が熱を出した",
    "ブーツを買った",
    "動物になりきって遊んだ",
    "防衛省に行きたい",
    "何気なしに見ていた",
    "関水さんに会った",  # a surname, no flooding verb after it
    "遺産の相談をしたい",
    "別れた後、音楽を聴いた",
    "犬が苦しそうにしている",
    "生きがいを見つけた",  # 生きが + い, not 生きができ
    "生きていてよかった",
    "意気込みは十分です",
    "シールがうまく貼れない",
    "ポスターが貼れてよかった",  # no body part before it
    "夜景が輝いている",
    "どれがいいですか",
    "お姫様が出てくる絵本",
    "水色のシャツを買った",
    "無用の長物になった",
    "指が抜けなくなった",
    "ご心配いただきまして",
    "下の時期に植える",
    "部屋の片つけをした",  # 片つけ, not 片つ before a particle
    "元気が折れそうな日もある",  # 気 inside a word
    "男女別の更衣室",
]


@pytest.mark.parametrize(("heard", "expected"), PUT_BACK)
def test_a_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)
    assert slips_in(heard)


@pytest.mark.parametrize("text", UNCHANGED)
def test_the_everyday_word_is_left_alone(text: str) -> None:
    assert repair(text) == prepare(text)
    assert slips_in(text) == []


def test_every_slip_names_its_cause() -> None:
    causes = {cause for cause, _, _ in APPLIED_SLIPS}
    # round 33 (V33): "nasal" (the particle が heard な), "reading" (a key word heard in katakana), "number" (119)
    assert causes <= {"homophone", "mora", "compound", "age", "negation", "time", "nasal", "reading", "number"}


def test_round26_and_27_slips_change_no_typed_text() -> None:
    """No slip of rounds 26-27 finds its frame in a typed text of the phrase set, the training set or the check-in
    answers (read as the earlier slips leave it): a typed message reads as before."""
    assert typed_texts_a_round_changes(ROUND26_SLIPS, earlier=SLIPS) == []
    assert typed_texts_a_round_changes(ROUND27_SLIPS, earlier=SLIPS + ROUND26_SLIPS) == []


def test_mail_coming_in_again_and_again_is_no_vomiting() -> None:
    # After blind30 (helper A30): 吐いて heard 入って is not put back after mail as the subject
    assert repair("手紙が何度も入っていて怖い") == repair("手紙が何度も入っていて怖い").replace("吐い", "入っ")
    assert "吐い" not in repair("差出人のないはがきがずっと入っている")
    assert "吐い" in repair("子どもが何度も入っていて")


# Round 42: a paper or a note as the subject (「次はないぞ」と書いた紙が何度も入っていて, blind43a typed: #7119)
# is mail, no vomiting; a child who keeps vomiting (何度も吐いて) stays #7119.
ROUND42_NOTE_CASES = [
    ("玄関のドアに変なメモが何度も入ってて気味が悪い、どこに相談すれば", "#9110"),
    ("子どもが何度も吐いていて、熱もあります", "#7119"),
]


def test_round42_note_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_NOTE_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_NOTE_CASES)
def test_round42_note_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
