"""A person gone (split from :mod:`safety.events_field_signs` in round 44, read at the end of its rules): under water
or snow - belongings left by the water and nobody there, snow fallen where a person was, someone who went into the
water and did not come up (119); lost in the mountains or out of reach after an outing, a person with dementia gone
out, a farewell message or a will left and no answer (110)."""

from __future__ import annotations

from safety.rule import ANIMAL_VETO, FILM, PEOPLE, Rule, rule
from safety.vocabulary import NEG

# Where people go out and may be lost: mountains, the sea, rivers, gathering wild plants, fishing, climbing.
OUTING = (r"(?:やま|山|とざん|登山|さんさい|山菜|きのこ|キノコ|たけのこ|タケノコ|つり|釣り|うみ|海|かわ|川|もり|森"
          r"|やまみち|山道"
          # (round 55: not a fee or a meal read りょう, 手数料を振り込んだが連絡もつかない, 料金, 料理 - wide57)
          # (round 55: スキー, folded すき, only as an outing - not 過ぎ, 出発日が過ぎても; wide57)
          r"|ゆきやま|雪山|(?:すきー|スキー)(?=に(?:いっ|行っ|き|来|で|出)|じょう|場|やー|ヤー)|かり|狩り"
          r"|(?<!すう)(?<!ちん)(?<!きゅう)(?<!むり)(?<!ゆう)(?<!そう)(?<!だい)(?<!ひ)りょう(?!り|きん|しゅう|かい|ほう)|猟)")
# Waters a person can go under, what they leave floating or on the bank, and a person not to be found.
WATER = (r"(?:かわ|川|うみ|海|いけ|池|ぬま|沼|みずうみ|湖|すいろ|水路|ようすい|用水|ためいけ|ため池|ほり|堀"
         r"|ぷーる|プール|かわら|河原|きし|岸|そっこう|側溝|みぞ|溝)")
BELONGINGS = (r"(?:ぼうし|帽子|くつ|靴|ながぐつ|長靴|さお|竿|にもつ|荷物|ふく|服|さんだる|サンダル|うきわ|浮き輪"
              r"|ばっく|バッグ|かばん|鞄|てぶくろ|手袋|らんどせる|ランドセル|ぐろーぶ|グローブ|すこっぷ|スコップ"
              # the boat someone went out in (父のボートだけが岸に流れ着いていて; blind27b; not 風船)
              r"|ぼーと|ボート|ふね|舟|(?<!風)船|かぬー|カヌー|かやっく|カヤック)")
FLOATING = (r"(?:ながれてき|流れてき|ながれてい|流れてい|うかんで|浮かんで|ういて|浮いて|ただよ|漂|おきっぱなし"
            r"|置きっぱなし|のこって|残って|おちて|落ちて|ころがって|転がって"
            # washed ashore (岸に流れ着いて, 打ち上げられて; blind27b)
            r"|ながれつい|流れ着い|うちあげられ|打ち上げられ)")
NOWHERE = (r"(?:(?:みあたら|見当たら|みつから|見つから|みえ|見え|い|お)(?:ない|ねえ|ません|なく)"
           r"|(?:すがた|姿)(?:が|も)?(?:ない|ねえ|ありません|みえ|見え)"
           r"|どこにも(?:い|お)?(?:ない|ねえ|ません)|(?:みあたり|見当たり|みつかり|見つかり)ません"  # (blind27)
           # there a moment ago (さっきまでそこにいたのに)
           r"|(?:さっき|いま|今)まで[^\n]{0,6}?(?:い|お)(?:た|ました)(?:のに|けど|が|\n|$))")
# ... said before the belongings (さっきまでそこにいた小学生のランドセルだけが浮いて流れてく)
JUST_THERE = r"(?:さっき|いま|今)まで[^\n]{0,6}?(?:い|お)(?:た|ました)"
LOST_PROPERTY = r"おとしもの|落とし物|わすれもの|忘れ物|とどけ|届け|ひろ|拾"  # lost property: no one gone

