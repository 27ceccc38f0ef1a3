"""Shared vocabulary of the safety patterns (negation, people, things, children) and the context patterns
(topic, past, "now", negation after an event) that cancel or confirm events; the "what if" context is
:mod:`safety.vocabulary_hypothetical`, fiction, dreams and jokes :mod:`safety.vocabulary_fiction`.

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
# round 51)
PERSON = (r"(?:ひと(?!わ)|人(?!形|気)|おっと|つま|はは|(?<!お)ちち|かあ(?:さん|ちゃん|さま)|とう(?:さん|ちゃん|さま)"
          r"|おかあ"
          r"|おとう|おや|ばあ|"
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
# Long since (倒れましてから半年になります, 倒れてから三年たつ; not minutes or hours).
LONG_SINCE_WORDS = (r"(?:て|で)から[^\n]{0,2}?(?:はんとし|半年|(?:[0-9一二三四五六七八九十]+|なん|何|すう|数)(?:ねん|年"
                    r"|かげつ|ヶ月|か月|カ月|しゅうかん|週間))(?:に|が|たち|経ち|たっ|経っ|たつ|経つ|ほど|くらい)")
LONG_SINCE = compile_folded(LONG_SINCE_WORDS)
# この前 (the other day) as read: not the front of a store, a garage or a safe read across the word's edge (倉庫の前で
# -> そうこのまえ, 車庫の前 -> しゃこのまえ, 金庫, 冷蔵庫, 在庫, 書庫, 文庫, 格納庫; round 44, blind45a's theft told
# 倉庫の前で…エンジンをかけようとしてる was closed as past).
THE_OTHER_DAY = r"(?<!そう)(?<!しゃ)(?<!きん)(?<!ぞう)(?<!さい)(?<!しょ)(?<!ぶん)(?<!ふん)(?<!のう)このまえ"
# A past word that dates when a thing was got, not the event told (先週買った電気ストーブから火が出てます,
# 先月届いたヒーターの裏から煙: the fire is now; round 49, wide51): cut from the text before :data:`PAST` is read.
# (the kana かった, かって, かいました only after a particle or straight after the time word: not ぶつかった, わかった,
# みつかった, よかった - 去年峠で鹿とぶつかったことがある stays past)
PAST_ACQUIRED = compile_folded(r"(?:せんしゅう|先週|せんげつ|先月|きょねん|去年|さくねん|昨年|このあいだ|こないだ"
                               r"|せんじつ|先日)"
                               r"(?:に)?(?:[^\n。、]{0,12}?(?:(?<![ぁ-ゖ])|(?<=[でにをはもとらや])))?(?:かった|かって|かいました)"
                               r"|(?:せんしゅう|先週|せんげつ|先月|きょねん|去年|さくねん|昨年|このあいだ|こないだ|せんじつ|先日)"
                               r"(?:に)?[^\n。、]{0,12}?(?:買った|買って|買いました|とどいた|届いた"
                               r"|とどいて|届いて|ちゅうもんした|注文した|こうにゅうした|購入した|もらった|貰った|いただいた"
                               r"|とりつけた|取り付けた|せっちした|設置した)")
PAST = compile_folded(r"きょねん|さくねん|せんげつ|せんしゅう|いぜん|むかし|このあいだ|こないだ|" + THE_OTHER_DAY
                  + r"|せんじつ"
                  r"|ねんまえ|かげつまえ|しゅうかんまえ|ぜんかい|去年|昨年|先月|先週|以前|おととし|一昨年"
                  # a year of a past era (平成二十七年の大雨で; round 55, wide57b): the present era is 令和
                  r"|(?:へいせい|平成|しょうわ|昭和)(?:[0-9０-９一二三四五六七八九十元]{1,4}|がん)(?:ねん|年)"
                  # whether it was a fire, asked after (昨日の夜サイレン鳴ってましたけどあれ火事だったんですか; 12 of 12
                  # phrases of the set with a siren heard and asked about are none; blind25)
                  r"|(?:かじ|火事)(?:だった|でした)(?:(?:ん|の)?(?:です|でしょう)?か|の(?:\n|$))"
                  # a memory: 子どものころ溺れかけたことがあって
                  r"|(?:こども|子ども|子供|わかい|若い|わかえ|若え|わけえ|若けえ|がくせい|学生)(?:の)?(?:ころ|頃|じぶん|時分)"
                  r"|(?:た|だ)ことが(?:[^\n]{0,6}?(?:あっ|あり|ある))?|(?:た|だ)こと(?:あっ|あり|ある)"
                  # round 23: a story told (溺れかけたという話をよくいたします, 生き埋めになりかけた話を毎年してくれる)
                  r"|せんじちゅう|戦時中|せんそうちゅう|戦争中|(?:た|だ)(?:という|って)?(?:はなし|話)(?:を|は)(?!きいて|聞いて)"
                  # a memory or an anniversary (主人が倒れた日を思い出して; not 名前を思い出せない, a symptom), also
                  # with words between (祖母が湯船に沈んでいた日のことを、毎朝お風呂に入るたびに思い出して; round 40)
                  r"|(?:ひ|日|とき|時|こと|ころ|頃|ばめん|場面)(?:の(?:こと))?を[^\n]{0,16}?(?:おもいだ|思い出)(?!せ)|めいにち|命日|(?:そのご|その後|そのあと)どうなった"
                  # long since (倒れましてから半年になります, 倒れてから三年たつ; not minutes or hours)
                  r"|" + LONG_SINCE_WORDS
                  # round 22: in care since (一度倒れてから、毎朝リハビリで歩いています)
                  + r"|(?:て|で)から(?:は)?[^\n]{0,12}?(?:りはびり|リハビリ|つういん|通院|でいさーびす|デイサービス"
                  r"|でいけあ|デイケア)"
                  # ... with nothing told after a turn (…リハビリに行ってるけど、今朝は起きてこなくて)
                  r"(?![^\n]*?(?:けど|けれど|でも|しかし|のに|ところが|けさ|今朝|さっき|先ほど|きゅうに|急に|また))")
RECOVERED = (r"(?:は|も)[^\n]{0,12}?(?:げんき|元気|だいじょうぶ|大丈夫|へいき|平気|おちつ|落ち着|なんとも|なんとか"
             # (round 51: also written 今は何ともございません, blind52b)
             r"|何とも"
             r"|かいふく|回復"
             # round 55: well again, told as a change (今はすっかり良くなりました, もう治っております)
             r"|(?:よく|良く)(?:なっ|なり)|(?<!を)(?:なおっ|治っ|なおり|治り)"
             r"|ふっかつ|復活"
             r"|あんしん|安心"
             # walking or working again (今は杖で歩けています; not 歩けない)
             r"|(?:あるけ|歩け|はたらい|働い|はたらけ|働け)(?:て|る|ま)"
             # round 20: quite well or about again (今はぴんぴんして畑さ出でる, 今はけろっと, 今は杖ついで歩いでる)
             r"|ぴんぴん|ピンピン|けろっと|けろり|(?:あるい|歩い)(?:て|で)(?:る|い|ま)"
             # round 22: in care since (今はリハビリに通っております, 今は施設に入っていて, 今は入院中で)
             # (中 read なか on the reading line too: 倒れ、今はリハビリ中, read たおれいまはりはびりなか;
             # blind35b, 4 other writers' phrases of the set with it, all none)
             r"|(?:りはびり|リハビリ|つういん|通院|でいさーびす|デイサービス|でいけあ|デイケア)(?:に|を|で|へ|さ|ちゅう|中|なか)"
             r"|(?:しせつ|施設|ほーむ|ホーム)(?:に|さ)(?:はい|入|にゅうしょ|入所)|(?:にゅういん|入院)(?:ちゅう|中|して)"
             # a house rebuilt or mended since (今は建て替えております; blind28b)
             r"|たてかえ|建て替え|たてなお|建て直|しゅうり(?:し|ずみ)|修理(?:し|済)|りふぉーむ|リフォーム"
             # back home since (今は自宅に戻っています, 今は家さ帰ってきてる; blind34a)
             r"|(?:じたく|自宅|いえ|家|うち)(?:に|へ|さ)(?:もど|戻|かえ|帰)(?:って|り|れ)"
             # ... or safe at home as one writes (ゆうべ…待っていたようです。今は家にいます; round 55, blind56a)
             r"|(?:じたく|自宅|いえ|家|うち)(?:に|さ)(?:います|いる(?!の|ん|け)|おります|おる(?!の|ん|け)|いっから))"
             # ... with nothing fresh told after it (…通っておりますが、さっきまた倒れたと連絡が); round 53: not また
             # back at one's work (今はすっかり元気になって、また朝早くから漁に出ています; wide55b)
             r"(?![^\n]*?(?:また(?![^\n]{0,10}?(?:しごと|仕事|りょうに|漁に|りょうへ|漁へ|はたけ|畑|たんぼ|田んぼ"
             r"|はたらい|働い|かよって|通って))|さっき|さきほど|先ほど|いましがた|今しがた|きゅうに|急に|とつぜん|突然))")
# 今リハビリ中で, 今入院中: in care, told without は (round 35: 11 phrases of the set with 今 before care, 10 other
# writers, all none)
IN_CARE = r"(?:りはびり|リハビリ|つういん|通院|にゅういん|入院)(?:ちゅう|中|なか)"
# 今はいないけど: the person is gone, so it is not happening now
GONE = r"は(?:もう)?(?:いな|いね|いま?せん|おらん|おりません|おらず)"
# 今でも水が怖い, 今でも覚えている: a memory that lingers, not something happening now
MEMORY = (r"でも[^\n]{0,10}?(?:こわ|怖|おぼえ|覚え|ゆめ|夢|わすれられ|忘れられ|にがて|苦手|とらうま|トラウマ"
          r"|しんぱい|心配|ふあん|不安|おもいだ|思い出|きになる|気になる|かんしゃ|感謝|ありがた|有難|有り難"
          # (今でもぞっとする: a shudder at the memory; round 35)
          r"|ぞっと|ゾッと|ぞくっと|とりはだ|鳥肌)")
# 今からでも間に合う?, 今がらでも出るべか: "even this late", a question about a procedure, not "now"
# ... and 今のうちに / 今のうちから, "while there is time": a precaution planned, not "now" (blind27b)
LATE = r"からでも|のうち(?:に|から)"
# Present-day, not "now" (今の子どもたち, 今の時代; round 23).
NOWADAYS = r"の(?:こども|子ども|子供|じだい|時代|わかもの|若者|よのなか|世の中|わかいひと|若い人)"
# This time of a year past (去年の今頃, 毎年の今頃: an anniversary, blind25), not "now"; after の only (round 46:
# also 去年の今ごろ, the written 今 before a kana ごろ; blind47a).
ANNIVERSARY = r"(?<=の今)頃|(?<=のいま)ころ|(?<=の今)ころ"
# Learning or preparing ahead (今から知っときたい, 今から覚えておきたい, 今から準備しておく): a "what if" prepared for
# (round 55, wide57).
LEARNING_AHEAD = (r"から[^\n]{0,10}?(?:しっと|知っと|しってお|知ってお|おぼえと|覚えと|おぼえてお|覚えてお|ならっと"
                  r"|習っと|ならってお|習ってお|じゅんびしと|準備しと|じゅんびしてお|準備してお)(?:き|く)")
# (not 以来+孫, いらいまご; nor a word in -せい or -けい before まだ: 申請まだ -> しんせいまた, blind28b; nor a sum in
# ten thousands, whose zero the reading line spells れい: 20万円 -> にれいまん, round 41)
# (not 場合 before まず, read ばあいまず: もし農薬を誤って飲んでしまった場合、まず何を; round 44, blind45b)
# (round 55: nor 今から told of learning ahead, 今から知っときたい - a "what if" prepared for; wide57)
NOW = compile_folded(r"(?!れいまん)(?:^|[^てでしざりおきにみめせけ])(?<!いら)(?<!せんた)(?<!ばあ)"
                     r"いま(?!す|せ|し(?!ら|る)|しょ|" + LEARNING_AHEAD + "|"
                     + RECOVERED + "|" + IN_CARE + "|"
                     + GONE
                     + "|" + MEMORY + "|" + LATE + "|" + NOWADAYS + "|" + ANNIVERSARY + r")"
                     r"|今(?!日|年|月|週|度|回|後|朝|" + LEARNING_AHEAD + "|" + RECOVERED + "|" + IN_CARE + "|" + GONE
                     + "|" + MEMORY + "|" + LATE + "|" + NOWADAYS + "|" + ANNIVERSARY + r")"
                     # (not 明日来る, あすくる: engineer B's request B14-2; nor 少ない, 救う)
                     r"|(?<!あ)すぐ(?!ない|なく|なかっ|なめ|る|う|すく)"
                     # (round 38: also the polite past, すぐ来てくださいました - help that came at once, told past,
                     # in 5 phrases of 4 other writers, all none)
                     r"(?![^\n]{0,12}?(?:くださっ|くださいまし|くれ(?:た|て|ま)|もらっ|もらい|いただい|いただき))"
                     # (not one's own wish, はやく かえりたい, 早く寝たい: no hurry for help; round 42, blind43b)
                     # (round 53: nor 朝早く, early in the day - また朝早くから漁に出ています; wide55b)
                     r"|(?<!あさ)(?<!朝)はや[くぐ](?!(?:いえに|うちに|家に)?(?:かえり|帰り|ね|寝|やすみ|休み|たべ|食べ)たい)"
    r"|いそいで"
                 # (round 51: not a call that came, 電話来て / 連絡きて at the end - wide53b; nor help told past,
                 # 助けてくれました)
                 r"|しきゅう|まだ(?:ちかく|そば|そと)に|たすけ(?:て|で|ろ|を)(?!くれ(?:た|て|まし)|くださっ|もら|いただ|よべ|呼べ)|(?<![んすけいしてつ一-鿿])(?<![^れ]か)(?<!でんわ)(?<!れんらく)きて(?:ください(?!まし)|くだせ|くれ(?!と|る|た)|ちょうだい|けろ|(?:\n|$))|どうしよう|やばい|たいへん(?!おせわ|お世話|もうしわけ|申し訳|しつれい|失礼|かんしゃ|感謝|たすかり|助かり|おそれいり|恐れ入り)|まだいる|いまも"
                 # a vehicle asked for (消防車お願いします, 救急車呼んで; an ASR 消防者)
                 r"|(?:しょうぼう|消防|きゅうきゅう|救急)(?:しゃ|車|者)(?:を|さ)?(?:おねがい|お願い|よんで|呼んで|よこして|よごして)"
                 r"|ぱとかー(?:を|さ)?(?:おねがい|お願い|よんで|呼んで)|(?:しょうぼう|消防|きゅうきゅう|救急)(?:しゃ|車)(?:\n|$)")
# The visitor due any minute (もうすぐ着くそうです, まもなく来ます, あと10分で着く): a scam collector at the
# door soon is 110 even when the message asks whether the claim is real (本当でしょうか; the 28 other phrases of the
# set with a collector told coming now are all 110; blind27b). Weighed with ``SCAM_NOW`` only (safety.detect).
COLLECTOR_DUE = compile_folded(r"(?:もうすぐ|まもなく|間もなく|あと[0-9０-９一二三四五六七八九十]+(?:ふん|分|ぷん))"
                               r"[^\n]{0,8}?(?:つく|着く|つき|着き|くる|来る|きま|来ま|みえ|見え|いらっしゃ|うかが|伺)")
# (nor 今は安心, 今は元気: a state settled, as in NOW; round 35)
SCAM_NOW = compile_folded(r"(?:^|[^てでしざりおきにみめ])いま(?!す|せ|し(?!ら|る)|しょ|" + GONE + "|" + RECOVERED + r")"
                          r"|今(?!日|年|月|週|度|回|後|" + GONE + "|" + RECOVERED + r")|これから"
    r"|いまから|きてる|とりにく|とりに(?:きた|きま)|(?:えーてぃーえむ|てぃーえむ|atm)(?:に|で|の)?(?:いる|いま|まえ|前|きて|来て|そうさ|操作|ついた|着いた)"
                      r"|ぎんこう(?:に|で)(?:いる|いま)|でんわ(?:ちゅう|中|がつながって|してる)|(?<!こ)まって(?:る"
                      r"|い)|そと(?:に|で)"
                      r"|いえのまえ|げんかんのまえ|まだ(?:いる|(?:い|お)(?:ます|ります))|うしろ|ついてく|ついでく|ついてきて"
                      # someone shouting at the door as one writes (玄関で…と怒鳴っています; round 37: the kind, a
                      # threat shouted at the door now, is in 20 other writers, all 110)
                      r"|(?:げんかん|玄関)(?:で|さきで|先で)[^\n]{0,30}?(?:どなって|怒鳴って|さけんで|叫んで|わめいて)(?:い|る|お)"
                      # the swindler still going round the neighbourhood (まだ近所の家を回っているようです; blind25)
                      r"|まだ[^\n]{0,8}?(?:きんじょ|近所|ちかく|近く|このへん|この辺|あたり)[^\n]{0,10}?(?:まわって|回って|うろうろ"
                      r"|うろつ)"
                      # the collector's arrival counted in minutes (あと十分で着くって): the visit is now, not a
                      # call to ask about (blind28b; COLLECTOR_DUE then keeps 110 even when asked about)
                      r"|あと[0-9０-９一二三四五六七八九十]+(?:ふん|分|ぷん)(?:で|ほど|くらい|ぐらい)?"
                      r"(?:つく|着く|くる|来る|きま|来ま)")
# (NOW: not 仙台まで, read せんだいまで - its いま is no "now"; blind32a)
# The text says it is night now (夜中に, 今夜, 夜10時, 夜泣き): a child's symptoms go to the night line even if the
# clock the message came with says otherwise; last night (ゆうべ, 昨日の夜) does not count.
# (round 43: also the polite opener of a late message, 夜分に恐れ入ります, 夜分遅くにすみません)
NIGHT = compile_folded(r"よなか|夜中|夜間|しんや|深夜|こんや|今夜|やぶん|夜分"
                       r"|よる(?:に|さ|になって|の?[0-9]|ずっと|じゅう|なのに|だけど)"
                       r"|夜(?:に|さ|になって|の?[0-9]|の?[一二三四五六七八九十]+時)|よなき|夜泣き|(?:ねて|寝て)から|(?:ねた|寝た)(?:あと|後)"
                       # round 55: an evening hour told (21時, 午後9時, よるくじ)
                       r"|(?<![0-9])(?:19|2[0-3])(?:じ|時)(?!かん|間)"
                       r"|(?:ごご|午後)(?:[7-9]|1[01]|しち|なな|はち|く|じゅう|七|八|九|十)(?:じ|時)(?!かん|間)"
                       r"|よる(?:の)?(?:しち|なな|はち|く|じゅう)じ(?!かん)")
# Again and again (何度も, ここのところ, 毎日): a matter to consult about (safety.detect's ``consulting``).
RECURRING_WORDS = (r"なんどとなく|なんども|何度も|なんかいも|何回も|(?:ここの|この)ところ|しつこく|いつも|まいにち|毎日"
                   r"|まいあさ|毎朝|まいばん|毎晩|まいしゅう|毎週|さいきん|最近|このごろ|(?:の)?たびに|(?:せんしゅう|先週|せんげつ|先月)から")
RECURRING = compile_folded(RECURRING_WORDS)
# It keeps happening (毎朝同じ車が): a stalker or scam to consult about, not one happening now.
HABITUAL = compile_folded(r"いつも|(?:せんしゅう|先週|せんげつ|先月)から|(?:の)?たびに|まいにち|毎日|まいあさ|毎朝"
                          r"|まいばん|毎晩|まいしゅう|毎週|さいきん|最近|このごろ"
                          r"|" + RECURRING_WORDS
                          + r"|なんにちも|何日も|まいかい|毎回|つづいて|続いて|つづいで|続いで|ここすうじつ|ここ数日"
                          r"|(?:よる|夜|あさ|朝|ゆうがた|夕方)になると")
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
                             r"|(?:むすこ|息子|むすめ|娘)(?:さん)?(?:が|は|も)?(?=" + WORKING + r")")
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
