"""Harm read from what one hears, smells or sees happening nearby, told in words the earlier rules did not read (round
44, helper A72: wide46c's missed emergencies).

Each rule reads one situation *kind* (the tests in tests/safety/test_events_sensed_harm_signs.py hold tellings written
for this module, in several styles):

- 119: a rotten-egg smell with a warning note on a door or car, a door sealed with tape, or no answer (卵の腐ったような
  臭い + 「危険 ガス」と書いた紙 / ガムテープで目張り / 呼んでも返事がない): hydrogen sulphide, someone inside;
- 110: someone following one right now (後ろから男の人がずっとつけてきて, 立ち止まったら向こうも止まる);
- 110: a child heard pleading while being hit (ごめんなさい、やめてって泣いてて、叩く音がずっと);
- 110: bicycle locks or wires being cut and the bicycles taken (工具で自転車のワイヤーを切って、次々積んでいる);
- 119: a person found hanging (ベルトが結んであって、息子がぐったり);
- 119: a person gone under in a river or the sea (川に入ってから、一度だけ頭が浮いたきり、姿が見えない);
- 119: a person who went into the water after someone or something and has not come up, named as the subject of
  the not-surfacing (犬が用水路に落ちて、助けに入った夫が上がってこない; round 58) - not the animal's own;
- 119: a dog biting a person, blood pooling or not stopping (大型犬が宅配の人の腕にかじりついたまま、地面に血が).
"""

from __future__ import annotations

from safety.rule import ANIMAL_WORD, DROWNING_VETO, FICTION, PEOPLE, Rule, rule
from safety.rule import on_its_line_with as _with
from safety.vocabulary import CHILD
from safety.vocabulary_things import CORD_WORD

# --- a rotten-egg gas ---
ROTTEN_EGG = (r"(?:たまご|卵|玉子)(?:の|が)?[^\n]{0,2}?(?:くさった|腐った|くさって|腐って)"
              r"|(?:くさった|腐った)(?:たまご|卵)|いおう|硫黄|りゅうかすいそ|硫化水素")
# ... with a warning note (「有毒ガス発生中」, 「危険 ガス」), the door sealed with tape, or no answer.
GAS_WARNING = (r"(?:ゆうどく|有毒|きけん|危険|どく|毒)[^\n]{0,3}?(?:がす|ガス)"
               r"|(?:がす|ガス)(?:の)?[^\n]{0,3}?(?:ちゅうい|注意|はっせい|発生|きけん|危険)"
               r"|めばり|目張り|がむてーぷ|ガムテープ|はりがみ|張り紙|貼り紙"
               r"|(?:よんで|呼んで|のっく|ノック|たたいて|叩いて)も[^\n]{0,6}?(?:へんじ|返事|おへんじ|お返事|おうとう"
               r"|応答)")

# --- being followed now ---
FOLLOWER = (r"おとこ|男(?!の子)|ひと|人|しらない|知らない|しらねえ|知らねえ|だれか|誰か|ふしんしゃ|不審者|やつ|奴"
            r"|くるま|車")
# (not つけられている, told by the earlier rules: a follower felt, to consult about unless it is now)
FOLLOWING = r"(?:つけて|ついて|ついで|付いて)(?:き|く)(?:て|てる|てい|ます|ました|やが|よる)"
SAME_STOP = (r"(?:たちどま|立ち止ま|とま|止ま)(?:ったら|ると|れば)[^\n]{0,8}?(?:むこう|向こう|あいて|相手"
             r"|そいつ|あいつ)(?:も|まで)[^\n]{0,3}?(?:たちどま|立ち止ま|とま|止ま)")

# --- a child hit, heard ---
CHILD_PLEA = (r"ごめんなさい|ごめんなさーい|やめて|やめで|いたい|いでえ|いてえ|たすけて")
HITTING_HEARD = (r"(?:たたく|叩く|ぶつ|なぐる|殴る|けとばす|蹴飛ばす|ばんばん|バンバン|どすん|ドスン)"
                 r"(?:ような)?(?:おと|音)"
                 r"|(?:たたか|叩か|ぶた|ぶだ|なぐら|殴ら|けら|蹴ら)れ(?:て|てる|てい)"
                 r"|(?:たたいて|叩いて|ぶって|ぶってる|なぐって|殴って|けって|蹴って)(?:る|いる|ん|い)")

