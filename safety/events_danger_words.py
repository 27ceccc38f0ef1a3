"""Weak signs and bare danger words: the first rules of :func:`safety.events_advice.advice_rules`, read before the
advice lines. A weak sign (ぐったり, 様子がおかしい, 動けない, 何日も姿を見せない) asks for the emergency line first and
then an answer; a danger word (倒れて, 血, 煙, 包丁) alone is an emergency unless its own guard cancels it."""

from __future__ import annotations

from safety.events_mishap_signs import HAUNTED_HOUSE
from safety.events_overheard_signs import EXHAUST_NUISANCE, ONLY_ONE_SMELLS
from safety.rule import (
    ANIMAL_VETO,
    COOKING,
    HOUSEWORK,
    LIKENESS,
    PEOPLE,
    STRANGER,
    VITAL_HABIT,
    VITAL_NEG,
    WARNING_HANDOUT,
    Rule,
    animal_subject,
    rule,
)
from safety.vocabulary import (
    BODY_PART_HYPERBOLE,
    NEG,
    ROLE,
    STOOL_BEFORE,
    THINGS,
    THINGS_BEFORE,
    TIREDNESS_HYPERBOLE,
)
from safety.vocabulary_things import (
    COLLIDED_UNHURT,
    LEAVES_AFLAME,
    LOADS,
    SPILLED_THING,
    VEHICLE_STUCK,
    WEAK_UNLESS,
    WEAK_UNLESS_BUT_MOOD,
    thing_after,
    thing_subject,
)

# What cancels a danger word: burning rubbish outdoors (隣がごみを焼いていて煙が, a matter for the city, not a fire),
# a debit (口座がら落ぢんのすか), housework, cooking, an animal, a role or a costume (血まみれのゾンビ役).
DANGER_WORD_UNLESS = (ANIMAL_VETO + "|" + ROLE + "|えんとつ|煙突|しょうきゃく|焼却|のやき|野焼き"
                      "|(?:こうざ|口座|ひきおとし|引き落とし)(?:から|がら)?(?:おち|落ち)"
                      "|(?:ごみ|ゴミ)(?:を)?(?:やい|焼い|やく|焼く|もやし|燃やし)|" + HOUSEWORK + "|" + COOKING
                      + "|" + LEAVES_AFLAME
                      # (round 48: a grill's smoke told with its smell, a neighbour's car warmed up every morning)
                      + "|やきにくのにお|" + EXHAUST_NUISANCE)


# A bad colour of the face (悪い, 真っ青, 白い, 土色, どす黒い, すぐれない).
BAD_COLOUR = (r"わる|わり|あお|まっさお|しろ|むらさき|へん|おかし|やば|つち|どす|よくな"
              r"|よぐな|さえな|さえね|すぐれな|すぐれね|すぐれませ")
# Motion sickness (バスに酔って, 車酔い, 船酔いした; round 46).
MOTION_SICK = (r"(?:のりもの|乗り物|くるま|車|ばす|バス|ふね|船|でんしゃ|電車|ひこうき|飛行機)(?:に|さ)?"
               r"(?:よい|よっ|酔い|酔っ|よう|酔う)")


# Water swallowing a place, no person between (川が河川敷の野球場をすっかり飲み込んで, 濁流が田んぼを飲み込んでる):
# a flood, read by the disaster line (events_line_signs' river_rising), not something a person swallowed.
WATER_ENGULFS_PLACE = (r"(?:かわ|川|みず|水|だくりゅう|濁流|どろみず|泥水)(?:が|は)"
                       r"(?:(?!こども|子ども|子供|ひと|人|おとこ|男|おんな|女|むすこ|息子|むすめ|娘|まご|孫)[^\n]){0,24}?"
                       r"(?:かせんじき|河川敷|たんぼ|田んぼ|はたけ|畑|どうろ|道路|やきゅうじょう|野球場|ぐらうんど|グラウンド"
                       r"|こうえん|公園|ちゅうしゃじょう|駐車場|にわ|庭)(?:を|ば)?(?:まで)?[^\n]{0,8}?(?:のみこ|飲み込)")



# A dog's breed or role read with 犬 as けん before が (柴犬が -> しばけんが, devoiced しばけんか; 愛犬が, 番犬が,
# 猟犬が): not a quarrel (round 47, wide49b: a dead dog's grief read as a fight, 110).
# "I could die happy" said of a treat, a song or a sight (この歌で死んでもいい, うなぎ食べられたら死んでもいい,
# 花嫁姿見たら死んでも本望, 嬉しくて死んでもいいくらい; round 57, blind57a): delight, not a wish to die - unless
# distress is told anywhere in the message (生きてる意味ない, 疲れた, さよなら, 薬), which keeps the alarm.
_DISTRESS = (r"いきて(?:る|いる)?(?:いみ|意味)|生きて(?:る|いる)?(?:いみ|意味)"
             r"|いきる(?:いみ|意味|のが)|生きる(?:いみ|意味|のが)"
             r"|つらい|つれえ|辛い|きえたい|消えたい|さよなら|さようなら|おせわになりました|お世話になりました|いしょ|遺書"
             r"|とびおり|飛び降り|くすり|薬|いじめ|くるし|苦し|つかれた|疲れた|しにたい|死にたい|もうむり|もう無理")
