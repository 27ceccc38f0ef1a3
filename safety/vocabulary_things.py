"""What is no person's emergency, shared by the rule modules: loads and fallen things, vehicles stuck or collided with
no one hurt, spilled and caught things, snow at the door, someone shut in by a person, the money and mood words no
weak sign reads (split from :mod:`safety.rule` in round 43, which keeps :class:`~safety.rule.Rule` and the people,
animal and warning words)."""

from __future__ import annotations

from safety.rule import ANIMAL_VETO, LIVESTOCK_VETO, PEOPLE, STUFFY_THING, SULKING, WRITER
from safety.vocabulary import PERSON, UNDELIVERED_ORDER

# A thing that falls over, written unambiguously (not a bare き, which ends many words), as the subject of an event
# word named far after it, no person between (信号機が根元から折れて道路の真ん中に倒れてて, 柿の木が台風で倒れて):
# a fallen thing, not a collapsed person. For a rule's ``unless``.
# A load fallen or dropped off a vehicle or a shelf (荷台から落ちた木材, 丸太が転がって, 資材が倒れて): a thing, not a
# person (blind24). Shared by the thing-subject guard and the fall-from-height rule's lookahead.
LOADS = (r"(?:ざいもく|材木|もくざい|木材|まるた|丸太|しざい|資材|きざい|機材|にもつ|荷物|つみに|積み荷|積荷"
         r"|てっこつ|鉄骨|てっぱん|鉄板|かんばん|ぱれっと|パレット|どらむかん|ドラム缶|こんてな|コンテナ|はこ|箱|荷(?=が|は|も|を|か)"
         # a stepladder or a ladder carried on a truck bed (荷台から落ちた脚立が県道に; round 54): a thing on the road
         r"|きゃたつ|脚立|はしご|梯子|たいや|タイヤ)")
FALLEN_THING = (r"(?:" + LOADS + r"|庭木|木|樹|信号機?|しんごうき|電柱|でんちゅう|電信柱|でんしんばしら|看板|かんばん"
                r"|標識|ひょうしき"
                r"|塀|へい(?=が)|街灯|がいとう|物置|ものおき|本棚|ほんだな|家具|墓石|自販機|自動販売機|植木|鉢植え|ぶろっくべい"
                # a bicycle or a motorbike left fallen (何週間も倒れたままの自転車; blind29b): the set's 11 fallen
                # bicycles with no person named are none
                r"|自転車|じてんしゃ|バイク|ばいく"
                # a statue or a shrine's stones (お地蔵様が地震で倒れて; round 43, wide45)
                r"|地蔵|じぞう|石像|せきぞう|銅像|どうぞう|鳥居|とりい|灯籠|とうろう|石碑|せきひ|ぼせき"
                # a snowman (雪だるまが昼の日差しで傾いて倒れた; round 45, wide47)
                r"|ゆきだるま|雪だるま|だるま|ダルマ)")
THING_SUBJECT_SPAN = 24  # characters from the thing to the event word, a person's word not among them
# A vehicle that keels over (バイク滑ってひっくり返った, 軽トラが横にひっくり返って; round 49, wide50b): a thing
# overturned, a road accident, not a person collapsing - its rider told unhurt or not named. Not a wheelchair (車いす).
KEELED_VEHICLE = (r"(?:" + FALLEN_THING + r"|くるま(?!いす)|車(?!いす|椅子)|けいとら|軽トラ|とらっく|トラック"
                  r"|とらくたー|トラクター|すくーたー|スクーター|げんつき|原付|ばいく|バイク)")


