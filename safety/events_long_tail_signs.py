"""Long-tail situations told in words the earlier rules did not read (round 43, helper A66: wide45's typed misses).

wide45 holds sixty situations of the long tail written blind, four tellings each; each rule here reads one
situation *kind* in the words its missed telling used and in the other words such a telling would use (the tests in
tests/safety/test_events_long_tail_signs.py hold tellings written for this module, in several styles):

- 119: household cleaners used together (カビ取りと酸性の洗剤を一緒に使って, 洗剤を重ねて使った) with
  someone coughing, sat down or short of breath - the chlorine gas of ``toxic_gas`` told without 混ぜる;
- 119: food in the mouth and then a throat clutched or no voice (ミニトマトを頬張ったとたん、喉をかきむしる):
  choking told by what one sees;
- #8000 / advice: a small child who licked or bit a household thing that is not food (ハンドクリームを舐めて,
  せっけんを かじって), even told well now;
- disaster: whether one's home or area goes under water in a flood, asked (この辺りが水に浸かるものかどうか):
  the flood hazard map.

Its other kinds are read with their like since round 44: vehicles that touched (軽トラが車と接触) in
:mod:`safety.events_road_signs`, the same car watching the home in :mod:`safety.events_stalking_signs`, someone on the
phone at a cash machine in :mod:`safety.events_swindle_signs`.
"""

from __future__ import annotations

from safety.events_fresh_signs import NOT_REAL
from safety.events_hazard_signs import FINE_NOW, GAS_SIGNS
from safety.rule import ANIMAL_VETO, FICTION, PEOPLE, Rule, rule
from safety.vocabulary import CHILD, compile_folded

# Two cleaning agents, or a chlorine one and an acid one, used together without the word 混ぜる
# (一緒に使って, 重ねて使った, 併用して, 同時に使った).
CLEANER = (r"せんざい|洗剤|かびとり|カビ取り|かびきらー|カビキラー|はいたー|ハイター|えんそ|塩素"
           r"|さんせい|酸性|くえんさん|クエン酸|さんぽーる|サンポール|ひょうはく|漂白")
USED_TOGETHER = (r"(?:いっしょに|一緒に|どうじに|同時に|かさねて|重ねて|あわせて|合わせて|りょうほう|両方"
                 r"|ふたつとも|二つとも|つづけて|続けて)(?:を)?[^\n]{0,4}?"
                 r"(?:つか|使|かけ|まい|撒い|ふきかけ|吹きかけ)|へいよう|併用")
# A sharp smell, or someone in the room hurt by it (GAS_SIGNS: coughing, eyes, throat, sat down...).
CLEANER_GAS_SIGNS = GAS_SIGNS + r"|つんと|ツンと|げほ|ゲホ|うずくま|はい(?:て|た)|吐い"

# Choking told by what one sees: food in the mouth, then the throat clutched or no voice.
INTAKE = (r"ほおば|頬張|たべ|食べ|くちにいれ|口に入れ|口さ入れ|のみこ|飲み込|まるのみ|丸呑み|丸のみ"
          r"|くわえ|咥え|ほうりこ|放り込")
THROAT_CLUTCHED = (r"(?:のど|喉|のどもと|喉元|くび|首)(?:を|お|も)?[^\n]{0,2}?"
                   r"(?:かきむし|掻きむし|掻き毟|かきむじ|つかん|掴ん|つかむ|掴む|つかみ|掴み|おさえ|押さえ)")
VOICELESS = r"(?:こえ|声)(?:も|が|を)?(?:ださ|出さ|だせ|出せ)(?:ず|ない|ねえ|ね|なく)"

