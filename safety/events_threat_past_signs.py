"""A threat received the night before (round 53, helper A107: a kind round 52 left). A message, a call or words
said last night or yesterday - "I'll come and kill you", "I'll burn your house" - told the next day, with nobody at
the door now: the police consultation line (#9110), not 110. When the one who threatened is at the door or outside
now (今玄関の前にいます), it stays 110.

Two rules: the threat itself for the consultation line (``threat``: a burning threat had no rule), and the marker
:data:`safety.decide.VISITOR_LEFT` (nobody there now), which with a threat to life sends to the consultation line
(:data:`safety.decide.GONE_OR_PAST_THREATS`). Tests: tests/safety/test_events_threat_past_signs.py.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# Last night, yesterday, the night before last (ゆうべ, 昨夜, 昨晩, 昨日の夜, きのうのよる, 前の晩, おととい, Tohoku
# きんな).
# (round 54: or days ago, last week - 先週, せんしゅう, 数日前, この前; a threat posted on a review site a week before,
# wide56b)
PAST_NIGHT = (r"ゆうべ|夕べ|昨夜|さくや|昨晩|さくばん|きのう|昨日|きんな|まえのばん|前の晩|おととい|一昨日|せんじつ"
              r"|先日|せんしゅう|先週|すうじつまえ|数日前|(?:みっか|三日|3日|よっか|四日|4日)(?:ほど)?まえ|このまえ|この前|こないだ"
              # (round 58: or again and again of late - 最近何度も, たびたび: threat letters to a shrine)
              r"|なんども|何度も|なんかいも|何回も|たびたび|度々|さいきん|最近|このところ|ここのところ")
# A threat to kill or to burn, said or sent (殺すぞ, 殺してやる, ぶっ殺す, 家燃やすぞ, 火をつけてやる, 火つけるからな).
# (round 58: also a burning threat quoted or written - 「神社を燃やす」と書いた手紙, 火をつけるって; and a demand with a
# veiled threat - 撤去しなければどうなっても知らない, やめねえとただじゃ済まねえ)
_QUOTED = r"[」』]|って|と(?:いう|言う|いっ|言っ|かい|書い|かかれ|書かれ)"
THREAT = (r"(?:ぶっ)?(?:ころ|殺)(?:す|して|しに)(?:ぞ|ぜ|からな|やる|いく|行く|く)"
          r"|(?:もや|燃や)(?:す|して)(?:ぞ|ぜ|からな|やる|" + _QUOTED + r")"
          r"|(?:ひ|火)(?:を)?(?:つけ|付け|点け)(?:る|て)(?:ぞ|ぜ|からな|やる|" + _QUOTED + r")"
          r"|(?:なければ|なけりゃ|ないと|なきゃ|ねえと|ねば|ないなら)[^\n]{0,4}?(?:どうなっても|ただでは|ただじゃ)"
          r"(?:しら|知ら|すま|済ま|おか)"
          r"|どうなっても(?:しら|知ら)(?:ない|ねえ|ん)(?:ぞ|ぜ|からな)")
# ... received or said to one (言われた, メールが来た, 電話があった, 書き込まれた, 送られてきた).
RECEIVED = (r"いわれ|言われ|めーる|メール|らいん|LINE|ライン|でんわ|電話|るすでん|留守電|かきこ|書き込|おくられ|送られ"
            # (round 54: or written about one, 口コミに「燃やしてやる」って書かれた; devoiced, so 書がれ meets it)
            r"|かかれ|書かれ|とうこう|投稿"
            r"|おくって|送って|とどい|届い|きた|来た|ありました|あった")
# Someone there now: at the door, outside, on the way (今玄関の前にいます, 外に来てる, 家の前さいる, ドアを叩いてる).
HERE_NOW = (r"(?:げんかん|玄関|どあ|ドア|いえのまえ|家の前|うちのまえ|そと|外|まど|窓|したに|下に|ちかく|近く)"
            r"(?:の(?:まえ|前|そと|外))?(?:に|で|さ|を)?[^\n]{0,6}?"
            r"(?:いる|います|いて|おる|おります|きてる|来てる|きている|来ている|きた|来た|たたい|叩い|どんどん|まって|待って)"
            r"|(?:いま|今)(?:から)?[^\n]{0,6}?(?:むかって(?:る|い)|向かって(?:る|い)|きて(?:る|い)|来て(?:る|い))(?!ません|ない|ねえ)")
# A threat told the night before, nothing there now: the threat and its time on one line, no one there now in it.
TOLD_PAST = (r"(?<![^\n])(?![^\n]*?(?:" + HERE_NOW + r"))(?=[^\n]*?(?:" + RECEIVED + r"))[^\n]*?(?:" + PAST_NIGHT
             + r")[^\n]{0,60}?(?:" + THREAT + ")")
NOT_THREAT = FICTION + r"|じょうだん|冗談|ふざけ|げーむ|ゲーム|ゆめ|夢"


def threat_past_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # a threat received last night (ゆうべ別れた夫から「家燃やすぞ」って電話が来た), nobody at the door now
        rule("threat", "stalking", TOLD_PAST, unless=NOT_THREAT),
        rule("visitor_left", "scam", TOLD_PAST, unless=NOT_THREAT),
    )
