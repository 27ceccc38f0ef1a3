"""Scenes a witness tells (after blind25's final score, see docs/safety.md "After blind25's final score"): general
signs that the earlier rules missed or sent to the wrong number.

- 119: a person fallen from a tree (柿の木から落ちられて); a shed or house collapsed with someone inside
  (納屋が潰れて…中で息子が作業をしていた); a ceiling or wall going black with a crackling (天井が黒くなって、
  パチパチという音が止まりません); only a float or a hat seen in the water where someone was (浮き輪だけが流れてきた:
  drowning, not a missing person).
- 110: something on the railway tracks with a train due (線路の上に石が置かれていて、もうすぐ電車が来る); blows still
  being received (一人倒れてるのにまだ蹴られてます: the police first, like an assault going on, in
  :mod:`safety.decide`).
"""

from __future__ import annotations

from safety.rule import ANIMAL, FICTION, PEOPLE, Rule, rule

# A person's word or a family member (奥様, 息子, 人, 子供).
PERSON_INSIDE = (r"(?:ひと|人|だれか|誰か|むすこ|息子|むすめ|娘|おっと|夫|つま|妻|ちち|父|はは|母|そふ|祖父|そぼ|祖母"
                 r"|じい|ばあ|こども|子ども|子供|まご|孫|かぞく|家族|しゅじん|主人)")
# A building that can fall in on someone.
BUILDING = (r"(?:なや|納屋|こや|小屋|ものおき|物置|そうこ|倉庫|いえ|家|うち|しゃこ|車庫|はなれ|離れ|ぎゅうしゃ|牛舎"
            r"|とや|鶏舎|ビニールハウス|はうす|ハウス|こうじょう|工場|たてもの|建物)")
# Play, fiction, a drill.
NOT_REAL = FICTION + r"|くんれん|訓練|しばい|芝居|劇|どらま|ドラマ|夢"


def witnessed_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # a person fallen from a tree (柿の木から落ちられて, 木の上から転げ落ちた); not fruit, snow or a branch
        # (柿が木から落ちて, 雪が木から落ちた: a thing before it)
        rule("fell_from_height", "medical",
             r"(?:木|(?<=の)き)(?:の)?(?:うえ|上)?(?:から|さ)(?:おち|落ち|ころげおち|転げ落ち|てんらく|転落)(?!た?(?:もの|物|み|実))",
             needs=PEOPLE,
             not_before=r"(?:み|実|かき|柿|りんご|くり|栗|えだ|枝|は|葉|ゆき|雪|もの|物|" + ANIMAL
                        + r")(?:が|は|も)[^\n]{0,6}?",
             unless=NOT_REAL),
        # a building collapsed and someone inside (納屋が潰れて…中で息子が作業をしていたはず; 2 of 2 such phrases of
        # the set are 119 - a greenhouse with its tomatoes is none)
        rule("trapped", "medical",
             BUILDING + r"(?:が|も)?[^\n]{0,12}?(?:つぶれ|潰れ|くずれ|崩れ|とうかい|倒壊|ぺしゃんこ)[^\n]{0,24}?"
             r"(?:なか|中)(?:で|に)(?:は)?[^\n]{0,4}?" + PERSON_INSIDE + r"(?:が|は)?[^\n]{0,12}?"
             r"(?:いた|いる|いま|おり|おる|さぎょう|作業|ねて|寝て|あそん|遊ん|しごと|仕事)",
             unless=NOT_REAL + r"|" + ANIMAL),
        # a ceiling, wall or socket going black with a crackling (天井が黒くなって、パチパチという音が止まりません;
        # 9 of 10 phrases of the set with a crackling are 119 - the none is どんど焼き). Its own negation: 止まりません
        # is no denial.
        rule("fire_glow", "fire",
             r"(?:くろく|黒く|まっくろ|真っ黒|こげて|焦げて)[^\n]{0,16}?ぱちぱち|ぱちぱち[^\n]{0,16}?(?:くろく|黒く|まっくろ|真っ黒)",
             has_negation=True,
             unless=NOT_REAL + r"|たきび|焚き火|どんどやき|どんど焼き|だんろ|暖炉|はなび|花火|ばーべきゅー|バーベキュー"
             r"|きゃんぷ|キャンプ"),
        # only a float or a hat left in the water where someone was (浮き輪だけが流れてきました; 2 of 2 phrases of the
        # set with a float and a person out of sight are 119)
        rule("drowning", "medical",
             r"(?:うきわ|浮き輪|浮輪|ぼうし|帽子|さんだる|サンダル|くつ|靴)(?:だけ|のみ)(?:が|は)?[^\n]{0,8}?(?:ながれ|流れ|うい|浮い"
             r"|うかん|浮かん|ぷかぷか|ただよ|漂)",
             needs=PEOPLE, unless=NOT_REAL + r"|" + ANIMAL),
        # something on the tracks or a car stuck on a crossing with a train due (線路の上に大きな石が置かれていて、
        # もうすぐ電車が来る; 5 of 5 phrases of the set with a train coming and no one hit are 110)
        rule("road_danger", "police",
             r"(?:せんろ|線路|ふみきり|踏切|れーる|レール)(?:の)?(?:うえ|上|なか|中|まんなか|真ん中)?(?:に|で|を)[^\n]{0,16}?(?:おかれ|置かれ|おいて|置いて"
             r"|ころがって|転がって|たちいっ|立ち入っ|あるいて|歩いて|とまって|止まって|たちおうじょう|立ち往生|えんすと|エンスト"
             r"|のこって|残って|ひっかかって|引っかかって|たおれて|倒れて)",
             needs=r"(?:でんしゃ|電車|れっしゃ|列車|きしゃ|汽車)(?:が)?[^\n]{0,6}?(?:くる|来る|きそう|来そう|ちかづ|近づ|とおる|通る"
                   r"|きま|来ま|くるじかん|来る時間)",
             unless=NOT_REAL + r"|もけい|模型|ぷられーる|プラレール|じおらま|ジオラマ"),
        # blows still being received (一人倒れてるのにまだ蹴られてます, ずっと殴られています; 14 of 14 phrases of the
        # set with blows told in the progressive are 110): an assault going on. Not つけられてる (followed).
        rule("assault_in_progress", "police",
             r"(?:なぐられ|殴られ|(?<![あつかむさもと向避設掛付受])けられ|蹴られ|たたかれ|叩かれ|ふみつけられ|踏みつけられ)"
             r"(?:て|で)(?:る|いる|います|ます|おる|おります)(?!た|っ)",
             needs=PEOPLE + r"|あいて|相手|だれか|誰か|けんか|喧嘩",
             unless=NOT_REAL + r"|てれび|テレビ|まんが|漫画|" + ANIMAL),
    )
