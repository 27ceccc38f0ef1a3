"""A sting or a small bite told with the body answering only where it was made (round 51, helper A99).

The set labels a bee's, a centipede's, a jellyfish's, a stingray's or a spider's sting, and a dog's, a cat's or a
rat's small bite, told with the place swollen, red, hot or throbbing and no grave sign, as a question for the advice
line (#7119; #8000 for a child at night): 刺された is read by ``stabbed`` as a stabbing, a bite by ``animal_attack``,
a nip's drop of blood by ``injured_by_violence``. Read in :func:`safety.detect.find`: where :data:`LOCAL_STING` is
told and :data:`STILL_GRAVE` is not, those events become symptoms (:data:`LOCAL_STING_SOFTENED`). The grave signs
have rules of their own that stay 119 (``anaphylaxis`` - the breath, the lips, hives over the body, vomiting;
``bleeding_not_stopping``; ``unconscious``), and a snake's, a bear's or a boar's bite is no local sting here.

Round 52 (helper A103): a mosquito bite that only itches (蚊に刺された跡がかゆい, かに さされて かゆい, 刺されたんです
けど蚊に…虫よけ) is no question for a nurse: :func:`mosquito_bite_only` - its own place swelling, a child's eyelid, a
fever or the breath keep the reading (a question, or 119).
"""

from __future__ import annotations

from safety.events_wound_reaction_signs import ANSWERED
from safety.vocabulary import compile_folded

# What stings or nips (insects, sea creatures, a spider; a dog, a cat, a rat, a hamster, a turtle).
STINGER = (r"はち|ばち|蜂|鉢|むかで|ムカデ|百足|あぶ|アブ|虻|ぶよ|ブヨ|ぶゆ|ブユ|くらげ|クラゲ|けむし|毛虫"
           r"|どくが|ドクガ"
           r"|だに|ダニ|蚊|むし|虫|くも|クモ|蜘蛛|えい|エイ|うに|ウニ|おこぜ|オコゼ|ごんずい|ゴンズイ")
NIPPER = (r"いぬ|犬|ねこ|猫|ねずみ|ネズミ|鼠|はむすたー|ハムスター|りす|リス|うさぎ|ウサギ|かめ|カメ|亀|いんこ|インコ"
          r"|おうむ|オウム")
STUNG_OR_NIPPED = (r"さされ|刺され|ささっ|刺さっ|かまれ|噛まれ|咬まれ|かまっ(?=ちま|ちゃ|て)|かじられ"
                   r"|ひっかかれ|引っかかれ"
                   r"|引っ掻かれ")
# ... the place answering: swollen, red, hot or throbbing, or simply hurting (痛くて腫れてきた, じんじん痛い).
# (or a drop of blood oozing, 血はにじむ程度)
HURTING = r"いたく|痛く|いたい|痛い|いたむ|痛む|いたみ|痛み|いてえ|痛え|にじむ|滲む|にじん|滲ん"
LOCAL_STING = compile_folded(
    r"(?:" + STINGER + "|" + NIPPER + r")(?:に|さ|から|を|が)?[^\n]{0,16}?(?:" + STUNG_OR_NIPPED + r")[^\n]{0,60}?"
    r"(?:" + ANSWERED + "|" + HURTING + ")")
# Still grave beside the sting: much blood, a weapon, a deep or open wound, a snake or a large animal. (A stray dog's
# kana のいぬ only at a start or after a particle, やまで のいぬに: 隣の犬, となりのいぬ, is a neighbour's dog, not
# 野犬; round 57.)
STILL_GRAVE = compile_folded(
    r"ちだらけ|血だらけ|ちまみれ|血まみれ|だらだら|どくどく(?!いた|痛)|ぼたぼた|たくさん|いっぱい|たいりょう|大量"
    r"|ないふ|ナイフ|ほうちょう|包丁|はもの|刃物|おとこ(?!のこ)|男(?!の子|のこ)|ぱっくり|ふかい|深い|ほね|骨"
    r"|へび|ヘビ|蛇|まむし|マムシ|はぶ|ハブ|くま|熊|いのしし|猪|(?:(?<![ぁ-ゖ])|(?<=[でにがはもをへ]))のいぬ|野犬")
# The readings of the sting or bite itself that it makes a symptom.
LOCAL_STING_SOFTENED: frozenset[str] = frozenset({"stabbed", "animal_attack", "deep_wound", "injured_by_violence"})


def local_sting(text: str) -> bool:
    """Whether a sting or a small bite is told with only its own place answering (:data:`LOCAL_STING`)."""
    return bool(LOCAL_STING.search(text)) and not STILL_GRAVE.search(text)


# A mosquito bite (蚊に刺された, 刺されたんですけど蚊に, kana かに さされた - not なにかに, だれかに: "something",
# "someone").
MOSQUITO = (r"蚊|(?<!なに)(?<!だれ)(?<!どこ)(?<!なん)(?<!いつ)(?<!ほか)"
            r"か(?=(?:に|さ|から)[^\n]{0,6}?(?:さされ|刺され))")
MOSQUITO_BITE = compile_folded(
    r"(?:" + MOSQUITO + r")(?:に|さ|から|が)?[^\n]{0,8}?(?:さされ|刺され|くわれ|食われ)"
    r"|(?:さされ|刺され|くわれ|食われ)[^\n]{0,12}?(?:(?:" + MOSQUITO + r")(?:に|さ)|蚊)")
# ... with anything more than the itch: the place answering or hurting, a fever, the breath, the skin elsewhere, an eye.
MORE_THAN_AN_ITCH = compile_folded(
    ANSWERED + "|" + HURTING
    + r"|ねつ|熱|(?<!へ)いき|息|じんましん|ぶつぶつ|ぐったり|はき|吐|まぶた|瞼|め(?:の|が|を)|目"
    r"|ただれ|じゅくじゅく|うみ|膿|かきこわ|掻き壊|(?<![あいうえおかきくけこ])ち(?:が|も|は)|血"
    r"|ないふ|ナイフ|ほうちょう|包丁"
    r"|はもの|刃物|へび|ヘビ|蛇")
# The readings a bare bite makes (a sting read as a stabbing, 刺された as a symptom).
MOSQUITO_CANCELLED: frozenset[str] = frozenset({"stabbed", "symptom"})


def mosquito_bite_only(text: str) -> bool:
    """Whether a mosquito bite is told with nothing more than its itch (:data:`MOSQUITO_BITE`)."""
    return bool(MOSQUITO_BITE.search(text)) and not MORE_THAN_AN_ITCH.search(text)
