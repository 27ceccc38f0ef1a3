"""More long-tail situations told in words the earlier rules did not read (round 43, helper A68: wide45c's misses).

wide45c holds sixty situations of the long tail written blind, four tellings each; each rule here reads one
situation *kind* in the words its missed telling used and in the other words such a telling would use (the tests in
tests/safety/test_events_wide_tail_signs.py hold tellings written for this module, in several styles):

- 119: a fire alarm announcing a fire (かじです かじですって なってて, 報知器が鳴って) with smoke or a burnt smell;
- 119: wild mushrooms or puffer fish eaten, then several vomiting or someone limp, numb or barely answering;
- 119: a lot of blood vomited (ちを いっぱい はいた, 血めっちゃ吐いた, 洗面器いっぱい);
- 119: something exploding in a hand (花火が手の中で爆発, 手元で破裂) with blood or a burnt, torn hand - the firework
  is not a fire in its place;
- 119: a person in the water through the ice (氷に穴, 氷の縁をつかんで, 頭だけ見えて);
- #7119: a fish hook stuck in a finger past the barb (釣り針が指に刺さって抜けない);
- #7119: hearing gone in one ear of a sudden, or a ringing (右の耳が聞こえない, 耳鳴り, 突発性難聴);
- #7119 / #8000: shampoo, bath foam or sunscreen in an eye (泡の入浴剤が目に入って, 白目が赤い);
- #7119 / #8000: a front tooth loosened in a fall, or a fall with a toothbrush in the mouth (前歯がぐらぐら,
  歯ブラシをくわえたまま転んで).

Its other kinds are read with their like since round 44: traffic lights out, a hit-and-run and the car ahead swaying
in :mod:`safety.events_road_signs`, underwear taken and children photographed in :mod:`safety.events_stalking_signs`,
a flyer's service asking a huge sum in :mod:`safety.events_swindle_signs`.
"""

from __future__ import annotations

from safety.rule import ANIMAL_VETO, FICTION, PEOPLE, Rule, on_its_line_with, rule

# A fire alarm (火災報知器, 警報器, 火災警報) sounding or announcing 火事です, with smoke or a burnt smell.
FIRE_ALARM = (r"(?:かさい)?(?:ほうちき|報知器|報知機|けいほうき|警報器|警報機|けいほう|警報)"
              r"|(?:かじ|火事)です[^\n]{0,2}?(?:かじ|火事)です")
SOUNDING = (r"なって|鳴って|なり(?:っぱなし|つづけ|やま)|鳴り(?!そう)|なっとる|鳴っとる|なってる|鳴ってる|なってだ"
            r"|鳴ってだ")
SMOKE_OR_BURNT = (r"けむり|煙|けむい|煙い|けむた|こげくさ|焦げくさ|焦げ臭|こげた|焦げた|こげの|焦げの|きなくさ"
                  r"|きな臭|けむくさ|煙くさ|煙臭")

# Wild mushrooms or puffer fish eaten (きのこ汁, フグを自分でさばいて).
# (round 56, blind57a: or wild plants picked - 山菜のつもりで採ってきた草, 野草; not the kana さんさい of a
# three-year-old, さんさいの こが)
WILD_FOOD = (r"きのこ|キノコ|茸|ふぐ|フグ|河豚|山菜|やそう|野草|どくそう|毒草"
             r"|(?<![0-9０-９])さんさい(?!の?(?:こ|子|むす|まご|孫|おと|おん|じ|とき))")