# A person named after a fallen thing only to say no one was hit or hurt (人には当たっておりません, 人にけがはなかった,
# 幸い人には当たりませんでした): the thing stays the subject (blind23).
UNHARMED_PERSON = (r"(?:" + PEOPLE + r")(?:には|にも|に|は|も)?[^\n]{0,3}?"
                   r"(?:(?:あた|当た|ぶつか)(?:って|ら|り)|けが|怪我)[^\n]{0,8}?(?:ない|ません|なかった|ねえ|ず)"
                   r"|(?:" + PEOPLE + r")(?:は|も)?(?:ぶじ|無事)"
                   # no one hurt (怪我人はいねえ, けが人もおりません; blind24)
                   r"|(?:けがにん|怪我人|けが人)(?:は|も)?(?:いない|いねえ|いね|いません|おりません|なし|なかった|でてない|出てない)"
                   # ... or told by a clause (けがした人はいねがった, 怪我をした者はおりません; round 38: 4 phrases of 3
                   # other writers)
                   r"|(?:けが|怪我)(?:を)?(?:した|してる)(?:ひと|人|もの|者)(?:は|も)?(?:いな|いね|いません|おりません)"
                   # ... or by no one (どなたも怪我はしておりません, 人はなんともねぇ; round 43)
                   r"|(?:どなた|だれ|誰)(?:も)[^\n]{0,3}?(?:けが|怪我)[^\n]{0,8}?(?:ない|ません|なかった|ねえ|ず)"
                   r"|(?:ひと|人)(?:は|も|さ)?(?:なんとも|何とも|なんでも|何でも)(?:ない|ねえ|ね|ありません|ござ)"
                   # ... or fine (人は大丈夫だげっと; round 49, wide50b)
                   r"|(?:ひと|人|乗ってた人|のってたひと)(?:は|も|さ)?(?:だいじょうぶ|大丈夫)")
# A phone or another device dropped in water (スマホを湯船に落とした, 携帯がトイレに水没), in a line naming no person as
# a subject: "not breathing", "no response" are the device's (スマホ風呂に落として完全に息してない; round 45, wide47).
DEVICE = (r"すまほ|スマホ|すまーとふぉん|スマートフォン|けいたい|携帯|ケータイ|あいふぉん|アイフォン|iphone|iPhone"
          r"|たぶれっと|タブレット|ぱそこん|パソコン|げーむき|ゲーム機|いやほん|イヤホン|かめら|カメラ")
DEVICE_DROWNED = (r"(?<![^\n])(?![^\n]*?(?:" + PEOPLE + r")(?:さん|ちゃん|さま|くん)?(?:が|は|も|と|って))[^\n]*?"
                  r"(?:" + DEVICE + r")(?:を|が|も|さ|ごと)?[^\n]{0,8}?"
                  r"(?:(?:ふろ|風呂|ゆぶね|湯船|みず|水|といれ|トイレ|せんたくき|洗濯機|かわ|川|いけ|池|うみ|海)"
                  r"(?:に|へ|さ|の(?:なか|中)に)?[^\n]{0,4}?(?:おと|落と|おち|落ち|おっこ|落っこ|つけ|浸け|つか|浸か)"
                  r"|すいぼつ|水没)")
# A mood (機嫌が悪くて苦しい): no weak sign of a person, but no reason to drop a swallowed thing told with the mood
# good (部品を飲み込んだかもしれません。息は普通で機嫌もいい: round 50, blind48a's toy part, #7119).
MOOD = r"きげん|機嫌"
# Money worries, animals, sulking and stuffy things: no weak sign of a person (払込用紙を見るたびに苦しくなります).
WEAK_UNLESS_BUT_MOOD = (r"せいかつ|かけい|おかね|きんせん|しごと|けいざい|しはらい|くらし|しゃっきん|うわき|浮気"
                        r"|しつぎょう|失業|かせぎ|稼ぎ|はらいこみ|払込|払い込み|やちん|家賃|しゅうにゅう|収入|ねんきん|年金|"
                                 + ANIMAL_VETO + "|" + SULKING + "|" + STUFFY_THING + "|" + UNDELIVERED_ORDER + "|"
                        + DEVICE_DROWNED + "|" + LIVESTOCK_VETO)  # (round 53: poultry counted, 鶏一羽)
WEAK_UNLESS = WEAK_UNLESS_BUT_MOOD + "|" + MOOD
# A collision with no one hurt (ぶつかっちゃった けがは ないけど…うごけない): what cannot move is the vehicle (round 39:
# 4 other writers, all 110 - 車が動かない, どっちも動けなくなりました); not a hurt told only as a guess, nor pain,
# numbness or a body part after it (けがはないと思うけど、足がしびれて動けない).
UNHURT = (r"(?:けが|怪我|ケガ)(?:にん|人)?(?:は|も)[^\n]{0,4}?(?:ない|ねえ|ありません|いない|いません)"
          r"(?!と(?:おも|思))")
