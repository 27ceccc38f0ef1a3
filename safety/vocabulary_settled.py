"""Context patterns of a state settled, resolved or calm (a scare that turned out harmless, a person fine again,
reassurance about breathing, a threat not here yet): split from :mod:`safety.vocabulary` in round 17.

Patterns are written like the text views (see :mod:`safety.normalize`) and folded by
:func:`safety.vocabulary.compile_folded`; :mod:`safety.detect` applies them.
"""

from __future__ import annotations

from safety.events_skin_signs import TICK_BITTEN_IN
from safety.vocabulary import THINGS, compile_folded
from safety.vocabulary_asked import FINE_QUESTION

# Went up to it, opened a door to it, looked closely (the past stem before ら / ところ; round 38).
APPROACHED = (r"(?:(?:ちかづ|近づ|近付)い|(?:ちかよ|近寄|かけよ|駆け寄)っ|(?:かけつけ|駆けつけ|駆け付け)"
              r"|(?:どあ|ドア|戸|とびら|扉|げんかん|玄関|ふすま|襖|かーてん|カーテン|かぎ|鍵)を(?:あけ|開け)"
              r"|(?:みさ|見さ)(?:いっ|行っ)|よく(?:み|見))(?:た|てみた)")
# Went and looked, checked or asked (見に行ったら, 行ってみたら, 確かめたら, 出てみたら).
LOOKED = (r"(?:(?:みにいった|見に行った|いってみた|行ってみた|みてみた|見てみた|たしかめた|確かめた"
          r"|かくにんした|確認した|でてみた|出てみた|のぞいた|覗いた|しらべた|調べた|きいてみた|聞いてみた"
          # ... or called out to (動かない人に声をかけたら、仮眠中の運転手さんでした; blind29b: 3 of 3 are none)
          r"|こえをかけた|声をかけた|こえかけた|声かけた"
          # ... or opened a window to a noise, or went searching (窓を開けたら, 探しに出かけたところ; blind33a/b)
          r"|(?:まど|窓)を(?:あけ|開け)た|(?:さがし|探し|捜し)に(?:いった|行った|でかけた|出かけた)"
          # round 38 (A46): ... or went up to it, opened the door, looked closely (近づいたら, 駆け寄ったら, ドアを
          # 開けたら, よく見たら, 見さ行ったら); held out, a scare told as over was the largest false-alarm kind
          r"|" + APPROACHED + r")(?:ら|ところ)"
          # ... and the same turns told with と (行ってみると, 見に行くと, 近づくと, よく見ると)
          r"|(?:いってみる|行ってみる|みにいく|見に行く|ちかづく|近づく|近付く|ちかよる|近寄る|よくみる|よく見る"
          r"|のぞいてみる|覗いてみる|あけてみる|開けてみる)と(?![いう言思おも]))")
# What a look may not turn out to be harmless: a stranger, a cold or still body, blood, smoke, fire.
NOT_HARMLESS = (r"しらない|知らない|しらねえ|知らねえ|みしらぬ|見知らぬ|あやしい|怪しい|ふしん|不審|つめた|冷た|うごか"
    r"|動か"
                r"|へんじ|返事|いき|息|(?<![ぁ-ゖ])ち(?:が|を|まみれ)|血|けむり|煙|(?<![ぁ-ゖ])ひ(?:が|の)|(?<!花)火|たおれ|倒れ|しん(?:で|だ)"
                r"|死|よこになった|横になった|よこたわ|横たわ"
                # ... nor a fire spreading (どんど焼きの火が隣の家に燃え移っていました; after blind29b)
                r"|もえ(?!る(?:ごみ|ゴミ))|燃え(?!る(?:ごみ|ゴミ))"
                # ... nor what was said and not caught (防災無線で何か言っていたけど、うまく聞き取れませんでした: no
                # explanation; round 44, blind45b)
                r"|ききとれ|聞き取れ|ききと(?:り|れ)にく|聞き取りにく")
# A fright felt (焦ったけど, 慌てたが, びっくりしたけど): the turn of a scare told as over (round 20).
# (blind29b: 驚きましたが, the polite form, too)
FRIGHT = (r"(?:あわて|慌て|あせっ|焦っ|おどろい|驚い|おどろき(?=ま)|驚き(?=ま)|びっくりし|どきっとし|ドキッとし"
          r"|ひやっとし|ヒヤッとし"
          r"|ぞっとし|ゾッとし|しんぱいし|心配し)(?:た|ました)")
