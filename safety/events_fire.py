"""Fire, smoke and gas (119) as event rules (see :mod:`safety.rule`): the first rules of
:func:`safety.events_life.life_rules` (moved out of :mod:`safety.events_life`, which had passed 300 lines, in round
41)."""

from __future__ import annotations

from safety.events_bomb_threat_signs import EXPLOSION_THREATENED
from safety.events_household_signs import DEADLINE_IDIOM
from safety.events_mishap_signs import RITUAL_FIRE
from safety.events_overheard_signs import EXHAUST_NUISANCE
from safety.rule import COMIC, COOKING, FILM, HOUSEWORK, Rule, rule
from safety.vocabulary_things import LEAVES_AFLAME

# What carbon monoxide does to the people breathing it (頭が痛い, Tohoku 頭いでぇ, 吐き気, ぐったり, 眠い, ぼーっと).
CO_SIGNS = (r"(?:ずつう|頭痛|はきけ|吐き気|ぐったり|いしき|意識|ふらふら|めまい|ねむ|眠|ぼうっと|ぼーっと|はいて|吐いて"
            r"|(?:あたま|頭)(?:が)?(?:いた|痛|いて))")
# Food heated right before a bang (卵温めたら爆発したw, 栗をチンしたら): it burst, no fire (blind24). A not_before.
MICROWAVED_FOOD = (r"(?:たまご|卵|ゆでたまご|ゆで卵|くり|栗|ういんなー|ウインナー|そーせーじ|ソーセージ)"
                   r"(?:を)?[^\n]{0,6}?(?:あたため|温め|ちん|チン|かねつ|加熱)(?:し)?(?:たら|て)$")


# Round 48 (helper A85): a fire set by someone, told done (店に強盗が入って火をつけた, 家に火をつけられた, 誰かが
# 物置に火ぃつけで逃げだ, 放火されました): a fire first (119; a crime told with it follows, the police take the
# call over), not a threat (火をつけるぞ: 110 or #9110 by the police rules) nor a stove or a candle lit.
ARSON_TARGET = (r"(?:いえ|家|うち|みせ|店|くるま|車|こや|小屋|ごみ|ゴミ|たてもの|建物|そうこ|倉庫|へや|部屋"
                r"|げんかん|玄関"
                r"|ものおき|物置|あぱーと|アパート|しゃこ|車庫|なや|納屋)(?:に|さ|へ)")
ARSONIST = (r"(?:だれか|誰か|だれが|誰が|おとこ|男|はんにん|犯人|ごうとう|強盗|どろぼう|泥棒|やつ|奴|ふしんしゃ|不審者)"
            r"(?:が|に)?[^\n]{0,14}?")
ARSON_DONE = (r"(?:" + ARSON_TARGET + "|" + ARSONIST + r")(?:ひ|火)(?:を|ぃ|ば)?(?:つけ|付け|点け)"
              r"(?:られ|た(?!ら)|て(?:にげ|逃げ|いっ|行っ|った)|で(?:にげ|逃げ))"
              r"|放火(?:され|した|だ|です|みたい|らしい|かも)"
              # (kana ほうか as a word of its own: not まほうが, 魔法が read まほうか, round 48)
              r"|(?:(?<![ぁ-ゖ])|(?<=[がをにはもで]))ほうか(?:され|した|です|みたい|らしい)")
ARSON_TOLD_AS_STORY = (r"ゆめ|夢|" + FILM + r"|どらま|ドラマ|" + COMIC + r"|しょうせつ|小説|にゅーす|ニュース|むかし|昔"
                       r"|きょねん|去年")


