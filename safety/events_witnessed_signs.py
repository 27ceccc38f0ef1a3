"""Scenes a witness tells (after blind25's final score, see docs/safety.md "After blind25's final score"): general
signs that the earlier rules missed or sent to the wrong number.

- 119: a person fallen from a tree (柿の木から落ちられて); a shed or house collapsed with someone inside
  (納屋が潰れて…中で息子が作業をしていた); a ceiling or wall going black with a crackling (天井が黒くなって、
  パチパチという音が止まりません); only a float or a hat seen in the water where someone was (浮き輪だけが流れてきた:
  drowning, not a missing person); an emptied medicine box found with a farewell or a person not waking (an overdose).
- 110: a person not arrived where expected, hours after setting out (娘がまだ来ていない…学校を出たのは3時間前);
  something on the railway tracks with a train due (線路の上に石が置かれていて、もうすぐ電車が来る); blows still
  being received (一人倒れてるのにまだ蹴られてます: the police first, like an assault going on, in
  :mod:`safety.decide`).

After blind26 and blind27 (the known misses as kinds): a fire told in Tohoku forms (薪小屋燃えでっぺ, 火ぃ家さ移り
そう), or told by what was done against it (消火器はもう空になった) or by a ceiling going black with a burning smell
(119); money already handed over in a swindle (振り込んでしまった: the swindler has gone, #9110 not 110, as
``visitor_left`` in :mod:`safety.decide`); a caller posing as an inspector who wants into the house (#9110, 110 when
he is there now).
"""

from __future__ import annotations

from safety.events_outdoor_signs import EVERYONE_SAFE
from safety.rule import ANIMAL, ANIMAL_VETO, COMIC, FICTION, PEOPLE, SCAM_WARNING, Rule, rule

# A person's word or a family member (奥様, 息子, 人, 子供).
PERSON_INSIDE = (r"(?:ひと|人|だれか|誰か|むすこ|息子|むすめ|娘|おっと|夫|つま|妻|ちち|父|はは|母|そふ|祖父|そぼ|祖母"
                 r"|じい|ばあ|こども|子ども|子供|まご|孫|かぞく|家族|しゅじん|主人)")
# A building that can fall in on someone.
BUILDING = (r"(?:なや|納屋|こや|小屋|ものおき|物置|そうこ|倉庫|いえ|家|うち|しゃこ|車庫|はなれ|離れ|ぎゅうしゃ|牛舎"
            r"|とや|鶏舎|ビニールハウス|はうす|ハウス|こうじょう|工場|たてもの|建物)")
# Play, fiction, a drill.
NOT_REAL = FICTION + r"|くんれん|訓練|しばい|芝居|劇|どらま|ドラマ|夢"
# A person not arrived where expected (娘がまだ遊びに来ていない, 息子がまだ塾に着いていません; blind27b).
NOT_ARRIVED = (r"(?:" + PERSON_INSIDE + r")(?:さん|ちゃん|くん)?(?:が|は|も)?[^\n]{0,6}?まだ[^\n]{0,8}?"
               r"(?:きて|来て|ついて|着いて|とうちゃくして|到着して)(?:い|お)?(?:ない|ねえ|ません|らん|りません)")
# An emptied medicine box, bottle or sheet found (ドアの前に薬の空き箱が落ちていました; blind27b).
EMPTIED_MEDICINE = (r"(?:くすり|薬|すいみんやく|睡眠薬|じょうざい|錠剤)(?:の)?(?:あき|空き|から|空)(?:の)?"
                    r"(?:はこ|箱|びん|瓶|ふくろ|袋|しーと|シート)")
# ... with a farewell or a person who does not wake (もう全部終わりにする, 起きない): an overdose, the act done.
OVERDOSE_CONTEXT = (r"(?:おわり|終わり|おしまい)に(?:する|します)|しにたい|死にたい|じさつ|自殺|いしょ|遺書"
                    r"|(?:おき|起き)(?:ない|ねえ|ません)|ぐったり")
# Hours gone by since (学校を出たのは3時間前, 出てから2時間たっても, 何時間も).
HOURS_SINCE = (r"(?:[0-9０-９一二三四五六七八九十]+|なん|何|すう|数)(?:じかん|時間)"
               r"(?:いじょう|以上|ちかく|近く|はん|半)?(?:まえ|前|たって|経って|たつ|経つ|たち|経ち|すぎ|過ぎ|も)")