# Round 56 (blind57b): a person not there (父もいない, 母の姿がない) ...
# (round 57: or a while told between, and the polite form - 父が、休憩のあと見当たりません; wide59b)
ABSENT = (r"(?:" + PEOPLE + r")(?:が|も|は|の(?:すがた|姿)(?:が|も)?)(?:[、,，]?[^\n。、,，]{0,10}?(?:あと|後|から)"
          r"(?:から)?[、,，]?)?(?:どこにも)?"
          r"(?:いない|いねえ|いません|おらん|おらへん|おりません|みあたらない|見当たらない|みあたりません|見当たりません"
          r"|ない(?<=姿がない))")
# ... who has been getting lost or forgetful of late (道に迷うことが増えて, 認知症, 徘徊, 物忘れ)
WANDER_SIGN = (r"(?:みち|道)(?:に|さ)(?:まよう|迷う|まよい|迷い)|(?:まよう|迷う)ことが|にんちしょう|認知症"
               r"|はいかい|徘徊"
               r"|ものわすれ|物忘れ|ぼけ(?:て|が|始|はじ)|(?:まいご|迷子)に(?:なる|なり)")
# ... since some hour, or gone with their car (夕方から, まだ, 車がなくなって)
GONE_SINCE = (r"から|まだ|ずっと|じかん|時間|(?:くるま|車|けいとら|軽トラ|じてんしゃ|自転車)(?:が|も)?[^\n]{0,3}?"
              r"(?:ない|なく|ねえ|みあたら|見当たら)")
# ... not away at a day service, a short stay, a hospital, nor a plan or a "what if"
AWAY_KNOWN = (r"でいさーびす|デイサービス|でいけあ|デイケア|しょーとすてい|ショートステイ|しせつ|施設|にゅういん|入院"
              r"|りょこう|旅行|(?:た|だ)ら|とき|もし|しんぱい(?:で|な)|心配(?:で|な)")

# Round 21: snow that falls or slides on people (雪崩, 雪下ろし, 屋根の雪, 除雪機, 雪の山) ...
SNOW_HAZARD = (r"(?:なだれ|雪崩|ゆきおろし|雪下ろし|じょせつき|除雪機|(?:ゆき|雪)の(?:やま|山)"
               r"|(?:やね|屋根)(?:から|がら|の)(?:ゆき|雪)"
               r"|らくせつ|落雪)")
# ... and a person gone under it: only a belonging or a hand found, or the person not to be seen
GONE_UNDER = (BELONGINGS + r"(?:だけ|しか)(?:が|は)?[^\n]{0,6}?(?:みつか|見つか|みえ|見え|おちて|落ちて|のこ|残)"
              r"|(?:て|手|あし|足)(?:だけ|しか)[^\n]{0,3}?(?:みえ|見え)|(?:すがた|姿)(?:が|も)?(?:みえな|見えな|みえね|見えね|ない|きえ|消え)")


