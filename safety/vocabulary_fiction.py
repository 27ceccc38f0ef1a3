"""The fiction context of the safety patterns: sleep talk, dreams, fiction, jokes, play and memories told as such
(:data:`FICTION`, read by :func:`safety.detect.find`); split from :mod:`safety.vocabulary`, whose
:func:`~safety.vocabulary.compile_folded` it uses."""

from __future__ import annotations

from safety.vocabulary import compile_folded

# One's young days (子どもの頃は, 若い時分に): a memory told as one follows.
YOUNG_DAYS = r"(?:こどもの|子どもの|子供の|わかい|若い)(?:ころ|頃|じぶん|時分)(?:は|に)"
# Play, games and jest told as such (round 45: blind46a, wide46c): a murder-mystery or riddle game whose murder is
# its setting (館長が殺された設定, 謎解きのゲーム, 人狼), children's chase games (ケイドロ, 泥警, 鬼ごっこ), a
# fighting video game (スマブラでボコボコにされた, 対戦ゲーム), a film shoot with fake blood (血のり, ドラマの撮影),
# and a laugh mark closing a clause before the next one (上司に殺されます（笑）。始発バスは - the brackets are dropped).
PLAY = (r"まーだーみすてりー|なぞとき|謎解き|じんろう(?:げーむ|ゲーム)|人狼|だっしゅつげーむ|脱出ゲーム"
        r"|(?:ころされ|殺され|しんだ|死んだ|はんにん|犯人)[^\n]{0,6}?(?:せってい|設定)"
        r"|けいどろ|どろけい|けいどろ|警泥|泥警|どろじゅん|おにごっこ|鬼ごっこ"
        # (round 56, blind57a: a board game's stones or pieces "killed" - 囲碁で大石を殺されて, ごいしを ころされた)
        r"|(?:いご|囲碁|しょうぎ|将棋|おせろ|オセロ|ちぇす|チェス)[^\n]{0,12}?(?:いし|石|こま|駒|おう|王|ぎょく|玉)(?:を|が|も)"
        r"[^\n]{0,4}?(?:ころされ|殺され)|(?:ごいし|碁石|おおいし|大石)(?:を|が|も)[^\n]{0,4}?(?:ころされ|殺され)"
        r"|すまぶら|スマブラ|たいせん(?:げーむ|ゲーム|あいて|相手)|対戦(?:ゲーム|相手)|(?:げーむ|ゲーム)(?:の)?(?:なか|中)で"
        # (stage blood, ちのり: not read across 実習生さんたちの寮 - たちのりょう - nor うちのりんご; round 47, wide49)
        r"|(?:(?<![ぁ-ゖ])|(?<=[のでとも]))ちのり(?![ょゅゃん])|血のり|血糊|(?:えいが|映画|どらま|ドラマ)の(?:さつえい|撮影"
        r"|ろけ|ロケ)"
        # (a kanji word after it, not a form of 笑う - 笑おうとしても - nor a heard 割られて, 笑れて)
        r"|(?<=[ぁ-ゖ])笑(?![顔声話劇談])(?=[一-鿿])")
