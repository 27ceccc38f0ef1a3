"""A scare told and then explained as harmless, in the indirect kinds that blind29a/b raised as emergencies: the
outcome heard by a call or hearsay, the reason of a sign given after it, a glow that was a festival fire, the writer's
own pot fire put out and the room aired, someone looked in on and fast asleep, an ache told as the usual. Added to
:data:`safety.vocabulary_settled.RESOLVED` by :mod:`safety.detect` (a scare resolved: every alarm of the message is
cancelled, unless one follows the turn).

Patterns are written like the text views (see :mod:`safety.normalize`) and folded by
:func:`safety.vocabulary.compile_folded`. A question on something else may close the message (来年の日程はどこで
分かりますか, 焦げた鍋は何ごみですか): nothing of care, contrast, a negation or a fresh sign may follow
(:data:`safety.vocabulary_settled.OVER_NOT_AFTER`).
"""

from __future__ import annotations

from safety.rule import EX_PARTNER
from safety.vocabulary import compile_folded
from safety.vocabulary_settled import ABSORBED, FRIGHT, LOOKED, NOT_HARMLESS, OVER_NOT_AFTER, OVER_TURN

MAX_CLOSING_CHARS = 40  # characters after the explanation, to the end of the line
# Nothing harmful between the turn and the explanation.
CALM_SPAN = r"(?:(?!" + NOT_HARMLESS + r")[^\n])"
CLOSING = r"(?:(?!" + OVER_NOT_AFTER + r")[^\n]){0," + str(MAX_CLOSING_CHARS) + r"}(?:\n|$)"
# Where a worry turns (と思ったら, 心配していたら).
# (round 38: and the Tohoku と思ったっけ, 人かど思ったっけ、肥料の袋だった)
WORRY_TURN = r"(?:と(?:おも|思)(?:ったら|ったっけ|って(?:い)?たら)|(?:しんぱい|心配)し(?:て(?:い)?たら))"
# A call or a message that told it (と電話がありました, って連絡が来た).
TOLD_BY_CALL = (r"(?:と|って)(?:でんわ|電話|れんらく|連絡|めーる|メール|らいん|ライン)(?:が)?"
                r"(?:ありました|あった|きた|来た|きました|来ました)")
# A fire in its place: a festival bonfire, field burning, fireworks (どんど焼き: どんど + the optional 焼き after it).
FESTIVAL_FIRE = (r"(?:どんど|とんど|さいと|のやき|野焼き|たきび|焚き火|はなび|花火|おくりび|送り火|むかえび|迎え火"
                 r"|かがりび|篝火|かがり火|きゃんぷふぁいやー|キャンプファイヤー)")

# Play (はしゃいで, 遊んで, ふざけて): someone only playing.
PLAY = r"(?:はしゃい|あそん|遊ん|ふざけ|じゃれ)"
# The end of the finding (the views keep no full stop): not a guess, a question or a turn after it (だったと思う,
# でしたか, だったけど).
SENTENCE_END = r"(?!と(?:おも|思)|か|が|けど|けれど|のに|ので|から)"
# A finding told in the past: what it was (マネキンでした, 肥料の袋だった, 散歩に出たあとでした), or only doing
# something (昼寝してただけだったっちゃ, ふたがあかないだけだった, 昼寝をしていただけでございました).
WAS_IT = r"(?:でした|だった|でございました)(?:っちゃ|よ|わ|ね)?" + SENTENCE_END
# (round 56: or doing it now, 溶接しているだけでした, 溶接してるだけだったっちゃ - wide58b)
ONLY_THAT = (r"(?:た|だ|ない|(?:て|で)(?:い|お)?る)だけ(?:でした|だった|でございました|だっちゃ)(?:っちゃ|よ|わ|ね)?"
             + SENTENCE_END)

# What it was, told plainly or heard (でした, みたいです, 飼っているそうです; hearsay そう after a plain form only: not
# the look of 倒れそう).
WHAT_IT_WAS = (r"(?:でした|だった|(?:だ|て(?:い)?る|で(?:い)?る)そう(?:です|だ)|みたい(?:です|だ)?|らしい(?:です)?)")

# Round 39 (A54): an everyday pastime or chore the person was found at (勉強, 庭の手入れ, お香, 宿題, 片付け; with
# ABSORBED's earphones, television, games, naps), the finding of a scare told by what one sees or hears.
PASTIME = (ABSORBED + r"|べんきょう|勉強|ておいれ|手入れ|そうじ|掃除|かたづけ|片付け|りょうり|料理|せんたく|洗濯"
           r"|くさとり|草取り|くさむしり|草むしり|はたけしごと|畑仕事|さんぽ|散歩|かいもの|買い物|おこう|お香"
           r"|ねぼう|寝坊|れんしゅう|練習|しゅくだい|宿題")
