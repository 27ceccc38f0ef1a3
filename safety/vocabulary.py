"""Shared vocabulary of the safety patterns (negation, people, things, children) and the context patterns
(topic, service questions, negation after an event) that cancel or confirm events; when things happen (past, "now",
night, recurring) is :mod:`safety.vocabulary_time`, the "what if" context :mod:`safety.vocabulary_hypothetical`,
fiction, dreams and jokes :mod:`safety.vocabulary_fiction`.

Patterns are written like the text views (see :mod:`safety.normalize`): hiragana, no long-vowel marks;
:func:`compile_folded` folds katakana and ー in a pattern the same way.
"""

from __future__ import annotations

import re

from safety.normalize import SMALL_VOWELS, devoice, to_hiragana


def compile_folded(pattern: str, *, voiced: bool = False) -> re.Pattern[str]:
    """Compile a pattern written like the text views: hiragana, no long-vowel marks, full-size vowels.

    Devoiced (が -> か) unless ``voiced``: it then matches only the voiced views (words that collide once
    devoiced, さぎ/さき).
    """
    folded = to_hiragana(pattern).replace("ー", "").translate(SMALL_VOWELS)
    return re.compile(folded if voiced else devoice(folded))


# not ねつ (熱); not しずか, ずいぶん (寝息が静かすぎて, 寝息がずいぶん静かで are no 息がしず[ない], round 23);
# not 寝てる, 寝てます, 寝ております (普通に息して寝てる reads いきしてねてる; round 44)
# not a double negation (歩けないことはないのですが: "can walk"; blind25)
NEG = (r"(?:ない(?!(?:こと|ごと)(?:は|も)(?:ない|ねえ|ありません|ございません))|ねえ|ね(?!つ|て(?:る|ま|お))"
       r"|ません|なかった|なく|ず(?!か(?:[にながでしすさ]|\n|$)|いぶん))")
# A small bird found fallen or hurt (a swallow, a sparrow; round 43): an animal, not a person. Not すずめばち (a
# hornet's sting is a person's); not ひな, a chick (heard, 火な and 避難所 are ひな too).
# (round 45: swans and wild geese of Kabukuri-numa, 白鳥が倒れて動かない, 雁が何羽も死んでる - wide47)
# (round 51, wide53: a pigeon and a nestling - 鳩の巣のひなが冷たくなって; not 雛人形, ひな祭り, 避難)
BIRD = (r"つばめ|燕|すずめ(?!ばち)|雀|はくちょう|白鳥|ハクチョウ|雁|まがん|マガン|ひしくい|ヒシクイ"
        r"|鳩|はと(?=が|の(?:ひな|す|巣|こ|子))|雛(?!人形|祭|まつり|壇|飾)"
        # (kana ひな only before a count or its state: devoiced, ひなが is also 火なかーてん, heard for 火がカーテン)
        r"|ひな(?=[がはも](?:いち|一|に|二|さん|三|なん|何|[0-9]|しん|死|うご|動|つめ|冷))")