# What keeps someone from answering (イヤホン, テレビ, スマホで将棋, 昼寝; not けむり, smoke, read as げーむ).
ABSORBED = (r"(?:いやほん|イヤホン|へっどほん|ヘッドホン|てれび|テレビ|おんがく|音楽|すまほ|スマホ|げーむ(?!り)"
            r"|ゲーム(?!り)|しょうぎ|将棋|ひるね|昼寝|でんわ|電話|どくしょ|読書|まんが|漫画|ほんをよ|本を読|としょ|図書"
            # a game watched and cheered (サッカー中継を見て応援している; blind27a)
            r"|ちゅうけい|中継|さっかー|サッカー|やきゅう|野球|しあい|試合|おうえん|応援|かんせん|観戦|からおけ|カラオケ)")
# Back home, closing the message (夜になって自分で帰ってきました): found safe, a person's worry settled.
CAME_BACK = r"(?:かえって|帰って|もどって|戻って)(?:き|来)(?:ました|た)(?:よ|わ)?(?:\n|$)"
# round 22 (blind22): a hurt or a symptom told as over and the person fine now, closing the message or before a
# question that is not about care (血ももう止まって…元気にしております, 便所さ行ったらけろっと治った, 今朝は普通に
# 畑に出てる, 今は退院してぴんぴんしています。リハビリの施設は): no advice line. Nothing of care, contrast, pain or
# a return of it may follow (今は元気です。でもまた胸が, 血は止まったけど元気がない).
NOT_FINE = (r"でも|ても|けど|けっと|げっと|けれど|のに|しかし|びょういん|病院|じゅしん|受診|きゅうきゅう|救急"
            r"|だいじょうぶ|大丈夫|くるし|苦し|いた(?:い|が|そ|む|く)|痛|ぐったり|いしき|意識|へん|変|おかし|また"
            r"|ふらふら|はきけ|吐き気|ない|ねえ|ねぇ|ません|なく"  # not 普通に起きてこない
            # ... nor whether to wait and see (様子見でいいですか, 寝かせていいの)
            r"|ようすみ|様子見|ようすを|様子を|いい(?:です)?(?:か|の|べ|っぺ)|べき")
FINE = (r"(?:げんき|元気)(?:に(?!な)|です|だ(?!っ)|で(?:す|いる|おります|おりま))|なんでも(?:ねえ|ない|ありません)"
        r"|なんとも(?:ねえ|ない|ありません)|ぴんぴん|けろっと|けろりと"
        r"|(?:ふつう|普通)に(?!いた|痛|くるし|苦し)")
# ... unless the message names what keeps its advice even when over (a seizure, a blow to the head, consciousness)
STILL_ADVISED = (r"けいれん|痙攣|ひきつけ|引きつけ|ひきつっ|引きつっ|いしき|意識"
                 r"|(?:あたま|頭|おでこ|ひたい|額|こうとうぶ|後頭部)(?:を|さ)?(?:うっ|打っ|うち|打ち|ぶつけ|ぶっつけ)"
                 r"|(?:から|がら)(?:おち|落ち|ころげおち|転げ落ち)"  # a fall from a height (ベッドから落ちた)
                 # round 51: a thing swallowed or licked, well as the child may be now (飴玉飲み込んじゃった…今は普通に
                 # 喋ってる, 塗り薬をなめた。今は普通に遊んでる: the set labels them #8000)
                 r"|のみこ|飲み込|(?:なめ|舐め)(?:た|ちゃ|ちま|て(?:しま|た))|くちにいれ|口に入れ")
# (blood stopped: not 立ち止まって)
RECOVERED_NOW = (r"(?:^|\n)(?:(?!" + STILL_ADVISED + r")[^\n])*?"
                 r"(?:(?:(?:(?<!た)ち|血)(?:も|は)?(?:もう)?(?:とまっ|止まっ|とまり|止まり)"
                 r"|(?:けさ|今朝|いま|今|きょう|今日)(?:は|も)(?:もう)?)"
                 r"(?:(?!" + NOT_FINE + r")[^\n]){0,16}?(?:" + FINE + r")"
                 r"|(?:けろっと|けろりと)(?:なおっ|治っ|よくなっ|良くなっ))"
                 r"(?:(?!" + NOT_FINE + r")[^\n]){0,40}(?:\n|$)")
