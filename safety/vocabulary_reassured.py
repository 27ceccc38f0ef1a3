"""Context patterns of reassurance (breathing or consciousness told fine, settled now, a threat not here yet, signs of
life heard from someone out of sight): split from :mod:`safety.vocabulary_settled` in round 38 (past ~300 lines).

Patterns are written like the text views (see :mod:`safety.normalize`) and folded by
:func:`safety.vocabulary.compile_folded`; :mod:`safety.detect` applies them.
"""

from __future__ import annotations

from safety.vocabulary import compile_folded
from safety.vocabulary_time import RECOVERED, THE_OTHER_DAY

# Reassurance about breathing or consciousness (息はしております, 意識ははっきりしています): laboured breathing
# alone is then a symptom to ask about, not an emergency.
# Breathing normally, still able to cry or play (息は普通, 今は普通に泣いてる, 泣く元気はある): a weak sign too is
# then a symptom to ask about.
# (not 息は普通じゃない, 呼吸が平気ではない: round 24)
BREATHING_NORMAL = (r"(?:いき|息|こきゅう|呼吸)(?:は|も)?(?:ふつう|普通|へいき|平気)"
                    r"(?!じゃ|しゃ|でな|てな|では|てわ|でわ)"
                    r"|(?:いま|今)は(?:もう)?(?:ふつう"
                    r"|普通)に"
                    r"|(?:ふつう|普通)に(?:いき|息|こきゅう|呼吸)"
                    r"|(?:なく|泣く|あそぶ|遊ぶ|たべる|食べる)(?:げんき|元気)(?:は|が|も)?(?:ある|あり)"
                    # ... or as ever now, playing or reading (今はけろっとして絵本を読んでいます, いまは あそんでます;
                    # round 43: a child's fall told over)
                    r"|(?:いま|今)は(?:もう)?(?:けろっと|けろりと|いつもどおり|いつも通り|ふだんどおり|普段どおり|普段通り"
                    r"|(?:げんきに|元気に)?(?:あそんで|遊んで))")
BREATHING_NORMALLY = compile_folded(BREATHING_NORMAL)
REASSURED = compile_folded(r"(?:いき|息)(?:は|も)(?:して|でき)"
                           # ... or told fine (いきは だいじょうぶ; blind31a: 29 of 29 phrases of the set with
                           # the breath told fine or normal are advice)
                           r"|(?:いき|息|こきゅう|呼吸)(?:とか|など|のほう|の方)?(?:は|も)(?:だいじょうぶ|大丈夫|へいき|平気|もんだいな"
                           r"|問題な)(?![^\n]{0,3}?か)"
                           r"|(?:いきぐるし|息苦し)(?:さ|く)?(?:は|も)?(?:ない|ありません|ねえ)"
                           r"|(?:いしき|意識)(?:は|も)?(?:ある|あり|はっきり|しっかり)"
                           r"|けろっと|けろりと|げんき(?:です|だ|に)|元気(?:です|だ|に)"
                           r"|" + BREATHING_NORMAL)
# Settled now (今は落ち着いています, 今はもう治まって): with a question of calling, chest pain or laboured breathing
# that came and went is a question for #7119, not an emergency.
SETTLED_NOW = compile_folded(r"(?:いま|今)は(?:もう)?(?:おちつ|落ち着|おさま|治ま|へいき|平気|なんとも|何とも"
                             r"|らくに|楽に)")
# Not here (yet): a threat or a stalker who has not come (今のところ来てはいません, まだ来てない): not happening now.
NOT_YET = compile_folded(r"(?:いま|今)の?ところ|(?:いま|今)は(?:きて|来て)(?:い)?(?:ない|ません|ねえ)"
                         r"|(?:きて|来て)(?:は|も)(?:い)?(?:ない|ません|ねえ)|まだ(?:きて"
                         r"|来て)(?:い)?(?:ない|ません|ねえ)"
                         # ... or the one followed safe at home, closing the message (同じ車が停まっていて、娘が通ると
                         # 動き出すそうです。今日は無事に家にいます; blind29b)
                         r"|(?:きょう|今日|いま|今)は(?:もう)?(?:ぶじ|無事)に?(?:いえ|家|うち)(?:に|さ)"
                         r"(?:います|おります|いる|いま(?:す|した)|かえ|帰)[^\n]{0,8}(?:\n|$)"
                         # ... or gone for now (今は近くにいないけど, 今はいねえけど; 12 of 12 such phrases of the set
                         # are #9110; blind30b)
                         r"|(?:いま|今)は(?:もう)?(?:ちかく|近く|そば|まわり|周り)?(?:に|には)?(?:い|お)"
                         r"(?:ない|ません|ねえ|らん|りません)"
                         # ... or no longer seen (今は見かけないらしい; blind26b, round 38 helper A50)
                         r"|(?:いま|今)は(?:もう)?(?:みかけ|見かけ)(?:ない|ません|ねえ|なく)")
