"""The habit and door cues of :func:`safety.detect.find`: not getting up, not answering or not coming out told as
the usual or on purpose, and someone at the door who does not answer or will not leave - no missing sign of life
(``HABIT_CANCELLED``). Split from :mod:`safety.detect_cues` (forty-fourth session) to keep modules small."""

from __future__ import annotations

from safety.rule import PEOPLE, STRANGER, UNKNOWN_AT_THE_DOOR, UNLIKE_USUAL, VISITOR_STAYING
from safety.vocabulary import compile_folded

# round 25: not getting up, not answering or not coming out told as the usual or on purpose (寝坊, 無視する,
# 反抗期, 昼寝, いつものこと, 引きこもり, 毎朝なかなか起きない, a quarrel - けんか, but not 玄関, けんかん devoiced,
# nor ゲームで, which meets 煙で): no missing sign of life (``HABIT_CANCELLED``). Of the 72 phrases of the set where it
# applies (40 splits) 54 are none and the 18 others keep events of their own (fights, floods). Not with いつもより
# (unlike the usual), nor in a message that names consciousness, breath, a cold body, limpness or blows, or turns on
# a guess or a look (寝坊かと思って起こしに行ったら目を開けない: ``unconscious``'s message-wide guard missed it, and any
# message with 玄関, before).
TOLD_USUAL = compile_folded(r"はんこうき|反抗期|すねて|おこって|ちこく|遅刻|ねすご|寝過ご"
                            r"|(?:ひるね|昼寝|いねむり|居眠り)" + UNLIKE_USUAL
                            + r"|いつものこと|いつものごと|いつもの(?:ひるね|昼寝|いねむり|居眠り)|ねぼう|寝坊"
                            r"|(?:むし|無視)(?:する|して|され|しや|すん)|ひきこも|引きこも|けんか(?!ん)|喧嘩"
                            r"|(?:いつも|毎朝|まいあさ|まいにち|毎日)[^\n]{0,6}?なかなか(?:おき|起き)"
                            # sleeping late as a habit (娘はいつも日曜は昼過ぎまで寝ていて、起こしても起きません;
                            # blind27)
                            r"|(?:いつも|毎週|まいしゅう|休日|きゅうじつ|休みの日|やすみのひ|日曜|にちよう|週末|しゅうまつ)"
                            r"[^\n]{0,10}?(?:ひるすぎ|昼過ぎ|ひる|昼|おひる|お昼|おそく|遅く|ゆうがた|夕方|[0-9０-９一二三四五六七八九十]+じ|[0-9０-９一二三四五六七八九十]+時)"
                            r"(?:すぎ|過ぎ|ころ|頃)?まで(?:ねて|寝て|ねとる|寝とる|ねてる|寝てる|ねむって|眠って)"
                            # left to sleep on purpose (夜遅くまで電話していたので、そのまま寝かせています; round 48,
                            # blind49b)
                            # dozing off every night where one sits, or sleeping late on days off (毎晩晩酌のあと
                            # こたつで寝てしまって, 休みになると昼まで寝てて; round 49, blind50)
                            r"|(?:まいばん|毎晩|まいよ|毎夜)[^\n]{0,16}?(?:ねて|寝て|ねちゃ|寝ちゃ|ねむって|眠って|うたたね|うたた寝"
                            r"|いねむり|居眠り)"
                            r"|(?:やすみ|休み)(?:に(?:なる|なっ)と|の(?:ひ|日)は)[^\n]{0,10}?(?:ひる|昼|おひる|お昼|ゆうがた|夕方)"
                            r"(?:すぎ|過ぎ|ころ|頃)?まで(?:ねて|寝て|ねてる|寝てる)"
                            r"|(?:ねかせて|寝かせて|ねかして|寝かして|ねかせと|寝かせと|ねかせで|寝かせで)"
                            r"(?:おく|おこ|おき|おい|おり|い|る|ま|あげ|やっ|っ)")
NOT_USUAL = compile_folded(r"と(?:おも|思)(?:って|ったら)|(?:いった|行った|みた|見た|あけた|開けた)ら"
                           r"|いつもと(?:ちが|違)|いつもより|いつもとは|(?:ようす|様子)が|いしき|意識|(?<![ぁ-ゖ])いき(?:を|が|も|し)"
                           r"|息(?!子)|つめた|冷た|ぐったり|いびき|くるし|苦し|たおれ|倒れ|うめ|呻|なぐ|殴|けられ|蹴|さされ|刺|血")
# Someone at the door (誰かが外からドアノブを…返事がない, 市役所の人だって来て…玄関から動かない): one who does not
# answer or will not leave is a caller or a stranger, not a person without signs of life (``HABIT_CANCELLED`` too;
# the stranger himself is ``stranger_at_the_door``).
# ... and the writer frozen by fear (人影が見えます。怖くて動けません; blind28b): no one without signs of life, the
# danger is the one feared
# ... also frozen at a spot told with から, no person named between (怖くて電話の前から動けない; round 41, blind36a)
# (round 42, kinds41: also the Tohoku potential, おっかなくて動がれね)
FROZEN_BY_FEAR = (r"(?:こわくて|怖くて|こえくて|おっかなくて|おそろしくて|恐ろしくて|(?:あし|足)が(?:すくんで|竦んで)"
                  r"|ふるえて|震えて)(?:[^\n]{0,4}?|(?:(?!" + PEOPLE + r")[^\n]){0,8}?(?:の(?:まえ|前|そば|側|よこ|横)"
                  r"|ここ|そこ|その(?:ば|場))から)(?:うごけ|動け|うごかれ|動かれ)")
# ... or the door named first, someone unknown handling it (玄関の戸を誰かががたがた開けようと…お名前を聞いても答えない;
# round 41, blind41b; を heard お): the one who does not answer is the one at the door (``UNKNOWN_AT_THE_DOOR`` reads
# 誰かがドアを)
DOOR_HANDLED = (r"(?:どあ|ドア|げんかん|玄関|かってぐち|勝手口)(?:の(?:と|戸|どあ|ドア))?(?:を|お)(?:だれか|誰か|"
                + STRANGER + r")が")
AT_THE_DOOR = compile_folded(UNKNOWN_AT_THE_DOOR + "|" + VISITOR_STAYING + "|" + FROZEN_BY_FEAR + "|" + DOOR_HANDLED)
HABIT_CANCELLED: frozenset[str] = frozenset({"unconscious", "vital_signs_absent", "weak_danger", "person_not_moving",
                                             "not_coming_out", "not_moving_word"})
