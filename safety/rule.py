"""One event rule (:class:`Rule`, compiled by :func:`rule`) and the vocabulary the rule modules share (what is no
person's emergency - things, vehicles, snow - is in :mod:`safety.vocabulary_things`).

The rules live in :mod:`safety.events_life` and :mod:`safety.events_body` (fire, medical),
:mod:`safety.events_police` (police, generic events), :mod:`safety.events_danger_words` (weak signs, danger words),
:mod:`safety.events_advice` (advice lines, then consumer and disaster) and the ``safety.events_*_signs`` modules
(classes added round by round); :func:`safety.patterns.rules` puts them in order.

Every pattern runs over both text views (the written form with kanji, and the Sudachi reading, both in
hiragana), devoiced (が -> か, で -> て; see :mod:`safety.normalize`), so most are written in standard kana and
Tohoku voicing (たすけで, はやぐ, 起ぎね) meets them; Tohoku negation (ねえ, ね) is in ``NEG``. Event classes are
broad (``VITAL`` + ``VITAL_NEG``: any sign of life negated), guards narrow them. Groups of rules:

- ``fire`` and ``medical``: 119 at once; ``police``: 110 at once; ``help``: a plain call for help (119).
- ``weak``: could be an emergency (苦しい, 様子がおかしい): the emergency line first, then the answer;
  ``weak_police``: the same with 110 (a thing lying on a road, nothing said to be swerving round it).
- ``lexical`` / ``lexical_police``: a danger word (倒れ, 煙 / 包丁, 殴...) no event pattern placed: the same (119 /
  110), when nothing else matched and a cue says it is happening (:func:`safety.detect.find`).
- ``symptom`` / ``ask``: urgent advice (#7119 for adults, #8000 or the family doctor for children).
- ``scam`` / ``stalking``: police consultation #9110, or 110 when it is happening now.
- ``consumer``: 消費者ホットライン 188.  ``disaster``: evacuation information.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from safety.vocabulary import BIRD, CHILD, PERSON, STORY_WORD_END, UNDELIVERED_ORDER, compile_folded

Group = Literal["fire", "medical", "police", "help", "weak", "weak_police", "lexical", "lexical_police", "symptom",
                "ask", "scam", "stalking", "consumer", "disaster"]

PEOPLE = PERSON + "|" + CHILD
# Signs of life, as verb stems; followed by a negation (VITAL_NEG) they say the person does not breathe, move,
# wake, open the eyes or answer - in any conjugation (ない, ねえ, ません, なくなった, ず) and, devoiced, in
# Tohoku forms (動がねえ, 起ぎね, 息しでね), and the potential 動かれない (動がれねえ; round 42, blind43a).
# (round 51: an answer told as almost none - 返事ほぼない, 返事がほとんどない: wide53b)
# (round 58: not おおきな, 大きな read on into a noun - おおきなくれん is a big crane, no one who does not wake;
# wide60b)
VITAL = (r"(?:いき(?:を|が|も)?(?:し|す|すえ|すわ|でき)|うご(?:か(?:れ)?|け)|(?<!お)おき(?:てこ|あがら|あがれ)?"
         r"|め(?:を|が)?(?:あけ|あか|さまさ|さめ|ひらか)|へんじ(?:を|が|も)?(?:ほぼ|ほとんど)?(?:し|せ|あり|ござい)?|(?:ぴくり|ぴくっ|びくり)とも(?:し|せ)?|こたえ|はんのう(?:が|も)?(?:し)?|なにも(?:いわ|こたえ)"
         r"|なんも(?:いわ|こたえ)|起き(?:てこ|あがら|あがれ)?|動(?:か(?:れ)?|け)|息(?:を|が|も)?(?:し|す|でき)|目(?:を|が)?(?:あけ|開け"
         r"|さまさ|覚まさ)|返事(?:を|が|も)?(?:ほぼ|ほとんど)?(?:し|せ|あり|ござい)?|答え|反応(?:が|も)?(?:し)?"
         # 応答 as 返事 (インターホンにも応答がありません; round 51, wide53): in kanji only - kana おうとう is also
         # 嘔吐; not a phone rung out (携帯に何度かけても応答がありません: someone away, for the police - kinds42)
         r"|(?<!かけても)(?<!電話しても)(?<!でんわしても)(?<!電話にも)(?<!でんわにも)(?<!携帯にも)(?<!けいたいにも)"
         r"(?<!すまほにも)応答(?:が|も)?(?:し|せ|あり|ござい)?)")
# Life signs that "come back" (呼吸が戻らない, 脈が戻ってこない, 自発呼吸が戻りません; round 51): not a person missing.
VITAL_NOT_BACK = r"じはつこきゅう|自発呼吸|こきゅう|呼吸|みゃく|脈|しんぱく|心拍|こどう|鼓動"
# ... and the words said between (呼吸がなかなか戻らない, 脈がまだ戻ってこない).
NOT_BACK_YET = r"(?:まだ|なかなか|ぜんぜん|全然|いっこうに|一向に)?"
# An adverb of degree before a negated verb (血が全然止まんない, ちっとも止まらない, まったく止まりません; round 54) -
# not なかなか or まだ: a cut slow to stop, asked about with a clinic open now, stays advice.
NOT_AT_ALL = r"(?:ぜんぜん|ぜんっぜん|全然|まったく|全く|ちっとも|いっこうに|一向に)"
# (not ねつ, 熱; not しずか, 静か - 寝息が静かすぎて devoiced ねいきかしずかすきて; not ずいぶん; round 23; not 寝てる,
# 寝てます, 寝ております - 普通に息して寝てる reads いきしてねてる; round 44; not ねむ, 眠 - 目が覚めて眠れませんで
# is awake: round 50, blind51a; not ないて+いる, 泣いている - 目を開けて泣いています reads めをあけてないています:
# round 53)
VITAL_NEG = (r"(?:(?:て|っ)?(?:い)?(?:ない(?!て(?:い|る|ま|お))|ねえ|ね(?!つ|て(?:る|ま|お)|む)|ません|なく|ねく"
             r"|ず(?!か(?:[にながでしすさ]|\n|$)|いぶん))"
             # the western ん (動かん, 息しとらん, 返事せん), closing a clause: not 息し+心配 (いきしんぱい)
             r"|(?:(?:とら|ておら)|(?<=[かけせきえ])(?<!いき))ん(?:(?![ぁ-ゖ])|(?=の|です|だ|で|よ|わ|ね|か|や|ぞ|じゃ|みたい|けど|けん)))")
# Said to be unlike the usual (いつものお昼寝とはどうも様子が違う): the habit word is the contrast, not the habit.
UNLIKE_USUAL = r"(?![^\n]{0,12}?とは[^\n]{0,10}?(?:ちが|違)|[^\n]{0,12}?と(?:ようす|様子)が(?:ちが|違))"
# 朝なかなか起きない, 返事をくれない: habits and messages, not a person in danger.
VITAL_HABIT = (r"なかなか|まいあさ|いつも" + UNLIKE_USUAL
               + r"|ねぼう|あさ(?:に|は)?おき(?:ない|ね)|ふとうこう|がっこう|ちこく|しごと"
               r"|めーる|らいん|ちゃっと|てがみ|でんわに|はんこうき|むし(?:する|され|して)|すねて|おこって|けんか(?!ん)"
               r"|さいきん|あまり|あんまり|だんだん|このごろ|まいにち|毎日|最近|てれび|やきゅう|すまほ|げーむ|まんが|"
               + UNDELIVERED_ORDER)
# Not answering on purpose (けんか not before ん: 玄関 devoiced is けんかん).
SULKING = (r"げーむ(?:で|に|の)|ねぼう|寝坊|はんこうき|むし(?:する|され|して)|すねて|おこって|けんか(?!ん)"
           r"|ひきこも|引きこも|ひるね" + UNLIKE_USUAL + r"|昼寝" + UNLIKE_USUAL
           + r"|いねむり" + UNLIKE_USUAL + r"|居眠り" + UNLIKE_USUAL
           + r"|ちこく|遅刻|ねすご|寝過ご")
# 息苦しいマスク, 苦しい言い訳: an adjective about a thing, not a person's breath.
STUFFY_THING = r"くるしい(?:ますく|ふく|ふんいき|くうき|かいぎ|しゃかい|せいかつ|いいわけ|はなし)"
# an animal or a thing as the subject: 猫が息してない, 金魚が動かない
# Fiction, a game or a screen: the words that make an event told "not real". Rules search the devoiced views, where
# ゲーム (long vowel dropped) reads けむ like 煙 (けむり, けむい, けむたい): not before what makes it smoke.
# round 52: a story's kana words not run on into another word - not the えいが (devoiced えいか) inside 運営会社 or
# 経営会議, nor the まんが of 50万がなくなった, 万が一 or 満開 (うんえいかいしゃ, ごじゅうまんがなくなった).
FILM = r"えいが" + STORY_WORD_END + r"|映画"
COMIC = r"まんが" + STORY_WORD_END + r"|漫画"
FICTION = FILM + r"|どらま|ドラマ|" + COMIC + r"|(?:げーむ|ゲーム)(?!り|い|た|っ|く)"

# Sea animals washed up or basking on a shore (海岸にアザラシが打ち上げられて動きません, 浜にクジラ; round 53, wide55b):
# words with no other sense, so an animal even with no particle after it (浜にアザラシいるんだけど動かない).
SEA_ANIMAL = r"(?:あざらし|海豹|おっとせい|くじら|鯨|うみがめ|海亀|海がめ)"
# An animal as the place or the pastime of a person's telling (犬の散歩中に倒れているおじいさん, ひつじの こやで
# たおれてる, 牛の世話中に転んで; round 40): after の, not the animal's own trouble.
ANIMAL_SETTING = (r"(?:さんぽ|散歩|せわ|世話|こや|小屋|えさ|餌|しいく|飼育"
                  r"|そうじ|掃除)")
# (round 51: also わんちゃん, わんこ, にゃんこ - a pet told fondly)
ANIMAL = (r"(?:(?:ねこ|いぬ|わんちゃん|わんこ|にゃんこ|ぺっと"
          r"|きんぎょ|はむすたー|うさぎ|かめ|めだか|ことり|いんこ|かぶとむし|猫|犬|金魚"
          # wild animals on roads (車にひかれた動物, はねられたらしいたぬき); Tohoku 犬っこ;
          # not からす (ガラス, 夕方から姿); a swallow's chick or a sparrow fallen (round 43); directly before 死んで
          # (round 43: たぬき死んでる)
          # (round 57: a bat found in a storeroom, コウモリが落ちてて動かない - not a bat-winged umbrella; wide59)
          # (round 58: a serow, カモシカ - not the かもしか of かもしれない。しかし run on; wide60)
          r"|どうぶつ|動物|たぬき|狸|きつね|狐|鹿|いのしし|猪|はくびしん|こうもり(?!がさ|傘)|蝙蝠|" + SEA_ANIMAL
          + r"|かもしか(?!し)|羚羊|" + BIRD + ")"
          # (round 45: also directly before 倒れ, 田んぼさ白鳥倒れでで - wide47)
          # (round 58: and before crouching or not moving, 道ばたさ白鳥うずくまってで動がねえ - wide60b)
          r"(?:が|は|の(?!" + ANIMAL_SETTING + r")|も|ちゃん|っこ|(?=しん(?:で|だ)|死ん|たおれ|倒れ|うずくま|うづくま"
          r"|うごか|動か|うごけ|動け))"
          r"|(?:ひかれた|轢かれた|はねられた|しんだ|死んだ)(?:らしい)?(?:どうぶつ|動物|たぬき|狸|きつね|狐|いのしし|猪|ねこ|猫"
          r"|いぬ|犬|しか|鹿|とり|鳥)"
          # ... or hit by the writer's car (夜道でキツネをはねてしまった, 猫をひいちゃって; round 52, wide54b)
          r"|(?:どうぶつ|動物|たぬき|狸|きつね|狐|鹿|いのしし|猪|はくびしん|ねこ|猫|いぬ|犬)を"
          r"(?:はね|ひい|轢い|ひき)(?:て|た|ちゃ|ちま|そう)"
          # a crow told lying, not moving or dead (カラスがひっくり返って動かない; round 58, wide60): only so, as
          # からす is also ガラス once devoiced
          r"|(?:かもしか|羚羊)(?!し|の)|(?:からす|烏)(?:が|は|も)(?=[^\n]{0,12}?(?:ひっくり|たおれ|倒れ|うごか|動か|しん|死ん|とべな|飛べな))"
          # birds counted (何羽も死んでる, 二羽倒れて) whatever the word before (a recogniser's 癌 for 雁; round 45)
          r"|(?:なん|何|[0-9０-９一二三四五六七八九十]+)羽(?:も|ほど|くらい|ぐらい)?(?=[^\n]{0,8}?(?:しん|死ん|たおれ|倒れ"
          r"|うごか|動か|くび|首)))")
# The whole-message animal veto of the medical, weak and lexical rules (round 40): an animal named in a line that
# names no person as a subject (a person word and が, は, も, と or って; not an owner, おばあちゃんの猫). With a
# person the subject (猫が鳴いてて見に行ったら隣のおばあちゃんが返事しない) the person's sign stands; an animal as
# the sign's own subject is still read match by match (the animal guard of ``safety.detect_hits``, the rules'
# ``animal_subject``: 猫が倒れてて、おばあちゃんが心配してる). The police and consultation rules keep ``ANIMAL``
# (犬がいなくなって父が探してる).
ANIMAL_VETO = (r"(?<![^\n])(?![^\n]*?(?:" + PEOPLE + r")(?:さん|ちゃん|さま|くん)?(?:が|は|も|と|って))[^\n]*?"
               + ANIMAL)
# ... and for someone sunk or afloat, also a toy or a ball (お風呂でおもちゃが沈んだまんま): not a person drowning.
DROWNING_VETO = ANIMAL_VETO + r"|おもちゃ|玩具|ぼーる|ボール"
# Housework (家事, kana かじ): not a fire.
HOUSEWORK = (r"かじ(?:を|は|も|と|や|の|が)?(?:して|する|し(?:な|ま)|やっ|やる|たいへん|ふたん|ぶんたん|だいこう"
             r"|てつだ|しえん|いくじ|こそだて|せんたく|そうじ|りょうり|つかれ|いそがし)")
# A former partner (元彼が家の前まで来て, 別れた夫が): as threatening at the door as a stranger.
EX_PARTNER = (r"もとかれ|元彼|元カレ|もとかの|元カノ|もとおっと|元夫|もとつま|元妻"
              r"|わかれた(?:おっと|つま|かれ|かのじょ)|別れた(?:夫|妻|彼)")
# Unknown or suspicious (知らない, 見知らぬ, 怪しい, 不審な): the words a stranger and a strange car share.
UNKNOWN_OR_SUSPICIOUS = r"しらない|みしらぬ|あやしい|ふしんな|知らない|見知らぬ|怪しい|不審な"
STRANGER = (r"(?:" + UNKNOWN_OR_SUSPICIOUS + r"|しらねえ|しらね|へんな|こわい|変な|知らねえ)"
            r"(?:ひと|じん|おとこ|おんな|やつ|もの|しゃ|人|男|女|おじさん|おばさん|おとな|大人)")
# Someone unknown at the door from outside (誰かが外から玄関のドアノブを…, 郵便受けから誰かがのぞいて): one who does
# not answer is a stranger who will not say who he is - an intruder (110), not a person without signs of life (4 of 4
# such phrases of the examined splits are 110; blind25a, blind26b). A household person not answering stays 119.
UNKNOWN_AT_THE_DOOR = (r"(?:だれか|誰か|" + STRANGER + r")(?:が)?(?:そとから|外から"
                       r"|(?:どあ|ドア|げんかん|玄関)の(?:そと|外)|どあのぶ|ドアノブ|どあを|ドアを)"
                       r"|(?:ゆうびんうけ|郵便受け|どあのぶ|ドアノブ|いんたほん|いんたーほん|インターホン|どあ|ドア|まど|窓)"
                       r"(?:の口)?(?:から|越しに|ごしに)(?:だれか|誰か|しらない|知らない)")

# A visitor who will not leave the door (市役所の人だって来て…玄関から動かない): a caller standing there, not a person
# without signs of life; a person found at the door is told with で (玄関で父が動かない), and ～前から動かない (three
# days) is not a place.
VISITOR_STAYING = (r"(?:きて|来て|きた|来た|きとる|来とる|きてる|来てる|たずね|訪ね)[^\n]{0,30}?"
                   r"(?:げんかん|玄関|とぐち|戸口)から(?:うごか|動か|どか|かえら|帰ら|はなれ|離れ)(?:ない|ねえ|ね|ん)")

# Blood: 血, or a kana ち only as a word of its own - at the start, after a space or mark, or after から/で/て/の/に
# (あたまから ちが でて); not the ち inside a word (頭打って read あたまうちって, 父 ちち, 町 まち; round 22).
BLOOD = r"(?:(?<![^\sらでてのに、。,!?！？])ち|血)"
# Small things a child puts in the mouth or loses (ビー玉, ボタン電池, おもちゃの部品): what is gone is a thing, not a
# person (round 22); with a sign of choking, a swallowed object (``safety.events_hazard_signs``).
SMALL_THING = (r"びーだま|ビー玉|おはじき|ぼたん|ボタン|でんち|電池|びーず|ビーズ|ぶひん|部品|こいん|コイン|こうか|硬貨"
               r"|じしゃく|磁石|あめ|飴|ぴーなっつ|ピーナッツ|なっつ|ナッツ|まめ|豆|みにとまと|ミニトマト|ぶどう|きゃっぷ"
               r"|キャップ|ゆびわ|指輪|くりっぷ|クリップ|がびょう|画びょう|画鋲|おもちゃ|玩具|いれば|入れ歯|こもの|小物")
# Cooking smoke (魚を焼いたら煙がすごい), not a fire.
# ... and food being grilled, in any form (魚焼いてて煙すごい, 餅を焼いてる; round 42: blind43b's 試食コーナーで
# 魚焼いてて煙すごい, 119 for none) - the food named, not 家を焼いて
COOKING = (r"(?:やい|焼い)(?:て(?:い)?)?たら|やきざかな|焼き魚|さんま|秋刀魚"
           r"|(?:さかな|魚|にく|肉|もち|餅|やきとり|焼き鳥|ほっけ|いか|えび|ほたて|うなぎ|とうもろこし|ぱん|パン)(?:を)?"
           r"(?:やい|焼い)(?:て|た|る)")
# 起きる also means "occur": けいれんは起きていません, 何も起きない are not a person who does not wake.
OCCUR_BEFORE = (r"(?:けいれん|痙攣|ほっさ|発作|じしん|地震|じこ|事故|もんだい|問題|なに|何|かじ|火事|とらぶる|ひきつけ"
                r"|しゅっけつ|出血|へんか|変化|いじょう|異常)(?:は|が|も)?[^\n]{0,2}")
# A warning handed out or taught, not the event itself (one idea, two reaches):
# - ``WARNING_HANDOUT``, the narrow form every rule may use: a warning word, then the thing it was handed out on
#   (ちかんに きをつけて って がっこうから プリント きた, blind21: a notice, not a crime now);
# - ``SCAM_WARNING``, built from it for the scam, stalking and consumer rules, where a warning word alone already
#   says the message is a warning (詐欺に気をつけてと回覧板に書いてあった) and a talk, a skit or a lesson is one too.
# (round 21: also Tohoku 気ぃつけろ, 気つけろ - 3 of 3 such warnings in the set are none)
TAKE_CARE = r"きをつけ|気をつけ|(?:き|気)ぃつけ|気いつけ|気つけ(?=ろ|て|な|よ|ま)"
WARNED = TAKE_CARE + r"|ちゅうい|注意|ようじん|用心"
# (round 44: a notice posted - 掲示板の「オレオレ詐欺に注意」の貼り紙, 立て看板; blind45b)
HANDOUT = (r"ぷりんと|プリント|おたより|お便り|おしらせ|お知らせ|ちらし|チラシ|かいらんばん|回覧板|ぽすたー|ポスター"
           r"|はりがみ|貼り紙|張り紙|かんばん|看板|たてふだ|立て札|けいじ|掲示")
WARNING_HANDOUT = r"(?:" + WARNED + r")[^\n]{0,16}?(?:" + HANDOUT + r")"
# The carer worn out by a baby's crying (私の方が参ってしまいました, こっちが倒れそう), asking for the parenting desk
# or telling nothing else wrong: the message is about the carer, not a child's symptom (round 44, blind45b: 2 of 2
# such tellings of the set are none). Not with a fever, an ear or vomiting told (熱, 耳, 吐).
CARER_WORN_OUT = (r"(?:わたし|私|あたし|じぶん|自分|こっち|わたくし|おや|親|ははおや|母親)(?:の(?:ほう|方))?(?:が|も)"
                  r"[^\n]{0,4}?"
                  r"(?:まいっ|参っ|たおれそう|倒れそう|げんかい|限界|のいろーぜ|ノイローゼ|おかしくなりそう|ねぶそく|寝不足)"
                  r"(?![^\n]*?(?:ねつ|熱|みみ|耳|はい|吐|ぐったり|いき|息))")
SCAM_WARNING = (WARNING_HANDOUT
                + r"|" + TAKE_CARE + r"|かいらんばん|回覧板|ちゅういかんき|注意喚起"
                # ... written in a warning, not on the demand itself (差し押さえと書いてあります)
                r"|(?:ちゅうい|注意|ようじん|用心|おしらせ|お知らせ|こうほう|広報)[^\n]{0,12}?(?:と|って)(?:かいて|書いて)あ"
                # a talk or a skit about scams (警察の人が詐欺の話をしてくれた, 詐欺の寸劇で犯人役)
                # (not こうわ read across 番号 and 渡し with the particle dropped, as Tohoku speech does -
                # 暗証番号渡しちまった, あんしょうばんごうわたし; round 50, wide51's impostor handed the cards)
                r"|(?:はなし|話)を(?:して(?:くれ|もら|いただ))|こうわ(?!たし|たさ|たす|たせ|たっ|たそ)|講話"
                r"|こうえん|講演"
                r"|すんげき|寸劇|しばい|芝居|(?:はんにん|犯人)やく|犯人役"
                # taught before (前に詐欺だって教えてたから)
                r"|(?:さぎ|詐欺)(?:だ)?(?:って|と)(?:おしえ|教え|おそわ|教わ|ならっ|習っ)")


@dataclass(frozen=True)
class Rule:
    """One event: a name, its group, the pattern, and the guards that cancel a match.

    ``has_negation``: the pattern itself means "not" (息してない), so a following ない does not cancel it.
    ``not_before``: cancels when the text just before the match matches (木が|看板が倒れて).
    ``unless``: cancels when anywhere in the text matches (家事 written with 家, bee stings...).
    ``needs``: only counts when anywhere in the text matches (a missing *person*, not a wallet).
    ``voiced``: the pattern keeps its voicing marks (its words collide once devoiced: さぎ/さき).
    """

    name: str
    group: Group
    pattern: re.Pattern[str]
    has_negation: bool = False
    not_before: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    needs: re.Pattern[str] | None = None
    voiced: bool = False


def rule(name: str, group: Group, pattern: str, *, has_negation: bool = False, not_before: str | None = None,
         unless: str | None = None, needs: str | None = None, voiced: bool = False) -> Rule:
    """Compile one rule."""
    return Rule(
        name=name, group=group, pattern=compile_folded(pattern, voiced=voiced), has_negation=has_negation,
        not_before=compile_folded(f"(?:{not_before})$") if not_before else None,
        unless=compile_folded(unless) if unless else None,
        needs=compile_folded(needs) if needs else None, voiced=voiced,
    )


def on_its_line_with(pattern: str, context: str) -> str:
    """``pattern`` with ``context`` before or after it on its line: a rule's own ``needs`` would guard the bare match
    (an alarm heard ringing, an ear that cannot hear), and a guarded match silences the classifiers."""
    return r"(?<![^\n])(?=[^\n]*?(?:" + context + r"))[^\n]*?(?:" + pattern + ")"


def in_either_order(first: str, second: str, *, gap: int, gap_back: int | None = None) -> str:
    """``first`` then ``second`` on one line with at most ``gap`` characters between, or ``second`` then ``first``
    with at most ``gap_back`` (``gap`` when not given): two words that make a kind told in either order."""
    back = gap if gap_back is None else gap_back
    return (r"(?:" + first + r")[^\n]{0," + str(gap) + r"}?(?:" + second + r")|(?:" + second + r")[^\n]{0,"
            + str(back) + r"}?(?:" + first + ")")


# A likeness after a past form, said of a thing or a manner (蹴られたような衝撃, 殴られたみたいに痛い, 刺されたかの
# よう, 蹴られた感じ): not hearsay (殴られたみたいで, 殴られたようです: it happened). Round 51.
LIKENESS = r"た(?:ような|ように|みたいな|みたいに|みてえな|みでえな|みたく|かのよう|かんじ|感じ|かとおも|かと思)"


# Farm animals (牛っこが倒れで, 牛一頭が息してねがった, 馬が倒れて): not a person. Kana うし only as a word of its
# own (うちのうしが; not ぼうしの, そうしの).
LIVESTOCK = (r"(?:(?:牛|(?:(?<![ぁ-ゖ])|(?<=の))うし|べこ|馬|豚|ぶた|にわとり|鶏|やぎ|山羊|ひつじ|羊)"
             r"(?:が|は|の(?!" + ANIMAL_SETTING + r")|も|っこ)"
             # a head count (牛っこ一頭, 二頭): animals
             r"|(?:牛|馬|豚|うし)(?:っこ)?(?:いっとう|いちとう|一頭|にとう|二頭|[0-9一二三四五六七八九十]+頭)"
             # ... and poultry counted in 羽 (鶏一羽、朝見だら; round 53, blind54b)
             r"|(?:鶏|にわとり|ひよこ|あひる|がちょう)(?:っこ)?(?:いちわ|ひとわ|[0-9一二三四五六七八九十]+羽))")
ANIMALS = "(?:" + ANIMAL + "|" + LIVESTOCK + ")"
# ``ANIMAL_VETO`` for farm animals and poultry: a line naming one and no person as a subject (鶏一羽、朝見だら息して
# ねがった; round 53, blind54b) - the per-match ``not_before`` reaches only 12 characters back.
# Not a line where someone was hurt by one (牛に蹴られた, 踏まれて: a passive) or the writer is named.
LIVESTOCK_VETO = (r"(?<![^\n])(?![^\n]*?(?:(?:" + PEOPLE + r")(?:さん|ちゃん|さま|くん)?(?:が|は|も|と|って)"
                  r"|られ|され|まれ|わたし|私|じぶん|自分|おれ|俺|ぼく|僕|あたし))[^\n]*?" + LIVESTOCK)
# An animal as the subject of an event word, no person between (鶏が一羽いなくなった, 子豚が一匹、朝見たら冷たくなって
# いた, うぢの猫、ストーブの前で伸びで動がねえ, にわとり けがしてる ちが でてる): not a person's emergency. The views
# drop spaces and punctuation, so a bare animal word counts opening the message, after の (うちの猫) or before a head
# count (鶏一羽); not before の (牛の世話中に転んで血が: a person) nor を (鶏をさばいてたら包丁で指を切って: the
# animal is what the person handles; round 40). No kana ぶた/やぎ/ひつじ (の舞台, 野焼き). Birds: round 43.
# A dog named by its breed or as a pet (round 55, wide57b: 柴犬 reads しばけん, so the reading line lost the dog and a
# drowned dog read 119): the reading of the kanji compounds and the breeds in kana (チワワ, トイプードル). No breed
# whose kana, without its long-vowel marks (the views drop them), is part of an everyday word: コーギー (のこぎり),
# シーズー (シーズン).
PET_BREED = (r"しばけん|あきたけん|あいけん|ちわわ|ぷーどる|だっくす|ぽめらにあん|まるちーず"
             r"|ぶるどっぐ|びーぐる|れとりばー|しゅなうざー|ぱぴよん")
# For a rule's ``unless`` (searched in the whole text).
# (round 47: not an animal's meat, milk or egg eaten - 鶏肉を食べてから下痢, 牛乳を飲んだら: food, a person's symptom)
# (round 49: fish too - 池の鯉が口をぱくぱく, 川で魚が浮いて; not a fish cooked or eaten: 焼き魚, 煮魚)
# (round 58: a snake, へび / 蛇 - not ヘビー, heavy, read へび once the long mark goes: ヘビースモーカー, ヘビーな -
# and a crow written in kanji, 烏 / 鴉: kana からす is also ガラス devoiced; blind59b)
ANIMAL_WORD = (r"(?:ねこ|猫|いぬ|犬|牛|べこ|馬|豚|にわとり|鶏|山羊|羊|鯉|へび(?!す|ろ|な|きゅう|めた)|蛇|烏|鴉|"
               r"(?<!焼き)(?<!焼)(?<!煮)(?<!き)(?:魚|さかな)|"
               + SEA_ANIMAL + "|" + BIRD + "|" + PET_BREED + ")"
               # (round 53: nor its shed, 牛舎, 豚舎, 鶏舎 - a building, 牛舎を建て替えたい)
               r"(?!肉|乳|丼|汁|骨|卵|にく|かつ|カツ|じる|どん|舎)")
ANIMAL_LEAD = (r"(?:" + ANIMAL_WORD + r"(?:が|は|も|っこ|ちゃん)|(?:^|\n|の)" + ANIMAL_WORD + r"(?!の|を)"
               + "|" + ANIMAL_WORD + r"[0-9一二三四五六七八九十]+(?:羽|匹|頭)|" + SEA_ANIMAL + r"(?!の|を))")
# The writer named (犬が飛び出してきて、私が転んで血が出てる: the writer hurt, not the animal; blind21).
WRITER = r"わたし|私|じぶん|自分|おれ|俺|ぼく|僕|あたし"
ANIMAL_SUBJECT_SPAN = 20  # characters from the animal to the event word, a person's word not among them


def animal_subject(event: str) -> str:
    """A pattern: an animal, then ``event`` within ``ANIMAL_SUBJECT_SPAN`` characters naming no person."""
    return (ANIMAL_LEAD + r"(?:(?!" + PEOPLE + "|" + WRITER + r")[^\n]){0," + str(ANIMAL_SUBJECT_SPAN) + r"}?(?:"
            + event + ")")
