"""A threat to burn or harm, found just now, while its senders watch the house (round 49, helper A92: wide51's loan
shark's note "we will burn the house tonight" in the mailbox and a black car with two men watching).

The event is read over its parts: a threat to set fire, burn or kill (火をつける, 燃やす, 放火, 殺す) and people
watching the house now (こっちを見てる, こちらをじっと見ております, 睨んでる, 見張ってる; a car parked with men in
it). A threat with its senders at the door is a danger now: 110 (``threat_watched``). A threatening letter alone,
with no one there, is for the consultation line and is left to the rules that read it.

Not these: a drama, a warning about such letters, a threat told of an earlier day, a fire lit for a bonfire
(no note found)."""

from __future__ import annotations

from safety.rule import FICTION, SCAM_WARNING, Rule, on_its_line_with, rule

# A threat to set fire, burn or kill (今夜火をつける, 家燃やす, 火つげっと, 放火する, 殺すぞ).
THREAT = (r"(?:ひ|火)(?:を|お|さ)?(?:つけ|付け|つげ|着け)(?:る|っ|ん|ます|てやる)|もやす|燃やす|もやして|燃やして"
          r"|ほうか(?:する|してやる)|放火(?:する|してやる)|ころす|殺す|ぶっころ|ぶっ殺")
# ... and someone watching the house now (こっちを見てる, こちらをじっと見て, 睨んでる, 見張って).
WATCHING = (r"(?:こっち|こちら|いえ|家|うち)(?:を|お|さ|の(?:ほう|方)を)?[^\n]{0,6}?(?:みて|見て|みで|見で|にらん|睨ん"
            r"|みはっ|見張っ|うかが|伺っ|窺っ)")
# Not a threat now: a drama, a warning or a notice, an earlier day.
NOT_NOW = SCAM_WARNING + "|" + FICTION + r"|きのう|昨日|せんしゅう|先週|もし"
# The threat found written: a note, a letter, a poster on the door (紙, 手紙, 張り紙, 書いた, メモ).
WRITTEN = r"かみ|紙|てがみ|手紙|はりがみ|張り紙|貼り紙|かいた|書いた|かいて|書いて|めも|メモ|ふうとう|封筒"


def threat_watched_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("threat_watched", "police", on_its_line_with(THREAT, WATCHING), needs=WRITTEN, unless=NOT_NOW),
    )
