"""A wound, a bite or a sting that the body answers where it was made (round 51, helper A99: kinds left by round 50).

One rule, a ``symptom`` (the advice line: #7119, or #8000 for a child at night; an emergency event found with it is
decided first). Tellings written for it are in tests/safety/test_events_wound_reaction_signs.py:

- a red streak spreading up a limb from a cut, a scratch or a bite (lymphangitis: 引っかかれた傷から赤い線が肘のほう
  へ, かまれたとこから赤いすじがのびて), or the place of a bite or a sting turning red, swollen, hot or throbbing
  (歯形のまわりが赤く盛り上がって触ると熱い, 刺されたとこ腫れてずきずき) - advice, not none; grave signs (the breath,
  hives over the body, a limp body) are the 119 rules' own (``anaphylaxis`` in :mod:`safety.events_sting_reaction`);
- not an itch alone (蚊に刺されてかゆいだけ), a pet's own wound (うちの犬が蜂に刺されて鼻が腫れて), the swelling gone
  down (腫れも引いた), or a story.

The sting or bite told with its local reaction also softens the 119 readings of the bite itself (a creature's
刺された read as a stabbing, a small bite read as an attack): :data:`safety.detect_cues_local_sting.LOCAL_STING`.
"""

from __future__ import annotations

from safety.rule import PEOPLE, WRITER, Rule, rule

# Bitten, stung, scratched or pricked (噛まれた, 刺された, 引っかかれた, かじられだ, 刺さって, 刺し傷) ...
BITTEN_OR_STUNG = (r"(?:かまれ|噛まれ|咬まれ|かまっ(?=ちま|ちゃ|て)|かじられ|ひっかかれ|引っかかれ|引っ掻かれ"
                   r"|ひっかいた|引っかいた"
                   r"|引っ掻いた|さされ|刺され|ささっ|刺さっ|さしきず|刺し傷|はかた|歯形|歯型|はのあと|歯の跡|歯のあと"
                   r"|かみきず|噛み傷|きりきず|切り傷|すりきず|擦り傷|ひっかききず|引っかき傷)")
# ... or a cut to a part of the body (手を切った, 指きった; not hair, a call or a tie: 髪を切った, 電話を切った).
CUT_LIMB = (r"(?:て|手|てのこう|手の甲|ゆび|指|うで|腕|あし|足|ひざ|膝|かかと|ひじ|肘|てくび|手首)"
            r"(?:を|も|の(?:さき|先))?"
            r"(?:きっ|切っ)")
WOUND = (r"(?:" + BITTEN_OR_STUNG + "|" + CUT_LIMB
         + r"|(?<!ちょう)(?<!えい)(?<!ぬ)(?:きず|傷)(?:ぐち|口)?(?:が|の|は|も|から)"
         r"|(?:とげ|棘|トゲ)(?:が|も|を))")
# ... then the place answering: a red line or streak, redness or swelling spreading, heat, throbbing pain. An itch
# alone is not one (蚊に刺されてかゆい: none in the set).
RED_STREAK = (r"(?:あかい|赤い|あけえ|赤え)(?:せん|線|すじ|筋|すじ|すし)"
              r"|(?:せん|線|すじ|筋)(?:が|も)?[^\n]{0,6}?(?:あか|赤)(?:く|ぐ|い)"
              r"|みみずばれ|みみず腫れ|ミミズ腫れ")
# (not denied, はれてない; 腫れて泣いてる reads はれてないてる, which is no denial)
NOT_DENIED = r"(?!て(?:は|も)?(?:い)?(?:ない(?!て)|ねえ|ません))"
SWOLLEN = (r"はれ" + NOT_DENIED + r"|腫れ" + NOT_DENIED +
           r"|ぱんぱん|ぷっくり|ぼっこり|もりあが|盛り上が|ふくれ|膨れ")
RED_OR_HOT = (r"(?:あか|赤)(?:く|ぐ)(?:なっ|なり|なて|はれ|腫れ|もりあが|盛り上が|ひろが|広が|のび|伸び)"
              r"|まっか|真っ赤|あかみ|赤み"
              r"|(?:ねつ|熱)(?:を)?(?:もっ|持っ|もち|持ち)|(?:さわ|触)(?:る|っ)と(?:あつ|熱|暑)|あつく(?:なっ|なり)|あっつ")
THROBBING = r"ずきずき|ずきんずきん|じんじん|どくどく(?:いた|痛)|みゃくうつ|脈打つ|脈うつ"
ANSWERED = r"(?:" + RED_STREAK + "|" + SWOLLEN + "|" + RED_OR_HOT + "|" + THROBBING + ")"
WOUND_SPAN = 50  # characters from the wound to the place answering (…かまれたと連絡のあった腕が、夜になって赤く)
WOUND_ANSWERED = (r"(?:" + WOUND + r")[^\n]{0," + str(WOUND_SPAN) + r"}?" + ANSWERED
                  # a red streak told first, the wound after it (赤い線が伸びてきた…猫に引っかかれたとこから)
                  + r"|(?:" + RED_STREAK + r")[^\n]{0,30}?(?:" + WOUND + ")")

# A pet's or a farm animal's own wound, no person between (うちの犬が蜂に刺されて鼻が腫れ, 犬っこが…刺さっで).
PET = (r"(?:いぬ|犬|ねこ|猫|ぺっと|ペット|うし|牛|うま|馬|はむすたー|ハムスター|うさぎ|兎)(?:っこ|ちゃん)?(?:が|は|も)")
PET_HURT = (PET + r"(?:(?!" + PEOPLE + "|" + WRITER + r")[^\n]){0,20}?(?:" + BITTEN_OR_STUNG
            + r"|きず|傷|はれ|腫れ)"
            r"|じゅうい|獣医|どうぶつびょういん|動物病院")
# The swelling gone down or healed, or a way to keep them off (腫れも引いた, 治りました, 刺されないように).
GONE_DOWN = (r"(?:はれ|腫れ|あかみ|赤み|いたみ|痛み)(?:も|は|が)?"
             r"(?:ひい|引い|ひけ|引け|おさまっ|治まっ|収まっ|とれ|取れ)"
             r"|なおり|治り|なおっ|治っ|たいいん|退院|ないように|ないよう|よぼう|予防|たいさく|対策")
# A story (not FICTION's kana えいが: devoiced えいか, it is a stingray's エイが).
STORY = r"映画|どらま|ドラマ|まんが|漫画|げーむ|ゲーム"
NOT_A_WOUND_NOW = STORY + "|" + PET_HURT + "|" + GONE_DOWN


def wound_reaction_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (rule("wound_reaction", "symptom", WOUND_ANSWERED, unless=NOT_A_WOUND_NOW),)