# --- bicycles taken by cutting their locks ---
BICYCLE = r"じてんしゃ|自転車|ちゃり|チャリ|ばいく|バイク"
LOCK = r"かぎ|鍵|かき|わいやー|ワイヤー|ちぇーん|チェーン|ろっく|ロック|じょう|錠"
CUTTING = r"きって|切って|きりはな|切り離|せつだん|切断|こわして|壊して|はずして|外して"
GOING_ON = (r"いる|います|いて|てる|でる|てます|ようと|いま|今|つぎつぎ|次々|まだ|さいちゅう|最中|ところ|んだ|んです"
            r"|っちゃ")

# --- a person found hanging ---
# (a cord only where it cannot be こと or 子ども folded: CORD_WORD)
CORD = r"ひも|紐|ろーぷ|ロープ|べると|ベルト|たおる|タオル|なわ|縄|" + CORD_WORD
TIED = (r"むすんで|結んで|むすばれ|結ばれ|かけて|掛けて|かけられ|くくって|括って|くくりつけ|括り付け|つるして|吊るして"
        r"|ゆわえ|結わえ")
LIMP = (r"ぐったり|ぶらさが|ぶら下が|(?:うご|動)か(?:な|ね)|(?:いき|息)(?:を)?(?:して|しで)(?:な|ね)"
        r"|(?:かお|顔)(?:が|いろ|色)?(?:が)?(?:むらさき|紫)")

# --- a person gone under in water ---
WATER = r"かわ|川|うみ|海|いけ|池|みずうみ|湖|ぬま|沼|ようすいろ|用水路"
INTO_WATER = (r"(?:に|へ|さ)[^\n]{0,6}?(?:はいって|入って|はいっ|入っ|おちて|落ちて|とびこ|飛び込|ながされ|流され)")
GONE_UNDER = (r"(?:あたま|頭)(?:が|だけ)?[^\n]{0,4}?(?:ういた|浮いた)きり|(?:すがた|姿)(?:が|も)?[^\n]{0,3}?"
              r"(?:みえな|見えな|みえね|見えね)|(?:あがって|上がって|うかんで|浮かんで)(?:こな|こね)")
# ... or a person who went in after someone or something (an animal, a ball) and has not come up: the person named
# as the subject of the not-surfacing (犬が川に落ちて、飛び込んだ父が浮いてこない; 夫が飛び込んだきり上がってこない;
# round 58) - an animal between the going-in and the sign is the animal's own (父が飛び込んだけど犬が浮いてこない).
WENT_IN = (r"(?:に|へ|さ)[^\n]{0,12}?(?:はいっ|入っ|おち|落ち|とびこ|飛び込|ながされ|流され|はまっ)")
JUMPED_IN = r"(?:とびこ|飛び込|はいっ|入っ|もぐっ|潜っ)"
NOT_SURFACED = (r"(?:あがって|上がって|うかんで|浮かんで|ういて|浮いて)(?:こ|き)(?:ない|ねえ|ね|ません|ん(?!で))")
NO_ANIMAL = r"(?:(?!" + ANIMAL_WORD + r")[^\n])"
# ... not a dive practised or played at, told laughing (飛び込みの練習で、なかなか上がってこないって笑って).
AT_PLAY = r"れんしゅう|練習|あそ(?:ん|び|ぶ)|遊|わら(?:って|い)|笑|たのしそう|楽しそう|きょうそう|競争|しあい|試合"
PERSON_SUBJECT = r"(?:" + PEOPLE + r")(?:さん|ちゃん|さま|くん)?(?:が|は|も|、)"

# --- a dog biting a person ---
DOG = r"いぬ|犬|どさけん|土佐犬|ぴっとぶる|ピットブル|しばいぬ|柴犬"
BITING = (r"かみつ|噛みつ|噛み付|かみつい|かじりつ|齧りつ|くらいつ|食らいつ|くいつ|食いつ|かまれ|噛まれ|かみちぎ"
          r"|噛みちぎ")
BLOOD = r"(?:(?<![^\sらでてのに、。,!?！？])ち|血)"
BLEEDING_BADLY = (r"たまって|溜まって|たまっ|いっぱい|いっぺえ|たくさん|大量|たいりょう|とまらな|止まらな|とまんね"
                  r"|止まんね"
                  r"|ながれ|流れ|ひろが|広が|ぼたぼた|どくどく|だらだら|ふきだ|噴き出|吹き出")