# A blow (あごをぶつけて, 口を打って): a bleed after it keeps its advice even when stopped (blind15a).
BLOW = r"ぶつけ|ぶっつけ|うって|うった|うちま|うちつけ|打っ|打ち"
# Between a bleed and its stop, no worse sign (a contrast may come: 出たけどもう止まった).
WORSE = (r"いしき|意識|ぐったり|くるし|苦し|おかし|へん|変|びょういん|病院|きゅうきゅう|救急|ない|ねえ|ません|ふらふら"
         r"|たくさん|いっぱい|だらだら|どくどく|ぬっ|縫っ|ほね|骨")
# blind23: a bleed told as stopped, closing the message (ちが でた けど ばんそうこう はった もう とまった, 鼻血を
# 出したけど5分押さえたら止まってもう元気に遊んでる); nothing of care, contrast or a worse sign after it, nor a blow
# to the head before (止まりません, 止まったけど縫ったほうが: still advice or an alarm).
BLEED_STOPPED = (r"(?:^|\n)(?:(?!" + STILL_ADVISED + "|" + BLOW + r")[^\n])*?"
                 r"(?:(?:(?<!た)ち|血)(?:が|を)?(?:でた|出た|でて|出て|だした|出した|でま|出ま)|(?:しゅっけつ|出血)し(?:た|て|ま))"
                 r"(?:(?!" + WORSE + r")[^\n]){0,24}?(?:とまっ|止まっ|とまり|止まり)(?:た|て|ました)"
                 r"(?:(?!" + NOT_FINE + r")[^\n]){0,20}(?:\n|$)")
# Said closing a scare told as over (お騒がせいたしました, 失礼しました).
FUSS_APOLOGY = r"(?:(?:おさわがせ|お騒がせ)(?:いた)?しました|(?:しつれい|失礼)(?:いた)?しました)?"
# (blind29a: すぐ治ってた, the casual past, too)
# round 25: anything told as over - a turn (けど, ましたが, たら, ながら) and then a state of being well or over
# (元気に, けろっと, 治まりました, 腫れも引いた, 平熱, すぐ…消えました, 安心しました, なんともない, たいしたことない),
# with nothing of care, contrast, pain, a negation or a fresh event after it to the end (a question on something else
# may follow: 次回はいつ献血できますか). 62 of 62 such phrases of the set (33 splits) are none (a worry told after it,
# 元気にしておりますが、心配でございます, and a told-over blow to the head stay advice).
OVER_TURN = (r"(?:けど|けれど|けっと|けんと|けども|けんど|(?:た|ました|でした|ます|です|だ)が|たら|ながら"
             r"|のですが|んですが|(?:た|だ)(?:のに|ものの))")
OVER_STATE = (r"(?:げんき|元気)(?:に(?!な(?:れ|ら|って(?:ほし|くれ)))|です|だ(?!っ|と)|で(?:す|いる|おります|おりま))"
              r"|けろっと|けろり|ぴんぴん|(?:おさま|治ま|収ま)(?:った|りました|って)|(?<!を)(?:なお|治)(?:った|りました|って(?:い|る|ま|た))"
              r"|(?:はれ|腫れ|ねつ|熱|いたみ|痛み)(?:も|が|は)?(?:もう|すっかり|すぐ)?(?:ひい|引い|ひき|引き|さが|下が)|へいねつ|平熱"
              r"|(?:すぐ|もう)(?:に)?[^\n]{0,14}?(?<!すがたが)(?<!姿が)(?:きえ|消え)(?:た|ました)|(?:あんしん|安心)(?:しました|した)"
              r"|(?:なんとも|何とも)(?:ない|ねえ|ありません|なかった)|(?:たいした|大した)(?:こと|もの)(?:は)?(?:ない|ねえ|なかった|ありません)"
              # round 57: a wound closed or its stitches out (もうすっかりふさがりました, 抜糸も終わった) - the
              # closing told of a wound, or as done (もう, すっかり), not a way blocked (煙で出口がふさがった)
              r"|(?:(?:きず|傷)(?:ぐち|口)?(?:も|が|は)?(?:もう)?(?:すっかり)?|もう(?:すっかり)?|すっかり)"
              r"(?:ふさがり|ふさがっ|塞がり|塞がっ)(?:ました|た)"
              r"|(?:ばついと|抜糸)(?:も|が|は)?(?:もう|ぶじ|無事)?(?:おわ|終わ|すみ|済み|すん|済ん)(?:った|りました|ました|だ)")
