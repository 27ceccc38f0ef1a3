"""Someone photographing people in secret - at a footbath, an open-air bath, on a train (round 53, helper A107: a
kind round 52 left). Told as a habit (毎週同じ男が女性客の足元ばかり撮っている) or as past (ゆうべ電車でスカートの中を
撮られた), it is a matter for the police consultation line (#9110); told as happening now (今、足湯で男がこっそり撮って
います) it stays 110 (the word 盗撮 is read by :mod:`safety.events_police`).

Two rules: the secret photographing itself for the consultation line (``voyeur``), and the marker
:data:`safety.decide.VISITOR_LEFT` (nobody to stop this minute), which turns the 110 of 盗撮 to the consultation line.
Quiet: a photo taken with leave, of scenery, or a worry about being photographed with nothing seen.
Tests: tests/safety/test_events_voyeur_signs.py.
"""

from __future__ import annotations

from safety.events_threat_past_signs import PAST_NIGHT
from safety.rule import FICTION, Rule, rule

# Photographed: taken, filmed, a phone held to shoot (撮って, 撮られた, 撮影, 写真に撮られ, 写して).
SHOT = r"(?:撮|とって(?:い|る|た|ま)|とられ|とらせ|さつえい|撮影|しゃしん|写真|うつして|写して|うつされ|写され)"
# ... in secret (盗撮, こっそり, 隠れて) or of a body part or a bather (スカートの中, 足元ばかり, 女性客の足).
SECRET_PHOTO = (r"とうさつ|盗撮|(?:こっそり|かくれて|隠れて|かくしどり|隠し撮り)[^\n]{0,16}?" + SHOT
                + r"|(?:すかーと|すかと|スカート|したぎ|下着|あしもと|足元|むなもと|胸元|おしり|お尻|はだか|裸"
                r"|(?:じょせい|女性|おんなのひと|女の人|おきゃく|お客|きゃく|客)[^\n]{0,4}?(?:あし|足))"
                r"[^\n]{0,14}?" + SHOT
                + r"|(?:すまほ|スマホ|けいたい|携帯|かめら|カメラ)(?:を)?(?:ひくく|低く|したから|下から|さかさ|逆さ)"
                r"[^\n]{0,20}?(?:" + SHOT + r"|かまえ|構え)")
# ... or someone peeping into a room, a window or a bath (足場から娘の部屋の窓をのぞき込んで, 風呂場を覗いて; round 58,
# wide60b's house painter on the scaffolding).
PEEPING = (r"(?:まど|窓|へや|部屋|ふろば|風呂場|ふろ|風呂|だついじょ|脱衣所|しんしつ|寝室)(?:の(?:なか|中))?"
           r"(?:を|の|から|さ|に)?"
           r"[^\n]{0,6}?(?:のぞき|覗き|のぞい|覗い|のぞか|覗か)")
# A habit (毎週, 週末になると, いつも, 同じ男) or a time past (ゆうべ, 昨日, 先週, この前).
HABIT_OR_PAST = (r"ここすうじつ|ここ数日|まいばん|毎晩"
                 r"|まいしゅう|毎週|まいかい|毎回|しゅうまつになると|週末になると|まいしゅうまつ|毎週末|いつも|なんども"
                 r"|何度も|まいにち|毎日|たびたび|しょっちゅう|おなじ(?:おとこ|ひと|じんぶつ)|同じ(?:男|人|人物)"
                 r"|せんしゅう|先週|このまえ|この前|" + PAST_NIGHT)
# Happening now (今, さっきから, まだいる): the 110 stands.
# (kana いま not inside a polite ending: 撮っています, 泣いております read とっています, ないています)
NOW_THERE = (r"(?<![てでっ])いま(?!まで|す|せん|した|しょう)|今(?!まで|週|朝|年|月|度)|さっきから|げんざい|現在"
             r"|まだ(?:いる|い(?:ま|て)|撮|とって)")
NOT_VOYEUR = FICTION + r"|きょか|許可|りょうかい|了解|けしき|景色|ふうけい|風景|しんぱい(?:です|で)?$"
# The secret photographing, a habit or past, not now, on one line.
TOLD_AFTER = (r"(?<![^\n])(?![^\n]*?(?:" + NOW_THERE + r"))(?=[^\n]*?(?:" + HABIT_OR_PAST + r"))[^\n]*?(?:"
              + SECRET_PHOTO + "|" + PEEPING + ")")


def voyeur_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # photographing in secret, as a habit or past (足湯で毎週同じ男が女性客の足をこっそり撮ってる)
        rule("voyeur", "stalking", TOLD_AFTER, unless=NOT_VOYEUR),
        rule("visitor_left", "scam", TOLD_AFTER, unless=NOT_VOYEUR),
    )
