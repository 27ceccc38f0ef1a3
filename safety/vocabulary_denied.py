"""A match denied right after it (痛くない, 吐き気はないです, 息してないみたいにぐっすり寝てる, けいれんは起きて
いませんが): the denials :func:`safety.detect_hits.rule_hits` reads on the text that follows a rule's match."""

from __future__ import annotations

from safety.vocabulary import compile_folded

# A negation, a turn or a purpose right after the match (ない, じゃない, と思ったら, ないように, たらどう).
NEGATED_AFTER = compile_folded(
    r"^(?:は|も)?(?:い)?(?:ない(?!て(?:る|い|ま|ば))|ねえ|ません|なかった|ずに|ないです)|^(?:じゃ|では|でわ|じゃあ)(?:ない|ありません|ねえ"
    r"|なかった|なく|ね)"
    r"|^(?:か)?と(?:おもっ)?たら|^(?:る|れる)?かと(?:おも|思)|^(?:せ|さ)?ないよう|^(?:せ|さ)?ないため|^(?:たら|ら)(?:どう|いい|なに)"
    # a symptom or event denied: 痛くない, 吐き気はないです, めまいはしません, 血は出ていません, けがはしていない
    r"|^く(?:は|も)?(?:ない|ねえ|ありません|なかった)|^(?:て|で)(?:は|も)?(?:い)?(?:ない(?![てた])|ねえ|ません|なかった)"
)
# A symptom or sign denied right after the match (苦しくない, 苦しぐねえ, 痛くはない, 吐き気はないです,
# めまいはしません, 血は出ていません): cancels even the rules whose pattern holds a negation of its own (theirs is
# inside the match). Also an appearance denied after a particle (息は苦しそうではない; blind30b).
DENIED_AFTER = compile_folded(r"^く(?:は|も)?(?:ない|ねえ|ね|ありません|なかった)|^(?:る|れる)?かと(?:おも|思)"
                              r"|^(?:(?:は|も)[^\n]{0,4}?)?(?:い|く)?(?:そう|そうな|よう|みたい|かんじ|感じ)(?:では|じゃ|じゃあ|でわ)"
                              r"(?:ない|ありません|ねえ|なさそう)"
                              # not ないか (a question), ないと (must); but ねえども (Tohoku "but not") denies
                              # (round 54: not a hold that will not let go, 腕を掴んで離さない, つかんではなさねえ:
                              # はなさない is one verb, no は…ない; wide56b)
                              r"|^[^\n]?は(?!なさ(?:ない|ねえ|ね(?![ぁ-ゖ])|ず|ん(?![ぁ-ゖ])|ません)|なして(?:くれ|もらえ))"
                              r"[^\n]{0,5}?(?:ない|ねえ|ません|なかった)(?!か|と(?!も)|の?に)"
                              # round 56: ... denied in a list (息苦しさや顔の腫れはありません, 痛みや熱はないです;
                              # wide58b) - a noun's end, then や, not a verb's くて (苦しくてやばい、熱はない) nor
                              # a quoted と (燃やしてやると書かれた、今は何もない)
                              r"|^(?:さ|み|け)?や[^\n]{1,10}?(?:は|も)(?:ない|なく(?!な|っ)|ありません|ございません|ねえ)"
                              # round 57: ... denied in a list with とか / なんか / など (息苦しいとかはないです,
                              # 熱とかもない, めまいとか吐き気とかはない) - not asked (とかないの?, とかないか) nor a
                              # quoted word (苦しいとか言ってる)
                              # (not と書かれた, とかかれた; nor 泣いてる, ないてる)
                              r"|^[^\n]{0,6}?(?:とか(?!か|いて|いた)|なんか|など)"
                              r"(?:[^\n]{1,10}?(?:とか|なんか|など|は|も))?(?:は|も)?"
                              r"(?:ない(?!て(?:る|い|ま|た)|た)|なく(?!な|っ)|ありません|ございません|ねえ|ね(?![ぁ-ゖ]))"
                              r"(?!か|の(?!て)|と(?!も)|に)"
                              # round 51: ... told on, 息苦しさはなく、ほかは普段と (not 鼻血じゃなくて: は then なく)
                              r"|^[^\n]?はなく(?!な|っ)"
                              # ... or its look denied (苦しがる様子はなく, 痛がる様子もありません; round 51)
                              r"|^[^\n]{0,3}?(?:ようす|様子|けはい|気配)(?:は|も)(?:ない|なく(?!な|っ)|ありません|ございません|ねえ)"
                              # a simile (息してないみたいにぐっすり寝てる, 死んだように眠って, 息してないんじゃって
                              # くらい爆睡)
                              r"|^[^\n]{0,6}?(?:みたいに|ように|かのように|(?:って|と)?(?:くらい|ぐらい|ほど))[^\n]{0,6}?(?:ねて|寝て|ねむ|眠|ぐっすり|すやすや"
                              r"|ばくすい|爆睡|ねいって|寝入って)"
                              # not so much as (音がするほどではなく)
                              r"|^[^\n]{0,12}?ほど(?:では|じゃ|でわ)(?:ない|なく|ありません|ねえ|ございません)"
                              # told fine right after (息とか平気だけど, 息は大丈夫です; round 51) - not asked
                              # (大丈夫か)
                              r"|^(?:は|も|とか|なんか)(?:へいき|平気|だいじょうぶ|大丈夫)(?!か|かな|かしら|でしょうか|ですか|なの|かどうか)")
# ... and the same denial followed by が "but", which the devoiced view reads as the question か
# (けいれんは起きていませんが、救急車を呼ぶべきでしょうか; round 39: 5 phrases of 4 other writers, all advice), or
# after a listing たり (吐いたりはしてないです): searched on the voiced view, and only for signs, not for the symptoms
# that keep a message's advice (safety.detect_hits).
DENIED_BUT = compile_folded(r"^(?:たり|[^\n])?は[^\n]{0,5}?(?:ない|ねえ|ません|なかった)(?:です)?が"
                            r"|^(?:たり|だり)(?:は|も)[^\n]{0,5}?(?:ない|ねえ|ません|なかった)(?!か|と(?!も)|の?に)",
                            voiced=True)