# (祖父 in kana is not ソファ or ソフト: ソファから落ちた, blind27a; 人 is not 人形, a doll, nor 人気: 棚の上の
# 人形落ぢだだけ, blind28a; nor ちち the reading of 落ぢ, おちち; nor ひとわ, the reading of a bird counted, 一羽:
# round 51; round 56: nor おや the reading of 塩焼き or おやき, しおやき - 親兄弟, おやきょうだい, stays)
PERSON = (r"(?:ひと(?!わ)|人(?!形|気)|おっと|つま|はは|(?<!お)ちち|かあ(?:さん|ちゃん|さま)|とう(?:さん|ちゃん|さま)"
          r"|おかあ"
          r"|おとう|おや(?!き(?!ょう))|ばあ|"
          r"じい|ばば|じじ|そふ(?!あ|と)|そぼ|こども(?!あ|な|ね(?!つ)|てき|でき|おお|多)|むすこ|むすめ|"
          r"あかちゃん|まご|おとこ|おんな|かぞく|だんな|よめ|あに|あね|いもうと|おとうと|りょうしん|ともだち|"
          r"としより|こうれいしゃ|きんじょ|となり|おきゃく|わらし|わらす|ぼんず|おばさん|おじさん|じいさん|ばあさん|"
          r"ろうじん|しゅじん|にょうぼう|かれし|かのじょ|がくせい|せいと|じどう|ようじ|あいかた|おふくろ|おやじ|せんぱい|こうはい|"
          r"(?<![のたるい])まま|ぱぱ|にいちゃん|ねえちゃん|おにい|おねえ|どうりょう|(?<![^\nのはともがをにで])かない|かみさん|うちのひと|"
          r"じょうし|せんせい|おきゃくさん|つうこうにん|だれか|じっちゃ|ばっちゃ|ばっぱ|じさま|ばさま|おっかあ|おっとう|あんちゃ|"
          r"あねちゃ|しょうねん|しょうじょ|主人|家内|(?<!大丈)夫|妻|父|母|祖父|祖母|息子|娘|孫|少年|少女|先輩|後輩|人(?!形|気)"
          # companions, and a person called 方 (若い方が: read わかいほう)
          r"|なかま|仲間|(?:わかい|若い|ねんぱいの|年配の|つれの|連れの)(?:かた|方|ほう)"
          r"|おっさん|おっちゃん|おばちゃん|よっぱらい|酔っ払い|酔っぱらい"
          # a care home's or a clinic's residents, users, patients (入居者さんが床で動かなくて; round 39)
          r"|にゅうきょしゃ|入居者|にゅうしょしゃ|入所者|りようしゃ|利用者|かんじゃ|患者)")
# (a tree in kana is not the end of さっき: さっきから倒れて, round 25; nor the き of a contracted sound - きゅうに
# 急に, きょう 今日 - in a kana message: つまが きゅうに たおれて, blind28a; はか, a grave, not はは+が: ははが
# うごかない, blind32a; round 48: nor any き after a small っ - 座ったっきり動げなぐなった, はっきり, すっきり;
# round 53: nor the end of snow in kana - ゆきさうまって, a man buried under the snow, blind54a heard)
THINGS = (r"(?:(?<![っゆ])き(?![ゃゅょ])|ぼく|とうぼく|かんばん|でんちゅう|でんしんばしら|へい|ぶろっく|じてんしゃ|たな"
                 r"|ほんだな"
                 r"|かぐ|"
                 r"いす|つくえ|はしら|たてもの|かべ|しんごう|ひょうしき|さく|ふぇんす|てれび|ばいく|くるま|(?<!は)はか|"
                 r"ぼせき|とうろう|いし|うえき|はち|ぽーる|のぼり|すとーぶ|びん|えだ|たけ|でんせん|ものおき|"
                 r"すまほ|ぱそこん|けいたい|とけい|えんじん|きかい|ぷりんた|あぷり|がめん|れいぞうこ|えあこん|"
                 r"みず|水|おゆ|お湯|くうき|空気|かぜ|風(?!呂)|てんき|天気|きおん|気温|れんじ|ぶれーかー|きゅうとうき|給湯器"
                 r"|ぼいらー|そうじき|掃除機|"
                 r"せんたくき|すいはんき|じはんき|自販機|じどうはんばいき|自動販売機|おもちゃ|にんぎょう|人形|かかし|案山子|まねきん|自転車|車|植木|本棚|標識|信号|柱|壁|建物|墓|石|"
                 r"いしがき|かわら|ついたて|ごみばこ|ごみすてば|ぶんぴょう|せきひ|看板|木|塀|電柱|棚|家具"
                 r"|さお|竿|ものほし|物干し|(?<!お)[ふぶ]くろ|袋|だんぼーる|段ボール|はこ|箱|はちうえ|鉢植え|かさ|傘|すだれ"
                 r"|よしず|たんす|箪笥|かがみ|鏡|びょうぶ|屏風|たてかん|立て看"
                 # round 56: a festival's bamboo and decorations (祭りの飾りの大きな竹が倒れて, 七夕飾りが倒れて;
                 # wide58) - the kanji too, as the written line spells them
                 r"|竹|かざり|飾り|ふきながし|吹き流し"
                 # round 45: a snowman (雪だるまが倒れて頭が取れた; wide47) - also だるま alone, as a recogniser
                 # writes 行きだるま
                 r"|ゆきだるま|雪だるま|だるま|ダルマ|達磨"
                 # round 22: sheds and garages that fell (雪の重みで車庫倒れで) - not where smoke or a person comes
                 # from (納屋から煙, 車庫の中で, 倉庫で)
                 # (kana こや too, round 40: ひつじの こやで たおれてる is a person in the shed)
                 r"|(?:しゃこ|車庫|そうこ|倉庫|なや|納屋|かーぽーと|カーポート|物置|小屋|こや)(?!から|の(?:なか|中)|で|に))")