BODY_AFTER = r"(?![^\n]*(?:いた|痛|あし|足|こし|腰|しびれ|痺れ|くるし|苦し|からだ|体))"
COLLIDED = r"(?:ぶつか|ぶつけ|じこ|事故|ついとつ|追突|しょうとつ|衝突|こすっ|こすら)"
COLLIDED_UNHURT = (COLLIDED + r"[^\n]{0,30}?" + UNHURT + BODY_AFTER
                   + r"|" + UNHURT + r"[^\n]{0,30}?" + COLLIDED + BODY_AFTER)
# A road vehicle by name, 車 inside a word too (ワゴン車, 乗用車); each word starts with a character of its own, so
# the order of the alternatives is free.
MOTOR_VEHICLE = r"くるま|車|とらっく|トラック|けいとら|軽トラ|ばす|バス"
# A vehicle stopped or stuck, then "not moving" with no person named between (スリップした車が交差点の真ん中で
# 止まったまま動けなくなって, トラックと乗用車が斜めに止まったまま動かなくて, バスが坂の途中で止まったまま動きません,
# 軽トラがぬかるみさはまって動がねえ, 一台が道をふさいだまま動けず): what does not move is the vehicle (round 42:
# blind43a/b, 119 for 110).
VEHICLE_STUCK = (r"(?:" + MOTOR_VEHICLE + r"|しゃ|でんしゃ|電車|れっしゃ|列車"
                 # ... or counted (一台が道をふさいだまま動けずに; round 45, wide47)
                 r"|(?:いちだい|一台|[0-9０-９二三四五六七八九十]+台))"
                 r"(?:が|は|も|さ)(?:(?!" + PEOPLE + r")[^\n]){0,16}?"
                 r"(?:とまっ|止まっ|停まっ|ふさい|塞い|はまっ|嵌まっ|たちおうじょうし|立ち往生し|だつりんし|脱輪し"
                 r"|えんすとし|エンストし|すたっくし|スタックし"
                 # ... or buried in snow (雪で車が埋まって動けない; round 54)
                 r"|うまっ|埋まっ|うもれ|埋もれ)(?:た|て|で)(?:まま|まんま)?(?:で)?(?:うご[かけ]|動[かけ])"
                 # ... or a train or bus stopped by the weather, told "not running tonight" a sentence later (大雪で
                 # 汽車が止まりまして…今夜は動かないそうです; round 52, wide54b: 119 for a shelter asked), no person
                 # nor a sign of one between
                 r"|(?:でんしゃ|電車|れっしゃ|列車|きしゃ|汽車|しんかんせん|新幹線|ばす|バス)(?:が|は|も|さ)"
                 r"(?:(?!" + PEOPLE + r")[^\n]){0,8}?"
                 r"(?:とまり|止まり|とまっ|止まっ|停まっ|うんきゅう|運休|みあわせ|見合わせ)"
                 r"(?:(?!" + PEOPLE + r"|たおれ|倒れ|いき(?:が|を|も|し)|息|いしき|意識|へんじ|返事)[^\n]){0,30}?"
                 r"(?:うご[かけ]|動[かけ])")
# Staying put at a door or before a house (キャッシュカードを渡せと玄関から動かない, 家の前から動こうとしない, 戸口
# から離れねえ): a caller who will not leave, not a body that does not move (round 46, blind47a: 119 for 110).
AT_THE_DOOR_PLACE = (r"(?:げんかん|玄関|とぐち|戸口|もん|門|どあ|ドア|いえ|家|うち|みせ|店|まど|窓)"
                     r"(?:の)?(?:まえ|前|さき|先|ぐち|口)?")
STAYS_PUT_FROM = (r"から(?:うごか|うごこう|動か|動こう|はなれ|離れ|どか|どこう|退か|退こう)"
                  r"(?:と(?:し|せ))?(?:ない|ねえ|ね|ず|ません|ん)")
STAYS_AT_THE_DOOR = AT_THE_DOOR_PLACE + STAYS_PUT_FROM
# Shut in by a person (店長に胸ぐらつかまれて今バックヤードに閉じ込められてる, 夫に部屋に閉じ込められて): a police
# matter, not a rescue (round 42: blind43b, 119 for 110; round 43: Tohoku 閉じ込めらっちゃって). Roles PERSON lacks.
CONFINED_BY_PERSON = (r"(?:" + PERSON + r"|てんちょう|店長|上司|しゃちょう|社長|彼氏|夫|旦那|あいて|相手"
                      r"|あにき|兄貴|あねき|姉貴|おやじ|親父|どうりょう|同僚|せんぱい|先輩)(?:さん)?"
                      r"(?:に|から)[^\n]{0,24}?(?:とじこめら(?:れ|っ)|閉じ込めら(?:れ|っ)|かんきん|監禁)")
