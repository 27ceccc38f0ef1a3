"""Small mishaps at work and at play to ask a doctor about, told in words the earlier rules did not read (round 46,
helper A78: wide48's urgent-advice kinds that fell to none or to an emergency number).

Each rule is a ``symptom`` (the advice line: #7119, or #8000 for a child at night; an emergency event found
with it is decided first). Tellings written for them are in tests/safety/test_events_small_mishaps.py:

- dry ice handled bare-handed, fingers white or blistering (ドライアイス素手で触って指が白く);
- the white of an eye turned red (白目が真っ赤になって);
- a lens lost behind the eyelid (コンタクトが目の裏に入って取れない);
- a used needle in a rubbish bag pricking a finger (ゴミ袋の注射針が指に刺さった);
- wet cement on the skin, red and raw (セメントが長靴に入って足首が赤くむけて, 生コンで膝がただれて);
- a heel that "snapped" or cannot bear standing on tiptoe (かかとの上がブチって, つま先で立てない);
- a splinter stuck and left in (ささくれが刺さって抜けない, 皮膚の下に残って);
- a glow stick bitten open, its liquid in the mouth or eye (ケミカルライトを噛んで割って, ひかるぼうをかじって).
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# A question of a topic, a product or a rule (ドライアイスはどこで買える, 捨て方): nothing has happened.
NOT_HAPPENED = (FICTION + r"|(?:かえ|買え|うって|売って)(?:ます|る)|すてかた|捨て方|とりあつかい|取り扱い|あつかいかた"
                r"|ないように|きをつけ|気をつけ|ちゅうい|注意")

DRY_ICE = r"どらいあいす|ドライアイス"
TOUCHED = r"さわ|触|つかん|掴ん|もっ|持っ|にぎ|握"
COLD_BURN = (r"しろく|白く|しろっ|白っ|まっしろ|真っ白|みずぶくれ|水ぶくれ|みずぶぐれ|すいほう|水疱|いた|痛|ひりひり"
             r"|ヒリヒリ"
             r"|じんじん|ジンジン|かんかくが|感覚が|とうしょう|凍傷")

WHITE_OF_EYE = r"しろめ|白目"
TURNED_RED = r"あか|赤|まっか|真っ赤|ち(?:が|を|の|みたい|のよう)|血(?:が|を|の|みたい|のよう)"

LENS = r"こんたくと|コンタクト|れんず|レンズ"
LENS_LOST = (r"(?:うら|裏|おく|奥)(?:に|さ|へ)(?:はい|入|まわ|回|いっ|行っ)|(?:とれ|取れ|はずれ|外れ|でてこ"
             r"|出てこ)(?:ない|ねえ|ません|なく)"
             r"|(?:どこか|どっか)(?:へ|に|さ)?(?:いっ|行っ)")

NEEDLE = r"ちゅうしゃばり|注射針|はり(?!がね|きり|ねずみ)|針(?!金)"
PRICKED = r"ささ|刺さ|ささっ|刺さっ"
RUBBISH = (r"ごみ|ゴミ|ごみぶくろ|ゴミ袋|しようずみ|使用済|だれが(?:つかった|使った)|誰が(?:つかった|使った)"
           r"|いんすりん|インスリン")

CEMENT = r"せめんと|セメント|なまこん|生コン|こんくり|コンクリ|もるたる|モルタル"
RAW_SKIN = (r"(?:あかく|赤く|まっかに|真っ赤に)[^\n]{0,4}?(?:むけ|剥け|ただれ|爛れ|はれ|腫れ|ひりひり|ヒリヒリ)"
            r"|ただれ|爛れ"
            r"|(?:かわ|皮)(?:が)?(?:むけ|剥け)|じくじく|ジクジク|しる(?:が|も)?(?:で|出)|汁(?:が|も)?出")

HEEL = r"かかと|踵|あきれす|アキレス|ふくらはぎ|ふくらはぎ"
SNAPPED = (r"ぶちっ|ブチッ|ぶちって|ブチって|ばちっ|バチッ|ぱちん|パチン|(?:けられ|蹴られ)(?:た)?(?:よう|みたい"
           r"|と(?:おもっ|思っ))"
           r"|(?:つまさき|つま先|爪先)(?:で|だち|立ち)[^\n]{0,3}?(?:たて|立て|たちでき|立ちでき)(?:ない|ねえ|ません|なく)")

SPLINTER = r"ささくれ|とげ|トゲ|きのへん|木の片|(?:き|木)(?:の)?(?:は|破)へん|(?:ゆか|床)の(?:き|木)"
STUCK_IN = (r"(?:ぬけ|抜け|とれ|取れ)(?:ない|ねえ|ません|なく)|(?:ひふ|皮膚|かわ|皮)の(?:した|下)に(?:のこ|残)"
            r"|のこって|残って"
            r"|(?:ふかく|深く)(?:ささ|刺さ)")

GLOW_STICK = (r"けみかるらいと|ケミカルライト|さいりうむ|サイリウム|ひかる(?:ぼう|棒)|光る(?:ぼう|棒)|ぺんらいと"
              r"|ペンライト")
BITTEN_OPEN = r"かん|噛ん|かじ|齧|わっ|割っ|われ|割れ|くわえ|咥え|なめ|舐め"


def _together(first: str, second: str, span: int) -> str:
    """``first`` then ``second`` within ``span`` characters on one line."""
    return r"(?:" + first + r")[^\n]{0," + str(span) + r"}?(?:" + second + ")"


def small_mishap_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("cold_burn", "symptom",
             _together(_together(DRY_ICE, TOUCHED, 10), COLD_BURN, 20), unless=NOT_HAPPENED),
        rule("red_eye", "symptom", _together(WHITE_OF_EYE, TURNED_RED, 12), unless=NOT_HAPPENED),
        rule("lens_lost_in_eye", "symptom", _together(LENS, LENS_LOST, 16), unless=NOT_HAPPENED),
        rule("needlestick", "symptom",
             r"(?<![^\n])(?=[^\n]*?(?:" + RUBBISH + r"))[^\n]*?" + _together(NEEDLE, PRICKED, 24),
             unless=NOT_HAPPENED),
        rule("cement_burn", "symptom", _together(CEMENT, RAW_SKIN, 40), unless=NOT_HAPPENED),
        rule("heel_snapped", "symptom", _together(HEEL, SNAPPED, 30), unless=NOT_HAPPENED),
        rule("splinter_stuck", "symptom",
             _together(_together(SPLINTER, PRICKED, 12), STUCK_IN, 16), unless=NOT_HAPPENED),
        rule("glow_stick_bitten", "symptom", _together(GLOW_STICK, BITTEN_OPEN, 12), unless=NOT_HAPPENED),
    )