# A thing named as a place (看板の前で倒れてる人, 電柱のそばで) is where a person is, not what fell.
THING_AS_PLACE = (r"の?(?:まえ|前|よこ|横|そば|側|した|下|ちかく|近く|ところ|所|かげ|陰|うら|裏|わき|脇|あたり|辺り"
                  r"|なか|中|うえ|上)(?:で|て|に)")
THINGS_BEFORE = THINGS + r"(?:が|は|も|の)?(?![にへ]|の?(?:ひと|人|かた|方)|" + THING_AS_PLACE + r")[^\n]{0,3}"
# Stool or a nappy just before blood (うんちに血が, おむつさ血ぃ, 便に少し赤い血; round 56): blood in a stool is a
# symptom to ask about (the advice rules read it), not the bare alarm word 血.
STOOL_BEFORE = (r"(?:べん|便|うんち|うんこ|だいべん|大便|おむつ|オムツ)(?:に|さ|にも|から|の(?:なか|中)に)?"
                r"(?:すこし|少し|ちょっと|ちょびっと|あかい|赤い)?")
# A body part said to be "dead" (足死んでる, 腕が死んでる, 目が死んでる): tiredness, not a person.
BODY_PART_HYPERBOLE = (r"(?:あし|足|脚|うで|腕|こし|腰|かた|肩|ふくらはぎ|ふともも|太もも|太腿|ひざ|膝|せなか|背中|目"
                       r"|(?<![ぁ-ゖ])め|のうみそ|脳みそ|ひょうじょうきん|表情筋"
                       # ... and a voice worn out by singing (カラオケで叫びすぎて喉が死んでる; round 52, blind53b)
                       r"|のど|喉|こえ|声)(?:が|は|も)?(?:かんぜんに|完全に|もう|まじで|マジで)?")
# ... and so is oneself "dead" from a hangover, a workout or a night of study (二日酔いで死んでる; round 51)
# (the reading view reads 二日酔い ふたかよい)
TIREDNESS_HYPERBOLE = (r"(?:ふつかよい|ふたかよい|二日酔い|きんにくつう|筋肉痛|つかれ|疲れ|ねぶそく|寝不足"
                       r"|じさぼけ|時差ぼけ|しけん|試験|てすと|テスト|かだい|課題|ざんぎょう|残業|ばいと|バイト"
                       r"|ぶかつ|部活|べんきょう|勉強)"
                       r"(?:で|すぎて|すぎで)[^\n]{0,2}")
