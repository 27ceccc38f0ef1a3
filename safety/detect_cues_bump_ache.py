"""A minor bump told as over, with an ache that came later and a doctor asked about (昨日後ろから軽くぶつけられて、
今朝から首が痛い。何科に行けば): a question for the advice line (#7119), not a collision to send the police to
(round 57, blind57b and wide55). :func:`safety.detect.find` drops the accident event when :data:`ACHE_AFTER_A_BUMP`
is told; the body's own signs (頭を打って吐いている, 意識がない) are events of their own and keep their alarm."""

from __future__ import annotations

from safety.vocabulary import compile_folded

# The bump told as past (昨日, おととい, 先週, ぶつけた後, その時は), or the ache told as coming later (今朝から,
# 今日になって, 翌日, 後から, だんだん).
_PAST_OR_LATER = (r"きのう|昨日|きんな|おととい|一昨日|せんじつ|先日|せんしゅう|先週|このまえ|この前"
                  r"|(?:た|だ)(?:あと|後)|その(?:とき|時)は"
                  r"|きょう|今日|けさ|今朝|よくじつ|翌日|つぎのひ|次の日|あとから|後から|いまになって|今になって"
                  r"|だんだん|じわじわ|よるになって|夜になって")
# An ache, a stiffness or a numbness (痛い, いでぐ, しびれ, こわばる, 振り向けない).
_ACHE = (r"いた(?:い|く|み|む|かっ|がっ|がる)|痛|いて(?:え|ぇ|く|ぐ)|しびれ|痺れ|こわば|強張|ずきずき"
         r"|だる|重い|おもい|はって|張って|ふりむけ|振り向け|まわらな|回らな|まわせな|回せな|しかめ")
# A doctor or a hospital asked about, or whether to wait and see.
_DOCTOR_ASKED = (r"びょういん|病院|じゅしん|受診|なにか|何科|いしゃ|医者|せいけい|整形|しんりょう|診療"
                 r"|(?:み|診|見)て(?:もら|いただ|くださ|くれ)|ようすみ|様子見|ようすをみ|様子を見")
# Still a matter for the police or not mild: a driver who fled, a threat, a bump just now, vomiting or a clouded mind
# after it (昨日追突されて、今朝から頭が痛くて何度も吐いてます keeps its alarm).
_NOT_MILD = (r"逃げ|にげ(?:た|て|ら|ちゃ|やが)|ひきにげ|当て逃げ|あてにげ|怒鳴|脅"
             r"|たったいま|たった今|いまさっき|今さっき|いましかた|今しがた|ただいま"
             r"|吐い(?:て|た|ちゃ)|はいて(?:る|い|ま)|もどし|戻し|嘔吐|おうと|いしき|意識|ろれつ|呂律|けいれん|痙攣"
             r"|ぼーっと|ぼんやり|ふらふら")
ACHE_AFTER_A_BUMP = compile_folded(
    r"\A(?=[\s\S]*?(?:" + _PAST_OR_LATER + r")[^\n]{0,24}?(?:" + _ACHE + r"))"
    r"(?=[\s\S]*?(?:" + _DOCTOR_ASKED + r"))"
    r"(?![\s\S]*?(?:" + _NOT_MILD + r"))")