# A character after the fallen thing's event: no person, or one said to be unharmed.
AFTER_THING = r"(?:" + UNHARMED_PERSON + r"|(?!" + PEOPLE + r")[^\n])"


# A thing that fell over and spilled what it held (牛乳パックが倒れて中身がこぼれた, 倒れてお茶がこぼれて), no person
# or writer named before it in the line: a container, not a person (blind23). Not urine or blood (漏れ).
SPILLED_THING = (r"(?:^|\n)(?:(?!" + PEOPLE + "|" + WRITER + r")[^\n])*?(?:たおれ|倒れ)(?:て|た|ちゃ)[^\n]{0,3}?"
                 r"(?:なかみ|中身|みず|水|おゆ|お湯|ぎゅうにゅう|牛乳|おちゃ|お茶|じゅーす|ジュース|しょうゆ|醤油|すーぷ|スープ)"
                 r"(?:が|も)?[^\n]{0,4}?(?:こぼれ|零れ)")


def thing_subject(event: str, things: str = FALLEN_THING) -> str:
    """A pattern: a fallen thing (one of ``things``) as a subject, then ``event`` within ``THING_SUBJECT_SPAN``
    characters, no person named from the thing to the end of the line (but one said to be unharmed,
    :data:`UNHARMED_PERSON`)."""
    no_person = r"(?:(?!" + PEOPLE + r")[^\n])"
    # ... the particle left out when the thing snapped (柿の木、雪の重みで折れで倒れだ; blind24)
    particle = (r"(?:が|は|も|(?=" + no_person + r"{0,12}?(?:おれ|折れ)(?:て|で))"
                # ... or an amount told instead (自転車なんぼも倒れでで; round 38)
                r"|(?:なんぼ|なんだい|何台|なんまい|何枚|なんほん|何本|いっぱい|たくさん)(?:も)?"
                # ... or the weather that felled it told right after (杉の木、雪の重みでぶっ倒れで; round 43)
                r"|(?=(?:ゆき|雪|かぜ|風|きょうふう|強風|じしん|地震|たいふう|台風)(?:の(?:おもみ|重み))?(?:て|さ))"
                # ... or the skid told right after (バイク滑ってひっくり返った; round 49)
                r"|(?=すべっ|滑っ|すりっぷ|スリップ))")
    return (things + particle + no_person + "{0," + str(THING_SUBJECT_SPAN) + r"}?(?:" + event + ")"
            + AFTER_THING + r"*(?:\n|$)")


def thing_after(event: str) -> str:
    """A pattern: ``event`` as a relative clause of a fallen thing (台風で倒れだ柿の木, 倒れた看板), no person named
    from the thing to the end of the line (blind21). Round 56 (blind57a): the thing's place may come between, no person
    in it (倒れでだパークゴルフ場の看板)."""
    return (r"(?:" + event + r")(?:(?:(?!" + PEOPLE + r")[^\n]){0,10}?の)?" + FALLEN_THING + AFTER_THING
            + r"*(?:\n|$)")


# Things that get caught in a machine, a door or a gap (short kana words only with their particle: not かみさん; no
# word that folds into an everyday pair of kana: カード -> かと, コード -> こと, ゴミ -> こみ).
CAUGHT_THING = (r"(?:紙|ようし|用紙|しょるい|書類|てがみ|手紙|めも|メモ|ちらし|チラシ|ふうとう|封筒|はがき|葉書"
                r"|れしーと|レシート|きっぷ|切符|こいし|小石|石|枝|おちば|落ち葉|雪|こおり|氷|紐|けーぶる|ケーブル|布"
                r"|たおる|タオル|しんぶん|新聞|(?:かみ|いし|えだ|ゆき|ひも|ぬの)(?=[かもは]))")