# A small child who licked, bit or ate a household thing that is not food (ハンドクリームを舐めて,
# せっけんを かじって, 乾燥剤を食べちゃった, 吸い殻を口に入れて): a question for #8000 / the family doctor,
# even told well now (元気です).
HOUSEHOLD_THING = (r"くりーむ|クリーム|せっけん|石鹸|石けん|せんざい|洗剤|たばこ|タバコ|煙草|すいがら"
                   r"|吸い殻|吸殻|かんそうざい|乾燥剤|乾燥材|ほれいざい|保冷剤|けしょうすい|化粧水"
                   r"|くちべに|口紅|しゃんぷー|シャンプー|はみがきこ|歯磨き粉|ほうこうざい|芳香剤"
                   r"|しょうしゅうざい|消臭剤|ぼうちゅうざい|防虫剤|なふたりん|ナフタリン|にゅうよくざい"
                   r"|入浴剤|えのぐ|絵の具|くれよん|クレヨン|ねんど|粘土|ぼたんでんち|ボタン電池|じしゃく|磁石"
                   # round 51 (wide52b): a balm or an ointment, unripe plums, a coin or a sweet swallowed whole
                   r"|ぬりくすり|ぬりぐすり|塗り薬|なんこう|軟膏|ばーむ|バーム|めんそれーたむ|メンソレータム|しっぷ|湿布"
                   r"|あおうめ|青梅|あおいうめ|青い梅|うめのみ|梅の実|[0-9一二三四五六七八九十百]+(?:えんだま|円玉)|こいん|コイン"
                   r"|あめだま|飴玉|びーだま|ビー玉"
                   # round 58 (wide60b): a road's de-icing agent brought in on boots (融雪剤, 凍結防止剤,
                   # 塩化カルシウム, 雪を溶かす白い粒)
                   r"|ゆうせつざい|融雪剤|じょせつざい|除雪剤|とうけつぼうしざい|凍結防止剤|えんかかるしうむ|塩化カルシウム"
                   r"|(?:ゆき|雪)(?:を)?(?:とかす|溶かす|とかし|溶かし)[^\n]{0,6}?(?:つぶ|粒|くすり|薬|こな|粉)")
# A shard of glass or china perhaps swallowed with a drink (グラス欠けてて破片ちょっと飲んだかも; round 51, wide52b):
# a question for #7119 at any age - the swallowing rules read a child's things only.
SHARD = r"はへん|破片|かけら|欠片|がらすの(?:こな|粉|つぶ|粒)"
SWALLOWED_SHARD = (r"(?:" + SHARD + r")(?:を|も|が|さ)?[^\n]{0,6}?(?:のん|飲ん|のみこ|飲み込|のんじゃ|飲んじゃ)")
# A denture gone from the mouth and not found, or perhaps swallowed (口の中を見たら入れ歯がない, 入れ歯が見当たら
# ない、飲み込んだかも; round 55, wide56's denture, read none): a question for #7119 - found again, left behind or
# made anew is none; a live choke is the choking rules' own.
DENTURE = r"(?:いれば|入れ歯|ぎし(?=が|は|も|を)|義歯|さしば|差し歯)"
DENTURE_GONE = (r"(?:が|も|は)?(?:きんぐ|金具)?(?:ごと)?(?:ない(?!ので|から|と)|なくなっ|なくなり|なくなて"
                r"|みあたら|見当たら|みあたん|見当だん|みつから|見つから|きえ|消え)")
MAYBE_SWALLOWED = (r"(?:のみこ|飲み込|飲みこ|のん|飲ん)(?:ん)?(?:だ|じゃった)"
                   r"(?:か(?:も|な|どうか)|の(?:かも|では|かどうか)|みたい|らしい)")
# ... told with the mouth, the throat or swallowing: a denture merely mislaid (入れ歯がない。布団の中にもない) is none.
DENTURE_WHERE_FROM = r"くち|口|のど|喉|のみ|飲み|のん|飲ん"
DENTURE_FOUND = (r"みつかった|見つかった|みつかりました|見つかりました|(?:に|で)(?:あった|ありました)|でてき|出てき"
                 r"|つくりなお|作り直|つくりかえ|作り替え|わすれ|忘れ|おきわすれ|置き忘れ|(?<!か)もし|ないように")
# ... and what the denture told closes (:mod:`safety.detect_thing_closures`): the person is not missing (部屋にも
# 見当たらない is the denture), and the swallowing's weak word is the question itself.
DENTURE_TOLD = compile_folded(DENTURE + r"(?:" + DENTURE_GONE + r"|[^\n]{0,24}?" + MAYBE_SWALLOWED + ")")
DENTURE_TOLD_CANCELLED: frozenset[str] = frozenset({"missing_person", "weak_danger"})
MOUTHED = (r"なめ|舐め|かじ|齧|たべ|食べ|くっ|食っ|くちにいれ|口に入れ|口さ入れ|くちさいれ|のみこ|飲み込"
           r"|くわえ|咥え|しゃぶ")

