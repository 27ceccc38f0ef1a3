"""Speech-recogniser slips of key words, put back before the text views are built (:func:`repair`).

A speech recogniser (Whisper base on Open JTalk audio, ``bench/bench_spoken_safety.py``) writes a key word of an
event or of an advice line as another word of the same or a near reading: 腫れ as 晴れ, 血 as 地, 口座 as 講座,
避難 as 気なん, 見当たらない as 見あったらない, ばあちゃん as バーチャン. The patterns then miss the event (or its
guard: 回覧板 heard 階段版). Each slip below is undone only in the frame that makes the key word certain (晴れ
after a body part or a knock, 地 before bleeding, 講座 beside a crime or a bank word), so a typed message with the
everyday word (今日は晴れてきた, 土地が, 市民講座) is unchanged. The slips were counted on the examined splits' Whisper
transcripts (``safety/eval/heard.tsv``; docs/safety.md, "Speech (engineer C)"); round 21 added the slips that
cost the right line (蜂 heard 鉢, 3歳 heard 酸菜, ひきつけはねえ heard 引き付けば寝え, 工場 heard 補助...); round 22
the time words lost (もう heard も run into the word before, 先週 heard 戦修) and advice-line words (課金, 還付金,
リンク押し, 犯罪に使われ, 小石がぱらぱら); round 23 the slips behind spoken-only false alarms (虫 heard 無視 before a
sting, 換気 heard 関係, お世話に heard の世話に, 柿の木, 寸劇 heard 積極, the laugh w heard ダブルー) and lost
lines (脅され, 吐いて, 避難指示, ハザードマップ, メッセージ, 薬いっぱい, 睡眠薬); round 24 鼻血 heard 花字 (and
:mod:`safety.heard_reading` puts back long key words heard one kana off on the reading view); round 25 the
slips behind emergencies lost when spoken (吐いて heard 入って, 動がねえ heard 動画ね, 返事 heard 編じ, 火が移り heard
木が映り, 咳 heard 責任 before をして, 頭痛 heard ずつ, a senior's swelling told 15-40 characters after the
knock, 顔が真っ青 heard 待ちさお); round 26 (:data:`safety.heard_slips.ROUND26_SLIPS`) the slips behind the
spoken-only losses of the 30 splits with blind26 (請求 heard 成球, 返金 heard 変金, 獣医さん heard 11さん,
用水路 heard 様子色, 1歳 heard 遺才, 別れた夫 heard 別れた音, 息 heard 生き/意気 where neither can stand...);
round 27 (:data:`safety.heard_slips.ROUND27_SLIPS`) those of the 32 splits with blind27 (けいれん heard 経練,
息してない heard に消してない, ひっくり返って heard きっくり返って, 溺れ heard 覚れ, 横転 heard 応点, 煙 heard
眠り, 強盗 heard ごおとう, 津波 heard すなみ, 講習 heard 交習...); round 28
(:data:`safety.heard_slips_late.ROUND28_SLIPS`) those of the 34 splits with blind28 (熱中症 heard 熱衝症, 血圧 heard
結末, ナイフ heard 内部, 救急車 heard 究極書, 避難所 heard 開んじょ, 火災報知器 heard 仮裁法地規...); round 29
(:data:`safety.heard_slips_late.ROUND29_SLIPS`) those of the 36 splits with blind29 (血が heard 違う, 殴って heard
眺って, 犯人 heard 反忍, 消防車 heard 消防者, 浮き輪 heard 浮きま, 請求 heard 成就, 近所 heard 金序...); round 31
(:data:`safety.heard_slips_late.ROUND31_SLIPS`) those of the 38 splits with blind31 (救急車 heard 究極者, 遺書 heard
一緒, 泣き止み heard 泣き込み, 地震の後 heard 自信の後); round 32
(:data:`safety.heard_slips_late.ROUND32_SLIPS`) those of the 40 splits with blind32 (痙攣 heard 軽縁); round 33
(:data:`safety.heard_slips_spoken_gap.ROUND33_SLIPS`) the kinds behind the spoken-only errors of all 8,815 transcripts
(the nasal が heard な after a key noun, 腹へって heard 払いって, 酔っ払いが heard 寄ったらいいな,
音がして heard おとなして, 夫が heard 音が, ゲリ for 下痢...); round 34
(:data:`safety.heard_slips_spoken_gap.ROUND34_SLIPS`) 頭が heard とおが, 石油ストーブ heard セキューストーブ,
吐いて heard 入って after a pain said; round 35
(:data:`safety.heard_slips_spoken_gap.ROUND35_SLIPS`) blind36's (血が heard しが before 止まりません, 元夫 heard
元々 after 別れた, 手紙が heard 手紙な, 起きない heard 置きない, 息 heard 生き before 切れ/は普通, ぶつぶつ heard
物物, 川さ heard かまさ, 夫が heard 音が before 出たきり) and compounds of the whole file heard as no word
(救急車 heard 急急車, 脳梗塞 heard 濃厚速, 駐車場 heard 中車場, 課金 heard 駆近, 部活 heard うかつ中...); round 37
(:data:`safety.heard_slips_spoken_gap.ROUND37_SLIPS`) blind38's (Tohoku 落ぢで heard 落ちじで/を知事で, 氾濫 heard
判断 after a river, 鼻血 heard 話 before not stopping for minutes, 判子 heard 反抗 after a trade, 除雪車 heard 女節者,
還付金 heard 幹部金, 台風 heard たいふ, 血 heard ち/ちい, 警報 heard 形法, 住所 heard 10所, ナイフ heard 内部); round 38
(:data:`safety.heard_slips_spoken_gap.ROUND38_SLIPS`) blind39's (帽子 heard 防止 on the water, ローンの書類 heard
ろんの処理); round 39
(:data:`safety.heard_slips_spoken_gap.ROUND39_SLIPS`) blind40's (Tohoku 倒っち heard 倒せっち, the laugh 笑 at the end
heard 笑い); round 40 (:data:`safety.heard_slips_spoken_gap.ROUND40_SLIPS`) blind41's (咳込んで heard 石根で, 上下して
heard 上げして after the chest, 孫 heard 魔法, 回覧板さ書いで heard 階段番差階で, ヒューヒュー heard 表流...); round 41
(:data:`safety.heard_slips_round41.ROUND41_SLIPS`) blind42's (うつぶせ heard 映物, ぴくりとも heard ひくりとも, 鳴子温泉
heard なるこ音声, Tohoku っちゃ heard 茶, 動がねえ heard どうがね, ねえように heard ねように, 洗剤 heard 洗材...);
round 42 (:data:`safety.heard_slips_round42.ROUND42_SLIPS`) blind43's (もくもく heard 木木, パンパン heard 簡単, 恐縮
heard 教室, 脚立 heard 片付, 台風 heard たいふ風, いっぱい飲んだ heard 一体飲んだ, ぴくりとも heard きくりとも...);
round 43 (:data:`safety.heard_slips_round43.ROUND43_SLIPS`) blind44's and kinds42's (火が出て heard ひなでて, 息が
heard 生きな, 母 heard はっは, と申して heard と思うして, 出はって heard で張って, 弟 heard おとおと, バーベキュー heard
ばらべきゅー...); after it (:data:`safety.heard_slips_wide45.WIDE45_SLIPS`) those of the breadth sets wide45 and
wide45b (息 heard 生き before でき, 鼻血 heard 鼻字, 蜂に heard 8に, 救急車 heard 急急症, 病院行くべき heard
ぼいにくべき, 親いない heard したしいない, 真っ青 heard 巻きさお, 煙が heard け無理な...); round 44
(:data:`safety.heard_slips_round44.ROUND44_SLIPS`) blind45's and wide45c's (火の粉 heard 火残, 釣り針 heard すりばり,
凍った heard こうった, 夫の heard 音の, 盗まれ heard 進まれ, 救急車 heard 吸吸者, 病院 heard ごいん/5位, 歯医者 heard
廃車, 土地勘 heard どっちかん...); after it (:data:`safety.heard_slips_wide46.WIDE46_SLIPS`) those of the breadth sets
wide46, wide46b and wide46c (病院に heard ごいに, 救急車 heard 救急症, 血が heard ちな, 腫れ heard 晴れ after a calf,
請求書 heard 成就書, 避難 heard 気難); round 45 (:data:`safety.heard_slips_round45.ROUND45_SLIPS`) blind46's
(けいれん heard 経減, 胸 heard きょ, 避難所 heard 日南所, 孫 heard 魔法 before a sign, 徘徊 heard 破壊...) and
(:data:`safety.heard_slips_round45.ROUND45_WIDE_SLIPS`) the breadth sets' left by round 44 (妊娠 heard 人心, 請求
heard 政給, 見張られ heard 見晴られ...); after it (:data:`safety.heard_slips_wide47.WIDE47_SLIPS`) those of the
breadth sets wide47 and wide47b (車線 heard 写真, 目覚まさ heard 名様さ, 病院 heard 防員 / ぼーい, 請求 heard 成休,
立ちくらみ heard 立ち暮らみ, 腫れ heard 晴れ after a bulge...); round 46
(:data:`safety.heard_slips_round46.ROUND46_SLIPS`) blind47's (車にひかれ heard 車に引かれ, 泡 heard 穴, 弟 heard 音音,
発疹 heard 発信, 気味わりい heard 君はり, 具合 heard ぐらい, 歩道橋 heard ほどおきょう, 先輩 heard 戦隊, 避難指示 heard
きなっしーじ...); after it (:data:`safety.heard_slips_wide48.WIDE48_SLIPS`) those of the breadth sets wide48 and
wide48b (受診 heard 受信, 灯油 heard 投入 / 投油, 地震 heard 自信, 水ぶくれ heard 水袋, 洪水 heard 構図, 音 heard
大人...); round 47 (:data:`safety.heard_slips_round47.ROUND47_SLIPS`) blind48's (流され heard 長され, 腹痛 heard 複数,
散歩 heard 3本, 坊主 heard ボーズ, 大雨 heard オーアメ, ぐったり heard ぶったり, 高額 heard 工学, 鹿と heard
仕方); after it (:data:`safety.heard_slips_wide49.WIDE49_SLIPS`) those of the breadth sets wide49 and wide49b (病院
heard ご委員, 腫れ heard 晴れ after 赤く, 解約 heard 改約, 下敷き heard した時期, 避難 heard 記難, 救急車 heard
吸吸車); round 48 (:data:`safety.heard_slips_round48.ROUND48_SLIPS`) blind49's (息を heard 勢いを, むかむか heard
向かむか, 反抗期 heard 販甲機, 灯油の heard どういうの, 電柱 heard 電中, 寒ぐ heard かんぐ, 煙が heard 眠りな,
看板 heard 官闘); after it (:data:`safety.heard_slips_wide50.WIDE50_SLIPS`) those of the breadth sets wide50 and
wide50b (毎晩 heard 前版, 請求 heard 成就, 青く heard 多く after 顔, 明細 heard 名祭, 孫 heard 魔法, ヒューヒュー heard
急急); round 49 (:data:`safety.heard_slips_round49.ROUND49_SLIPS`) blind50's (強盗 heard 合同, ナイフ heard
ナイス, 泡 heard あま, 浸水 heard 新水, 水かさ heard 水下さ, ワゴン車 heard わごんしゃ, こわい heard こまい, 買い替え
heard 開かえ, 芝刈り機 heard しばかり木); round 52 (:data:`safety.heard_slips_round52.ROUND52_SLIPS`) blind53's
(浸かって heard 使って after water, 睡眠薬 heard ついんみに役, 破裂 heard 張れつ, 揺すっても heard 休っても, 腫れ
heard 晴れ beside a body part, 金魚 heard 金度, 心配 heard 心態, 排水路 heard 配水色, 母ちゃん heard カーチャン,
引っ張って heard 引っかって); round 53 (:data:`safety.heard_slips_round53.ROUND53_SLIPS`) blind54's (Tohoku
頭いでえって heard 頭入れて, 起ぎねえ heard 怒りぎねえ, 父ちゃん heard ドーチャン / トーチャン, 火傷 heard 焼けと,
兄が heard アニナ, the laugh w heard ダブル, 避難所 heard 機能所); round 54
(:data:`safety.heard_slips_round54.ROUND54_SLIPS`) blind55's (孫 heard 間ご, 息 heard 生き / 意気, 心配 heard 真体,
胸押さえて heard 胸を咲いて, 通れない heard 倒れない, けいれん heard 経営, 煙が heard 県に, 動悸 heard 動き, チューブ
heard 中部, 風邪薬 heard 風役); round 55 (:data:`safety.heard_slips_round55.ROUND55_SLIPS`) blind56's (血圧 heard 結圧,
冷たい heard 詰めたい, 起きません heard 置きません, 夫が heard 音が, 警報 heard 傾向, 断られ heard 言葉られ, 徘徊
heard 破壊, 一錠 heard 一場, 充血 heard 充決, 発作 heard 放射く, 泡吹いで heard 淡いで, 床屋 heard どこや, 網戸 spelt
アミド); round 56 (:data:`safety.heard_slips_round56.ROUND56_SLIPS`) blind57's (落石 heard 楽石, ぴくりとも heard
作りとも, 鹿が spelt しかが, よけきれ heard 溶け切れ, 避難 heard きなん, 日なた heard きなた, 避難所さ heard 機能女性,
詐欺 heard すぎ, 返納 heard 変能, 月謝 heard 徹者, 腫れが heard 晴れが, 血が heard しな, 運転 heard 安定); round 57
(:data:`safety.heard_slips_round57.ROUND57_SLIPS`) blind58's (おっかねえ heard お金へ, 鶏 heard 2割取り, 火が移 heard
ひなうつ, 息をして heard 生き押して, 仰向け heard 青むけ, 避難所 heard 日南上, 町内会 heard 超内界, 病院 heard 棒員,
退院 heard 対院, 九時過ぎ heard くじすぎ, げーげー heard 芸芸, 血は heard しは, ぱんぱんに腫れ heard 簡単に晴れ);
round 58 (:data:`safety.heard_slips_round58.ROUND58_SLIPS`) blind59's (既読 heard 気づく, LINEして heard 耐えして,
ありがと heard ありなと, パンパンで heard 簡単で, ヒューヒュー heard 急流, 大雨 heard お雨, 神社 heard 人者, 請求が来た
heard 成就が来た, 未払い heard 見払い, 周り heard 漫割, キャッシュカード heard カシカード, 引っかから heard きっかから,
防止 heard ボーシー, 定期預金 heard 定期お金, 葬儀 heard 総議, 夜10時 孫 heard 夜10時間後).

:func:`repair` works on the message after NFKC, lower case and katakana -> hiragana (punctuation still there), and
returns text of that form; :func:`safety.normalize.fold` takes it from there.
"""