# A cord in kana (コード, こーど) folds to こど and, devoiced, to こと: the everyday こと, 子ども (こども),
# 今年 (ことし) and 仕事 (しごと) meet it (round 49: 子供たち + 声をかけても動かない read a hanging, 子どもが
# 焚き火の煙 an electric fire). It is taken only as a named cord (電気コード, 延長コード, QRコード) or with what only
# a cord does right after it (コードが首に, コードから火花, コードの根元, コードが出てて, コードをかけて) - not what
# こと does too (そのことが引っかかって, 仕事絡み, 余計なことに首を突っ込む, そのことから煙たがられ); no maker that
# ends an everyday word before こと (知らんこと, すればこと).
CORD_MAKER = (r"でんき|電気|でんげん|電源|えんちょう|延長|じゅうでん|充電|qr|ｑｒ|lan|ぶらいんど|ブラインド"
              r"|ろーるすくりーん|ロールスクリーン|かーてん|カーテン")
CORD_DOES = (r"ねもと|根元|ひばな|火花|けむり|煙(?!た)|こげ|焦げ|ばちばち|すぱーく|スパーク|しょーと|ショート"
             r"|あつく|熱く|とけ|溶け|ひかっ|光っ|でて|出て|はみで|はみ出|たれ|垂れ|からま|絡ま|まきつ|巻きつ|巻き付")
# ... or round a neck, a person's maybe named between (コードが孫の首に; not 子どもの首に, nor そのことで首になった),
# or tied to something (ドアノブにコードをかけて; right after it, not 子どもをかけて)
CORD_NECK = r"(?:が|を|で|さ)[^\n]{0,4}?(?:くび|首)(?!に?な)"
CORD_TIED = r"(?:を)?(?:かけ|掛け|むすん|結ん|くくり|括り|つるし|吊るし|つって|吊って)"
CORD_WORD = (r"(?:(?:" + CORD_MAKER + r")こーど|こーど(?=(?:が|を|で|の|から|も|は)?(?:" + CORD_DOES + r")|"
             + CORD_NECK + "|" + CORD_TIED + r"))")
# Snowed in at home: the door, the way out or the road buried or blocked by snow (大雪で玄関が埋まって家から
# 出られません; blind32): the disaster page, not 119 - 5 of 5 such phrases of the set are disaster (3 writers). A person
# buried in snow (雪に埋もれて人が出られない) is not this: no door or road is named.
SNOWED_IN = (r"(?:(?:おおゆき|大雪|ゆき|雪)(?:で|が|に|さ)?[^\n]{0,6}?(?:げんかん|玄関|いりぐち|入口|入り口|でいりぐち"
             r"|出入口"
             r"|出入り口|とぐち|戸口|みち|道|どあ|ドア)(?:が|も|は)?[^\n]{0,4}?(?:うま|埋ま|ふさが|塞が|とざさ|閉ざさ)"
             # ... or piled up until one cannot get out (雪が腰の高さまで積もりまして、玄関から出られなく; blind34b)
             # ... or a hamlet cut off (大雪で道が通れなくなって村から出られません; round 45, wide47)
             r"|(?:おおゆき|大雪|ゆき|雪)[^\n]{0,24}?(?:げんかん|玄関|いえ|家|そと|外|むら|村|しゅうらく|集落|ぶらく|部落"
             r"|ちく|地区)(?:から|を|さ)?(?:で|出)(?:られ|れ)"
             r"(?:ない|なく|ません|ねえ|ず))")


# Autumn leaves likened to a fire (山全体が燃えてるみたいに真っ赤, 山が燃えてる!ってくらい紅葉きれい; round 45,
# wide47): a figure of speech, not a fire - the leaves named and the burning told as a likeness.
# (round 56, blind57a: also a sunset or a dawn sky likened so - 夕焼け、空が燃えてるみたい)
AUTUMN_LEAVES = (r"こうよう|紅葉|もみじ|もみぢ|高揚|みごろ|見頃|ゆうやけ|夕焼け|夕やけ|あさやけ|朝焼け|朝やけ"
                 r"|ゆうひ|夕日|夕陽")
LEAVES_AFLAME = (r"(?<![^\n])(?=[^\n]*?(?:" + AUTUMN_LEAVES + r"))[^\n]*?(?:もえ|燃え)(?:て|で)?(?:る|いる|た)?"
                 r"(?:みたい|よう|かのよう|ってくらい|ってぐらい|くらい|ぐらい|ほど)")