# No sign of distress between the pastime and the finding (ゲームをしながら胸を押さえていました stays an alarm).
DISTRESS = (r"むね|胸|あたま|頭|はら|腹|くるし|苦し|いた(?:い|が|そ|む|く)|痛|うずくま|ふるえ|震え|はい(?:て|で)|吐"
            r"|けいれん|痙攣|なき|ない(?:て|で)|泣|さけ|叫|うめ|呻|おき(?:な|ま|ね)|起き(?:な|ま|ね)|ぐったり|あお|青|しろ|白"
            # ... nor a fall or an injury (手入れをしていて、脚立から落ちていました)
            r"|おち|落ち|ころ(?:ん|び|げ)|転|はさま|挟ま|まきこ|巻き込|けが|怪我|ひかれ|はねられ")
DISTRESS_FREE = r"(?:(?!" + NOT_HARMLESS + r"|" + DISTRESS + r")[^\n])"
# Calm, where a son (息子) is no breath (息).
SON_OR_CALM = r"(?:むすこ|息子|" + CALM_SPAN + r")"
# Found at it, told in the past or heard (勉強していました, お香をたいていました, 試合を見てたらしい, 宿題をしていた
# そうです, Tohoku 寝でだっけ): not a conditional, a relative clause or a guess after it (知っていたら, していただける).
# The plain た ends the telling only before a line's end, a particle or a word not in kana (the views keep no full
# stop: テレビの前てたおれていました holds no てた).
FOUND_DOING = (r"(?:て|で)(?:(?:い|お)?(?:ました|りました)|(?:い|お)?た(?:(?:そう(?:です|だ)?|らしい(?:です)?"
               r"|みたい(?:です)?)|(?=$|\n|っ|よ|わ|ね|ん|の(?!に|で)|[^\n\u3040-\u309f])))"
               r"(?![らりるれろだ])" + SENTENCE_END)
# Any turn of a scare: a look, a worry, a turn of phrase, a fright then "but".
# Round 55 (A114): what it turned out to be (…停まっていましたが、親戚の車だとわかりました) - not a former partner
# found to be the one there (元夫だとわかりました: a consultation still).
TURNED_OUT = (r"(?:(?!" + NOT_HARMLESS + r"|" + EX_PARTNER + r")[^\n]){1,30}?"
              r"(?:だ|の)と(?:わか|分か)(?:りました|った|って)")
# ... and someone who does not answer only asleep, told now (呼んでも返事をしませんが、いびきをかいて熟睡している
# だけです): not a guess (寝ているだけだと思う) nor a worry after it.
ONLY_ASLEEP = (r"(?:ねて|寝て|ねむって|眠って|じゅくすいして|熟睡して)(?:い|お)?るだけ"
               r"(?:です|でした|だった|だっちゃ|でございます|だ(?=$|\n|よ|ね|わ))?(?![だで])" + SENTENCE_END)
TURN = r"(?:" + LOOKED + r"|" + WORRY_TURN + r"|" + OVER_TURN + r"|" + FRIGHT + r"(?:けど|けれど|が))"
# ... or asked after it (朝聞いたら).
SCARE_TURN = r"(?:" + TURN + r"|(?:きい|聞い)たら)"

