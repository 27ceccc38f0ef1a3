"""A hedged question closing a message (round 42, helper A63): whether it is fine or may wait (…大丈夫かな,
…様子見でいいでしょうか, …平気かね, …気のせいかしら, Tohoku …大丈夫だべか). Seniors and family members tell a grave
sign this way; asked, it tells nothing over, explained or settled - the resolution signal reads a tail without it
(:func:`safety.resolution.told_part`) and a person is not settled by it (:data:`safety.vocabulary_settled.SETTLED`,
:func:`safety.detect._settled_person`).
"""

from __future__ import annotations

import re

from safety.vocabulary import compile_folded

# A question after "fine" that the settled forms do not read as one (大丈夫よね, Tohoku 大丈夫だべか / だっぺか /
# だすか): a piece of ``SETTLED``'s lookahead, written like the views (倒れで動がねえんだけど大丈夫だべか).
FINE_QUESTION = r"(?:です|だ)?よね|だ?(?:べ|っぺ)(?:か|が)|だすか"
# The fine word closing a message (大丈夫？, 平気なの？): the views keep no '?', so the caller checks their flag.
FINE_CLOSING = compile_folded(r"(?:だいじょうぶ|大丈夫|へいき|平気)(?:なの|なん|かな)?(?:\n|$)")
FINE_WORD = (r"(?:だいじょうぶ|大丈夫|だいじょぶ|へいき|平気|きのせい|気のせい"
             r"|(?:しんぱい|心配|もんだい|問題)(?:ない|ねえ|いらない|ありません|ございません))")
# Waiting and seeing, leaving it, letting them sleep (様子見で, 様子を見ていても, 放っておいて, このままで, 寝かせて).
WAIT_AND_SEE = (r"(?:(?:ようす|様子)(?:を)?(?:みて|見て|み|見)"
                r"|(?:ほうって|放って|ほっと|ほうっと|放っと)(?:おいて|おい|いて)?"
                r"|このまま|(?:ねかせ|寝かせ|まっ|待っ)て)(?:いて|おいて|で|て)?(?:も)?")
# The hedged question at the very end of a raw text (kanji and hiragana; punctuation kept): fine or may wait, then
# か/かな/かしら/かね, でしょうか, ですか, よね, だべか or a '?'.
# A lead-in the question opens with (これは大丈夫なものでしょうか, 私の気のせいでしょうか, asr これ 大丈夫 ですか;
# round 43, kinds42): part of the question, not of what is told.
ASKED_LEAD = r"(?:(?:これ|それ|こりゃ|あれ)(?:は|って)?|(?:わたし|私|あたし|おれ|俺|ぼく|僕)の)?\s*"
ASKED_IF_FINE = re.compile(
    ASKED_LEAD
    + r"(?:(?:" + WAIT_AND_SEE + r")?" + FINE_WORD + r"|" + WAIT_AND_SEE + r"(?:いい|よい|よろしい|いがっ|いがす))"
    r"\s*(?:なもの|もの|なん|なの|ん|の)?(?:です|でしょう|でございましょう|だろう)?(?:か(?:な|しら|ね|い)?|の(?=[？?])|"
    + FINE_QUESTION + r"|[？?])[ねえ。…‥、？?！!\s]*$")
