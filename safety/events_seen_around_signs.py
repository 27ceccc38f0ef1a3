"""Emergencies told by what the writer sees around them, the event itself unnamed (round 44, blind45a/b):

- someone found gone from bed or home at night or on waking (朝起きたらいません, 布団がもぬけの殻で、サンダルもない):
  a child or an elder with dementia missing - 110 (``missing_person``); no word of searching or of 行方不明;
- a cut told by the cloth pressed on it, soaked red and the bleeding not stopping (深くてタオル真っ赤、止まんない):
  119 (``bleeding_not_stopping``); no 血 written;
- a stranger at a machine or vehicle that is not theirs, at it now (重機のエンジンをかけようとしてる人影): a theft
  under way - 110 (``theft_under_way``).

Each kind is written in other tellings and styles in tests/safety/test_events_seen_around_signs.py, with look-alikes
that stay quiet (up early to work, a red towel, the owner at his own tractor).
"""

from __future__ import annotations

from safety.rule import ANIMAL, PEOPLE, Rule, rule
from safety.vocabulary import NEG

# Found on waking or on looking in (朝起きたら, 目が覚めたら, 朝見たら, 夜中に見に行ったら, さっき覗いたら) ...
ON_LOOKING = (r"(?:おきたら|起きたら|おぎたら|めがさめたら|目が覚めたら|めざめたら|目覚めたら"
              r"|(?:あさ|朝|よなか|夜中|さっき|いま|今)(?:に)?(?:みたら|見たら|みにいったら|見に行ったら|のぞいたら|覗いたら"
              r"|みだら|見だら))")
# ... a person not there (いません, いない, いねえ, おらん, いなくなって, いねぐなって)
NOT_THERE = r"(?:いな(?!か[らっ])|いね(?!む)|いません|おらん|おらず|おらね|おりません)"
GONE_ON_LOOKING = ON_LOOKING + r"[^\n]{0,16}?" + NOT_THERE
# A bed or room found empty (布団がもぬけの殻, ベッドが空っぽ, 部屋はからっぽ) - not an empty thing found there
# (部屋の前にからっぽの薬のシート: round 45, blind46b's kana reading)
EMPTY_BED = (r"(?:ふとん|布団|べっど|ベッド|へや|部屋|ねどこ|寝床|しんだい|寝台)(?:が|は|も|の(?:なか|中)(?:が|は)?)?"
             r"[^\n]{0,3}?(?:もぬけ|(?:からっぽ|空っぽ)(?!の)|から(?:だった|でした|になって)|空(?:だった|でした|になって))")
# Gone for an ordinary reason, told (仕事に出た, 散歩, 畑, 学校, 朝練, 置き手紙): no one missing; an animal gone.
ORDINARY_ABSENCE = (ANIMAL + r"|しごと|仕事|しゅっきん|出勤|がっこう|学校|あされん|朝練|ぶかつ|部活|さんぽ|散歩"
                    r"|はたけ|畑|たんぼ|田んぼ|ひっこ|引っ越|たいきょ|退去|にゅういん|入院|たいいん|退院"
                    r"|りょこう|旅行|しゅっちょう|出張|よてい|予定|かいもの|買い物|ごみだし|ゴミ出し|めも|メモ|おきてがみ|置き手紙"
                    r"|れんらく(?:が)?(?:あ|き|来)|連絡(?:が)?(?:あ|き|来)")
# A cloth pressed on a wound (タオル, ティッシュ, ガーゼ, 手ぬぐい, ハンカチ, 布巾) soaked red ...
CLOTH = (r"(?:たおる|タオル|てぃっしゅ|ティッシュ|がーぜ|ガーゼ|てぬぐい|手ぬぐい|手拭い|はんかち|ハンカチ|ふきん|布巾"
         r"|ぬの|布|ほうたい|包帯|ばんそうこう|絆創膏)")
SOAKED_RED = (r"(?:まっか|真っ赤|まっかっか|あかく(?:そま|なっ)|赤く(?:染ま|そま|なっ)|そまっ|染まっ"
              r"|ぐっしょり|びっしょり"
              r"|にじんで|滲んで|しみて|染みて)")
# ... and not stopping (止まんない, 止まらねえ, とまらない)
NOT_STOPPING = rf"(?:とまら|止まら|とまん|止まん|どまら){NEG}"
# ... or dripping from the cloth (タオルが真っ赤でぽたぽた垂れてる; round 55, wide57b)
DRIPPING = r"(?:ぽたぽた|ぼたぼた|したた|滴)"
# (round 55: also a hand or a finger caught and crushed - 板に挟まれた, 指がちぎれそう)
WOUND = r"きっ|切っ|きれ|切れ|けが|怪我|きず|傷|ざっくり|ぱっくり|はさまれ|挟まれ|ちぎれ|千切れ"
SOAKED_CLOTH = (CLOTH + r"(?:が|も|は)?[^\n]{0,6}?" + SOAKED_RED + r"[^\n]{0,16}?(?:" + NOT_STOPPING + "|"
                + DRIPPING + ")")
# Someone unknown (人影, 誰か, 知らない人, 見知らぬ男, 不審な) at a machine or vehicle, working it now.
STRANGER = (r"(?:ひとかげ|人影|だれか|誰か|しらない(?:ひと|人|おとこ|男)|知らない(?:ひと|人|男)|みしらぬ|見知らぬ"
            r"|ふしん(?:な|しゃ)|不審(?:な|者)|あやしい|怪しい)")
MACHINE = (r"(?:じゅうき|重機|ゆんぼ|ユンボ|しょべる|ショベル|とらくたー|トラクター|こんばいん|コンバイン"
           r"|けいとら|軽トラ"
           r"|とらっく|トラック|のうき|農機|くるま|車|ばいく|バイク|じょせつき|除雪機)")
WORKING_IT = (r"(?:えんじん|エンジン)(?:を)?(?:かけよう|掛けよう|かけて|掛けて|かけてる)|のりこもう|乗り込もう"
              r"|(?:うごかそう|動かそう|もちだそう|持ち出そう|はこびだそう|運び出そう|つみこもう|積み込もう)"
              r"|(?:どあ|ドア)(?:を)?(?:がちゃがちゃ|こじ)|いじって|いじくって")
THEFT_UNDER_WAY = (STRANGER + r"[^\n]{0,20}?" + MACHINE + r"(?:の|に|を|さ)?[^\n]{0,6}?(?:" + WORKING_IT + r")"
                   r"|" + MACHINE + r"(?:の|に|を|さ)?[^\n]{0,6}?(?:" + WORKING_IT + r")[^\n]{0,8}?" + STRANGER
                   # (軽トラ、見知らぬ男が乗り込もうとしとる: the machine named first, then who works it)
                   + r"|" + MACHINE + r"[^\n]{0,8}?" + STRANGER + r"(?:が|は)?[^\n]{0,8}?(?:" + WORKING_IT + r")")


def seen_around_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("missing_person", "police", GONE_ON_LOOKING + "|" + EMPTY_BED,
             needs=PEOPLE + r"|にんちしょう|認知症|ものわすれ|物忘れ|ぼけ|徘徊|はいかい", unless=ORDINARY_ABSENCE,
             has_negation=True),
        rule("bleeding_not_stopping", "medical", SOAKED_CLOTH, needs=WOUND, has_negation=True),
        rule("theft_under_way", "police", THEFT_UNDER_WAY,
             unless=r"じぶんの|自分の|うちの(?:ひと|人|おとう|お父|ちち|父|おっと|夫|だんな|旦那|むすこ|息子)"),
    )
