"""A child minded by the writer while the parents are out (round 56, helper A119): 親いないんだけど, 親が出かけてて,
留守番中, 預かってる - told with a symptom of the child (吐いてて, 熱が出て, 咳が止まらない). The parents' absence is
the writer's predicament, not a child left alone: ``child_alone`` (110) stays quiet and the symptom goes to the
children's line (#8000 at night, #7119 by day).

Not when the child is told somewhere outside or as someone else's (公園で, 道路で, 知らない子, 迷子, ひとりで泣いて):
a small child alone there stays 110 whatever it shows. Tests: tests/safety/test_vocabulary_minding.py.
"""

from __future__ import annotations

# The parents out, told as the writer's "but", "so" or "and" (親いないんだけど, 親が出かけてるので, 親も留守だし),
# or the writer minding the child (預かってる, 留守番中, 子守, ベビーシッター, 面倒見てて).
PARENTS_OUT = (r"(?:おや|親|りょうしん|両親|ぱぱ|パパ|まま|ママ)(?:が|は|も)?[^\n]{0,3}?"
               r"(?:いない|いね|いませ|おらん|るす|留守|でかけ|出かけ|しごと|仕事)[^\n]{0,6}?"
               r"(?:けど|けれど|ので|から|が(?=、|,)|し(?![てたまょゃゅろからよ]))"
               r"|あずか(?:って|っと)|預か(?:って|っと)|るすばん|留守番|こもり|子守|べびーしったー|ベビーシッター"
               r"|(?:めんどう|面倒)(?:を)?(?:み|見)")
# ... with a symptom of the child (吐いてて, 熱が出て, 咳, 下痢, お腹が痛い, 発疹).
SYMPTOM = (r"(?:(?<![ぁ-ゖ])|(?<=[がもは]))(?:はいて|はいちゃ)|吐い|吐き|もどし|戻し|ねつ|熱|せき|咳|げり|下痢"
           r"|いた(?:い|が)|痛|ぶつぶつ|ほっしん|発疹|じんましん|蕁麻疹|はなぢ|鼻血")
# ... and not told outside or as a child not the writer's charge (公園で, 道路で, 知らない子, 迷子, ひとりで).
OUTSIDE = (r"こうえん|公園|どうろ|道路|みち|道|えき|駅|みせ|店|ばすてい|バス停|でんしゃ|電車|しょうてん|商店|ぱーきんぐ"
           r"|パーキング|ちゅうしゃじょう|駐車場|まいご|迷子|しらない|知らない|みしらぬ|見知らぬ|よその|ひとりで|一人で"
           r"|ひとりきり|一人きり|ぽつん")
CHILD_MINDED_AT_HOME = (r"(?<![^\n])(?![^\n]*?(?:" + OUTSIDE + r"))(?=[^\n]*?(?:" + SYMPTOM + r"))[^\n]*?(?:"
                        + PARENTS_OUT + ")")
