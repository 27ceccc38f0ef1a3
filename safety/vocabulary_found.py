"""A missing person told found, with no turn before it (round 52, blind53b): 迷子の孫は見つかりました, 迷子になった
孫は本部で保護されていて無事に会えました. :data:`safety.vocabulary_settled.FOUND_SAFE` reads the finding after a turn
(はぐれたけど、すぐ見つかった); this reads it told plainly - the person marked as the one spoken of (は, も) and then
found, or taken in and met safe - closing the message, with nothing not harmless on the way (行方不明の父は川で倒れて
いるのが見つかりました stays an alarm: 倒れ). :mod:`safety.detect` reads it as a resolved scare.
"""

from __future__ import annotations

from safety.vocabulary import compile_folded
from safety.vocabulary_settled import MISSING, NOT_HARMLESS

_CLEAR = r"(?:(?!" + NOT_HARMLESS + r"|けど|けれど|でも|のに|まだ)[^\n])"
# thanks or relief after the finding (ありがとうございました, ほっとしました, 安心しました)
_AFTER = _CLEAR + r"{0,30}?(?:\n|$)"
FOUND_TOLD = compile_folded(
    MISSING + _CLEAR + r"{0,30}?(?:"
    # the person spoken of, then found (迷子の孫は見つかりました, まいごの まごは みつかりました)
    r"(?:は|も)" + _CLEAR + r"{0,20}?(?:みつかり|見つかり|みつかっ|見つかっ|みっかっ|見っかっ)(?:ました|た|て)"
    # ... or taken in and met, or met safe (本部で保護されていて無事に会えました, 無事に会えた)
    r"|(?:ほご|保護)(?:され|して(?:もら|いただ|くださ|くれ))" + _CLEAR + r"{0,16}?(?:あえ|会え)(?:ました|た)"
    r"|(?:ぶじ|無事)に?(?:あえ|会え)(?:ました|た))" + _AFTER)
