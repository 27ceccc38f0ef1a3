"""A stranger at work now on a card slot or a mailbox that is not his (round 49, helper A92: wide51's man fitting a
skimming plate to an ATM's card slot, and the man fishing letters out of an apartment block's mailboxes with a wire).

The event is read over its parts, not by a word list of crimes: a slot that holds other people's cards or letters
(an ATM, the cash machine at the post office, the card slot, a mailbox, the block's shared post boxes), a man or an
unknown person at it (男, 見知らぬ男, 人影, 誰か), and the work itself (fitting or sticking something on, tinkering, a
wire or a rod pushed in, letters pulled or fished out) told as going on (今, ただいま, いまも, まだ, ている). A theft
under way is 110 (``theft_under_way``, the event of :mod:`safety.events_seen_around_signs`).

Not these: the owner, a postman or a repairer at it (配達, 集配, 点検, 修理, 係員), a warning or the news about the
trick (手口, ニュース, 注意), a drama, the same thing told afterwards (昨日, 抜かれていた: the consultation line)."""

from __future__ import annotations

from safety.rule import FICTION, SCAM_WARNING, Rule, rule

# A slot holding other people's cards or letters: a cash machine and its card slot, a mailbox.
SLOT = (r"(?:えーてぃーえむ|ATM|atm|げんきんの(?:きかい|機械)|現金の(?:きかい|機械)"
        r"|かーど(?:の)?(?:さしこみぐち|差し込み口|いれぐち|入れ口)|かーど(?:を)?(?:いれる|入れる)(?:くち|口|とこ|ところ)"
        r"|ゆうびんうけ|郵便受け|ぽすと|ポスト|しゅうごうぽすと|集合ポスト|うけぐち|受け口)")
# A man or an unknown person at it (男, おっさん, 見知らぬ男, 知らねえ男, 人影, 誰か, 不審者).
WHO = (r"(?:おとこ|男|おっさん|おやじ|親父|やつ|奴|ひとかげ|人影|だれか|誰か|ふしんしゃ|不審者"
       r"|しらない(?:ひと|人)|知らない(?:ひと|人)|みしらぬ(?:ひと|人)|見知らぬ(?:ひと|人))")
# The work: something fitted, stuck on or tinkered with; a wire or a rod pushed in; letters pulled or fished out.
AT_WORK = (r"とりつけ|取り付け|はりつけ|貼り付け|さいく|細工|いじって|いじくって|いじっと|しかけて|仕掛けて"
           r"|はりがね|針金|(?:ぼう|棒)(?:を|お)?(?:さしこ|差し込)"
           r"|ほじく|(?:ぬいて|抜いて|ぬき(?:と|ど)|抜き(?:取|撮|と)|ひきだし|引き出し|ひっぱりだ|引っ張り出"
           r"|とりだし|取り出し)")
# ... told as going on (今, ただいま, いまも, まだいます, 最中).
GOING_ON = r"いま|今|ただいま|さいちゅう|最中|まだ"
# Not a stranger at work: the postman collecting, a repairer, the bank's staff, a warning, the news, told afterwards.
NOT_AT_WORK_NOW = (SCAM_WARNING + "|" + FICTION
                   + r"|はいたつ|配達|しゅうはい|集配|てんけん|点検|しゅうり|修理|かかりいん|係員|ぎょうしゃ|業者"
                   r"|てぐち|手口|にゅーす|ニュース|ちゅうい|注意|きのう|昨日|せんしゅう|先週|ぬかれ|抜かれ|とられ|盗られ"
                   r"|じぶんの|自分の|うちの(?:ぽすと|ポスト|ゆうびんうけ|郵便受け)")
SLOT_AT_WORK = (SLOT + r"[^\n]{0,30}?" + WHO + r"[^\n]{0,30}?(?:" + AT_WORK + ")"
                r"|" + WHO + r"[^\n]{0,30}?" + SLOT + r"[^\n]{0,30}?(?:" + AT_WORK + ")")


def slot_tampering_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("theft_under_way", "police", SLOT_AT_WORK, needs=GOING_ON, unless=NOT_AT_WORK_NOW),
    )