# Whether one's home or area goes under water in a flood, asked (この辺りが水に浸かるものかどうか,
# うちの地区って浸水するとこ?): the flood hazard map, the disaster page.
OWN_AREA = (r"(?:この|うちの|わが|我が)?(?:へん|辺|あたり|辺り|ちく|地区|ちいき|地域|ばしょ|場所|とち|土地)"
            r"|(?:うち|いえ|家|じたく|自宅|じっか|実家)(?:の(?:まわり|周り|あたり|辺り))?")
UNDER_WATER = (r"(?:みず|水)(?:に|さ)(?:つか|浸か|つが)|しんすい|浸水|すいぼつ|水没"
               r"|(?:みず|水)(?:が|に)?(?:で|出|き|来|く)(?:る|ます)")
ASKED_WHETHER = (r"(?:もの|ところ|とこ|ばしょ|場所|ちいき|地域|くいき|区域)?"
                 r"(?:か|かどうか|なの|だべか|だか|でしょうか|ですか)"
                 r"|しりたい|知りたい|わかる|分かる|おしえ|教え|しらべ|調べ|かくにん|確認")

# A flood map asked for without its name (どこまで浸かるか色分けされた地図, 浸水の深さが分かる地図; round 55, wide56):
# the hazard map, the disaster page.
FLOOD_WORDS = (r"(?:みず|水)(?:に|さ|が)?(?:つか|浸か|つが|く|来|き)|しんすい|浸水|すいぼつ|水没|こうずい|洪水"
               r"|はんらん|氾濫|つなみ|津波|どしゃ|土砂|おおあめ|大雨")
MAP = r"(?:ちず|地図|まっぷ|マップ)"
FLOOD_MAP = (r"(?:" + FLOOD_WORDS + r")[^\n]{0,20}?"
             r"(?:いろわけ|色分け|わかる|分かる|のっ|載っ|しめし|示し|の)[^\n]{0,6}?" + MAP
             + r"|(?:いろわけ|色分け)[^\n]{0,8}?" + MAP)
FLOOD_MAP_NEEDS = FLOOD_WORDS + r"|かわ|川|うみ|海|がけ|崖|ひなん|避難"


def long_tail_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("swallowed_household", "symptom",
             r"(?:" + HOUSEHOLD_THING + r")(?:の[^\n]{0,6}?)?(?:を|お|も|さ)?[^\n]{0,6}?(?:" + MOUTHED + ")",
             # (防 of prevention, not of 凍結防止剤: round 58)
             needs=CHILD, unless=ANIMAL_VETO + "|" + FICTION + r"|ふせ|(?<!凍結)防(?!止剤)|ないように|ないよう|たら"),
        rule("swallowed_shard", "symptom", SWALLOWED_SHARD, unless=FICTION + r"|ふせ|防|ないように|ないよう"),
        rule("swallowed_denture", "symptom",
             DENTURE + r"(?:" + DENTURE_GONE + r"|[^\n]{0,24}?" + MAYBE_SWALLOWED + ")",
             needs=DENTURE_WHERE_FROM, unless=DENTURE_FOUND + "|" + FICTION),
        rule("toxic_gas", "medical",
             r"(?:" + CLEANER + r")[^\n]{0,20}?(?:" + USED_TOGETHER + ")",
             needs=CLEANER_GAS_SIGNS, unless=NOT_REAL + r"|ちゅうい|注意|きけん|危険|ないように|ないよう"),
        rule("choking", "medical",
             r"(?:" + INTAKE + r")[^\n]{0,30}?(?:" + THROAT_CLUTCHED + "|" + VOICELESS + ")"
             r"|(?:" + THROAT_CLUTCHED + r")[^\n]{0,20}?(?:" + VOICELESS + ")",
             needs=PEOPLE, unless=ANIMAL_VETO + "|" + FICTION + "|" + FINE_NOW),
        rule("evacuation", "disaster", FLOOD_MAP, needs=FLOOD_MAP_NEEDS, unless=FICTION + r"|げーむ|ゲーム"),
        rule("evacuation", "disaster",
             r"(?:" + OWN_AREA + r")(?:が|は|って|も|さ)?[^\n]{0,16}?(?:" + UNDER_WATER + r")[^\n]{0,6}?(?:"
             + ASKED_WHETHER + ")",
             unless=FICTION + r"|ほうさく|豊作|あそび|遊び|ぷーる|プール|すいそう|水槽|ふろ|風呂"),
    )