EATEN = r"たべ|食べ|くっ|食っ|くい|食い|たべて|めしあが|召し上が|あじみ|味見"
# ... then several vomiting, or someone limp, numb or barely answering
POISONED_SIGNS = (r"(?:みんな|皆|みな|ぜんいん|全員|かぞく(?:じゅう|中)|家族(?:じゅう|中)|ふたりとも|二人とも"
                  r"|さんにん|三人)"
                  r"[^\n]{0,12}?(?:はい|吐い|はき|吐き|げーげー|ゲーゲー|もど|戻)"
                  r"|ぐったり|くったり|しびれ|痺れ|しびび|(?:へんじ|返事)(?:が|も)?[^\n]{0,2}?(?:うす|薄|よわ|弱|ない|ねえ|ね)"
                  r"|(?:よんで|呼んで)も[^\n]{0,8}?(?:へんじ|返事|はっきり|おき|起き)|うとうと|ろれつ|呂律"
                  r"|(?:いき|息)(?:が|も)?[^\n]{0,4}?(?:くるし|苦し|しづら|しずら|しにく)")

# A lot of blood vomited (ちを いっぱい はいた, 血めっちゃ吐いた, 洗面器いっぱいに黒っぽい血を吐き).
BLOOD_MARK = r"(?:(?<![^\sらでてのに、。,!?！？])ち|血)"
MUCH = (r"いっぱい|一杯|たくさん|沢山|大量|たいりょう|めっちゃ|めちゃくちゃ|すごい|ものすごい|どっさり"
        r"|せんめんき|洗面器|ばけつ|バケツ|どばっ|ドバッ|ごぼっ|ゴボッ")
# ... kana ち after が as well (じいじが ちを いっぱい: じいじかちを once spaces and voicing are gone)
BLOOD_VOMITED_MARK = r"(?:" + BLOOD_MARK + r"|(?<=か)ち(?=を|お|が|も))"
VOMITED = r"はいた|吐いた|はいて|吐いて|はきま|吐きま|はいち|吐いち|はぎ|吐ぎ|はいだ|吐いだ|はい(?:ちゃ|じゃ)"

# Something exploding in a hand or by the face (花火が手の中で爆発, 手元で破裂, スプレー缶が破裂).
EXPLODED = r"ばくはつ|爆発|はれつ|破裂|ぼうはつ|暴発|はじけ|弾け|ぱーん|パーン|どかん|ドカン"
HAND_OR_FACE = r"て(?:の|に|で|が|さ|を|元|もと)|手|ゆび|指|かお|顔|め(?:が|に|を)|目"
BLAST_WOUND = (BLOOD_MARK + r"|やけ(?:た|て|ただ)|焼け|ただれ|やけど|火傷|ぐちゃ|くちゃ|ちぎれ|千切れ|さけ|裂け"
               r"|むげ|むけ|剥け|えぐれ|抉れ")

# A person in the water through the ice (氷に穴, 氷の縁をつかんで, 氷が割れて落ちた, 頭だけ見えて).
ICE = r"こおり|氷|ひょうけつ|氷結|こお(?:った|って)|凍(?:った|って)|いけの(?:こ|ほ)?おり"
THROUGH_ICE = (r"われ|割れ|あな|穴|ぬけ|抜け|おち|落ち|はまっ|嵌っ|しずん|沈ん")
IN_THE_WATER = (r"(?:あたま|頭|かお|顔|うで|腕|て|手)(?:と[^\n]{0,4}?)?(?:だけ|しか)[^\n]{0,4}?(?:みえ|見え|で|出)"
                r"|(?:ふち|縁|へり)(?:を|に|さ)?[^\n]{0,4}?(?:つかま|掴ま|つかん|掴ん|つかみ|掴み|しがみ)"
                r"|(?:みず|水)(?:の)?(?:なか|中)?(?:に|さ|へ)[^\n]{0,4}?(?:おち|落ち|はま|沈|しず)"
                r"|(?:あが|上が)れ(?:ない|ねえ|ね|ず)|もがい|おぼれ|溺れ")

# A fish hook (or a hook) stuck in a finger or hand and not coming out (釣り針が人差し指に刺さって抜けない).
HOOK = r"つりばり|つりはり|釣り針|釣針|つりばし|(?:ふぃっしゅ)?ふっく|フック"
STUCK_IN = (r"ささ(?:って|った|り)|刺さ(?:って|った|り)|ささっ|刺さっ|くいこ|食い込|ひっかか|引っかか|引っ掛か")
NOT_OUT = (r"(?:ぬけ|抜け|ぬげ|抜げ|とれ|取れ)(?:ない|ねえ|ね|なく|ません|ず)|かえし|返し|ぬいて|抜いて|ぬいで|抜いで")