def fire_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- fire, smoke, gas (119) ---
        rule("fire", "fire",
             r"(?:かじ(?!わじ|たく|[ゃゅょ])|火事|家事)(?:だ|です|や|よ|だっちゃ|だべ|みたい|かも|らしい|っぽい|になって|になった|が(?:おき|おこ"
             r"|でた|はっせい|あっ|みえ|ひろが)|$)"
             r"|火災(?:だ|です|発生)",
             unless=r"家事(?:が|を|の|は|と|や|も|代行|支援|援助|手伝|へるぱ|ヘルパ|分担|育児)|鍛冶|舵|かじ(?:とり|をと)|"
             + HOUSEWORK),
        # (not the particle が read before a word in じ: 犯人が自転車で逃げてます, はんにんかじてんしゃ; blind28b)
        rule("fire", "fire",
             r"(?:かじ(?!わじ|[ゃゅょ]|てんしゃ|かん|ぶん|たく|むしょ|けん)|火事|家事|火災)(?=[^\n]{0,8}?(?:はやく|きて|来て|たすけ|すぐ|にげ|かじ|火事|やばい))",
             unless=r"家事(?:が|を|の|は|と|や|も|代行|支援|援助|手伝|へるぱ|ヘルパ|分担|育児)|" + HOUSEWORK),
        # かさい (火災) on the voiced views: devoiced, が+さい meets it (母が最近…来て: ははがさいきん)
        rule("fire", "fire", r"(?<!ぶん)かさい(?:だ|です|はっせい|がおき|がはっせい)"
             r"|(?<!ぶん)かさい(?=[^\n]{0,8}?(?:はやく|きて|来て|たすけ|すぐ|にげ|かじ|火事|やばい))", voiced=True),
        # (ひのこ, sparks, not where 日の is read before こ/う/と: 一昨日のこと, 救急の日の講演会; blind34b)
        rule("fire", "fire", r"(?:ひ|火)が(?:で[てた]|でて|出|ついて|ついた|ついちゃ|まわっ|ひろが|もえうつ|あが|つい)"
             r"|(?:ひ|火)が(?:うつっ|うつり|移)|(?:ひ|火)の(?:て|手)が|ほのお(?:が|で)|ばくはつ(?!てき|的|したにんき|した人気|しな|しね|しませ|するかな|するかも|するんだっけ"
             # (round 57: nor an explosion named by a threat, 三時に爆発するって電話; wide59)
             r"|" + EXPLOSION_THREATENED + r")"
             r"|(?<!花)火(?:が)?(?:つい|ついて|で|出)|ひ(?:が)?つい(?:た"
             r"|て)[^\n]{0,3}?(?:きえ|けせ)|ひばしら|火の粉|ひのこ(?!よみ|こ|う|と)|もえ(?:て|で)(?:る|い|ま|ら)|もえ(?:だし|ひろが|うつ|あが"
             r"|ちゃ|でら)",
             # (round 41: a candle is no fire, but flames rising after it are: ろうそくを点けて…火が上がって)
             unless=r"たきひ|焚き火|日が|陽が|ひがで[たて]ら|ろうそく(?![^\n]{0,40}?(?:ひ|火)が(?:あが|上が|ひろが|広が))"
                    r"|こんろ(?:の|に)?ひがつかな|ひがつかな|" + RITUAL_FIRE + "|" + DEADLINE_IDIOM
                    # autumn leaves likened to a fire (山が燃えてるみたいに真っ赤; round 45)
                    + "|" + LEAVES_AFLAME,
             not_before=MICROWAVED_FOOD),
        rule("arson", "fire", ARSON_DONE, unless=ARSON_TOLD_AS_STORY),
        rule("smoke", "fire",
             # (round 48: すご only as すごい/すごく - not だけ息子, reading だけむすこ; blind49b)
             r"(?:けむり|けむ|煙)(?:が|で)?(?:で[てた]|でて|出て|すご(?=い|く|かっ)|たくさん|いっぱい|もくもく|あが|たっ|じゅうまん|"
             r"くさ|ひど|こもっ|まっくろ|ふい|やば|まっしろ|はい|入っ|みえな)|けむい|けむたい(?!(?:が|じょうし|ひと|やつ|そんざい))"
             r"|(?:へや|いえ|うち|なか)(?:が|じゅう)?けむ|(?:けむり|煙)(?:が|も)[^\n]{0,8}?(?:でてき|出てき|ながれてき|流れてき|はいってき|入ってき|ひろが|広が|まで)",
             unless=r"のやき|やきはた|たきび|ばーべきゅ|はなび|せんこう|たばこ|えんとつ|やきいも|いもに|かふんしょう"
                    r"|せんたくもの|めいわく|くじょう|やきにく|こうじょうの|煙突"
                    r"|(?:ごみ|ゴミ)(?:を)?(?:やい|焼い|やく|焼く|もやし|燃やし)|もみから|もみ殻|籾殻"  # (blind30a)
                    r"|" + COOKING),
        rule("gas", "fire", r"(?:がす|ガス|ぷろぱん|プロパン)(?:の|が)?(?:くさ|くせ|におい|にお|もれ|漏れ|臭)"
            r"|いっさんかたんそ|一酸化炭素"
            r"|がすくさ|がすくせ|がすもれ|(?:がす|ぷろぱん|ぼんべ|もとせん|元栓|ガス|プロパン|ボンベ)[^\n]{0,8}?(?:もれ|漏れ)"
             r"|(?:すとーぶ|ストーブ|(?:ひーたー|ヒーター)(?![りい])|れんたん|練炭|しちりん|七輪|はつでんき|発電機|だんぼうき|暖房機|こんろ|コンロ"
             r"|(?:だんぼう|暖房)(?:を|ば)?(?:たい|焚い)"
             # charcoal burnt indoors (炭を焚いた部屋で寝ていた息子が頭が痛い…ぐったり; blind27b)
             r"|(?:すみ|炭|もくたん|木炭)(?:を|で|ば)?(?:たい|焚い|おこし|起こし|もやし|燃やし))[^\n]{0,30}?"
            r"(?:ずつう|頭痛|はきけ|吐き気|ぐったり|いしき|意識|ふらふら|めまい|あたま(?:が)?(?:いた|痛)|頭(?:が)?(?:いた|痛)|はいて|吐いて"
            r"|ふらつ|(?:あたま|頭)(?:が)?いてえ|(?:はき|吐き)(?:だし|出し)"  # round 37 (41 other splits)
            # ... or someone asleep who does not wake (練炭…寝たまま起きません; blind29a: 8 of 8 with 練炭: 119)
            r"|(?:ねた|寝た)まま[^\n]{0,4}?(?:おき|起き)(?:な|ね|ませ))"
            r"|(?:ずつう|頭痛|はきけ|吐き気|ぐったり)[^\n]{0,24}?(?:すとーぶ|ストーブ|ひーたー|ヒーター|れんたん|練炭|しちりん|七輪|はつでんき|発電機)"
            r"|(?:かぞく|家族)(?:ぜんいん|全員|みんな)(?:が)?[^\n]{0,4}?(?:ずつう|頭痛|はきけ|吐き気|ぐったり|めまい)",
             # (round 48: not a neighbour's car warmed up every morning, its exhaust smelt - a nuisance)
             unless=EXHAUST_NUISANCE),
        # round 21: an engine left running where the exhaust cannot get out (a car stuck in snow, a garage) and the
        # people in it with headaches, sleepy or limp (中の人らみんな頭いでぇって): carbon monoxide
        rule("gas", "fire",
             r"(?:えんじん|エンジン)(?:を|が|も|は)?(?:かけ|掛け|かか|掛か|つけ)(?:っぱなし|たまま|ったまま|てた|て(?:い)?る)"
             r"[^\n]{0,30}?" + CO_SIGNS,
             needs=r"ゆき|雪|しゃこ|車庫|がれーじ|ガレージ|しめきり|閉め切|しめきっ|閉めきっ|うま(?:っ|り|って)|埋ま"),
    )
