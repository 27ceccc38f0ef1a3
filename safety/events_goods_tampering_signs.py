"""A stranger tampering with goods on a shop's shelves now (round 50, helper A95: wide51b's man pushing needles into
bread bags and food packs at a supermarket, told by the staff).

Read over its parts: goods on sale (a pack, a bag, bread, a lunch box, ready-made food, the wrap, goods) and someone
pushing something into them or mixing something in (刺して, 刺しては, 刺しまくって, 注射器, 何か入れて), with
the shop as the place (売り場, スーパー, コーナー, 棚, 店内) - tampering under way is 110 (``goods_tampering``,
police). Not a clerk's own work (品出し alone is the teller's; 値札, 試食, 調理, 検品, 爪楊枝 for a tasting), a
drama, nor the news of a case (ニュース, 事件があった)."""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# Goods on sale: a pack, a bag, bread, a lunch box, ready-made food, the wrap over them, goods.
GOODS = (r"(?:ぱっく|パック|ふくろ|袋|ぱん|パン|べんとう|弁当|そうざい|総菜|惣菜|らっぷ|ラップ|しょうひん|商品"
         r"|かんづめ|缶詰|ぺっとぼとる|ペットボトル|じゅーす|ジュース)")
# Something pushed in or mixed in: a needle, a pin, a syringe, something thin; something unknown put or mixed in
# (何か液体を入れてる - not a bag packed, パンを袋に入れてる).
PUSHED_IN = (r"(?:さして|刺して|さしては|刺しては|さしまく|刺しまく|さしてる|刺してる|つきさ|突き刺"
             r"|ちゅうしゃき|注射器|はり(?:を|で)|針(?:を|で)"
             r"|(?:なにか|何か|えきたい|液体|くすり|薬|いぶつ|異物|こな|粉)(?:を)?[^\n]{0,8}?(?:いれて|入れて|まぜて|混ぜて))")
# The shop as the place.
SHOP = r"うりば|売り場|すーぱー|スーパー|こーなー|コーナー|たな|棚|てんない|店内|こんびに|コンビニ|みせ|店"
NOT_TAMPERING = (FICTION + r"|にゅーす|ニュース|じけんがあった|事件があった|ねふだ|値札|ししょく|試食|ちょうり|調理"
                 r"|けんぴん|検品|むかし|昔|きょねん|去年")


def goods_tampering_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("goods_tampering", "police",
             GOODS + r"[^\n]{0,16}?" + PUSHED_IN + r"|" + PUSHED_IN + r"[^\n]{0,16}?" + GOODS,
             needs=SHOP, unless=NOT_TAMPERING),
    )