def gone_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- 119 ---
        # belongings left by the water and the person gone (帽子だけが流れてきて、竿が岸に置きっぱなし): unsure 119
        rule("drowning_sign", "weak",
             r"(?:かわ|川|うみ|海|いけ|池|ぬま|沼|きし|岸|かわら|河原|すいろ|水路)[^\n]{0,24}?(?:ぼうし|帽子|くつ|靴|さお|竿|にもつ|荷物|ふく|服"
             r"|さんだる|サンダル|うきわ|浮き輪)(?:だけ)?(?:が|も)?[^\n]{0,6}?(?:ながれてき|流れてき|うかんで|浮かんで|おきっぱなし|置きっぱなし"
             r"|のこって|残って|おいたまま|置いたまま)",
             unless=LOST_PROPERTY),
        # ... and, with the person nowhere to be found, drowning
        # (用水路に長靴が片方だけ浮いていて、子どもの姿が見当たらない)
        # (round 21: also the belonging named first, fallen at the water's edge: 長靴が片方だけ用水路のふちに
        # 落ちていて、姿が見えない - 3 of 3 such phrases in the set are 119, against 110 for a person only gone towards
        # the water)
        rule("drowning", "medical",
             r"(?:" + WATER + r"[^\n]{0,24}?" + BELONGINGS + r"(?:だけ|かたほう|片方)?(?:が|も)?[^\n]{0,8}?"
             + r"|" + BELONGINGS + r"(?:だけ|かたほう|片方)?(?:が|も)?[^\n]{0,8}?" + WATER + r"[^\n]{0,10}?)" + FLOATING
             + r"[^\n]{0,30}?" + NOWHERE,
             has_negation=True, needs=PEOPLE, unless=LOST_PROPERTY),
        rule("drowning", "medical",
             JUST_THERE + r"[^\n]{0,12}?" + BELONGINGS + r"(?:だけ|かたほう|片方)?(?:が|も)?[^\n]{0,8}?" + FLOATING,
             needs=WATER, unless=LOST_PROPERTY),
        # round 21: snow fallen or slid where a person was, and the person gone under it (雪下ろしのあとから親父の姿が
        # 見えない, 雪崩のあと友だちのグローブだけ見つかって, 除雪機の音が止まって…手袋だけ落ちている): 6 of 6 such
        # phrases in the set are 119; a person who walked out into the snow (認知症の父が雪の中出て行った) stays 110
        rule("buried_in_snow", "medical",
             SNOW_HAZARD + r"[^\n]*?(?:" + GONE_UNDER + r")|(?:" + GONE_UNDER + r")[^\n]*?" + SNOW_HAZARD,
             unless=r"(?:た|だ)ら(?:どう|どこ|なに|何)|とき|よぼう|予防|ちゅうい|注意|きをつけ|気をつけ"),
        # someone who went into the water and did not come up (川に入ったきり上がってこない; 若い方, お仲間: people)
        rule("drowning", "medical",
             WATER + r"(?:に|へ|さ)[^\n]{0,3}?(?:はいっ|入っ|とびこ|飛び込|もぐっ|潜っ|おち|落ち)(?:た|て)"
             r"(?:きり|まま|あと|後)?[^\n]{0,8}?(?:あがって|上がって|うかんで|浮かんで|でて|出て|もどって|戻って)(?:こ|き)"
             + NEG,
             has_negation=True, unless=ANIMAL_VETO + r"|ぼーる|ボール|おもちゃ|玩具|たのしそう|楽しそう"),
        # --- 110 ---
        # a person with dementia not at home or gone out (認知症の父が家にいません, ボケてるから一人で出ていっちゃった);
        # a "when" or "if" (出かけたら) holds it back, not a guess (出たらしく) nor a finding told with the absence
        # (朝起きたらいません; round 39, blind40b)
        rule("missing_person", "police",
             r"(?:にんちしょう|認知症|ぼけ|ボケ|ちほう)[^\n]{0,24}?(?:いない|いなく|いねえ|いません|おらん|でていっ|出て行っ|出ていっ"
             r"|でかけ|出かけ|でてった|出てった)",
             needs=PEOPLE, unless=r"しせつ|施設|でいさーびす|デイサービス|にゅういん|入院|しょーとすてい"
                                  r"|ショートステイ|そうだん|相談"
             # (a conditional たら, not a hearsay らしい nor a discovery: 出たらしく, 朝起きたらいません; round 39)
             r"|とうろく|登録|よぼう|予防|(?:た|だ)ら(?!し[いくか]|(?:もう)?(?:いな|いね|いま|おら))|とき"),
        # round 47 (blind48a): someone not back, then searched for and not found, however the search is told
        # (戻らんと…近所で探しとりますが見つからんのです, 帰ってこねえって…探してっけど見つかんねえ) - not an animal
        rule("missing_person", "police",
             r"(?:もどら|戻ら|かえら|帰ら|(?:もどって|戻って|かえって|帰って)(?:こ|き|まいり))(?:ん|ない|ねえ|ね|ず|ません)"
             r"[^\n]{0,40}?(?:さがし|探し|さかし)(?:て|と|ま|お|まわ|回)[^\n]{0,10}?"
             r"(?:みつから|見つから|みつがら|みつかん|見つかん|みつかりま|見つかりま|みあたら|見当たら|おらん|いない|いねえ)",
             needs=PEOPLE + r"|にんちしょう|認知症|ちほう|ものわすれ|物忘れ", has_negation=True, unless=ANIMAL_VETO),
        # a farewell message and then no answer (「子どもたちをよろしく」ってだけLINEが来て…つながらない)
        rule("suicide_threat", "police",
             # (what is handed over before よろしく / 頼む: 子どもたちをよろしく, 畑は頼む - not 明日よろしく; round 21)
             r"(?:(?:を|は)(?:よろしく|たのむ|頼む|たのみます|頼みます)|ごめんね|ごめんなさい|さよなら|さようなら"
             r"|(?:みんな|いままで|今まで)[^\n]{0,4}?ありがと(?:う)?|(?:もう)?(?:つかれた|疲れた))(?:ね|な)?(?:って|と)(?:だけ)?"
             r"[^\n]{0,6}?(?:らいん|line|めーる|メール|めっせーじ|メッセージ|てがみ|手紙|かきおき|書き置き|でんわ|電話"
             # ... that is all that came (「みんなありがとう、ごめんね」とだけ届いて、それきり電話に出ない), or a note
             # left and the person gone (round 23: 「もう疲れた、さよなら」って書いた紙が出てきて、息子も車もいない)
             r"|とどい|届い|かみ|紙|めも|メモ|おきてがみ|置き手紙)",
             needs=r"つなが|繋が|でな|出な|でね|出ね|へんしん|返信|きどく|既読|れんらく|連絡"
                   r"|いない|いなく|いねえ|いません|おらん|みあたら|見当たら"),
        # round 54 (blind55a): a life called not worth living, quoted on the phone, and the call cut off or unanswered
        # (おばあさんから電話…もう生きていても仕方ない…と。切れてしまいました, 死にたいって言って電話切れた) - not a
        # degree (死にたいくらい暑い) and not a call finished calmly
        rule("suicide_threat", "police",
             r"(?:(?:いきて|生きて)(?:い|お)?(?:て)?(?:も)[^\n]{0,3}?(?:しかたない|仕方ない|しかたね|仕方ね|しょうがない"
             r"|しょうがね|いみ(?:が|も)?ない|意味(?:が|も)?ない)|しにたい|死にたい|きえたい|消えたい)"
             r"[^\n]{0,30}?(?:って|と)[^\n]{0,12}?(?:きれ|切れ|つながら|繋がら|でな(?!が)|出な(?!が)|でね|出ね)",
             needs=r"でんわ|電話|けいたい|携帯|すまほ|スマホ",
             unless=r"くらい|ぐらい|ほど|すぎ|(?:た|だ)ら|とき(?!れ)|おちつ|落ち着|はなし(?:て|た)|話し(?:て|た)"),
        # a will left and the person gone (遺書のような置き手紙を残して出て行かれた; round 23)
        rule("suicide_threat", "police",
             r"(?:遺書|(?<![さかぁ-ゖ])いしょ(?=の|みたい|らし|を|が))[^\n]{0,12}?(?:のこし|残し|おいて|置いて|かいて|書いて)"
             r"[^\n]{0,10}?(?:でていっ|出て行っ|出ていっ|でてっ|出てっ|でかけ|出かけ|いなく|いない|いません|いねえ|おらん)",
             unless=r"(?:た|だ)ら|とき|ドラマ|どらま|しょうせつ|小説|" + FILM + r"|ほうほう|方法|かきかた|書き方"),
        # "I'll die" closing a farewell, quoted as a message (「もう死ぬね、今まで楽しかった」ってLINEきた); the
        # sentence-final particle keeps out hyperbole of degree (死ぬほど笑ったってLINE来た)
        rule("suicide_threat", "police",
             r"(?:しぬ|死ぬ|しにます|死にます|きえる|消える|きえます|消えます)(?:ね|よ|わ|から)[^\n]{0,12}?(?:って|と)(?:だけ)?"
             r"[^\n]{0,6}?(?:らいん|line|めーる|メール|めっせーじ|メッセージ|てがみ|手紙|でんわ|電話|とどい|届い|きた|来た)",
             unless=r"すぎて|へって|減って|ひまで|暇で|つかれて|疲れて|あつくて|暑くて|さむくて|寒くて"),
        # round 56: someone not there who has been getting lost of late, gone since some hour or with their car
        # (夕方から父の軽トラがなくなってて、父もいない。最近道に迷うことが増えていた)
        rule("missing_person", "police",
             ABSENT + r"[^\n]{0,60}?(?:" + WANDER_SIGN + r")|(?:" + WANDER_SIGN + r")[^\n]{0,60}?" + ABSENT,
             needs=GONE_SINCE, unless=AWAY_KNOWN),
        # lost in the mountains (山で道に迷って帰れない), or out of reach after an outing
        # (登山に行った夫と連絡が取れない)
        rule("missing_person", "police",
             r"遭難|そうなん(?:し(?:た|て)|しゃ)"  # not そうなんです (なりそうなんだけど)
             r"|(?:みち|道)に(?:まよ|迷)[^\n]{0,30}?(?:かえれ|帰れ|もどれ|戻れ|でられ|出られ|くらく|暗く|くらい(?:\n|$|し|から|よ)|暗い"
             r"|わから|分から)"
             r"|(?:やま|山|もり|森|とざん|登山)(?:で|の(?:なか|中)で|に)[^\n]{0,4}?(?:まいご|迷子)"
             r"|(?:くだりかた|下り方|おりかた|降り方|かえりみち|帰り道)(?:が)?(?:わから|分から|わかん)",
             has_negation=True, unless=r"ほけん|保険|(?:た|だ)ら|とき|そなえ|備え"),
        rule("missing_person", "police",
             OUTING + r"[^\n]{0,40}?(?:(?:れんらく|連絡)(?:が|も)?(?:とれ|取れ|つか|つな)|(?:でんわ|電話|けいたい"
                      r"|携帯|すまほ|スマホ)"
             # (round 22: a word between, 携帯もずっとつながらない)
             r"(?:が|も|に)?(?:ずっと|ぜんぜん|全然|まったく|全く|いっこうに|一向に)?"
             r"(?:つながら|繋がら|つうじ|通じ|で|出))" + NEG,
             needs=PEOPLE, has_negation=True, unless=r"ほけん|保険|(?:た|だ)ら|とき|そなえ|備え"),
        # ... its phone dead, or overdue (round 23: 冬山に出たまま予定の時刻を六時間過ぎても下りてこず、携帯の電源も
        # 切れている)
        rule("missing_person", "police",
             OUTING + r"[^\n]{0,40}?(?:でんげん|電源)(?:が|も)?(?:きれ|切れ|おち|落ち)"
             r"|" + OUTING + r"[^\n]{0,30}?(?:よてい|予定|じこく|時刻|じかん|時間)[^\n]{0,12}?(?:すぎ|過ぎ)(?:て)?"
             r"(?:も|たのに)[^\n]{0,6}?(?:かえってこ|帰ってこ|もどってこ|戻ってこ|おりてこ|下りてこ|降りてこ|かえら|帰ら"
             r"|もどら|戻ら)" + NEG,
             needs=PEOPLE, has_negation=True, unless=r"ほけん|保険|(?:た|だ)ら|とき|そなえ|備え"),
    )