# Hearing gone in one ear of a sudden, or a ringing (右の耳が聞こえない, 耳鳴りがする, 突発性難聴, 水の中にいるみたい).
EAR = r"みみ|耳"
HEARING_GONE = (r"(?:" + EAR + r")(?:が|は|も|さ)?[^\n]{0,6}?(?:きこえ|聞こえ|きごえ|聞ごえ)"
                r"(?:ない|ねえ|ね|にく|づら|ずら|なく|ません|ず)"
                r"|(?:" + EAR + r")(?:だけ)?[^\n]{0,4}?(?:みず|水)の(?:なか|中)"
                r"|(?:" + EAR + r")[^\n]{0,6}?(?:つまった|詰まった|ふさが|塞が)"
                r"|みみなり|耳鳴り|耳なり|(?<![ぁ-ゖ])みなり(?:が|する)|み鳴り|なんちょう|難聴")
EAR_SUDDEN = (r"きゅうに|急に|とつぜん|突然|とっぱつ|突発|(?:けさ|今朝|あさ|朝|きのう|昨日|さっき|ゆうべ|昨夜)"
              r"(?:から|おき|起き)|かたほう|片方|かたみみ|片耳|(?:みぎ|右|ひだり|左)の(?:みみ|耳)")

# Shampoo, bath foam, soap or sunscreen in an eye (泡の入浴剤が目に入って, シャンプーが入ったあと).
BATH_THING = (r"しゃんぷー|シャンプー|しゃんぷ|りんす|リンス|にゅうよくざい|入浴剤|あわ|泡|せっけん|石鹸|石けん"
              r"|ぼでぃそーぷ|ボディソープ|ひやけどめ|日焼け止め|ひやけとめ|むしよけ|虫よけ|虫除け|けしょうすい|化粧水")
INTO_EYE = (r"(?:め|目|めだま|目玉|しろめ|白目)(?:に|さ|の(?:なか|中)に)?[^\n]{0,2}?(?:はい|入|しみ|染み)"
            r"|(?:はい|入)(?:った|って)[^\n]{0,20}?(?:め|目)(?:を|が)[^\n]{0,6}?"
            r"(?:つぶ|あけ|開け|あか|赤|こす|擦|いた|痛)")

# A front tooth loosened in a fall (前歯がぐらぐら), or a fall with a toothbrush in the mouth (歯ブラシくわえたまま
# 転んで).
TOOTH_LOOSE = (r"(?:まえば|前歯|歯(?!ぐき|茎))(?:が|も|は)?[^\n]{0,2}?(?:ぐらぐら|ぐらつ|ぐらっ|ゆれ|揺れ"
               r"|ぬけそう|抜けそう|かけ|欠け|おれ|折れ)")
TOOTHBRUSH_FALL = (r"(?:はぶらし|歯ブラシ|はぶらす|はみがき|歯磨き)(?:を|ば)?[^\n]{0,6}?(?:くわえ|咥え|くちに|口に)"
                   r"[^\n]{0,12}?(?:ころ|転|こけ|たお|倒|つまず|躓)")
FALL = r"ころ|転|こけ|ぶつけ|ぶっつけ|ぶつか|うった|打った|うって|打って|おち|落ち"


