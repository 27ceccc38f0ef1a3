"""Someone damaging things now (round 56, helper A120: wide58 - shrines, temples and festivals from the organisers'
side).

- *vandals at work now* (``vandalism_in_progress``, 110): a stranger or a group kicking over, knocking down,
  smashing or overturning things that are not theirs, told as going on (墓地で若い奴らが墓石蹴り倒してる, 境内で男が
  灯籠を次々倒してる, 公園のベンチを壊してます) - a crime the police stop now, not damage found afterwards (the
  consultation line) nor one's own child or pet breaking a toy;
- *vandalism found afterwards* (``vandalism_found``, #9110): things spray-painted, smashed, knocked down or broken
  off by someone, found later with no one there (今朝墓地に行ったら墓石にスプレーで落書きされていた, 犯人はもういない,
  夜のうちにやられた) - a report for the police consultation line, not a storm, an animal or a trader's damage (188).

Tests: tests/safety/test_events_vandalism_signs.py.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, on_its_line_with, rule

# Kicking over, knocking down, smashing, overturning (蹴り倒して, なぎ倒して, 倒して回って, 壊して, 窓を割って) ...
DAMAGING = (r"(?:けりたおし|蹴り倒し|けたおし|蹴倒し|なぎたおし|なぎ倒し|(?:を|も|ば)(?:たおし|倒し)"
            # (not a stomach or a body "broken", お腹を壊してる: unwell, no damage)
            r"|(?<!なか)(?<!なかを)(?<!はら)(?<!はらを)(?<!腹)(?<!腹を)(?<!からだ)(?<!からだを)(?<!体)(?<!体を)"
            r"(?:こわし|壊し)|ぶっこわし|ぶっ壊し"
            r"|(?:を|も|ば)(?:わっ|割っ)|ひっくりかえし"
            # (round 57: smashed with blows, ショーケース叩き割ってる; wide59)
            r"|たたきわっ|叩き割っ|たたき割っ|ぶちわっ|ぶち割っ|ひっくり返し|(?:を|も|ば)(?:けっ|蹴っ)"
            r"|らくがきし|落書きし|すぷれーし|スプレーし)")
# ... told as going on now (してる, しています, して回ってる, しまくってる, Tohoku 回ってんだ).
GOING_ON = r"(?:て|で)(?:まわ(?:っ)?|回(?:っ)?|まくっ)?(?:て)?(?:い(?:る|ま)|る(?!の)|ます|ん(?:だ|の|ぞ))"
# ... by a stranger or a group (若い奴ら, 男が何人か, 誰か).
VANDALS = (r"やつら|奴ら|ひとたち|人たち|れんちゅう|連中"
           # (round 57: a figure on a security camera, 割っている人物が映って; wide59)
           r"|じんぶつ|人物|わかもの|若者|わかいの|若いの|わかい(?:おとこ|男)|おとこ|男|だれか|誰か|なんにんか|何人か"
           r"|ぐるーぷ|グループ|しゅうだん|集団|よっぱらい|酔っぱらい|酔っ払い|ふしんしゃ|不審者|しらない|知らない")
# Not one's own child, a pet or a worker, nor a story, a dream or a day gone by.
NOT_VANDALS = (FICTION + r"|ゆめ|夢|きのう|昨日|せんじつ|先日|けさ|今朝|あとで|後で"
               r"|(?:おとこのこ|男の子|こども|子ども|子供|むすこ|息子|むすめ|娘|まご|孫|いぬ|犬|ねこ|猫)(?:が|は|も)"
               r"|ぎょうしゃ|業者|こうじ|工事|かいたい|解体|じぶんで|自分で"
               r"|げーむ|ゲーム|どみの|ドミノ|つみき|積み木")

# Things damaged by someone, told in the passive (落書きされて, スプレーで塗られ, 壊され, 倒され, 折られ, 割られ) ...
DAMAGED = (r"(?:らくがき|落書き|いたずらがき|いたずら書き)(?:を)?(?:され|さ(?:れ|せ)て)"
           r"|(?:すぷれー|スプレー|ぺんき|ペンキ)(?:で)?[^\n]{0,6}?(?:ぬられ|塗られ|かかれ|書かれ)"
           r"|(?:こわ|壊)され|(?<!つき)(?<!突き)(?<!おし)(?<!押し)(?:たお|倒)され"
           # (kana おられ / わられ only after a particle: not the honorific ておられ, nor 断られ read ことわられ)
           r"|(?<!ほねを)(?<!骨を)(?<!ほね)(?<!骨)(?:折られ|(?<=[をがも])おられ)"
           r"|(?:割られ|(?<=[をがも])わられ)|(?:あら|荒)され"
           r"|(?:きず|傷)(?:を)?(?:つけ|付け)られ")
# ... found afterwards, with the culprit gone (朝行ったら, 見つけました, 犯人はいません, 夜のうちにやられた).
FOUND_AFTER = (r"(?:はんにん|犯人|だれ|誰)(?:は|も)?(?:もう)?[^\n]{0,4}?(?:いな|いね|いません|おりません|わから|分から)"
               # (a place gone to, not 言ったら read いったら)
               r"|やられた|みつけ|見つけ|行ったら|(?:に|へ|さ)いったら|けさ|今朝|あさ(?!ひ)|朝")
# Not weather, an animal, a trader's or a shop's damage (a consumer matter), a story, nor one's own doing.
NOT_VANDALISM = (FICTION + r"|たいふう|台風|かぜ|風|ゆき|雪|じしん|地震|らくらい|落雷|かみなり|雷"
                 r"|くま(?:が|に)|熊|いのしし|猪"
                 r"|からす|カラス|猿|鹿|どうぶつ|動物|ぎょうしゃ|業者|しゅうり|修理|べんしょう|弁償"
                 r"|へんきん|返金|じぶんで|自分で|ゆめ|夢")


def vandalism_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # (the contexts are on the pattern's line, not guards: a guard would keep the classifiers quiet)
        rule("vandalism_in_progress", "police", on_its_line_with(r"(?:" + DAMAGING + r")" + GOING_ON, VANDALS),
             unless=NOT_VANDALS),
        rule("vandalism_found", "stalking", on_its_line_with(DAMAGED, FOUND_AFTER), unless=NOT_VANDALISM),
    )