# A fire made on purpose (焚き火, ろうそく, 野焼き): not a building burning.
FIRE_ON_PURPOSE = (r"たきひ|たきび|焚き火|ろうそく|蝋燭|のやき|野焼き|どんどやき|どんど焼き|ばーべきゅー|バーベキュー")
# A fire in its place, burning right before the verb (薪ストーブ燃えでっぺ, 囲炉裏の火がよく燃えでる): a not_before.
FIRE_IN_PLACE = (r"(?:すとーぶ|ストーブ|だんろ|暖炉|かまど|竈|いろり|囲炉裏|まき|薪)(?:の)?(?:ひ|火)?(?:が|は|も)?"
                 r"(?:よく|ちゃんと|いい|ええ)?")
# An extinguisher emptied or no use (消火器はもう空になった, 消火器使い切ったのに, 消火器きかねえ).
EXTINGUISHER_SPENT = (r"(?:しょうかき|消火器)(?:は|も|が|を)?(?:もう)?[^\n]{0,8}?"
                      r"(?:から(?:に|っぽ)|空(?:に|っぽ)|そら(?:に|っぽ)|つかいき|使い切|使いき|つかいはた|使い果た|ぜんぶつかっ|全部使っ|なくなっ|無くなっ|でなくなっ|出なくなっ"
                      r"|きかな|効かな|きかね|効かね)")
# A burning smell or smoke in the message: what makes an emptied extinguisher or a blackening ceiling a fire.
BURNING = (r"こげくさ|焦げ臭|こげた(?:におい|臭い|匂い)|こげの(?:におい|臭い)|きなくさ|きな臭|けむ|煙|もえ|燃え"
           r"|ほのお|炎"
           r"|(?:ひ|火)が|火")
# Money already gone in a swindle (振り込んでしまった, 30万円振り込んじゃった, 金なくなってた, 引き出された; not お金が
# 引き出せなくなった, a machine that would not pay out): the swindle is done and the swindler gone - a police
# consultation (#9110), not 110 - unless the caller is still on the line or coming (電話がつながったまま, まだ近くに,
# これから取りに来る).
STILL_THERE = (r"(?:でんわ|電話)(?:が|は)?(?:まだ|いまも|今も)?(?:ちゅう|中|つながって|繋がって|つながった|繋がった"
               r"|きれて(?:い)?ない|切れて(?:い)?ない)|まだ(?:ちかく|近く|いる|そこ|そと|外|げんかん|玄関|でんわ|電話)|いまも|今も|これから"
               r"|いまから|今から|また(?:くる|来る|きます|来ます)"
               r"|(?:とりに|取りに|うけとりに|受け取りに)(?:くる|来る|きます|来ます)"
               # the swindler still going round (その人はまだ近所の家を回っているようです; blind25a: 110)
               r"|まだ[^\n]{0,12}?(?:きんじょ|近所|ちかく|近く|このへん|この辺|あたり|いる|います|おる|おり|まわ|回|うろ)")
MONEY_GONE = (r"(?:^|\n)(?![^\n]*?(?:" + STILL_THERE + r"))[^\n]*?"
              r"(?:(?:ふりこ|振り込|振込|はらっ|払っ|しはらっ|支払っ|そうきん|送金|わたし|渡し)(?:ん|み|まれ|し)?(?:て|で)?"
              r"(?:しまっ|しまい|ちゃっ|じゃっ|ちゃい|じゃい)"
              r"|(?:ふりこまれ|振り込まれ|ひきだされ|引き出され|おろされ|下ろされ|だましとられ|騙し取られ)(?:て)?"
              r"(?:しまっ|しまい|ちゃっ|た|ました)"
              r"|(?:おかね|お金|かね|金|よきん|預金|ちょきん|貯金|ざんだか|残高|えん|円)(?:が|も|を)?(?:ぜんぶ|全部|すっかり|ごっそり|まるごと)?(?:なくなっ|無くなっ"
              r"|へって|減って|ぜろ|ゼロ|とられ|取られ))")
# Someone posing as an inspector, an official or the police who wants into the house (ガスの点検ですと言って…家の中を
# 見せろと): a crime-like visit, the police's consultation line (#9110; 110 when he is there now), not a sale (188).
POSING_VISITOR = (r"てんけん|点検|しょくいん|職員|けいさつ|警察|しやくしょ|市役所|やくば|役場|すいどうきょく|水道局"
                  r"|さぎょうふく|作業服|せいふく|制服|なのる|名乗る|なのっ|名乗っ|なのり|名乗り")