def wide_tail_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("fire", "fire",
             on_its_line_with(r"(?:" + FIRE_ALARM + r")[^\n]{0,20}?(?:" + SOUNDING + r")", SMOKE_OR_BURNT),
             unless=FICTION + r"|くんれん|訓練|てんけん|点検|ごさどう|誤作動|でんち|電池|(?:なり|鳴り)そう"
             r"|(?:けむり|煙)(?:は|も)?(?:ない|ねえ|でて(?:ない|ねえ))"),
        rule("poisoning", "medical",
             r"(?:" + WILD_FOOD + r")[^\n]{0,20}?(?:" + EATEN + r")[^\n]{0,40}?(?:" + POISONED_SIGNS + ")",
             unless=ANIMAL_VETO + "|" + FICTION + r"|もし|たら(?:どう|こまる|困る)|ないように"),
        rule("bleeding_much", "medical",
             BLOOD_VOMITED_MARK + r"(?:を|お|が|も|ば)?[^\n]{0,4}?(?:" + MUCH + r")[^\n]{0,4}?(?:" + VOMITED + ")"
             r"|(?:" + MUCH + r")[^\n]{0,10}?" + BLOOD_MARK + r"(?:を|お|ば)?[^\n]{0,3}?(?:" + VOMITED + ")",
             unless=ANIMAL_VETO + "|" + FICTION + r"|はなぢ|鼻血|はみがき|歯磨き|はぐき|歯ぐき|歯茎|まじり|混じり"),
        rule("severe_burn", "medical",
             on_its_line_with(
                 r"(?:" + EXPLODED + r")[^\n]{0,24}?(?:" + HAND_OR_FACE + r")[^\n]{0,24}?(?:" + BLAST_WOUND + ")"
                 r"|(?:" + HAND_OR_FACE + r")[^\n]{0,12}?(?:" + EXPLODED + r")[^\n]{0,30}?(?:" + BLAST_WOUND + ")",
                 PEOPLE + r"|" + BLOOD_MARK + r"(?:が|も)?[^\n]{0,6}?(?:とま|止ま|たくさん|いっぱい|出て|でて)"
                 r"|ぐちゃ|くちゃ|ちぎれ|千切れ|ただれ"),
             unless=ANIMAL_VETO + "|" + FICTION + r"|もし|ないように|きをつけ|気をつけ"),
        rule("drowning", "medical",
             r"(?:" + ICE + r")[^\n]{0,30}?(?:" + THROUGH_ICE + r")[^\n]{0,50}?(?:" + IN_THE_WATER + ")"
             r"|(?:" + ICE + r")(?:の)?(?:ふち|縁|へり)(?:を|に|さ)?[^\n]{0,4}?(?:つかま|掴ま|つかん|掴ん|しがみ)",
             unless=ANIMAL_VETO + "|" + FICTION + r"|もし|ないように|きをつけ|気をつけ|かき氷|かきごおり"),
        rule("symptom", "symptom",
             r"(?:" + HOOK + r")(?:が|は|さ|を)?[^\n]{0,16}?(?:" + STUCK_IN + r")[^\n]{0,16}?(?:" + NOT_OUT + ")",
             unless=ANIMAL_VETO + "|" + FICTION + r"|さかな|魚|えさ|餌|ねがかり|根掛かり|ないように"),
        rule("symptom", "symptom", on_its_line_with(HEARING_GONE, EAR_SUDDEN),
             unless=FICTION + r"|てれびが|テレビが|でんわが|電話が|ないように|いやほん|イヤホン|へっどほん"
             r"|ヘッドホン|うるさ|騒"),
        rule("symptom", "symptom",
             r"(?:" + BATH_THING + r")(?:が|も|は)?[^\n]{0,20}?(?:" + INTO_EYE + ")"
             r"|(?:め|目)(?:を|が)[^\n]{0,6}?(?:つぶ|あけ|開け|あか|赤|こす|擦|いた|痛)[^\n]{0,30}?(?:"
             + BATH_THING + r")(?:が|も)?[^\n]{0,2}?(?:はい|入)",
             unless=FICTION + r"|ないように|しみない|染みない|ふせ|防"),
        rule("symptom", "symptom",
             on_its_line_with(TOOTH_LOOSE, FALL) + "|" + TOOTHBRUSH_FALL,
             unless=FICTION + r"|ないように|はいしゃ(?:の|で)(?:よやく|予約)|にゅうし|乳歯が(?:ぬけ|抜け)|ぬけかわ"
             r"|生え変わ"),
    )
