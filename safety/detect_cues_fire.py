"""The fire cues of :func:`safety.detect.find`: a fire in its place (a wood stove, a bonfire, fireworks, a candle),
put out in water, or stubble burnt in a field under watch - no alarm unless the message tells the fire got out or
hurt someone. Split from :mod:`safety.detect_cues` (forty-fourth session) to keep modules small."""

from __future__ import annotations

from safety.vocabulary import compile_folded

# round 25: a fire in its place - a wood stove, a hearth, a bonfire, fireworks, a barbecue, a candle or incense -
# makes bare danger words (パチパチ, 煙, 燃えてる) and a crackle no alarm (``LEXICAL`` groups and ``fire_glow``
# dropped, the classifier quiet), unless the message tells the fire got out or hurt someone (燃え移, 広が, カーテン,
# 服, やけど, 頭痛, 消えない, 助けて...). 42 of 48 phrases of the set with such a fire and nothing of the kind are
# none; the 6 others are 119 by events of their own (a person swept away, choking, flames from a bath boiler) or
# tell smoke or fire seen coming from somewhere else, or are exclaimed (！).
FIRE_IN_ITS_PLACE = compile_folded(
    r"(?:まき|薪)(?:すとーぶ|ストーブ|だんろ|暖炉)|だんろ|暖炉|たきび|焚き火|焚火|ばーべきゅー|バーベキュー"
    # (round 52: not fireworks as the name of a meet or its grounds, 花火大会から帰ってから熱が, 花火会場の河原の水が
    # 増えて - the meet's day or place, no fire burning; blind53b)
    r"|はなび(?!たいかい|かいじょう|けんぶつ)|花火(?!大会|会場|見物)"
    r"|いろり|囲炉裏|竈|しちりん|七輪|どんどやき|どんど焼き|どんとさい|どんと祭|どんとまつり|さぎちょう|左義長|"
    r"おたきあげ|お焚き上げ|きゃんぷふぁいや|キャンプファイヤー|キャンプファイアー"
    r"|ろうそく|蝋燭|ロウソク|せんこう|線香|(?:ふろ|風呂)(?:がま|釜)|すみび|炭火"
    # the Obon welcoming and sending fires at the door (玄関先で麻がらを燃やして, 迎え火; round 49, wide51b) - not
    # kana おがら, あさがら, かどび: folded they are おから, 朝から (あさから), 友達が飛び込んで (…かとひ…)
    r"|むかえび|迎え火|迎火|おくりび|送り火|送火|麻がら|苧殻|門火")
_FIRE_SPREAD = (
    r"もえうつ|燃え移|うつっ|移っ|うつり|移り|うつそう|移そう|ひろが|広が|かじ|火事|やね|屋根|かーてん|カーテン|ふく(?:に|さ|が)"
    r"|服|そで|袖|ゆかた|浴衣|かみ(?:の|に|が)|髪|やけど|火傷|くるし|苦し|ずつう|頭痛|(?:あたま|頭)(?:が)?(?:いた|痛)|はきけ"
    r"|吐き気|はいて|吐いて|たおれ|倒れ|いしき|意識|おきな|起きな|めまい|ぐったり|きえな|消えな|けせな|消せな|とまらな"
    r"|止まらな|たすけ|助け|あぶな|危な|やばい|えんとつ|煙突|ぼうはつ|暴発|めに|目に|かお|顔|まきこ|巻き込|けが|怪我|いたい"
    r"|痛い|どうしよう|こげくさ|焦げ臭|くろいけむり|黒い煙|まっくろ|真っ黒|しょうぼう|消防|さけ|叫"
    r"|(?<![ぁ-ゖ])ひ(?:が|ぃ)(?:で|出|ふ|噴)|火(?:が|ぃ)?(?:で|出|ふ|噴)|ほのお|炎"
    # round 58 (blind59b): fallen or tipped onto something that burns (お線香が座布団に落ちた, 蝋燭が畳に倒れて) - out
    # of its place, whatever smoke follows is no incense's
    r"|(?:ざぶとん|座布団|たたみ|畳|ふとん|布団|しょうじ|障子|ふすま|襖|しんぶん|新聞|かーぺっと|カーペット)"
    r"(?:に|さ|へ|の(?:うえ|上)に)(?:おち|落ち|たおれ|倒れ|ころが|転が)")
_FIRE_GOT_OUT = (
    _FIRE_SPREAD
    # smoke or fire seen coming from somewhere else (隣の空き家の納屋から煙出てる, 火も見えてる)
    + r"|から(?:くろい|黒い|しろい|白い)?(?:けむり|煙|(?<![ぁ-ゖ])ひ(?:が|の|も)|火)"
    r"|(?:(?<![ぁ-ゖ])ひ|火)(?:が|も)(?:みえ|見え)")
FIRE_GOT_OUT = compile_folded(_FIRE_GOT_OUT + r"|もくもく")
# round 48: the fire put out in a bucket or in water (花火のあと、バケツの水に入れたら煙がもくもく, 火はちゃんとバケツで
# 消しだっちゃ; blind47b): the smoke billowing is the doused fire's, no fire got out - only the other signs count.
DOUSED = compile_folded(r"ばけつ|バケツ|(?:みず|水)(?:に|さ|へ)(?:いれ|入れ|つけ|浸け|ひたし|浸し)"
                        r"|(?:みず|水)(?:を|ば)(?:かけ|掛け)")
FIRE_GOT_OUT_DOUSED = compile_folded(_FIRE_GOT_OUT)
# round 49: stubble, husks or leaves burnt in a field under watch, water or an extinguisher ready (農家の方が
# バケツの水を用意して、見張りながら籾殻を焼いています; blind49b, read 119): a fire in its place - its smoke rising
# from the field is its own - unless it spread or hurt someone (隣の杉林に移ってる, 消えない: 119).
FIELD_BURN = compile_folded(
    r"(?:もみがら|籾殻|もみ殻|のやき|野焼き|いなわら|稲わら|稲藁|わら|藁|かれくさ|枯れ草|枯草|おちば|落ち葉|あぜ|畦|くさ|草)"
    r"(?:を|ば|の)?[^\n]{0,4}?(?:やい|焼い|やき|焼き|もやし|燃やし|もやす|燃やす)")
BURN_WATCHED = compile_folded(
    r"みはり|見張り|みはっ|見張っ|みまもっ|見守っ|ばけつ|バケツ|しょうかき|消火器|ほーす|ホース"
    r"|(?:みず|水)(?:を|も)?(?:ようい|用意|じゅんび|準備)")
BURN_GOT_AWAY = compile_folded(_FIRE_SPREAD)