from __future__ import annotations

import unicodedata

from safety.heard_slips import ROUND26_SLIPS, ROUND27_SLIPS, SLIPS
from safety.heard_slips_late import ROUND28_SLIPS, ROUND29_SLIPS, ROUND31_SLIPS, ROUND32_SLIPS
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
from safety.heard_slips_spoken_gap import (
    ROUND33_SLIPS,
    ROUND34_SLIPS,
    ROUND35_SLIPS,
    ROUND37_SLIPS,
    ROUND38_SLIPS,
    ROUND39_SLIPS,
    ROUND40_SLIPS,
)
from safety.heard_slips_wide45 import WIDE45_SLIPS
from safety.heard_slips_wide46 import WIDE46_SLIPS
from safety.heard_slips_wide47 import WIDE47_SLIPS
from safety.heard_slips_wide48 import WIDE48_SLIPS
from safety.heard_slips_wide49 import WIDE49_SLIPS
from safety.heard_slips_wide50 import WIDE50_SLIPS

# Every round's slips in the order they are put back (a later round is chosen on text the earlier ones left).
APPLIED_SLIPS = (SLIPS + ROUND26_SLIPS + ROUND27_SLIPS + ROUND28_SLIPS + ROUND29_SLIPS + ROUND31_SLIPS
                 + ROUND32_SLIPS + ROUND33_SLIPS + ROUND34_SLIPS + ROUND35_SLIPS + ROUND37_SLIPS
                 + ROUND38_SLIPS + ROUND39_SLIPS + ROUND40_SLIPS + ROUND41_SLIPS + ROUND42_SLIPS
                 + ROUND43_SLIPS + WIDE45_SLIPS + ROUND44_SLIPS + WIDE46_SLIPS + ROUND45_SLIPS
                 + ROUND45_WIDE_SLIPS + WIDE47_SLIPS + ROUND46_SLIPS + WIDE48_SLIPS + ROUND47_SLIPS
                 + WIDE49_SLIPS + ROUND48_SLIPS + WIDE50_SLIPS + ROUND49_SLIPS + ROUND50_SLIPS
                 + ROUND51_SLIPS + ROUND52_SLIPS + ROUND53_SLIPS + ROUND54_SLIPS
                 + ROUND55_SLIPS + ROUND56_SLIPS + ROUND57_SLIPS + ROUND58_SLIPS)

KATAKANA_START, KATAKANA_END, KANA_OFFSET = 0x30A1, 0x30F6, 0x60


def prepare(text: str) -> str:
    """NFKC, lower case and katakana as hiragana (the form :data:`SLIPS` are written for)."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(chr(ord(c) - KANA_OFFSET) if KATAKANA_START <= ord(c) <= KATAKANA_END else c for c in text)


def repair(text: str) -> str:
    """``text`` prepared (:func:`prepare`) with every slip of :data:`APPLIED_SLIPS` put back in its frame."""
    text = prepare(text)
    for _cause, pattern, replacement in APPLIED_SLIPS:
        text = pattern.sub(replacement, text)
    return text


def slips_in(text: str) -> list[str]:
    """The causes of the slips found in ``text`` (one entry per slip put back; for the bench and tests)."""
    text = prepare(text)
    found: list[str] = []
    for cause, pattern, replacement in APPLIED_SLIPS:
        text, count = pattern.subn(replacement, text)
        found += [cause] * count
    return found
