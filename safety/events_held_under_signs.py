"""Someone's head held under water by others (round 55, helper A117: wide57b). Nobody says "assault" or "drowning":
they say the older boys pressed a small child's head down and sank it in the water again and again (頭を押さえつけて
水に沈めて, 顔を水の中へ押し込んで, 頭押さえで水さ沈めでる). It is violence now, and the police stop it (110); if the
child no longer breathes, the rules of a person drowned or not breathing read that too (119).

Quiet: a swimming lesson or a game of holding one's breath (顔を水につける練習, 潜る練習), hair washed (シャンプー),
a thing sunk (野菜, 洗濯物), a story or a what-if. Tests: tests/safety/test_events_held_under_signs.py.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

HELD_UNDER = "held_under_water"

# A head or a face (頭, 顔), the object of what is done to it (を, Tohoku ば, or no particle).
HEAD = r"(?:あたま|頭|かお|顔)(?:を|ば|お)?"
# ... pressed down or pushed (押さえつけて, 押さえで, 押し込んで, 突っ込んで) ...
PRESSED = r"(?:おさえ|押さえ|抑え|おしこ|押し込|おしつけ|押し付け|つっこ|突っ込)"
# ... into the water (水に, 水さ, 水の中へ, 川に) and sunk there (沈めて, 沈めでる) - or pushed into it.
WATER = r"(?:みず|水|かわ|川|いけ|池|ぷーる|プール)(?:の(?:なか|中))?(?:に|さ|へ|ん中さ)"
SUNK = r"(?:しずめ|沈め|おしこ|押し込|おさえ|押さえ|つっこ|突っ込)"
# A lesson, a game or one's own face; hair or things washed.
NOT_HARM = (r"れんしゅう|練習|すいえい|水泳|きょうしつ|教室|もぐる|潜る|もぐり|潜り|いきどめ|息止め"
            r"|じぶんのかお|自分の顔|しゃんぷー|シャンプー|かみをあら|髪を洗|せんがん|洗顔"
            r"|やさい|野菜|せんたく|洗濯|" + FICTION)


def held_under_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # a head pressed and then sunk in the water (頭を押さえつけて何度も水に沈めています), or pushed into it
        # (頭を水の中へ何度も押し込んでおります)
        rule(HELD_UNDER, "police",
             HEAD + r"(?:" + PRESSED + r"[^\n]{0,8}?)?" + WATER + r"[^\n]{0,8}?" + SUNK
             + r"|" + HEAD + PRESSED + r"[^\n]{0,10}?" + WATER + r"?[^\n]{0,6}?(?:しずめ|沈め)",
             unless=NOT_HARM),
    )