_COULD_DIE_HAPPY = (r"(?:しんでも|死んでも)"
                    r"(?:いい|ええ|よい|ほんもう|本望|くいはない|悔いはない|くいはねえ|悔いはねえ)")
DELIGHT_HYPERBOLE = (r"\A(?![\s\S]*?(?:" + _DISTRESS + r"))[\s\S]*?(?:"
                     r"(?:ためなら|なら|たら|だら|れば|えば|けば|めば)(?:もう|いつ|いつでも)?" + _COULD_DIE_HAPPY
                     + r"|(?:うた|歌|きょく|曲|あじ|味|けしき|景色)で(?:もう)?" + _COULD_DIE_HAPPY
                     + r"|" + _COULD_DIE_HAPPY + r"(?:くらい|ぐらい|ほど))")
DOG_READ_KEN = r"(?<!しば)(?<!あい)(?<!ばん)(?<!りょう)(?<!ちゅう)(?<!あきた)"

def danger_word_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- weak signs: emergency line first, then the answer ---
        rule("weak_danger", "weak",
             r"しにそう(?!たん|こ(?!わ|ま))|ようすが(?:おかし|へん|ちが)|へんなにおい|こげくさ|くるし(?:い|くて|そう)"
             r"|(?<![てで])ぐるし(?![ゃゅょ])"  # (devoiced) not 落ちてくるし、 (comes down, and), 来る職場, 来る写真
             r"|ぐったり|いたくてたまらな|(?:きゅうきゅう|救急)$|もうだめ|しにたい|死にたい|うずくまっ|うずくまて"
             r"|(?:こげた|焦げた)(?:におい|匂い|臭い)"
             r"|(?:といれ|ふろ|へや|トイレ|風呂|部屋)(?:から)?[^\n]{0,10}?(?:でてこ|出てこ)"
             + NEG +
             # (not one's own reply held back, 返事をしないと「家は知ってる」と: blind32b)
             # (round 55: nor いき of a matter that does not go, 納得がいきません, うまくいきません - wide57)
             rf"|(?:(?<!いわ)(?<!とくが)(?<!とくも)(?<!得が)(?<!得も)(?<!てんが)(?<!点が)(?<!うまく)いき|へんじ(?!(?:を)?(?:し|せ)(?:ない|ず)(?:と(?!おも|思)|で(?:い|お)))|はんのう"
             rf"|めを(?:あけ|あか|さまさ))(?:を|が|も)?(?:し|せ)?{VITAL_NEG}|おきてこ{VITAL_NEG}",
             # (round 48: not a burning smell only oneself notices, 家族は誰も匂わない - a phantom smell, #7119)
             has_negation=True, unless=WEAK_UNLESS + "|" + ONLY_ONE_SMELLS),
        # a bad colour (顔色が悪い, 真っ青, 土のよう, やばい, すぐれない) - not the colour told normal
        # (顔色はふつう, いつも通り; round 45, blind46a: a bare 顔色 read every colour as bad) - nor pale from motion
        # sickness (遠足のバスに酔って…顔色が青いまま; round 46, blind47a: `pale_after_motion_sickness`, advice)
        rule("weak_danger", "weak",
             r"かおいろ(?:が|も)?[^\n]{0,6}?(?:" + BAD_COLOUR + ")",
             unless=WEAK_UNLESS + "|" + MOTION_SICK),
        # round 46: pale, sick or unwell still, after motion sickness (帰ってきてからもずっと顔色が青いまま, 船酔いが
        # 3時間たっても治らない): advice, not a colour of a failing heart
        rule("pale_after_motion_sickness", "symptom",
             MOTION_SICK + r"[^\n]{0,30}?(?:(?:かおいろ|かお)(?:が|も)?[^\n]{0,6}?(?:" + BAD_COLOUR + r")"
             r"|(?:なおら|治ら|よくなら|良くなら|おさまら|治まら)(?:ない|ねえ|ず|ん))",
             has_negation=True, unless=ANIMAL_VETO + r"|もし|ならないように|よいどめ|酔い止め"),
        # something swallowed (飲み込んでしまった) - not water swallowing a place (川が河川敷の野球場を飲み込んで: a
        # flood, the disaster line; coordinator, round 46, blind44a); a good mood told with it (機嫌もいい) does not
        # drop it (round 50: blind48a's toy part, breathing normal - #7119, not none)
        rule("weak_danger", "weak", r"(?:のみこ|飲み込)(?:んで|んだ|んじゃ)",
             has_negation=True, unless=WEAK_UNLESS_BUT_MOOD + "|" + WATER_ENGULFS_PLACE),
        # round 45: a person's colour told usual (顔色はふつうですが, 顔色はいつも通りで, 顔色は悪くない) - the writer
        # weighing someone unwell: every such telling of the set is advice (#7119 10, #8000 5), none is none
        rule("colour_told_usual", "symptom",
             r"かおいろ(?:は|も)[^\n]{0,8}?(?:ふつう|いつもどおり|いつもと(?:おなじ|かわら|かわん)|ふだんどおり"
             r"|ふだんと(?:おなじ|かわら|かわん)|かわら(?:ない|ず|ねえ|ん)|わるく(?:ない|ねえ|は)|わるかないし|へいき|いい|よい"
             r"|まあまあ)",
             has_negation=True, unless=ANIMAL_VETO),
        # ... cannot move: not after a collision with no one hurt, where it is the vehicle (round 39); also told
        # with the potential 動かれない (Tohoku 動がれねえ; round 42)
        rule("weak_danger", "weak", rf"うご(?:[けげ]|[かが]れ){NEG}", has_negation=True,
             unless=WEAK_UNLESS + "|" + COLLIDED_UNHURT + "|" + VEHICLE_STUCK),
        rule("fell", "weak",
             r"(?:から|さ|より)(?:おち|落ち|ころげおち|ころがりおち|すべりおち|滑り落ち|ずりおち|転げ落ち|転落|てんらく)"
             r"(?:た|て|ちゃ)", needs=PEOPLE),
        rule("not_seen_for_days", "weak",
             r"(?:なんにち|何日|ふつか|二日|みっか|三日|すうじつ|数日|しばらく|ずっと)(?:も|かん|間)?[^\n]{0,6}?"
             r"(?:すがた|姿|かお|顔)?(?:を)?(?:みせ|見せ|みかけ|見かけ|みえ|見え)" + NEG
             + r"|(?:しんぶん|新聞|ゆうびん|郵便)(?:ぶつ|物)?(?:が)?[^\n]{0,4}?"
             r"(?:たまっ|溜まっ|たまり|ぎっしり|あふれ|溢れ)",
             has_negation=True, needs=PEOPLE),
        rule("body_cold", "weak", r"(?:からだ|体|はだ|肌)(?:が|も)?[^\n]{0,4}?(?:つめた|冷た)", needs=PEOPLE),
        rule("danger_word", "lexical",
             r"(?:たおれ|倒れ)(?:て|た|ちゃ|とる|ま|っ|こ(?!みなが)|込(?!みなが))(?!(?:た|て|で)?(?:いた|いる|た"
             r"|る)?(?:のは|のが)?" + THINGS + r")"
             r"|いしき(?!して|てき|たか|かいかく|ちょうさ|こうじょう|づけ|けいはつ)|意識(?!して|的|高|改革|調査|向上|づけ|啓発)|血(?!圧|液|糖|管|縁|筋|統|のつなが|の気|のけ|が(?:まじ|混じ))"
             r"|ちだらけ|(?:もえ|燃え)(?:て|た|ひろ|うつ|移|だ)"
             r"|けむり(?!が(?:で|出)ない)|煙(?!突|草|が(?:で|出)ない)|ほのお|炎|おぼれ|溺れ|けいれん|痙攣|とじこめ|閉じ込め|たすけ[てで]|助け[てで]"
             # (うまっ not inside 心臓マッサージ, しんぞうまっさーじ: round 35, 12 phrases of the set, 10 other writers;
             # nor もう before 真っ暗, 真っ白, 真っ先に - もうまっくら: round 58)
             r"|(?:ひと|だれか|誰か|(?<![一-龥])人)[^\n]{0,3}(?:さされ|刺され|ながされ|流され)"
             r"|うまっ(?!さ|くら|くろ|しろ|すぐ|さき|たく)|埋ま|したじき|下敷き"
             r"|いき(?:が|も)?(?:できな|くるし|とま|あら|はや)|(?:^|\n)かじ(?![ゃゅょ])|火事|火災(?!警報|報知|保険|予防|訓練)"
             r"|ぐったり|つめたく|(?:から|さ)(?:おち|落ち)(?!とし|ん|た?" + LOADS + r")"
             r"|てんらく|はねられ|ひかれ(?:た|て)|きぜつ|ちが(?:でて|で(?:た|る)|出|とま)"
             r"|こげくさ|焦げ臭|がす(?:の)?(?:にお|くさ|臭)|ひばな|ぱちぱち",
             has_negation=True, not_before=THINGS_BEFORE + "|" + STOOL_BEFORE,
             unless=DANGER_WORD_UNLESS + "|" + animal_subject(r"たおれ|倒れ|つめたく|冷たく|(?:ち|血)(?:が|は)")
             + "|" + thing_subject(r"たおれ|倒れ") + "|" + SPILLED_THING + "|" + HAUNTED_HOUSE
             # ... or a fallen thing named right after (round 56: 倒れでだパークゴルフ場の看板, as ``collapsed``
             # reads it)
             + "|" + thing_after(r"(?:たおれ|倒れ)(?:た|て)")),
        # dead, not said of a body part (足死んでる: tiredness), nor the reading of 安心で/中心で/熱心で (round 20)
        rule("danger_word", "lexical", r"(?<!あん)(?<!ちゅう)(?<!ねっ)しんで|死んで", has_negation=True,
             not_before=THINGS_BEFORE + "|" + BODY_PART_HYPERBOLE + "|" + TIREDNESS_HYPERBOLE,
             unless=DANGER_WORD_UNLESS + "|" + animal_subject(r"しんで|死んで") + "|" + DELIGHT_HYPERBOLE),
        rule("not_moving_word", "lexical", r"うご[かけ](?:ない|ねえ|ね|ません|なく)|動[かけ](?:ない|ねえ|ません|なく)",
             has_negation=True, not_before=THINGS_BEFORE,
             unless=ANIMAL_VETO + "|" + VITAL_HABIT + "|" + VEHICLE_STUCK + "|"
             + animal_subject(r"うご[かけ]|動[かけ]")),
        rule("danger_word_police", "lexical_police",
             # (round 54: not ない + 布団/服/袋 once the full stop goes, 金具ごとない。布団にも -> ないふとん; wide56)
             r"はもの|刃物|ほうちょう|包丁|ないふ(?!とん|く|ろ|う)|なぐられ|なぐりあ|なぐって|殴|どろぼう?|泥棒|しんにゅう|侵入|おそわれ|襲われ"
             # not 他県から; not 機嫌が, 危険が (devoiced きけんか)
             r"|あばれ|暴れ|(?<!た)(?<!き)" + DOG_READ_KEN + r"けんか(?!ん|い)|喧嘩|"
             + STRANGER + r"|ふしんしゃ|不審者|ぬすま|盗ま|たたかれ|ごうとう|強盗"
             r"|ひったくり|ちかん(?!すい)|痴漢|ものおと|物音"
             # round 51: the slang of a beating (払わないとボコるって; blind52b), not a bumpy road (でこぼこ)
             r"|(?<!でこ)(?:ぼこ|ボコ)(?:る|す|られ|って|った|ぼこにする)",
             has_negation=True,
             unless=r"じょうほう|めーる|とうろく|たいさく|ぼうはん|防犯|ぱとろーる|" + WARNING_HANDOUT
             + r"|" + STRANGER + r"から[^\n]{0,6}?(?:ねんがじょう|てがみ|はがき|にもつ|こづつみ|おくりもの|年賀状|手紙"
             r"|荷物)"
             # (round 51: a blow told as a likeness - 殴られたみたいな衝撃, a body's sign: wide53b)
             r"|(?:なぐられ|殴られ|けられ|蹴られ)" + LIKENESS +
             r"|(?:ほうちょう|包丁|はもの|刃物|ないふ|ナイフ)(?:が|の|を)(?:よく)?(?:きれ|切れ|さび|錆|とぎ|研ぎ|とい|研い|すて|捨て"
             r"|かい|買)"
             # (round 38: bought or sharpened, the particle left out - スーパーで包丁買ったんだけど、研いでくれるとこ;
             # blind39b; a knife bought or sharpened is none in 12 phrases of 11 other writers)
             r"|(?:ほうちょう|包丁)(?:かっ(?:た|て)|かい(?:に|た|ま)|買|研|とい(?:て|た)|とき(?:に|した|たい|や|屋))"
             # ... kept away from a child (包丁さ興味持ってっから、しまう場所: round 22 - a knife as a household thing,
             # sharpened, bought, thrown away or stored, is none in the set, 17 of 17)
             r"|(?:ほうちょう|包丁|はもの|刃物|ないふ|ナイフ)(?:に|さ|へ)(?:きょうみ|興味)|(?:しまう|しまい|仕舞う|おく|置く)(?:ばしょ|場所)"
             r"|おきばしょ|置き場所|ほかん|保管"),
    )
