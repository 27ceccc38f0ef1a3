"""A person heard from inside a well, a pit or a manhole (round 47, blind48a): someone fallen in, 119.

Nobody says the child fell; they say the lid was off and a crying voice comes from inside (裏の古井戸のふたが外れて
おって、のぞいたら中から孫の泣き声がするんです). A voice, a cry or a call for help from the inside or the bottom of
a place one falls into is a person down there (told as trapped) - not a frog or a cat named, not a tunnel or a
room.
"""

from __future__ import annotations

from safety.rule import ANIMAL_VETO, Rule, rule

# Places a person falls into and cannot climb out of.
PIT = (r"(?:いど|井戸|ふるいど|古井戸|かれいど|枯れ井戸|まんほーる|マンホール|あな|穴|たてあな|縦穴|そっこう|側溝"
       r"|じょうかそう|浄化槽|こえだめ|肥溜め|たんく|タンク)")
# Down inside it.
INSIDE = r"(?:なか|中|そこ|底|した|下|おく|奥)(?:の(?:ほう|方))?(?:から|で)"
# A human voice: a cry, a call, a groan (an animal's 鳴き声 reads なきごえ too: the animal named vetoes it).
HUMAN_VOICE = (r"(?:なきごえ|泣き声|なくこえ|泣く声|こえ|声|さけびごえ|叫び声"
               r"|うめきごえ|うめき声|たすけて|助けて|たすけ|助け"
               r"|ひめい|悲鳴)")


def fallen_in_sign_rules() -> tuple[Rule, ...]:
    """A human voice from inside a well or a pit: someone fallen in (119)."""
    return (
        rule("trapped", "medical",
             PIT + r"[^\n]{0,24}?" + INSIDE + r"[^\n]{0,8}?" + HUMAN_VOICE
             + r"(?:が|も|って|ば)?[^\n]{0,4}?(?:する|し(?:て|ま)|きこえ|聞こえ|きけ|きごえ)",
             unless=ANIMAL_VETO + r"|ねこ|猫|いぬ|犬|かえる|蛙|カエル|むし|虫|とり|鳥|こだま|はんきょう|反響"),
    )