PAST_OR_TOLD = r"きのう|昨日|せんしゅう|先週|このまえ|この前|きょねん|去年|むかし|昔|ゆめ|夢"


def sensed_harm_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("poisoning", "medical", _with(ROTTEN_EGG, GAS_WARNING),
             unless=FICTION + r"|おんせん|温泉|かざん|火山|じごくだに|地獄谷"
                              r"|にゅうよくざい|入浴剤"
             r"|れいぞうこ|冷蔵庫"),
        rule("stalking_now", "police",
             r"(?:" + FOLLOWER + r")[^\n]{0,20}?(?:ずっと|さっきから|しつこく|どこまでも"
             r"|まだ)[^\n]{0,10}?(?:" + FOLLOWING
             + r")|" + SAME_STOP,
             unless=FICTION + "|" + PAST_OR_TOLD + r"|いぬ|犬|ねこ|猫|こども|子ども|子供|まご|孫|ともだち|友達"
             # ... nor one gone or only felt (今はいないけど, 見失った, 気がする)
             r"|(?:いま|今)は(?:もう)?いな|いなくな|みうしな|見失|(?:き|気)がする"),
        rule("child_abuse", "police",
             _with(_with(r"(?:" + CHILD_PLEA + r")", HITTING_HEARD), CHILD + r"|こ(?:の|が)(?:こえ|声)|ちいさいこ"
                         r"|小さい子"),
             unless=FICTION + "|" + PAST_OR_TOLD + r"|てれび|テレビ|どうが|動画|げーむ|ゲーム|ごっこ|あそん|遊ん"
                                                   r"|あそび|遊び"),
        rule("theft_now", "police",
             _with(_with(r"(?:" + LOCK + r")(?:を|が|も)?[^\n]{0,10}?(?:" + CUTTING + ")", BICYCLE), GOING_ON),
             unless=FICTION + "|" + PAST_OR_TOLD + r"|じぶんの|自分の|なくし|無くし|失くし|かぎや|鍵屋|あいかぎ|合鍵"
             r"|てっきょ|撤去|ほうち|放置|しやくしょ|市役所|ぼうはん|防犯"),
        rule("hanging", "medical",
             _with(r"(?:" + CORD + r")[^\n]{0,30}?(?:" + TIED + r")[^\n]{0,40}?(?:" + LIMP + ")", PEOPLE),
             unless=FICTION + r"|にもつ|荷物|せんたく|洗濯|にもつ|いぬ|犬|ねこ|猫|ぺっと|ペット"),
        rule("drowning", "medical",
             _with(r"(?:" + WATER + r")(?:" + INTO_WATER + r")[^\n]{0,40}?(?:" + GONE_UNDER + ")", PEOPLE),
             unless=DROWNING_VETO + "|" + FICTION + r"|(?:さんだる|サンダル|くつ|靴|ぼうし|帽子|うきわ|浮き輪)(?:が|も)"
             r"[^\n]{0,8}?(?:ながされ|流され)"),
        rule("drowning", "medical",
             _with(r"(?:" + WATER + r")" + WENT_IN + r"[^\n]{0,30}?" + PERSON_SUBJECT + NO_ANIMAL + r"{0,8}?"
                   + NOT_SURFACED, PEOPLE),
             unless=DROWNING_VETO + "|" + FICTION + "|" + AT_PLAY),
        rule("drowning", "medical",
             _with(PERSON_SUBJECT + r"[^\n]{0,12}?" + JUMPED_IN + NO_ANIMAL + r"{0,24}?" + NOT_SURFACED, WATER),
             unless=DROWNING_VETO + "|" + FICTION + "|" + AT_PLAY),
        rule("animal_bite", "medical",
             _with(r"(?:" + DOG + r")[^\n]{0,30}?(?:" + BITING + r")[^\n]{0,30}?" + BLOOD + r"(?:が|も)?[^\n]{0,8}?(?:"
                   + BLEEDING_BADLY + ")", PEOPLE + r"|たくはい|宅配|はいたつ|配達|ゆうびん|郵便|つうこう|通行"
                                                    r"|とおりがかり"
                   r"|通りがかり"),
             unless=FICTION + r"|(?:いぬ|犬)(?:が|も)(?:かまれ|噛まれ)|(?:いぬ|犬)どうし|犬同士"),
    )