# A role or a costume (血まみれのゾンビ役, 特殊メイク): blood that is not real.
ROLE = r"ぞんび|ゾンビ|こすぷれ|コスプレ|とくしゅめいく|特殊メイク|(?:やく|役)(?:を|で)?(?:やっ|えんじ|演じ)"
CHILD = (r"(?:こども(?!あ|な|ね(?!つ)|てき|でき|おお|多)|子ども|子供|むすこ|むすめ|あかちゃん|あかんぼう|にゅうじ|"
         r"ようじ|"
         r"(?:この|うちの|その)こ(?!と)|(?:した|うえ|すえ|まんなか)のこ(?=が|は|の|も|に|を)|すえっこ|(?:下|上|末|真ん中)の子|末っ子|"
         # (round 52: also a nursery, 保育所 read ほいくしょ / ほいくじょ - wide48's bite at the nursery)
         r"しょうがくせい|ようちえん|ほいくえん|ほいくしょ|ほいくじょ|ちょうなん|ちょうじょ|じなん|じじょ|まご|わらし|わらす|ぼうや|"
         # (not 小さい瘤 or 小さい声: ちいさいこぶ, ちいさいこえ; round 44, blind45b's father's bump)
         r"(?:ちいさい|ちっちゃい)こ(?!ぶ|え)|(?:この|うちの|その|あの)子|子供|子ども|息子|娘|孫|赤ちゃん|乳児|幼児"
         r"|ぼうず|坊主|ぼっこ|おぼこ|いもうと|おとうと|妹|弟|めんこいの|めごいの|ちっちゃこいの"
         # round 55: a nephew or niece told small (甥っ子, 姪っ子)
         r"|おいっこ|めいっこ|甥っ子|姪っ子"
         # round 45: the Tohoku ぼんず, a little boy (blind46a; ポン酢 stays ぽんず, the p-row is never devoiced)
         r"|ぼんず"
         # a small child in Tohoku or plain words (ちっちぇ子, ちいせえ子, 小せえ子, 小さな子; blind18b)
         r"|(?:ちっちえ|ちっちゃな|ちいせえ|ちいせ|ちっこい|ちいさな|小せえ|小せ|小さな|小さい)(?:こ|子)(?!と|ども|ぶ|え)"
         # a child named by what it did (塾から帰ってきた子が; engineer B's request B13-4)
         r"|(?:きた|した|いる|てる|いた)子(?=が|は|も)"
         # round 20: チビ, the Tohoku 童 (わらべ)
         r"|(?<!ちび)(?<!チビ)(?:ちび|チビ)(?:っこ|すけ)?(?=が|は|の|も|に|を)|わらべ|童"
         r"|まだ(?:ふたつ|みっつ|よっつ|いつつ|むっつ|ななつ|やっつ|ここのつ|二つ|三つ|四つ|五つ|六つ|七つ|八つ|九つ)"
         r"|(?<![0-9])(?:[0-9]|1[0-4])(?:歳|さい|才|か月|ヶ月|カ月|かげつ)|"
         # ... an age in kana before a child (さんさいの こが; round 43) - not いっさい alone (一切)
         r"(?:いっ|いち|に|さん|よん|ご|ろく|なな|はっ)(?:さい|かげつ)の(?:こ|子|むすこ|むすめ|まご|おとこのこ|おんなのこ)"
         r"(?=が|は|も|を|に)|"
         # ... or alone (よる いぬに かまれた ごさい; round 52, wide49b) - not ございます, Tohoku どごさいる / そごさ
         # (where, there), ご在宅, ご催促 (ござい, ごさいそく), nor the last figure of 35歳 (さんじゅうごさい; a
         # recogniser's 35歳 is read figure by figure, さんごさい)
         r"(?<![とそこあ])(?<!じゅう)(?<!しゅう)(?<!ひゃく)(?<!に)(?<!さん)(?<!いち)(?<!よん)(?<!ろく)(?<!なな)(?<!はち)(?<!きゅう)"
         r"(?:ご|よん|ろく|なな|はっ|きゅう)さい(?![まるれっ]|たく|そく|よう|けん|こう|さん|しょ|ご|ばん"
         r"|てん|はい|きん|ふ|く(?!ら)|せん|か[いく])|"
         r"(?<![一二三四五六七八九十百])(?:[一二三四五六七八九]|十[一二三四]?)(?:歳|才|か月|ヶ月))")

