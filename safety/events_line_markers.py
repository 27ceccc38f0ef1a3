"""The #7119 markers of the line rules (:mod:`safety.events_line_signs`; moved out of it, which had passed 300
lines, in round 41): a sign told as mild or managed, the bleeding stopped, a cough. Markers never decide alone:
:mod:`safety.decide` weighs them (``safety.decide.MARKERS``)."""

from __future__ import annotations

from safety.rule import Rule, rule

# The bleeding stopped (血は止まったけど縫ったほうが): with a cut, a question for #7119 - every phrase of the set
# that tells it is advice (12 of 12 #7119, round 21; ``bleeding_stopped``, weighed in :mod:`safety.decide`); round 53:
# Tohoku 血ぃとまった with the verb in kana.
BLEEDING_STOPPED = (r"(?:(?<![ぁ-ゖ])ち|血)(?:は|も)(?:もう|すでに|すっかり)?(?:とまっ|止まっ)"
                    # round 57: told politely (出血は止まりましたが; not 止まりません, still bleeding)
                    r"|(?:(?<![ぁ-ゖ])ち|血)(?:は|も)(?:もう|すでに|すっかり)?(?:とまり|止まり)(?=まし(?:た|て))"
                    r"|血(?:ぃ|い)?(?:止ま|とま)った"
                    # round 23: told as come and gone (血は少し出ましたがもう止まっております)
                    r"|(?:(?<![ぁ-ゖ])ち|血)(?:が|は|も)?(?:すこし|少し|ちょっと)?(?:でました|出ました|でた|出た)(?:が|けど|けれど)"
                    r"[^\n]{0,3}?(?:もう|すでに|すぐ)(?:とまっ|止まっ|とまり|止まり)")
# A sign told as mild or managed (see the ``said_mild`` rule).
MILD_STATE = (r"(?:すこし|少し|ちょっと|ちょこっと)(?:だけ)?(?:いき|息|らく|楽|くるし|苦し|いた|痛|はれ|腫れ|だる|きつ"
              r"|ぼんやり|ふらつ|めまい)"
              # round 55: a pallor told as vague (なんとなく顔色が悪く、食欲もない; blind56b)
              # - not with a graver sign beside it (…顔色わるくて、ぐったりしてる)
              r"|(?:なんとなく|何となく|どことなく|こころなしか|心なしか)(?:[^\n]{0,2}?)(?:かおいろ|顔色)"
              r"(?![^\n]*?(?:ぐったり|くったり|いしき|意識|よんでも|呼んでも|うごか|動か|たおれ|倒れ|くるし|苦し|けいれん))"
              r"|(?:いき|息)(?:とか|など|のほう|の方)?(?:は|も)(?:ふつう|普通)(?!じゃ|では|でな)"
              r"|(?:ふつう|普通)に(?:はなせ|話せ|しゃべれ|喋れ|しゃべって|喋って|はなして|話して|あるけ|歩け|あるいて|歩いて"
              r"|いき|息|たべ|食べ|あそ|遊)|(?:げんき|元気)に(?:あそ|遊)"  # round 21: playing as usual after a fall
              r"|(?:らく|楽)に(?:なっ|なり)|(?:あるいて|歩いて)(?:かえれ|帰れ)|(?:あるけ|歩け)(?:る|ます)"
              r"|(?:げんき|元気)(?:は|も)(?:ある|あり)|(?:がまん|我慢)(?:でき)"
              # round 24: the ambulance weighed (救急車 呼ぶほど じゃない かも: 86 of 87 phrases of the set that weigh
              # it are advice, the other asks for a number to keep), breathlessness on effort (階段で息が切れる,
              # 足がむくんで息切れ: 9 of 9 #7119 when told as a complaint) and told fine as usual (今のところ元気にして
              # います, 本人は普段通り: none of the 26 phrases of the set with these words is an emergency)
              r"|(?:よぶ|呼ぶ|よんだ|呼んだ|する|かける|いく|行く)(?:ほど|までも)"
              r"|いきぎれ|息切れ|(?:いき|息)(?:が|も)(?:きれ|切れ)(?!きれ|ぎれ|切れ)"
              r"|(?:げんき|元気)に(?:して|しと|しており)|(?:ふだん|普段|いつも)(?:どおり|通り|どうり)"
              # round 41: talk or walking still possible (会話はできる, 歩けはする; 18 phrases, 16 splits: advice)
              r"|(?:かいわ|会話|はなし|話)(?:は|も)(?:でき|出来)(?:る|ます(?!ん)|て|っけ)"
              r"|(?:あるけ|歩け)(?:は|も)(?:する|します|して)"
              r"|" + BLEEDING_STOPPED)

# A cough (咳き込んで, せきがひどい, 咳止まんない): with a child's laboured breathing and no other sign, a marker of
# croup or an asthma attack (``coughing``, weighed in :mod:`safety.decide`).
# (round 58: not the せき of 親戚 or 出席, しんせきことしも read as 咳込; blind59b)
# (round 58: or a wheeze told with a fever, 熱出して、ぜいぜいしてる - blind59a/b: the night line for a child, as with a
# cough; a grave sign beside it, 唇が紫, ぐったり, is a life sign of its own and keeps 119)
WHEEZE_WITH_FEVER = (r"(?<![^\n])(?=[^\n]*?(?:ねつ|熱)(?:が|も|を|っ)?(?:で|出|あ|たか|高|さが|下が|ぽ|っぽ))[^\n]*?"
                     r"(?:ぜいぜい|ぜえぜえ|ぜーぜー|ひゅうひゅう|ひゅーひゅー)")
COUGH = (r"咳|しわぶき|(?<!しん)(?<!しゅっ)せき(?:こ|込|が|も|を|は|ひど|とま|止|して|しで|ばかり|ばっか"
         r"|で(?:ねむ|眠|ね))")


def line_marker_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- #7119, not 119 (round 19) ---
        # a marker (safety.decide.MARKERS; never decides alone): a sign told mild or managed - a little (少し息苦しい),
        # breathing, talking or walking normal (普通に話せる), able to cry, bearable (我慢できる), the bleeding stopped.
        # With only graded signs (laboured breathing, a sting swelling, heatstroke, a blow to the head, a bite): advice.
        rule("said_mild", "ask", MILD_STATE),
        # a marker (safety.decide.MARKERS; round 21): the bleeding stopped, which turns a cut with a tool into a
        # question for #7119 when nothing else is told
        rule("bleeding_stopped", "ask", BLEEDING_STOPPED),
        # a marker (safety.decide.MARKERS; round 20): a cough, which turns a child's laboured breathing with no other
        # sign into a question for the night line (#8000), not 119 - 9 of 9 such phrases in the set
        rule("coughing", "symptom", COUGH + "|" + WHEEZE_WITH_FEVER),
    )
