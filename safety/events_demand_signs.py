"""Money demanded with a threat, now (round 48, B56's typed gap met in blind49b heard): a robbery or an extortion
happening.

Nobody says 強盗; they say a man is telling the clerk to hand over the money (男が店員に金を出せと脅しています,
コンビニで男がレジの金出せって怒鳴ってる): a demand in the imperative (金を出せ, よこせ) told as going on (脅して
いる, 言ってます, 叫んでっと, 言われている) by a stranger or with a threat - 110. Without a stranger or a threat the
demand alone stays what it was (a family quarrel over money is no robbery), and a story, a what-if or last week's
demand are not now.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# Money or the till, then an imperative to hand it over (金を出せ, レジの金出せ, 財布よこせ).
MONEY_DEMANDED = (r"(?:おかね|お金|かね|金|げんきん|現金|さいふ|財布|れじ|レジ)(?:を|ば|っこ)?[ 、]?"
                  r"(?:だせ|出せ|よこせ|わたせ|渡せ|だしな|出しな|だしやがれ|出しやがれ|だせや|出せや)")
# ... told as going on: said, shouted, threatened, in the progressive (脅しています, 言ってる, 怒鳴ってんだ, 叫んでっと)
# or the present (言うんです), or demanded of someone (言われている).
GOING_ON = (r"[」』]?(?:と|って|っつって|つって|っと)?[ 、]?(?:おどして|脅して|いって|言って|さけんで|叫んで|どなって"
            r"|怒鳴って|すごんで|凄んで|せまって|迫って|わめいて|喚いて|いわれて|言われて|おどされて|脅されて)"
            r"(?:い|る|ま|ん|っと)|(?:と|って)[ 、]?(?:いう|言う)(?:ん|の)")
# A stranger, a robber, a gang or a threat - not a family's talk about money.
THREAT_OR_STRANGER = (r"おとこ|男|おんな(?!の子|のこ)|しらな|しらね|知らな|知らね|みしらぬ|見知らぬ|ふしん|不審"
                      # (no kana おどし / どなり: folded they read 落とし / となり)
                      r"|ごうとう|強盗|きゃく|客|かこま|かこん|囲|脅|怒鳴|さけん|さけび|叫"
                      r"|すごん|すごま|凄|はもの|刃物|ないふ|ナイフ|ほうちょう|包丁|ふくめん|覆面"
                      r"|ますく|マスク|ぐるーぷ|グループ|なんにん|何人|すうにん|数人")
NOT_NOW = (FICTION + r"|もし|(?:た|だ)ら(?:どう|どこ)|きのう(?!え)|昨日|せんしゅう|先週|このまえ|この前|こないだ"
           r"|いぜん|以前|むかし|昔|くんれん|訓練|ぼうはん|防犯")


def demand_sign_rules() -> tuple[Rule, ...]:
    """Money demanded with a threat or by a stranger, now: a robbery or an extortion (police)."""
    return (
        rule("money_demanded_now", "police", MONEY_DEMANDED + r"[^\n]{0,3}?(?:" + GOING_ON + ")",
             needs=THREAT_OR_STRANGER, unless=NOT_NOW),
    )