# Round 52: a story's kana word (えいが, まんが) not run on into another word - 運営会社, 経営会議 (うんえいかいしゃ,
# devoiced えいかい), 50万がなくなった, 万が一, 満開 (まんかい); a comma dropped between it and the next word
# (映画、爆発シーン) leaves it a word, so this names what may not follow rather than what may (see safety.rule.FICTION).
STORY_WORD_END = r"(?!い|な(?:く|い|か))"

# Context: a question about what to do "in case", a past event, a "now" cue (topics: safety.vocabulary_topic).
# A "how do I" question: a topic for alarms, but a question about getting to a shelter is still a disaster one.
HOW_TO = compile_folded(r"どうやって|ほうほう|方法|やりかた|やり方|いきかた|行き方")
# Whether to flee or evacuate, asked (避難した方がいい？, 逃げたほうがいいべか): a disaster question even about news.
FLEE_QUESTION = compile_folded(r"(?:ひなん|避難|にげ|逃げ)(?:し)?(?:た)?(?:ほう|方)(?:が)?(?:いい|よい|いいべ|いいか)"
                               r"|(?:ひなん|避難|にげ|逃げ)(?:す|る)?べき")
# Topic words that collide with other words once devoiced (てぐち/ころんでくち): searched on the voiced views.
# not 勝手口 (a back door); a funeral (そうぎ) voiced: devoiced it met 苦しそう+聞いた/吸引 (くるしそうきゅういん)
# ... nor 手ぐちゃぐちゃ (a crushed hand: のてぐちゃ; round 43); nor a funeral hall as a setting
# (葬儀場の控室で; round 49)
TOPIC_VOICED = compile_folded(r"(?<!かっ)てぐち(?!ゃ)|(?<!勝)手口|そうぎ(?!ょ|じょう(?:の[^\n]{1,5}?)?で"
                              # ... nor the ground just outside it (葬儀場の前の交差点で; round 54, blind55b)
                              r"|じょうの(?:まえ|ちかく|よこ|うら|ちゅうしゃじょう|いりぐち))", voiced=True)
CHILD_CONTEXT = compile_folded(CHILD)
# A grown child's work (夜勤, 職場, 会社勤め, 出勤, 仕事中, 社会人): not a schoolchild's school or club.
WORKING = (r"やきん|夜勤|しょくば|職場|かいしゃ|会社|きんむ|勤務|しゅっきん|出勤|しごとちゅう|仕事中|しごとさき|仕事先"
           r"|しゃかいじん|社会人|つとめさき|勤め先|はけん|派遣")
# A child word that names no child: a baby not yet born, or a son's wife, a daughter's husband (息子の嫁が、お腹に
# 赤ちゃんがいるのに張る; round 51, blind52b) - the adult is the one to ask about (#7119), not a child (#8000).
NOT_A_CHILD = compile_folded(r"(?:おなか|お腹|はら|腹)(?:の|に)(?:なか|中)?(?:の|に)?"
                             r"(?:あかちゃん|赤ちゃん|あかご|赤子)"
                             r"|(?:むすこ|息子|むすめ|娘)(?:さん)?の(?:よめ|嫁|おくさん|奥さん|つま|妻|だんな|旦那|おっと|夫"
                             r"|むこ|婿)"
                             # a grown son or daughter told at work (夜勤中の息子, 娘が職場で, 会社勤めの息子; round
                             # 55): an adult to ask about (#7119), not a child (#8000)
                             r"|(?:" + WORKING + r")(?:ちゅう|中|あけ|明け|さき|先|づとめ|勤め|いん|員)?(?:の|から|で)?"
                             r"(?:むすこ|息子|むすめ|娘)(?:さん)?"
                             r"|(?:むすこ|息子|むすめ|娘)(?:さん)?(?:が|は|も)?(?=" + WORKING + r")"
                             # round 56: someone else's son or daughter (近所の娘さん, お隣の息子さん; a recogniser's
                             # 息子さん for 息子3歳 has no の) - a small child only with its age told (3歳の娘さん:
                             # the age is read) - and the writer who is the child (東京にいる娘です, 長男ですが; not
                             # 8歳の娘ですが, the child introduced)
                             r"|(?<=の)(?:むすこ|息子|むすめ|娘)さん"
                             r"|(?<!の)(?:むすこ|息子|むすめ|娘|ちょうなん|長男|ちょうじょ|長女)"
                             r"(?=です|でございます|だけど|ですけど)")