# (not で/て before もらえる, the place something is got: 市でもらえる？ is no contrast; blind29a; nor, round 57, an
# apology for the worry given, ご心配をおかけしました)
OVER_NOT_AFTER = (r"でも(?!ら[えいうっ])|ても(?!ら[えいうっ])|けど|けっと|けれど|のに|しかし|びょういん|病院"
                  r"|じゅしん|受診|きゅうきゅう|救急|いしゃ"
                  r"|医者"
                  r"|だいじょうぶ|大丈夫|くるし|苦し|いた(?:い|が|そ|む|く)|痛|ぐったり|いしき|意識|おかし|また|ふらふら|はきけ"
                  r"|吐き気|ようすみ|様子見|ようすを|様子を|いい(?:です)?(?:か|の|べ|っぺ)|べき|こんど|今度|さっき|きゅうに|急に"
                  r"|とつぜん|突然|(?:しんぱい|心配)(?!ない|ねえ|いら|すん|なく|ありませ|ございませ|をお?(?:かけ|掛け))"
# ... nor a fresh sign after it (…元気です。今日は隣が火事です)
                  r"|かじ|火事|もえ|燃え|たおれ|倒れ|けむり|煙|たすけ|助け|(?<![ぁ-ゖ])ち(?:が|を)|血|いき(?:が|を)|息(?!子)"
                  r"|へんじ|返事|うごか|動か|おぼれ|溺れ"
                  r"|(?<!しんぱい)(?<!心配)(?<!しんぱいいら)(?<!心配いら)(?<!なんとも)(?<!何とも)(?:ない|ねえ|ません|なく)")
# (not "fine so far" - 今のところ元気 - nor a thing swallowed: questions for the advice lines, round 24; nor what keeps
# its advice even when over, ``STILL_ADVISED``: a blow to the head, a seizure, a fall from a height; nor a tick still
# bitten into the skin, the child fine - 首筋にマダニが吸い付いている…本人は元気です, wide48b: round 48)
OVER_NOT_IN_LINE = (r"(?:いま|今)の?ところ|のみこ|飲み込|なめ|舐め|かじ|齧|ごいん|誤飲|くちにいれ|口に入れ|"
                    + STILL_ADVISED + "|" + TICK_BITTEN_IN)
TOLD_OVER = (r"(?:^|\n)(?![^\n]*?(?:" + OVER_NOT_IN_LINE + r"))[^\n]*?" + OVER_TURN + r"[^\n]{0,30}?(?:" + OVER_STATE
             + r")(?:(?!" + OVER_NOT_AFTER
             + r")[^\n]){0,40}(?:\n|$)")
# Round 37 (helper A44): someone missed, then found where they were - at a friend's, a relative's or a neighbour's
# house, at the library (帰ってこないと思ったら、友達の家で遊んでいた; 帰らず、あちこち電話しました。友達の家でゲームを
# していたそうで; 迷子になったげんと、すぐ見っかった). Held out, this kind was the most frequent false alarm (9 typed of
# 71, eight splits in three writer blocks): the resolution classifier knew it in sample, no rule did. The finding
# must follow the missing and a turn, and be told as found (いた, していた, 見つかった), not as where the search went
# (友達の家にもいない, 見つからない), as a guess (いたはず, いるかも) nor as found hurt (用水路で倒れて
# いるのが見つかった: only すぐ / 無事 / もう 見つかった counts; nothing not harmless after the place).
MISSING = (r"(?:かえって(?:こ|き)な|帰って(?:こ|き)な|かえら(?:ず|な)|帰ら(?:ず|な)|いなくな|まいご|迷子"
           r"|みあたら|見当たら|はぐれ|ゆくえ|行方)")
MISSED_TURN = r"(?:けど|けれど|げんと|けっと|ました|たが|たら|ところ|けっきょく|結局)"
FOUND_AT = (r"(?:(?:ともだち|友達|友だち)(?:の(?:いえ|家|うち)|んち|ち)|(?:としょ|図書)(?:かん|館)"
            r"|(?:となり|隣|きんじょ|近所|しんせき|親戚|そぼ|祖母|そふ|祖父|ばあちゃん|じいちゃん)の(?:いえ|家|うち))"
            r"(?:に|で)(?:(?!ない|ません|なく|なかっ|" + NOT_HARMLESS + r")[^\n]){0,16}?"
            r"(?:いた|いました|おりました|ていた|ていました|てた|てました|でいた|でいました)(?!はず|かも|と(?:おも|思))")
