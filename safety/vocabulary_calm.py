"""Context patterns of a message told at ease: pleasure, noise, "fine as ever", a purchase liked, sleep in peace
(``CALM``: the n-gram classifier stays quiet), and last night (``LAST_NIGHT``). Split from
:mod:`safety.vocabulary_settled` (forty-ninth session) to keep modules small; folded by
:func:`safety.vocabulary.compile_folded`, applied by :mod:`safety.detect`."""

from __future__ import annotations

from safety.vocabulary import compile_folded

LAST_NIGHT = compile_folded(r"ゆうべ|昨夜|さくや|(?:きのう|昨日|おととい|一昨日)の(?:よる|夜)")
# A purchase told as liked or a good buy (フリマで買った服がかわいかった, 通販で買った靴が気に入ってます), nothing
# going wrong after it on the line (偽物, 届かない, 返品, けど...).
PURCHASE_LIKED = (r"(?:買(?:っ|い|え)|(?<=を)かっ(?:た|て)|こうにゅう|購入|ちゅうもん|注文|届いた|とどいた"
                  r"|らくさつ|落札)"
                  r"[^\n]{0,24}?(?:かわい|可愛|きにい|気に入|似合|まんぞく|満足|よかった|良かった|すてき|素敵|おしゃれ"
                  r"|さいこう|最高|だいせいかい|大正解|つかいやす|使いやす|きごこち|着心地|かっこい|格好い)"
                  r"(?![^\n]*?(?:けど|けれど|のに|でも|しかし|ところが|にせ|偽|とどかな|届かな|せいきゅう|請求|へんぴん|返品"
                  r"|かいやく|解約|きゃんせる|キャンセル|へんきん|返金|だまされ|騙され))")
# Pleasure, noise, "fine as ever" (孫さ会えで喜んでだ, 大声で歌ってる, いつも元気だ): the n-gram classifier stays quiet.
CALM = compile_folded(r"よろこん|喜ん|うれし|嬉し|たのしか|楽しか|たのしん|楽しん|よかった|ありがと|うたって"
                     r"|歌って|うるさ|そうおん|騒音|いつも(?:げんき|元気)|(?:げんき|元気)(?:だ|です)(?!っ)"
                     r"|おいしか|美味しか|にぎやか|賑やか|ふつうに(?:ある|歩)|普通に(?:ある|歩)|(?:じぶんで|自分で)"
                     r"(?:おきあが|起き上が|たちあが|立ち上が)"
                     # away and told so (娘さんの家に泊まりに行ってると聞いた)
                     r"|(?:とまりに|泊まりに|りょこう|旅行|にゅういん|入院|でかけ|出かけ)[^\n]{0,10}?(?:と|って)"
                     r"(?:きいた|聞いた|きき|聞き|いって|言って)"
                     r"|ひやけ|日焼け|こがしちゃ|焦がしちゃ"  # sunburn is not a scald, a pot burnt is not a fire
                     # round 23: the fire put out and the room aired by the writer (火はもう消して窓を開けてある)
                     r"|(?:ひ|火)(?:は|を|も)(?:もう)?(?:けし|消し)(?:て|た|ました)[^\n]{0,12}?(?:まど|窓|かんき|換気)"
                     r"|(?:なんかい|何回|なんど|何度)(?:いって|言って)も"  # a habit nagged about (何回言ってもやめない)
                     r"|(?:はな|花)(?:が|も)?[^\n]{0,4}?(?:さいて|咲いて|さいた|咲いた)"  # flowers in bloom
                     # the water going down (雨はもう上がって水位も下がってきた; blind30b)
                     r"|(?:すいい|水位)(?:は|も|が)?(?:もう)?[^\n]{0,4}?(?:さが|下が)(?:って|り|った)"
                     # only traces found (熊が柿を食べた跡があった, 足跡を見つけた)
                     r"|(?:あと|跡|あしあと|足跡)(?:が|だけ|は|を)?[^\n]{0,4}?(?:あった|ありました|みつけ|見つけ|のこって|残って)"
                     # afraid to go out (雷が怖くて外に出られない): a real danger outside is an event of its own
                     r"|(?:こわくて|怖くて|こえくて)[^\n]{0,6}?(?:でら|出ら|でれ|出れ)"
                     # the writer's own calls (母に毎日何度も電話している): not calls received (電話してくる)
                     r"|(?:に|へ)[^\n]{0,10}?(?:でんわ|電話|れんらく|連絡)(?:を)?(?:して(?:いる|る|います|ます)|する|します)(?:\n|$)"
                     # round 22: moved (胸がいっぱい, 感激いたしました); someone who went off on their own, closing the
                     # story (子どもはそのまま走っていった, 橋を渡って帰っていった; not 出ていった, a farewell)
                     r"|(?:むね|胸)(?:が|も)?いっぱい|感激|感動"
                     r"|(?:はしって|走って|かえって|帰って)(?:いった|行った|いきました|行きました|った)(?:よ|わ|ね)?(?:\n|$)"
                     # after blind34: a purchase told as liked, no trouble after it (フリマで買った服がかわいかった; the
                     # set's 1 other such phrase is none) - the advice classifier leans 買った to 188
                     r"|" + PURCHASE_LIKED
                     # round 49 (blind50): asleep at peace (ぐっすり眠っていて, すやすや寝てる; a sign of life lost
                     # is an event of its own) - no second signal
                     + r"|すやすや|ぐっすり(?:と)?(?:ねて|寝て|ねむって|眠って|ねむっ|眠っ|ねてる|寝てる)")