PERSON_CONTEXT = compile_folded(PERSON + "|" + CHILD)
# The unsure tier (danger words without an event) needs one of these cues: a person, "now", a progressive or
# just-happened verb form; and no service frame (包丁研ぎのサービス, 煙突掃除を頼みたい).
HAPPENING = compile_folded(r"(?:て|で)(?:る|い(?:る|ま)|ま(?:す|し)|ん(?:の|です)|っ(?:ぺ|ちゃ))|ちゃ(?:っ|う)|じゃっ"
                           r"|(?:た|だ)(?:\n|$|よ|の(?:\n|$)|っ|から|けど|ん)|(?:て|で)(?:\n|$)|ない(?:\n|$)")
# ... not an adjective ending in たい (手が氷みたいに冷たい, 重たい, 眠たい, 煙たい, ありがたい, めでたい)
ADJECTIVE_TAI = r"(?<!つめ)(?<!冷)(?<!おも)(?<!重)(?<!ねむ)(?<!眠)(?<!けむ)(?<!煙)(?<!ひら)(?<!平)(?<!ありか)(?<!めて)"
# (not いくら read in an age told about: 三歳くらい, 小学生くらい, devoiced さいくらい / せいくらい - round 39,
# blind37b; a degree, できないくらい, stays a frame: the hyperbole it closes, 目が開けられないくらいしみた, is no
# emergency)
SERVICE = compile_folded(r"あります|ありませ|できます|でしょうか|ますか|ですか|たいの|たいん|"
                         + ADJECTIVE_TAI + r"たい(?:\n|$)|たいです"
                         r"|ほしい|おしえ|しりたい|たのみ|もうしこ|よやく|かいかた|かいたい|すてかた|だしかた|つかいかた"
                         r"|どこで|(?<![させ])いくら|ひよう|りょうきん|さーびす|ぎょうしゃ|しゅうり|そうじ|まで(?:あそ|はたら|がんば)"
                         r"|さがし|探し|えいが" + STORY_WORD_END + r"|どらま|まんが" + STORY_WORD_END
                         + r"|そうだん(?:\n|$|したい|です|まどぐち)"
                         # round 22: where to keep a thing (包丁しまう場所どうすっぺ, 置き場所, 保管のしかた)
                         r"|(?:しまう|しまっとく|しまい|おく|置く|おき|置き|ほかん|保管)(?:ばしょ|場所|かた|方)")
# An order not delivered (ネットで買った服が届かない, フリマで買った長靴なんぼ待っても来ねえ): the seller's
# silence that follows (お店に連絡しても返事がない) is a shop's, not a person's without signs of life (round 43,
# kinds42: three of eight such tellings alarmed as 119).
UNDELIVERED_ORDER = (r"(?:かった|買った|かいました|買いました|ちゅうもん|注文|つうはん|通販|ふりま|フリマ"
                     r"|しゅっぴん|出品|しょうひん|商品)[^\n]{0,30}?(?:とどか|届か|とどきませ|届きませ|こない|来ない|こねえ|来ねえ"
                     r"|きません|来ません|つかない|着かない)"
                     # round 55: a seller of a thing bought second-hand who does not answer (出品者に連絡つかない,
                     # 売った人は返事をくれない): the seller's silence, not a person's
                     r"|しゅっぴんしゃ|出品者|うったひと|売った人|うりぬし|売り主|てんばい|転売|こじんばいばい|個人売買")