# A day gone by (昨日学校の帰りに知らないおじさんに, 先日…を名乗る電話が, この前家の前に): a police matter told of a
# past day, with nothing told as happening now, is one to consult about - the police consultation line (#9110), not
# 110 (round 38, helper A50: held out, strangers met and swindlers' calls of past days were given 110). Not "since"
# (昨日から, 先週ぐらいから: still going on), nor きのう inside a reading (雪の上, ゆきのうえ; 兄貴の, あにきの).
# :mod:`safety.detect` weighs it only where no "now" cue was found.
PAST_DAY = compile_folded(r"(?:(?<![^\s、。,])きのう|昨日|おととい|一昨日|ゆうべ|昨夜|せんじつ|先日|" + THE_OTHER_DAY
                          + r"|この前"
                          r"|こないだ|このあいだ|この間|せんしゅう|先週|せんげつ|先月)(?![^\n、。]{0,4}?から)")
# Signs of life heard from someone out of sight (ずっと鼻歌が聞こえてくる, 中で歌ってる, 返事はある): not a person
# who does not come out (safety.detect drops ``ALIVE_CANCELLED``). Not a moan (うめき声: an event of its own).
ALIVE_HEARD = compile_folded(r"はなうた|鼻歌|(?:うた|歌)(?:って|う(?:\n|$|の|こえ|声)|ごえ|声)"
                             r"|(?:へんじ|返事)(?:は|が|も)(?:ちゃんと)?(?:ある|あり|あった|する|した|かえって|返って)")
# ... unless distress is heard too (返事はあるけど苦しいって, うめき声): the weak sign then stays.
DISTRESS_HEARD = compile_folded(r"くるし|苦し|いた(?:い|が|む)|痛|うめ|呻|うなっ|唸|ぐったり|たすけ|助け|さけ|叫|ひめい"
                                r"|悲鳴|へんな|変な|おかし|よわよわ|弱々")
# A near-past event told over (ばあちゃん まえに たおれたけど いまは げんき; 先ほど駅で倒れた方が…ご本人は歩いて
# 帰られました; round 38, A44's kind "a past event told with a time word"): a near-past time word (not PAST's: 昨日 or
# さっき alone begin as many emergencies), then the person well now (今は + ``RECOVERED``) or gone home on foot, and
# nothing ongoing anywhere after the time word (昨日から倒れたまま, さっき倒れて今も動かない, まえに倒れて今は
# 元気がない stay alarms). Cancels like ``PAST`` when nothing says "now".
_NEAR_PAST = (r"(?:きのう|昨日|さっき|さきほど|先ほど|先程|ゆうべ|昨夜|おととい|一昨日|今朝"
              # (not Tohoku 来てけさい, nor 逃げされた, おかげさま: にけされた, おかけさま devoiced)
              r"|(?<![てでにか])けさ(?![いれせ])"
              # 前に as "before", not "in front of" (家の前に) nor minutes ago (5分前に)
              r"|(?<![の0-9０-９一二三四五六七八九十分秒時間日週月年])(?:まえ|前)に)")
_ONGOING = (r"まだ|(?:いま|今)も|ずっと|(?:まま|侭)(?!で(?:は|も))|うごか|動か|へんじ|返事|いしき|意識"
            r"|(?:いき|息)(?:を|が|も)|(?:げんき|元気)(?:が|も)?(?:な|ね)|くるし|苦し|いたい|痛|ぐったり"
            r"|(?<!た)ち(?:が|を)|血|たすけ|助け|きゅうきゅう|救急|また")
_WELL_NOW = (r"(?:いま|今)" + RECOVERED
             + r"|(?:あるい|歩い)(?:て|で)(?:かえ|帰)"
             r"(?:られ(?:ま|た)|っていかれ|って行かれ|りまし|っていきまし|って行きまし)")
PAST_TOLD_OVER = compile_folded(_NEAR_PAST + r"(?![^\n]*?(?:" + _ONGOING + r"))[^\n]*?(?:" + _WELL_NOW + r")")