FOUND_SAFE = (MISSING + r"[^\n]{0,40}?" + MISSED_TURN + r"[^\n]{0,30}?(?:" + FOUND_AT
              + r"|(?:すぐ|ぶじ|無事|もう)(?:(?!" + NOT_HARMLESS + r")[^\n]){0,4}?(?:みつか|見つか|みっか|見っか)"
              r"(?:った|りました|って)"
              # ... or met up with the group again (すぐ先生と合流できた; round 53, wide55)
              r"|(?:すぐ|ぶじ|無事|もう)(?:(?!" + NOT_HARMLESS + r")[^\n]){0,8}?(?:ごうりゅう|合流)(?:でき|し)"
              r"(?:た|ました|て))")
# A scare resolved (煙だと思ったらお風呂の湯気でした, 見に行ったら猫が, 集金の人だった): every alarm of the message is
# cancelled, even with a "now" cue - unless a worry follows (…けど心配で: a consultation).
# The cue must close the message (a resolved sign earlier does not cover what follows: もう治まったけど意識がない).
RESOLVED = compile_folded(
    r"(?:とおもったら|と思ったら)[^\n]{1,30}?(?:でした|だった|ていました|ていた|てました|てた)"
    r"(?:らしい|らしいです|みたい|みたいです|ようです|って)?(?:わ|よ|ね)?(?:(?:ひと)?(?:あんしん|安心)(?:した|しました))?(?:\n|$)"
    # ... or only doing something (出てこないと思ったら、浴槽の掃除をしていただけで、元気そのもの; round 23: after a
    # fright or a look too, びっくりしたけど、昼寝してただけで)
    r"|(?:とおもったら|と思ったら|と(?:おも|思)って(?:い)?たら|" + FRIGHT + r"(?:けど|けれど|が)|" + LOOKED + r")"
    r"(?:(?!" + NOT_HARMLESS + r")[^\n]){1,30}?(?:た|だ)だけ(?:で|でした|だった|です|みたい|らしい)"
    # round 23: what kept someone from answering, found on a look (見に行ったら、イヤホンで歌を聴いてた; 出てこないと
    # 思ってたら、スマホで将棋をしてた), and someone away, heard of (娘さんのところに泊まりに行ってたって)
    r"|(?:" + LOOKED + r"|と(?:おも|思)って(?:い)?たら|と(?:おも|思)ったら)[^\n]{0,12}?" + ABSORBED
    + r"(?:(?!" + NOT_HARMLESS + r")[^\n]){0,16}?(?:てた|ていた|てました|ていました|でた|でいた"
    # ... or told as still going on, with a hedge (応援しているようです, 観てるみたい; blind27a)
    r"|(?:て|で)(?:いる|る|おる)(?:よう(?:です|だ)|みたい(?:です|だ)?|らしい(?:です)?))(?:よ|わ|の|ね)?"
    r"(?:\n|$)"
    r"|(?:とまりに|泊まりに|りょこう|旅行)[^\n]{0,8}?(?:てた|ていた|いた)(?:って|そう(?:です|だ)?|らしい|んだって)(?:\n|$)"
    # round 22: what it was, explained (煙が出てたのは、焚き付けが湿ってたせいだった; 焦げくさいにおい、どんど焼きの
    # 準備だった), or nothing came of it (スリップしかけましたが、何事もなく家に着きました), a question may follow
    r"|の(?:は|も)[^\n]{1,30}?(?:せい|しわざ|仕業)(?:だった|でした|だって|らしい)"
    # round 23: ... or what someone was in the middle of, told of the past (包丁を持ったまま出てきたのは、大根を切ってる
    # 途中だったから; not 暴れてるのは…)
    r"|(?<=[ただ])のは(?:(?!" + NOT_HARMLESS + r")[^\n]){1,30}?(?:とちゅう|途中|さいちゅう|最中)(?:だった|でした)"
    r"(?:から|ので)?(?:\n|$)"
    r"|の(?:じゅんび|準備|れんしゅう|練習|くんれん|訓練|こうじ|工事|さぎょう|作業)(?:ちゅう|中)?(?:だった|でした|だって)"
    # round 24: seen by a doctor and found fine (病院で診てもらって異常なしでした, 病院行ったら大丈夫でした, 受診したら
    # 異常はなく): 4 of 4 such phrases of the set are none; an alarm told after the turn still counts
    r"|(?:びょういん|病院|じゅしん|受診|しんさつ|診察|けんさ|検査|(?:みて|診て)(?:もらっ|いただい))[^\n]{0,12}?"
    r"(?:(?:いじょう|異常)(?:なし|は(?:な|ありませ))|(?:だいじょうぶ|大丈夫)(?:でした|だった|だって)"
    r"|(?:なんとも|何とも)(?:なかった|ありませんでした|ないって)|(?:もんだい|問題)(?:なし|は(?:な|ありませ)))"
    r"(?:(?!" + NOT_HARMLESS + r"|また|のに|けど|けれど|が(?:\n|$))[^\n]){0,24}(?:\n|$)"
    r"|(?:なにごともなく|何事もなく|ことなきを|事なきを)[^\n]{0,8}?(?:え|得|すみ|済み|すん|済ん|おわ|終わ|つい|着い|かえ|帰)"
    r"|(?:みにいったら|見に行ったら|みてみたら|見てみたら)[^\n]{0,4}?(?:ねこ|猫|いぬ|犬|からす|たぬき|はくびしん|ねずみ|かぜ|風"
    r"|ゆげ|湯気|てれび|テレビ)[^\n]{0,20}(?:\n|$)"
    r"|けど[^\n]{0,16}?の(?:ひと|人)(?:でした|だった)(?:\n|$)"
    # checked by someone called in, and nothing leaking or the smell explained (ガス会社に来てもらったら、漏れはなく、
    # 玉ねぎを炒めたにおいでした; blind28a)
    r"|(?:きて|来て|みて|見て|しらべて|調べて|てんけんして|点検して)(?:もらった|いただいた)ら(?:(?!" + NOT_HARMLESS
    + r")[^\n]){0,30}?(?:(?:もれ|漏れ)(?:は|も)?(?:なく|なし|なかっ|ありませんでし)"
    r"|の(?:におい|匂い|臭い)(?:でした|だった"
    r"|だって)(?:\n|$))"
    # ... after a fright or a guard raised (身構えましたが、新しく担当になった郵便配達の方でした; blind28a)
    r"|(?:" + FRIGHT + r"|(?:みがまえ|身構え|けいかいし|警戒し)(?:た|ました))(?:けど|けれど|が)"
    r"(?:(?!" + NOT_HARMLESS + r")[^\n]){0,24}?の(?:ひと|人|かた|方)(?:でした|だった|だって)(?:\n|$)"
    # looked or asked, and it was only that (見に行ったら玉ねぎを焦がしてただけだった, 聞いたらお香なんだって)
    r"|(?:みにいったら|見に行ったら|みてみたら|見てみたら|しらべたら|調べたら|きいたら|聞いたら)[^\n]{1,30}?"
    r"(?:(?:た|だ)だけ(?:でした|だった|です|だ|みたい|らしい)|なんだって|なんですって|なんだそう)"
    r"|(?:きいて|聞いて|わかって|分かって)(?:ひと)?(?:あんしん|安心)(?:しました|した)"
    r"|けど[^\n]{0,16}?(?:ちゃんと|きちんと)[^\n]{0,12}?(?:てた|ていた|てました|ていました)(?:わ|よ|ね)?(?:\n|$)"
    # looked, and it was something or someone harmless (行ってみたら案山子でした, 確かめたら民生委員さんだった,
    # 見に行ったら枝が落ちた音でした), or the person already about (見に行ったらもう台所でお弁当を作っていました)
    r"|" + LOOKED + r"(?:(?!" + NOT_HARMLESS + r")[^\n]){1,40}?(?:でした|だった|だって|でございました)(?:よ|わ"
    r"|ね)?(?:\n|$)"
    r"|(?:" + LOOKED + r"|けど|けれど)(?:(?!" + NOT_HARMLESS + r")[^\n]){0,8}?(?:もう|ちゃんと|ふつうに|普通に"
    r"|げんきに|元気に"
    r"|けろっと)"
    r"(?:(?!" + NOT_HARMLESS + r")[^\n]){1,30}?(?:ていました|ていた|てた|てました|ておりました)(?:よ|わ|ね)?(?:\n|$)"
    # ... or someone harmless after any turn (いたけど、新聞の集金の人だった; 確かめたら、民生委員さんだった)
    r"|(?:" + LOOKED + r"|けど|けれど|と(?:おも|思)ったら)(?:(?!" + NOT_HARMLESS + r")[^\n]){1,30}?"
    r"(?:さん|さま|様|の(?:ひと|人|かた|方))(?:でした|だった|だって|でございました)(?:よ|わ|ね)?(?:\n|$)"
    # ... or the person came back, closing the message (心配していたら、お昼に娘さんの家から帰ってきました)
    r"|" + CAME_BACK +
    # ... or found (はぐれたけど、すぐ見つかりました)
    r"|(?:すぐ|すぐに|ぶじ|無事|ぶじに|無事に|やっと|ようやく)(?:みつかり|見つかり|みつかっ|見つかっ)(?:ました|た)(?:よ|わ)?(?:\n|$)"
    # ... or what lay there was a thing (行ってみたら倒れていたのは案山子でした)
    r"|" + LOOKED + r"[^\n]{0,20}?の(?:は|が)" + THINGS + r"(?:でした|だった|だって)(?:よ|わ|ね)?(?:\n|$)"
    # round 20: a fright, then what it was (焦ったけど裏で糸をほどいてた, 慌てたけどいちごシロップだった), or a cry
    # heard, then what it was (「助けて」って叫んでたけど、ゲームだった)
    r"|(?:" + FRIGHT + r"|(?:さけんで|叫んで|いって|言って)(?:い)?(?:た|ました))(?:けど|けれど|が)"
    r"(?:(?!" + NOT_HARMLESS + r")[^\n]){1,30}?(?:でした|だった|だって|ていた|てた|てました|ていました)"
    r"(?:よ|わ|ね|みたい|らしい)?(?:\n|$)"
    # ... or found after the turn (見失ったけど、5分後に売り場の前で見つかりました)
    r"|(?:けど|けれど|ましたが|たが)(?:(?!" + NOT_HARMLESS + r")[^\n]){0,24}?(?:みつかり|見つかり|みつかっ|見つかっ)"
    r"(?:ました|た)(?:よ|わ)?(?:\n|$)"
    # ... or an almost-event, then the person quite well now (つまらせかけたけど…今はけろっとしてる)
    r"|(?:かけた|かけました)(?:けど|けれど|が)(?:(?!" + NOT_HARMLESS + r")[^\n]){0,30}?(?:いま|今)は(?:もう)?"
    r"(?:(?!" + NOT_HARMLESS + r")[^\n]){0,16}?(?:けろっと|けろり|ぴんぴん|げんきに|元気に)"
    r"(?:(?!でも|ても|けど|のに)[^\n]){0,12}(?:\n|$)"
    r"|" + RECOVERED_NOW + "|" + BLEED_STOPPED
    # blind23: what the scare was, told after it (ガスのにおいと思ったのは玉ねぎを炒めたにおいでございました)
    + r"|と(?:おも|思)ったの(?:は|が)(?:(?!" + NOT_HARMLESS + r")[^\n]){1,30}?(?:でした|だった|でございました|だって)"
    r"(?:よ|わ|ね)?" + FUSS_APOLOGY + r"(?:\n|$)"
    r"|(?:" + TOLD_OVER + r")"
    r"|" + FOUND_SAFE
)
# Where a resolved scare turns (…と思ったら | 見に行ったら | …けど): an alarm after the turn is not resolved
# (焦げ臭いと思ったら台所が燃えていた). Searched on the written view. (round 57: the polite と思いましたら too, where
# a recogniser dropped the comma after it - 見えないと思いましたら 入院されていたそうで; blind58a heard)
TURN = compile_folded(r"と(?:おも|思)(?:った(?:ら|っけ)|いましたら)|(?:きいた|聞いた)ら|" + LOOKED + r"|けど",
                      voiced=True)
