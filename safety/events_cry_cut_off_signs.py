"""A cry overheard that then stops (round 53, helper A107: a kind round 52 left). A scream, a plea (「やめて」,
「助けて」) or a child crying out, heard from next door, the street or a shrine's grounds, and then silence
(急に静かになった, ぱったりやんだ, それっきり聞こえない): the silence is no sign that it is over - whoever cried out
may no longer be able to - so it stays a police matter (110), as the cry alone is.

Quiet: the everyday cry that ends well (a baby soothed and asleep, children at play, a quarrel made up), a cry of an
animal, one on the television or in a story, and a cry told as explained (it was a game, nothing had happened).
A cry first taken for a screen's or a joke and then told real (テレビの悲鳴かと思ったら、隣の奥さんが本当に叫んでた;
round 58) is a police matter too (``cry_told_real``): the "really" after the turn gives up the harmless reading
(:mod:`safety.vocabulary_mistaken`). The reverse (叫び声かと思ったらテレビだった) holds no "really" and stays quiet.

Tests: tests/safety/test_events_cry_cut_off_signs.py.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule
from safety.vocabulary_mistaken import MISTAKEN_TURN, REALLY

# The event: a police matter that no calm tail settles (:data:`safety.events_hidden_harm_signs.NOT_SETTLED_BY_CALM`) -
# the silence told after it is what worries.
CRY_CUT_OFF = "cry_cut_off"

# A cry of distress heard: a scream, a shriek, a crying out, a groan (叫び声, 悲鳴, 泣き叫ぶ声, うめき声), or a plea
# quoted and told as a voice (「やめて」という女性の声, たすけてって こえ, 「痛い」と叫ぶ).
PLEA = r"(?:やめて|止めて|たすけて|助けて|たすけで|助けで|いたい|痛い|いやっ|いやー|いやだ|嫌だ|ゆるして|許して)"
CRY = (r"(?:さけびごえ|叫び声|さけぶこえ|叫ぶ声|ひめい|悲鳴|なきさけ|泣き叫|うめきごえ|うめき声|呻き声"
       r"|ぜっきょう|絶叫|きんきりごえ|金切り声)"
       r"|" + PLEA + r"[」』]?(?:という|っていう|って|と)[^\n]{0,10}?(?:こえ|声|さけ|叫)")
# ... then silence: it stopped, suddenly or for good (急に静かになりました, しーんとなった, ぱったりやんだ, 声が
# 途切れて, それっきり何も聞こえない).
STOPPED = (r"(?:しずか|静か)(?:に|ん)(?:なっ|なり)|しーん|し[ー〜]ん|(?:きこえ|聞こえ)(?:なくな|ねぐな|ねくな)"
           r"|(?:ぱったり|ぴたっと|ぴたり|ぷつっと|ぷつりと|きゅうに|急に|とつぜん|突然)[^\n]{0,4}?(?:やん|止ん|やみ|止み"
           r"|とだえ|途絶え|とぎれ|途切れ|とまっ|止まっ)"
           r"|(?:こえ|声)(?:が|も)?(?:とだえ|途絶え|とぎれ|途切れ)"
           r"|それっきり|それきり")
# A cry told real after a harmless reading given up (テレビの悲鳴かと思ったら…本当に叫んでた, 冗談だと思ってたら
# マジで悲鳴あげてる): the turn, "really", then a cry or a scream (叫んで, 悲鳴, キャー, 泣き叫ぶ).
CRIED = (r"(?:さけん|叫ん|さけび|叫び|さけぶ|叫ぶ|ひめい|悲鳴|なきさけ|泣き叫|ぜっきょう|絶叫"
         r"|きゃー|ぎゃー|きゃあ|ぎゃあ|きんきりごえ|金切り声)")
CRY_TOLD_REAL = "cry_told_real"
# A cry that ends well or is explained: a baby soothed, children at play, a quarrel made up, an animal, a screen.
ENDED_WELL = (r"あやし|ねかしつけ|寝かしつけ|ねついた|寝ついた|ねむった|眠った|すやすや|なかなおり|仲直り"
              r"|あそん|遊ん|あそび|遊び|ふざけ|わらい|笑い|わらって|笑って|はしゃ"
              r"|なんでもなかった|何でもなかった|なにもなかった|何もなかった|だいじょうぶだった|大丈夫だった"
              r"|ぶじだった|無事だった|かんちがい|勘違い"
              r"|ねこ|猫|いぬ|犬|からす|カラス|とり(?:の|が)|鳥|しか(?:の|が)|鹿|きつね|狐"
              r"|てれび|テレビ|どうが|動画|えいが|映画|" + FICTION)


def cry_cut_off_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # a plea or a scream heard, then silence (夜の公園で「やめて」という女の人の声がして、急にしーんとなった;
        # 隣から子どもの泣き叫ぶ声がしてたのが、ぷつっと途切れた)
        rule(CRY_CUT_OFF, "police", r"(?:" + CRY + r")[^\n]{0,40}?(?:" + STOPPED + ")", unless=ENDED_WELL),
        # a cry first taken for a screen's or a joke, told real (round 58)
        rule(CRY_TOLD_REAL, "police", MISTAKEN_TURN + r"[^\n]{0,24}?(?:" + REALLY + r")[^\n]{0,24}?" + CRIED,
             voiced=True, unless=r"(?:だ|でし)た(?:\n|$)|(?<!っ)だけ|あそ(?:ん|び)|遊|ふざけ|わら(?:って|い)|笑"
                                           r"|いた(?:い|が|く)|痛|いてえ"),
    )