INTO_THE_HOUSE = (r"(?:いえ|家|うち|へや|部屋|たく|宅)(?:の)?(?:なか|中)(?:を|に|さ|まで)?[^\n]{0,4}?"
                  r"(?:みせろ|見せろ|みせて|見せて|みせなさい|見せなさい|いれろ|入れろ|いれて|入れて|あがらせ|上がらせ"
                  r"|はいらせ|入らせ|しらべさせ|調べさせ|あげろ|上げろ)")


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
             unless=NOT_REAL + r"|" + ANIMAL_VETO),
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
             # (not with everyone told safe on the bank: 子どもたちは全員岸にいて、あーあって笑ってる; round 44)
             needs=PEOPLE, unless=NOT_REAL + r"|" + ANIMAL_VETO + "|" + EVERYONE_SAFE),
        # something on the tracks or a car stuck on a crossing with a train due (線路の上に大きな石が置かれていて、
        # もうすぐ電車が来る; 5 of 5 phrases of the set with a train coming and no one hit are 110)
        rule("road_danger", "police",
             # (round 46, blind47a: stones put in a row on the rails by children, told in Tohoku -
             # 線路さ石っこ並べでる ... 電車来っつぉ: さ as に, things lined up, loaded or left there, and a train
             # coming told 来っつぉ / 来ちゃう)
             r"(?:せんろ|線路|ふみきり|踏切|れーる|レール)(?:の)?(?:うえ|上|なか|中|まんなか|真ん中)?(?:に|で|を|さ)[^\n]{0,16}?"
             r"(?:おかれ|置かれ|おいて|置いて|おきいし|置き石|ならべ|並べ|のせて|載せて|乗せて|つんで|積んで|ほうち|放置"
             r"|ころがって|転がって|たちいっ|立ち入っ|あるいて|歩いて|とまって|止まって|たちおうじょう|立ち往生|えんすと|エンスト"
             r"|のこって|残って|ひっかかって|引っかかって|たおれて|倒れて)",
             needs=r"(?:でんしゃ|電車|れっしゃ|列車|きしゃ|汽車)(?:が)?[^\n]{0,6}?(?:くる|来る|きそう|来そう|ちかづ|近づ|とおる|通る"
                   r"|きま|来ま|くるじかん|来る時間|(?:く|き|来)っ(?:つぉ|つお|ぞ|ど|ちゃ)|(?:き|来)ちゃ)",
             unless=NOT_REAL + r"|もけい|模型|ぷられーる|プラレール|じおらま|ジオラマ|むかし|昔|おもいで|思い出"
                    r"|ころは|頃は|こどものころ|子どもの頃|子供の頃"),
        # an emptied medicine box found with a farewell or a person not waking (「もう全部終わりにする」と
        # メッセージが来たきり…ドアの前に薬の空き箱; blind27b): the act done, an overdose (119 before the threat's 110)
        rule("overdose", "medical", EMPTIED_MEDICINE, needs=OVERDOSE_CONTEXT,
             unless=NOT_REAL + r"|なにごみ|何ごみ|何ゴミ|すてかた|捨て方|ぶんべつ|分別"),
        # a person not arrived where expected, hours after setting out (娘がまだ遊びに来ていないと連絡…学校を出たのは
        # 3時間前です; blind27b): a missing person (110), as one who has not come back
        rule("missing_person", "police",
             NOT_ARRIVED + r"[^\n]*?" + HOURS_SINCE + r"|" + HOURS_SINCE + r"[^\n]*?" + NOT_ARRIVED,
             has_negation=True,
             # ... told late, not lost (遅れるって連絡があった)
             unless=NOT_REAL + r"|" + ANIMAL + r"|おくれ|遅れ|おそくなる|遅くなる|ちこく|遅刻"),
        # blows still being received (一人倒れてるのにまだ蹴られてます, ずっと殴られています; 14 of 14 phrases of the
        # set with blows told in the progressive are 110): an assault going on. Not つけられてる (followed). A kana plea
        # may follow at once (たたかれてる たすけて: the views drop the space; blind27a).
        rule("assault_in_progress", "police",
             r"(?:なぐられ|殴られ|(?<![あつかむさもと向避設掛付受])けられ|蹴られ|たたかれ|叩かれ|ふみつけられ|踏みつけられ)"
             r"(?:て|で)(?:る|いる|います|ます|おる|おります)(?!た(?!すけ)|っ)",
             needs=PEOPLE + r"|あいて|相手|だれか|誰か|けんか|喧嘩",
             unless=NOT_REAL + r"|てれび|テレビ|" + COMIC + r"|" + ANIMAL),
        # --- after blind26 and blind27 ---
        # a building or a thing burning told in a Tohoku progressive (薪小屋燃えでっぺ, 納屋燃えでんだ, 燃えでっと,
        # 燃えでねが; devoiced: もえてっぺ): the standard もえてる is in safety.events_life
        rule("fire", "fire", r"(?:もえ|燃え)て(?:っ(?:へ|ぺ|と|ちゃ|か)|ん(?:た|の|す|て)|ね(?:か|えか))",
             not_before=FIRE_IN_PLACE,
             unless=NOT_REAL + r"|" + FIRE_ON_PURPOSE + r"|やるき|やる気|こい|恋|じょうねつ|情熱"),
        # fire moving to a house or a thing told with no が (火ぃ家さ移りそう, 火、隣の家まで移った; with が in
        # safety.events_life); a kanji 火 only (ひ in kana ends too many words: ひとさうつる is a cold), not 火曜
        rule("fire", "fire",
             # (a fire made on purpose that spread is a fire: 稲わら燃やしてだっけ、火ぃ隣の杉林さ移ってしまった)
             r"火(?!曜)(?:い|も)?[^\n]{0,8}?(?:さ|に|へ|まで)(?:もえ)?(?:うつ|移)(?:り|っ|る)",
             unless=NOT_REAL + r"|ろうそく|蝋燭"),
        # an extinguisher emptied or of no use with a burning smell or smoke (消火器はもう空になった): the fire is
        # still going; not one replaced, refilled or thrown away (消火器が空になったので交換したい)
        # (the burning smell a lookahead, not a guard: a guarded match would silence the classifiers)
        rule("fire_fought", "fire", r"(?:^|\n)(?=[^\n]*?(?:" + BURNING + r"))[^\n]*?" + EXTINGUISHER_SPENT,
             unless=NOT_REAL + r"|こうかん|交換|つめかえ|詰め替え|ほじゅう|補充|しょぶん|処分|すて|捨て"
             r"|かいかえ|買い替え|きげん|期限|てんけん|点検|ひきとり|引き取り|かいたい|買いたい|いたずら|悪戯|けした|消した|きえた|消えた"
             r"|ちんか|鎮火"),
        # a ceiling going black with a burning smell or smoke (台所から焦げ臭いにおいがして天井が黒くなってきた); not
        # mould, tobacco or a ceiling to clean, nor a pot burnt with the fire off (火は止めて)
        rule("fire_glow", "fire",
             r"(?:^|\n)(?=[^\n]*?(?:こげくさ|焦げ臭|こげた(?:におい|臭い|匂い)|きなくさ|きな臭|けむ|煙))[^\n]*?"
             r"(?:てんじょう|天井)(?:が|も)?[^\n]{0,6}?(?:くろく|黒く|まっくろ|真っ黒|すすけ|煤け)(?:に)?(?:なって|なっ|なり)"
             r"(?:き|く|い)",
             unless=NOT_REAL + r"|かび|カビ|しみ|シミ|やに|ヤニ|たばこ|タバコ|そうじ|掃除|おとし|落とし"
             r"|(?:ひ|火)(?:は|も)(?:もう)?(?:とめ|止め|けし|消し|きえ|消え)"),
        # a marker (safety.decide.MARKERS): money already gone in a swindle - the swindler has gone (#9110)
        rule("visitor_left", "scam", MONEY_GONE),
        # someone posing as an inspector or an official who wants into the house (家の中を見せろと): a swindle's visit
        rule("scam", "scam", r"(?:^|\n)(?=[^\n]*?(?:" + POSING_VISITOR + r"))[^\n]*?" + INTO_THE_HOUSE,
             # (not a visit arranged: a care survey, a home visit, a booking)
             unless=SCAM_WARNING + r"|ないけん|内見|ないらん|内覧|ともだち|友達|友だち|かぞく|家族|かいご|介護"
             r"|にんてい|認定|ちょうさ|調査|かていほうもん|家庭訪問|よやく|予約"),
    )