# ... but not the one who could have helped gone home (先生はもう帰った, 職員ももう帰った: no help at hand; round 54,
# wide56 - a man collapsing at a clinic door after hours, the doctor gone).
HELPERS = ("せんせい", "先生", "いしゃ", "医者", "しょくいん", "職員", "すたっふ", "スタッフ", "かんこし", "看護師")
NO_HELPER_BEFORE = "".join(rf"(?<!{helper}{particle})" for helper in HELPERS for particle in ("は", "も"))
# A state settled, closing the message (もう引いて普段どおりです, 異常なしでした, すぐ落ち着いて, 今は泳げるように
# なった, もう山さ帰った): resolves the message only when no person is named (夫が頭を打ったけど…: still advice).
SETTLED = compile_folded(
    r"(?:(?:ふだん|普段|いつも)(?:どおり|通り)|(?:いじょう|異常)(?:なし|はな|はありませ)|すぐ(?:おちつ|落ち着)"
    r"|(?:いま|今)は[^\n]{0,10}?ようになっ|" + NO_HELPER_BEFORE
    + r"もう[^\n]{0,6}?(?:かえった|帰った|さった|去った|ひい|引い"
    r"|(?:げんき|元気)に(?:なっ|なり))"
    # played down or over at once (たいしたことない, すぐ止めて, すぐ起きました, 休んだら落ち着いた)
    # (and the Tohoku past ねがった: 昨日の地震、たいしたことねがったな; blind28a; なんともねがった, round 38: 5 other
    # writers, all none; なんでもねがった, なんもねがった, round 39: 4 other writers, all none)
    r"|(?:たいした|大した)(?:こと|もの)(?:は)?(?:ない|ねえ|なかった|ねがった|ありません|なし)|なん(?:とも|でも|も)(?:なかった|ねがった|ありません|ございませんでした)"
    r"|(?:も|は)(?:ぶじ|無事)(?:でした|だった|です|だ)|" + CAME_BACK
    + r"|すぐ(?:に)?(?:とめ|止め|けし|消し|きえ|消え|おき(?:た|ま)|起き(?:た|ま)|め(?:を)?さま|目(?:を)?覚ま)"
    # (round 47, wide49b: a faint or a held breath that came back at once, the person talking or playing now -
    # すぐ気がついて、今は居間でしゃべってる, すぐ戻りまして、今はけろっと遊んでおります: advice, not 119)
    r"|(?:すぐ(?:に)?(?:き|気)が(?:つ|付)|すぐ(?:に)?(?:もど|戻)|(?:なきだ|泣き出)し)[^\n]{0,16}?(?:いま|今)は(?:もう)?"
    r"[^\n]{0,10}?(?:はなせ|話せ|しゃべ|喋|わらっ|笑っ|あそん|遊ん|けろっと|ふつうに|普通に)"
    # ... no sign told after it (今は話せるが吐いている, 今は話せるけど頭が痛いと)
    r"(?![^\n]*?(?:が(?!っこう|くせい)|吐|はい(?:て|た|ちゃ)|いた(?:い|が|く)|痛|ぐったり|しびれ|痺れ|けいれん|ねつ|熱"
    r"|おかし|へん|変))"
    r"|(?:やすんだら|休んだら|やすむと|休むと)[^\n]{0,6}?(?:おちつ|落ち着|おさま|治ま|収ま|らくに|楽に|なおっ|治っ|よく|良く)"
    # a reason, then "so it is fine" (薬飲んだから大丈夫, 釜の火だから心配ねえ; not 大丈夫ですか, 大丈夫じゃない)
    r"|(?:から|し|ので|けど|けっと|けれど|けども)[ 、]?(?:だいじょうぶ|大丈夫|へいき|平気|しんぱい(?:ない|ねえ"
    r"|いらない)"
    r"|心配(?:ない|ねえ|いらない)|ごあんしん|ご安心)"
    r"(?!じゃ|ではな|でな|だと|と(?:おも|思)|か|でしょうか|かな|なの|(?:です|だ|なん(?:です|だ))(?:か|よね|ろう|でしょ)"
    r"|" + FINE_QUESTION + r"))"
    # ... closing the message: no contrast after it (すぐ起きた、でも返事しない is not settled), nor a clinic or the
    # ambulance asked about (休んだら楽になった。病院行くべき？ still asks)
    r"(?:(?!でも|ても|けど|けれど|のに|しかし|びょういん|病院|じゅしん|受診|いしゃ|医者|きゅうきゅう|救急)[^\n]){0,16}(?:\n|$)"
)