# Sleep talk, dreams, fiction and jokes (夫が寝言で助けてって言ってた, ドラマで人が刺された, 死ぬ、誰か助けて（笑）):
# never an event, even with a "now" cue (a plea is one itself). Searched on the voiced views (ゲームで is not 煙で).
# Kana ねごと only opening the line or after a particle (寝言を, がねごと, よくねごと): not a Tohoku negative and ごと
# (わげ分がんねごと言って, "talks nonsense", is confusion, not sleep talk; round 46).
SLEEP_TALK = r"(?<![^\nがをでのもはとにくなや])ねごと|寝言"
FICTION = compile_folded(SLEEP_TALK + r"|(?:じょうだん|冗談)(?:を|で|ばかり|ばっかり|ばっか)?(?:いって|言って|いう"
                         r"|言う|いっ|言っ)|(?:ゆめ|夢)(?:で|[のん](?:なか|中)|をみ|を見)|[笑草](?:\n|$)|(?<![a-z])w+(?:\n|$)"
                         # round 42 (kinds41): ... also closing a clause mid-message (言ってるw 宿題やりたくないだけ)
                         r"|(?<=[ぁ-ゖ])w+(?=[ぁ-ゖ一-鿿])"
                         # (laughter, not が/は/わ before 母 read はは: 父が母を殴っています; twentieth session;
                         # nor ですが 母は, blind32a)
                         # (round 58: nor a married couple before a count, 夫婦二人 read ふうふふたり; wide60b)
                         r"|(?:あはは|わはは|(?<![すただ])がはは)(?![をがのにともおへでや])|えへへ|(?<!ふ)うふふ(?!たり|たつ)"
                         # (round 50: a picture book's or a picture show's story, えほんで くまさんが かわに
                         # おちて; blind51a)
                         r"|(?:どらま|ドラマ|あにめ|アニメ|まんが|漫画|しょうせつ|小説|げーむ|ゲーム|えほん|絵本|かみしばい"
                         r"|紙芝居"
                         # (round 51: a video game named by its title, マイクラで溺れて死んだ; blind52b)
                         r"|まいくら|まいんくらふと|ふぉーとないと|すぷらとぅーん|えーぺっくす|ろぶろっくす|ぽけもん|あつもり"
                         r"|あつ森)(?:で|の(?:なか|中|はなし|話)|では)"
                         # (not a person met through a game: ゲームで知り合った人, round 20; nor a child playing
                         # one when something real happens, ゲームで遊んでたら急に倒れて: round 51)
                         r"(?!(?:しりあ|知り合|であ|出会|しりあった|なかよく|仲良く|あそ|遊))"
                         # hyperbole of scale (バレたら殺されるレベル)
                         r"|(?:ころされる|殺される|しぬ|死ぬ)(?:れべる|レベル)"
                         # a dream without を (ゆめ みた おばけに; 11 of 11 are none; not 夢みたい; blind25)
                         r"|(?:ゆめ|夢)(?:みた|見た|みて|見て)(?!い)"
                         r"|(?:げーむ|ゲーム)(?:に(?:はまっ|むちゅう|夢中)|の(?:じっきょう|実況|せりふ|セリフ))|(?:じっきょう|実況)(?:を|の)?(?:みて|見て)"
                         r"|(?:えいが|映画)(?:で|の(?:なか|中))"
                         # a childhood memory told as one (子どもの頃は冬になると…頭が痛くなったものです; blind24)
                         r"|" + YOUNG_DAYS + r"[^\n]{0,40}?"
                         r"(?:もの|もん)(?:です|でした|でございます|だ(?!ち)|だった)"
                         # ... or a habit of those days sighed over (若い頃は、冬になるとよく工場で火事が
                         # ございましたねえ; round 42, blind43b's senior memory; 昔はよく熊が出たなあ)
                         r"|(?:" + YOUNG_DAYS + r"|(?:むかし|昔)は)[^\n]{0,40}?"
                         r"(?:よく|しょっちゅう)[^\n]{0,30}?(?:ました|でした|た)(?:ねえ|ねぇ|なあ|なぁ)"
                         # play: a cry imitated or shouted in a game of pretend (戦隊ものの真似して「火事だー」って
                         # 叫んで, 「たすけでー」って真似すん; 10 of 10 such phrases of the set are none; blind28a)
                         # (not 孫っこ read まごっこ, nor たまねぎ)
                         r"|(?:(?<!た)まね(?!き)|真似|(?<!ま)ごっこ)[^\n]{0,16}?(?:さけ|叫|あそ|遊|はしりまわ|走り回)"
                         r"|(?:って|と)[^\n]{0,3}?(?:まね|真似)(?:を)?(?:して|すん|する|しで)"
                         # ... or a cry said and laughed at, closing the message (孫が煙を見て「火事だ」と言うので笑って
                         # しまいました; round 52, blind53b), not a laugh cut short by what happened
                         r"|(?:って|と)(?:いう|言う|いった|言った|いって|言って|ゆう|ゆった)(?:ので|から|もんで|のを)?(?:つい|おもわず|思わず|みんなで|皆で|ふたりで|二人で|家族で)?"
                         r"(?:わらっ|笑っ|わらい|笑い|ふきだし|吹き出し)(?:て(?:しまい|しまっ)?|ちゃっ|ちまっ)?(?:ました|た|ます|る|です)?"
                         r"(?:よ|わ|ね|なあ|なぁ)?(?:\n|$)"
                         # a part played (訓練で倒れた人の役をやる; 4 of 4 are none; blind31a)
                         r"|(?:ひと|人|しゃ|者|かんじゃ|患者|にん|はんにん|犯人|たいいん|隊員)(?:の)?(?:やく|役)(?:を|に|で|は|として)"
                         # a memory told as one recalls it (あの夏の暑い日に倒れたのを今でも思い出します; round 50,
                         # blind51b)
                         r"|(?:のを|ことを)(?:いまでも|今でも|いまだに|未だに|よく|ときどき|時々)?(?:おもいだ|思い出)"
                         r"(?:します|す(?:んだ|の)?(?:\n|$|、|。)|しております|されます)"
                         + "|" + PLAY, voiced=True)
