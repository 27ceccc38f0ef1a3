"""The consultation cue of the safety patterns (split from :mod:`safety.vocabulary`, round 31): a message that asks
whether a call, a visit or a claim is genuine, or asks for advice, is a matter for the police consultation line
(#9110), not 110 (``safety.detect``'s ``consulting``).
"""

from __future__ import annotations

from safety.vocabulary import compile_folded

# Asking whether it is a scam before acting: police consultation, not 110.
# (not 心配ない / 心配ねえ / 心配いらない, 心配いらねえ, 心配いらん: that is reassurance)
CONSULTING = compile_folded(r"そうだん(?:したい|です|させ|に|すっ|する|すれば|した(?:ほう|方)|しても|でき|さき|先"
                            r"|したら(?:いい|よい|よろし))"
                            # (not the worry that sent one to look, 心配して覗いたら…勉強していました; blind28a)
                            # (nor an apology for the worry given, ご心配をおかけしました; round 57)
                            r"|(?:しんぱい|心配)(?!ない|ねえ|いらな|いらね|いらん|いりませ|ありませ|むよう|無用|す(?:ね|んな)|しな|せんで"
                            r"|をお?(?:かけ|掛け)"
                            r"|(?:して|になって)[^\n]{0,4}?(?:のぞ|覗|みに|見に|みたら|見たら|みると|見ると|あけ|開け|いったら|行ったら))"
                            r"|(?:はなし|話)だけでも"
                            r"|(?:きいて|聞いて)(?:ほしい|ください|もらえ)|ほんとう(?:か|なの|です|でしょう|に?(?:\n|$))"
                            r"|本当(?:か|なの|です|でしょう)|うたがわし|いくまえ|行く前"
                            # the caller's claim asked about (本当に息子でしょうか: round 31; the 5 other phrases of
                            # the set with the form are #9110)
                            r"|(?:ほんとう|本当|ほんと)に(?:[^\n、。]){1,8}?(?:でしょうか|なのでしょうか|なのか|なの(?:\n|$)|ですか"
                            r"|だべか|だっぺか|かな|かしら)"
                            # was it a scam? (すぐ切りましたが、詐欺だったのでしょうか)
                            r"|(?:さぎ|詐欺)(?:だった|でした|なの|じゃない)?(?:の)?(?:でしょうか|ですか|かな|かしら|だよね|だよな|だべ|だっぺ)"
                            r"|(?:これ|それ|あれ)(?:って|は)?(?:さぎ|詐欺)(?:かも)?(?:\n|$)")
