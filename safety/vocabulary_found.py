"""A missing person told found, with no turn before it (round 52, blind53b): 迷子の孫は見つかりました, 迷子になった
孫は本部で保護されていて無事に会えました. :data:`safety.vocabulary_settled.FOUND_SAFE` reads the finding after a turn
(はぐれたけど、すぐ見つかった); this reads it told plainly (and, since round 57, found with the search called off or
thanks given) - the person marked as the one spoken of (は, も) and then
found, or taken in and met safe - closing the message, with nothing not harmless on the way (行方不明の父は川で倒れて
いるのが見つかりました stays an alarm: 倒れ). :mod:`safety.detect` reads it as a resolved scare.
"""

from __future__ import annotations

from safety.vocabulary import compile_folded
from safety.vocabulary_settled import MISSING, NOT_HARMLESS

# The missing also told in Tohoku (いねぐなった) or as a child out of sight (姿が見えなくなった; round 57).
_MISSING = (r"(?:" + MISSING + r"|いねくな|いねぐな"
            r"|(?:すがた|姿)(?:が|も)?(?:みえなくな|見えなくな|みえねくな|見えねくな|みえねぐな|見えねぐな))")

_CLEAR = r"(?:(?!" + NOT_HARMLESS + r"|けど|けれど|でも|のに|まだ)[^\n])"
_TURN_CLEAR = r"(?:(?!" + NOT_HARMLESS + r"|まだ)[^\n])"
# thanks or relief after the finding (ありがとうございました, ほっとしました, 安心しました)
_AFTER = _CLEAR + r"{0,30}?(?:\n|$)"
FOUND_TOLD = compile_folded(
    _MISSING + _CLEAR + r"{0,30}?(?:"
    # the person spoken of, then found (迷子の孫は見つかりました, まいごの まごは みつかりました)
    r"(?:は|も)" + _CLEAR + r"{0,20}?(?:みつかり|見つかり|みつかっ|見つかっ|みっかっ|見っかっ)(?:ました|た|て)"
    # ... or taken in and met, or met safe (本部で保護されていて無事に会えました, 無事に会えた)
    r"|(?:ほご|保護)(?:され|して(?:もら|いただ|くださ|くれ))" + _CLEAR + r"{0,16}?(?:あえ|会え)(?:ました|た)"
    r"|(?:ぶじ|無事)に?(?:あえ|会え)(?:ました|た))" + _AFTER
    # round 57: ... or found, and the search or the announcement called off, or thanks given (屋台で見つかりました。
    # 放送を取り消してください, 見っかったがらいいわ, みつかったので もう だいじょうぶです)
    # (a turn may come between, はぐれたけど…見つかったので; not まだ, not a guess, 見つかったら)
    + r"|" + _MISSING + _TURN_CLEAR + r"{0,40}?(?:みつか|見つか|みっか|見っか)"
    r"(?:った(?!ら|ひと|人|もの|者|とき|時|こと|かな|かどうか|か(?:\n|$))|りました|って)"
    + _TURN_CLEAR + r"{0,24}?(?:とりけ|取り消|とりさげ|取り下げ|きゃんせる|キャンセル|さがさなくて|探さなくて"
    r"|(?:だいじょうぶ|大丈夫)(?!か|で(?:しょう|す)か)|ありがと|おさわがせ|お騒がせ|あんしん|安心|ほっと"
    r"|(?:から|がら|ので)(?:もう)?いい)")

