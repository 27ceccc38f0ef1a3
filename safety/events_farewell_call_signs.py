"""A farewell said on the phone, the call cut and no answer since (round 56, helper A119). Nobody says
"suicide": they quote the last words - a leave-taking (みんなありがとう, 今までありがとう, もう無理、じゃあね,
ばいばい) - say the call was cut or hung up (言って切れた, って切られた, とだけ言って切った) and that calling back
finds no one (かけ直しても出ない, 折り返してもつながらない, 何回かけても出ねえ). The police look for the person now
(110).

Round 54's phone rule (:mod:`safety.events_gone_signs`) wants a life called not worth living (死にたい, 生きていても
仕方ない); round 21's farewell rules want the words to have *come* as a message (届いた, LINEが来た). A weary word
(もう疲れた, もう限界) counts only with a closing word beside it (ありがとう, じゃあね, 元気で): a weary word alone
(今日は疲れた) or a closing word alone (ありがとうって切った) is an ordinary call.

Quiet: a call ended as usual and reached again (明日会う, 電波が悪くて, 充電が切れて), a story, a joke.

A wish to die said as "it would be fine to die" (死んでもいい, 死んでも構わない) beside despair - worn out, no way
on, a farewell, a jump (もう無理, 疲れた, さよなら, 飛び降りれば, 生きてる意味ない) - is a suicide threat too (110; a
leftover of round 56, forty-ninth session): it read none, or a bare danger word for 119. "I could die happy" said of
a treat or a song with no despair stays quiet (:data:`safety.events_danger_words.DELIGHT_HYPERBOLE`), and so do a
full stomach and a joke.
Tests: tests/safety/test_events_farewell_call_signs.py.
"""

from __future__ import annotations

from safety.events_scene_signs import FAREWELL, UNREACHABLE
from safety.rule import FICTION, Rule, rule

# A weary word (もう疲れた, もう無理, もう限界) with a closing word after it (ありがとう, じゃあね, 元気で, ごめん).
WEARY_CLOSING = (r"もう(?:つかれ|疲れ)(?:た|ちゃった|ちまった)|もう(?:むり|無理|げんかい|限界)")
CLOSING = r"ありがと|じゃあね|じゃあな|じゃね|ばいばい|バイバイ|(?:げんき|元気)で|ごめん|よろしく|さよなら|さようなら"
LAST_WORDS = r"(?:" + FAREWELL + r"|(?:" + WEARY_CLOSING + r")[^\n]{0,10}?(?:" + CLOSING + r"))"
# ... quoted, then the call cut or hung up (って言って切れた, とだけ言って切った, って切られた).
CALL_CUT = (r"[^\n]{0,10}?(?:って|と)(?:だけ)?[^\n]{0,10}?(?:きれ|切れ|きっ|切っ|きられ|切られ)")
# ... and calling back finds nobody (かけ直しても出ない, 折り返しても出ません, 何回かけても出ねえ).
CALLED_BACK = (r"(?:かけなおし|掛け直し|かけ直し|おりかえし|折り返し|なんかい|何回|なんど|何度|なんべん|何べん|いくら)"
               r"[^\n]{0,10}?(?:でな|出な|でね|出ね|でません|出ません|つながら|繋がら|つながりません|繋がりません)")
# "It would be fine to die" (死んでもいい, 死んでもええ, 死んでも構わない).
FINE_TO_DIE = r"(?:しんでも|死んでも)(?:いい|ええ|よい|かまわ|構わ)"
# ... beside despair: worn out, no way on, a farewell, a jump, no point in living.
WISH_DESPAIR = (r"もう(?:むり|無理|げんかい|限界|つかれ|疲れ|いや|嫌)(?!まで|なほど|というほど)"
                r"|さよなら|さようなら|とびおり|飛び降り|(?:いきて|生きて)(?:る|いる)?(?:いみ|意味)|(?:いきる|生きる)(?:いみ|意味|のが)|つらい|辛い|きえたい|消えたい")
# ... not a full stomach or a joke (もう無理、お腹いっぱい; 冗談だよ).
NOT_A_WISH = (FICTION + r"|おなかいっぱい|お腹いっぱい|はらいっぱい|腹いっぱい|まんぷく|満腹|じょうだん|冗談|ふざけ")
# A phone told (電話, 携帯, スマホ).
PHONE = r"でんわ|電話|けいたい|携帯|すまほ|スマホ"
# A call cut by the line, not the person; a story or a joke.
NOT_A_FAREWELL = (FICTION + r"|でんぱ|電波|じゅうでん|充電|ばってりー|バッテリー|じょうだん|冗談|ふざけ"
                  r"|あした|明日|あとで|後で|またね")


def farewell_call_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # last words quoted on the phone, the call cut, and no answer since (「もう疲れた、みんなありがとう」とだけ
        # 言って切れて、かけ直しても出ない)
        rule("suicide_threat", "police",
             LAST_WORDS + CALL_CUT + r"[^\n]*?(?:" + CALLED_BACK + "|" + UNREACHABLE + ")",
             has_negation=True, needs=PHONE, unless=NOT_A_FAREWELL),
        # "it would be fine to die" with despair (もう無理、死んでもいい、さよなら; 飛び降りれば死んでもいいかなって)
        rule("suicide_threat", "police", FINE_TO_DIE, has_negation=True, needs=WISH_DESPAIR, unless=NOT_A_WISH),
    )
