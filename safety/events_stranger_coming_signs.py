"""A stranger coming at the writer now, told with fear (学校の門の前に知らない男の人がずっといて、こっちに来る、怖い;
しらない ひとが ちかづいてくる たすけて): 110 - a stranger who lingers (ずっと) is otherwise the consultation line's
(#9110), but one walking up to the writer while they are afraid is happening now (the forty-sixth session's merged tree:
a kana telling of blind43b, read #9110). Told of another day (昨日, 先週), feared in the past (怖かった), as a story, or
a stranger coming without fear (道を聞きに来る) stays as before. Round 55: a thief told off who then comes at the
writer (注意したら石持ってこっち来る) is 110 with or without fear told."""

from __future__ import annotations

from safety.rule import FICTION, STRANGER, Rule, rule

# Coming at the writer (こっちに来る, 私の方に向かってくる, 近づいてくる, 寄ってくる), told in the present.
COMING_AT_ME = (r"(?:(?:こっち|こちら|わたし|私|ぼく|僕|おれ|俺|うち)(?:の(?:ほう|方))?(?:に|へ|さ)?[^\n]{0,3}?"
                r"(?:くる|来る|きて(?:る|い)|来て(?:る|い)|むかってく|向かってく|よってく|寄ってく)"
                r"|(?:ちかづいてく|近づいてく|ちかよってく|近寄ってく)(?:る|ん)|ちかづいてきて(?:る|い)|近づいてきて(?:る|い)"
                # round 55: chasing (追いかけてくる, おっかけてきてる)
                r"|(?:おいかけ|追いかけ|おっかけ|追っかけ)て(?:くる|来る|きて(?:る|い)|来て(?:る|い)))")
# ... with fear now (怖い, 怖くて, 助けて, 逃げたい), not fear in the past (怖かった).
AFRAID_NOW = r"こわい|怖い|こええ|こわくて|怖くて|こわいです|たすけて|助けて|にげたい|逃げたい|どうしよう"
# Round 55: a thief caught at it and told off (お供え盗ってて、注意したら; 野菜盗ってる男に声かけたら), who then
# comes at the writer: the confrontation is the cue, no fear need be told (blind55b's grave robber with a stone,
# read none).
STEALING = (r"ぬす|盗|どろぼう|泥棒|まんびき|万引|(?<![をに])とって(?:る|た|い)|とろうと|(?:あら|荒ら)して(?:る|た|い)")
CONFRONTED = (r"(?:ちゅうい|注意|こえ(?:を)?かけ|声(?:を)?かけ|とがめ|咎め|しかっ|叱っ|よびとめ|呼び止め|おこっ|怒っ"
              r"|どなっ|怒鳴っ)(?:し)?(?:たら|たっけ|たっきゃ)")
# Not another day, nor a story.
NOT_NOW = (FICTION + r"|きのう|昨日|おととい|一昨日|せんしゅう|先週|せんじつ|先日|このあいだ|この間|このまえ|この前"
           r"|こないだ|きょねん|去年|むかし|昔")


def stranger_coming_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("stranger_coming", "police", STRANGER + r"[^\n]{0,30}?(?:" + COMING_AT_ME + ")",
             needs=AFRAID_NOW, unless=NOT_NOW),
        rule("stranger_coming", "police",
             r"(?:" + STEALING + r")[^\n]{0,30}?(?:" + CONFRONTED + r")[^\n]{0,24}?(?:" + COMING_AT_ME + ")",
             unless=NOT_NOW),
    )
