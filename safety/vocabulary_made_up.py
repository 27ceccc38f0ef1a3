"""A family trouble told over in its own words (round 53, blind54a's indirect and kana tellings).

- A quarrel or shouting that ended in a making-up or in laughter (夫婦げんかの大声がしたけど、もう仲直りしました;
  上の階の怒鳴り声、すぐ笑い声になった): the shouting was the alarm's word (violence heard, a police danger word),
  and the message closes with it over.
- Someone who walked out, told where they are and with whom (家出だと飛び出した息子の居場所は叔父の家で、今は
  二人で夕飯を食べている): the leaving was the alarm's word, the message tells them at a known home now.

Both close the message with nothing not harmless on the way (`NOT_HARMLESS`: 倒れ, 血, 動か…) and no contrast
(けど, でも, のに, まだ) after the turn; :mod:`safety.detect` reads them as a resolved scare, so an alarm told after a
turn (仲直りしたと思ったら夫が倒れて) still counts.
"""

from __future__ import annotations

from safety.vocabulary import compile_folded
from safety.vocabulary_settled import NOT_HARMLESS

# nothing harmful on the way: no sign, no blow, no blade (a "but" may turn to the making-up: けんかした、でも仲直りした)
_HARMLESS = (r"(?:(?!" + NOT_HARMLESS + r"|なぐ|殴|たた|叩|けっ|蹴|つきとば|突き飛ば|おしたお|押し倒|くびを|首を"
             r"|はもの|刃物|ほうちょう|包丁)[^\n])")
# ... and no contrast after the making-up (仲直りしたけど、まだ泣いてる)
_CLEAR = r"(?:(?!けど|けれど|でも|のに|まだ)" + _HARMLESS + ")"
_CLOSING = _CLEAR + r"{0,16}?(?:\n|$)"
_QUARREL = (r"(?:けんか|喧嘩|げんか|いいあらそ|言い争|くちげんか|口げんか|口論|こうろん|どなり|怒鳴り|どなっ|怒鳴っ"
            r"|おおごえ|大声|さけびごえ|叫び声)")
# the making-up or the laughter, in the past or as a state now (仲直りしました, 仲直りしてる, 笑い声に変わった)
_MADE_UP = (r"(?:なかなおり|仲直り)(?:は)?(?:し|でき)(?:ました|た|て)"
            r"|(?:わらいごえ|笑い声)(?:に|へ)(?:かわ|変わ|な)(?:った|りました|って)")
QUARREL_OVER = compile_folded(_QUARREL + _HARMLESS + r"{0,40}?(?:" + _MADE_UP + r")" + _CLOSING)

_LEFT = (r"(?:いえで|家出|でていっ|出ていっ|出て行っ|でてった|出てった|とびだし|飛び出し)")
# a known home: a relative's, a friend's or a neighbour's (祖母の家, 叔父の家, 友達んち, 隣の家)
_KNOWN_HOME = (r"(?:(?:そぼ|祖母|そふ|祖父|ばあちゃん|じいちゃん|おば|叔母|伯母|おじ|叔父|伯父|あに|兄|あね|姉|いとこ"
               r"|しんせき|親戚|ともだち|友達|友だち|となり|隣|きんじょ|近所|じっか|実家)(?:の|[^\n]{0,6}?の)"
               r"(?:いえ|家|うち|ところ|とこ)|(?:ともだち|友達|友だち)(?:んち)|じっか|実家)")
WHEREABOUTS_SAFE = compile_folded(
    _LEFT + r"[^\n]{0,40}?(?:いきさき|行き先|行先|いばしょ|居場所)(?:は|も)" + _CLEAR + r"{0,10}?" + _KNOWN_HOME
    + _CLEAR + r"{0,30}?(?:いる|います|おります|いました|てる|てます|でる|でます)" + _CLOSING)