EXPLAINED = compile_folded(
    # found safe, told by a call (帰ってこないと思ったら、友達の家で遊んでいたと電話がありました; blind29b): the
    # outcome, in the past, after the worry's turn - not a call about someone still missing (まだ来ていないと連絡が)
    # ... also after a fright told and a turn (帰ってこなくて青くなりましたが、友達の家で宿題をしていたと電話が
    # ありました; blind31a: 2 of 2 such phrases of the set are none)
    r"(?:" + WORRY_TURN + r"|" + OVER_TURN + r")" + CALM_SPAN + r"{1,30}?(?:て|で)(?:い)?た(?:よう|みたい|らしい)?"
    + TOLD_BY_CALL + r"(?:よ|わ)?(?:\n|$)"
    # only that, heard (焦げたにおいがしますが、パンを焼いているだけだそうです; blind29b)
    + r"|" + OVER_TURN + CALM_SPAN + r"{1,30}?(?:て(?:い)?る|で(?:い)?る|た|だ)だけ(?:だ)?"
    r"(?:そう(?:です|だ)?|らしい(?:です)?|みたい(?:です)?|だって)(?:よ|わ|ね)?(?:\n|$)"
    # the sign's reason given after it (ぐったりしていたのは、プールで疲れただけで、夕飯はしっかり食べました; blind29a)
    + r"|(?<=[ただ])のは" + CALM_SPAN + r"{1,30}?(?:た|だ)だけ(?:で|でした|だった|です|だって)" + CLOSING
    # a glow or smoke that was a fire in its place (赤く光っていたので驚きましたが、どんど焼きの火でした; blind29b)
    + r"|(?:" + FRIGHT + r"(?:けど|けれど|が)|" + LOOKED + r"|" + WORRY_TURN + r")" + CALM_SPAN + r"{0,20}?"
    + FESTIVAL_FIRE + r"(?:やき|焼き)?(?:の)?(?:ひ|火|ほのお|炎|あかり|明かり|けむり|煙)?(?:でした|だった|だって)"
    + CLOSING
    # the writer's own pot fire put out and the room aired (火はもう消して窓も開けています。焦げた鍋は何ごみですか;
    # blind29a): 2 of 2 such phrases of the set are none
    + r"|(?:ひ|火)(?:は|を|も)(?:もう)?(?:けし|消し)(?:て|た|ました)[^\n]{0,12}?(?:まど|窓|かんき|換気)[^\n]{0,12}?"
    r"(?:ています|ております|てある|てます|てる|ました)" + CLOSING
    # looked, and the person fast asleep (見に行ったら、ぐっすり寝ていました。いつも9時までは寝ている人です;
    # blind29b): 3 of 3 such phrases of the set are none
    + r"|(?:" + LOOKED + r"|けど|けれど)" + CALM_SPAN + r"{0,10}?(?:ぐっすり|すやすや)" + CALM_SPAN + r"{0,12}?"
    r"(?:ねて|寝て|ねむって|眠って)(?:い)?(?:ました|た|ます|る)" + CLOSING
    # an ache told as the usual, so fine (腰いでえのは毎年のごどだから大丈夫だっちゃ、土曜やってる整形外科どごだべ;
    # blind29a): a question of a clinic's hours may follow
    + r"|(?:まいとし|毎年|いつも|まいど|毎度)の(?:こと|事)(?:だ|な)?(?:から|がら|ので|し)[ 、]?"
    r"(?:だいじょうぶ|大丈夫|へいき|平気|しんぱい(?:ない|ねえ)|心配(?:ない|ねえ))(?!じゃ|では|でな|か)" + CLOSING
    # what it was, then a remark or a question (と思ったら、ラフティングのツアーでした。江合川でやってるんですね; 燻製
    # 作りが趣味だそうです; もみ殻焼きみたい。あれは許可がいるんですか; blind30a/b): 40 of 40 such phrases of the set
    # are none
    + r"|" + WORRY_TURN + CALM_SPAN + r"{1,30}?" + WHAT_IT_WAS + CLOSING
    # thought gone, then found at a place (娘がいなくなったと思って焦りましたが、友達の家にいました; blind32a: 1 of 1)
    + r"|と(?:おも|思)って" + CALM_SPAN + r"{0,12}?" + OVER_TURN + CALM_SPAN + r"{1,30}?"
    r"(?:いえ|家|うち|へや|部屋|みせ|店|がっこう|学校)(?:に|で)(?:い|お)(?:ました|りました|た)" + CLOSING
    # only play, told plainly after the sign (叫び声が聞こえますが、水遊びではしゃいでいるだけです; 叫んでっけど、
    # 遊んでるだけだっちゃ; round 38: 4 phrases of 3 other writers, all none)
    + r"|" + OVER_TURN + CALM_SPAN + r"{0,20}?" + PLAY + r"(?:て|で)(?:い|お)?るだけ(?:です|だ|でした|だった)?"
    + CLOSING
    # round 38 (A46): a scare told as over, a remark or a question may follow the finding - looked (近づいたら,
    # ドアを開けたら, 行ってみると) and what it was (ドアを開けたら、もう散歩に出たあとでした。台所に置き手紙が;
    # 行ってみると、…かかしでした), or any turn and only that (大騒ぎしたけんど、ただ木陰で昼寝してただけだったっちゃ;
    # 焦げ臭えど思ったっけ、籾殻燃やしてだだけだっちゃ; いったら びんの ふたが あかないだけだった). Held out, this
    # kind was the largest of the false alarms (A44: 23 typed, 23 heard, 14 writers)
    + r"|" + LOOKED + CALM_SPAN + r"{1,40}?" + WAS_IT + CLOSING
    + r"|" + TURN + CALM_SPAN
    + r"{1,30}?" + ONLY_THAT + CLOSING
    # round 39 (A54): a turn, then the person found at a pastime or chore, told in the past or heard (心配して
    # 覗いたら、ヘッドホンをしたまま勉強していました; 慌てて上がったら、息子が部屋でお香をたいていました; 朝聞いたら
    # サッカーの試合を見てたらしい; 見さ行ったっけ、こたつで昼寝してだっちゃ): held out, the indirect false alarms:
    # one kind met in most writers (6)
    + r"|" + SCARE_TURN + SON_OR_CALM + r"{0,40}?(?:" + PASTIME + r")" + DISTRESS_FREE + r"{0,14}?" + FOUND_DOING
    + CLOSING
    + r"|" + OVER_TURN + TURNED_OUT + CLOSING
    + r"|(?:" + OVER_TURN + r"|ません(?:が|けど))" + SON_OR_CALM + r"{0,20}?" + ONLY_ASLEEP + CLOSING
)
