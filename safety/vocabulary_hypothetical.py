"""The "what if" context (a case supposed, a precaution, a way to prevent it, a worry ahead): a topic, not an event
(:data:`HYPOTHETICAL`; moved out of :mod:`safety.vocabulary`, which had passed 300 lines, in round 34)."""

from __future__ import annotations

from safety.vocabulary import compile_folded

HYPOTHETICAL = compile_folded(
    r"(?:^|\n)(?:もし(?!か|もし)|かりに)|もしもの"
    # "should it ever" (万一倒れたときに知らせる装置): a precaution, not an event
    r"|(?:まんいち|まんがいち|万一|万が一)[^\n]{0,12}?(?:たら|なら|ても|とき|時|ばあい|場合|さい|際)|(?<![とこ])(?<!もし)もし(?!か|もし|ない|ねえ|ね(?!ん)|ませ|れ(?:な|ま|ん|ね)|ん(?:な|ね))[^\n]{1,12}?(?:たら|なら|ても)|(?:(?<!どうし)(?<!どし)たら|とき|ときは|ばあい|ばあいは|さいは|(?<!けく)(?<!げく)(?<!めんどく)(?<!めんとく)さい(?!なん(?:て|で)す))(?:どう(?!さん|ちゃん|ゆ(?!う)|りょう|ろ|き|みても|見ても)|なに(?!か)|なん(?!たか|だか|か|にん(?:も|が))|(?<!てたら)(?<!ていたら)(?<!ましたら)な(?:に|ん)か"
    # (round 56: nor a count of people after it, 法要をしていたら何人も頭を抱えて - wide58: how many were struck, no
    # question)
    # (round 51: not a doing told as the moment something happened, 見てたら何かの虫に刺されて, nor where to be seen,
    # どこにかかったらいい - a question now, not a case supposed)
    r"|(?<!かかったら)(?<!みせたら)(?<!見せたら)(?<!みてもらったら)(?<!診てもらったら)いい"
    # (not たら、どこにもいない, round 20, nor 誰もいない, blind31: nobody found; not an age 二歳なんです, round 22)
    # (not たら + 父さん or 灯油, read たらとうさん / たらとうゆ: 帰ったら父さんが倒れてて; round 37)
    # (nor + 同僚, read たらどうりょう: 掃除してたら同僚が急に倒れた; round 40)
    # (nor an adjective's さい before どう, 焦げくさい、どうしよ read こけくさいとうしよ: not 際; round 45, wide47)
    # (nor + 道路 or the 動 of 除細動器, read たらどうろ / じょさいどうき: 曲がったら道路に石が; round 45)
    # (nor どう見ても, "plainly": 来ておりましたら、どう見ても保護者ではない男が; round 46, wide48)
    r"|だれ(?!も(?:いな|いね|いま|おら|おりま))|どこ(?!にも(?:いな|いね|いま|おら|おりま|みあた|見当た))|まず)|ないように(?!(?:みえ|見え|おもえ|思え|かんじ|感じ))|ないような(?:たいさく|くふう|ほうほう)|ないため"
    r"|(?:たら|ときに)[^\n]{0,12}?(?:ありますか|できますか|あずけ|りようでき)"
    # round 23: how not to become so (熱中症にならない水分のとり方ってある?)
    r"|(?:に|く)ならない[^\n]{0,8}?(?:かた|方|ほうほう|方法|こつ|コツ|たいさく|対策|くふう|工夫)|(?:ふせ|防)(?:ぐ|ぎ)(?:ため|こころえ|心得|ほうほう|方法|こつ|コツ|たいさく|対策|くふう|工夫)"
    r"|(?:た|だ)とき(?:に|は)?[^\n]{0,24}?(?:きかい|機械|きき|機器|そうち|装置|ぼたん|ボタン|せいど|制度|さーびす|サービス)"
    r"(?:は|が|って|も)?(?:ありますか|ありませんか|ある|あります(?:で)?しょうか|あれば|ないか)"
    r"|ときの(?:たいおう|れんらく|ばんごう|ために)|(?<!お)そなえ(?!もの|物)|(?:た|だ)(?:とき|時)の|じぜんに|事前に|まえもって|前もって"
    r"|(?:とき|時)に(?:つかう|使う)"
    # (round 55: 備え, a preparation - not an offering, お供え / 供え物, read おそなえ)
    # a guideline for a case (熱が出たら救急車を呼んでいいのかの目安), a worry (溺れないか心配), a kind of moment
    # (苦しい時の); not a guess about what is happening (脳卒中ではないかと心配: a state, not a worry ahead)
    r"|(?:たら|れば|ときは?|ばあい)[^\n]{0,20}?(?:めやす|目安|きじゅん|基準)"
    # (round 41: also in Tohoku speech, 溺れねえか心配; not でねえか, a guess)
    r"|(?<![しじ]ゃ)(?:(?<![てで][はわ])ない|(?<![てで])ねえ)か(?:と)?(?:しんぱい|心配|ふあん|不安)"
    # round 41: ... the criteria for calling or going with no case told (熱中症で救急車を呼ぶ目安, 病院に行く目安),
    # and a consequence a salesman claimed (掃除をしないと火が出ると言われまして; 7 other phrases of the set, 6
    # splits, all 188)
    r"|(?:よぶ|呼ぶ|いく|行く)(?:めやす|目安)"
    r"|(?:ないと|なければ|なきゃ|ねえと)[^\n]{0,12}?(?:(?<![ぁ-ゖ])ひ|火|かじ|火事|あぶな|危な|あまもり|雨漏|こわれ|壊れ"
    r"|もえ|燃え|ばくはつ|爆発|もれ|漏れ)[^\n]{0,8}?(?:と|って)(?:いわれ|言われ)"
    # a way of doing so that it does not happen (つまらせない食べ方, 転ばない歩き方, やけどしない工夫); no の in
    # the way's word (起きない、息の仕方が変 is two clauses; blind28a/b)
    # (nor 片方, read かたほう: 家内が急に片方の顔が下がり, 回らない声で片方の手足 are stroke signs; blind35a/b)
    # (not ないて, a stem of 泣く: 子どもが泣いてて何か叩く音が reads ないててなにかた once spaces go; round 44)
    # (nor の方, a person: 知らない男の方が玄関に, 見たことない女の方が; round 57, blind58b)
    r"|(?:ない|ねえ)(?!て)[ 　]?(?:ための?)?[ 　]?(?:たべかた|食べ方|のみかた|飲み方|あるきかた|歩き方|ほうほう|方法"
    r"|やりかた|やり方|くふう|工夫|こつ|コツ|たいさく|対策|(?!し)(?:(?!の)[ぁ-ゖ]){0,4}[いきしちにひみりじびえけせてねへめれぜべ]かた(?!ち|ほう)|[一-鿿](?:(?!の)[ぁ-ゖ])?方)"
    r"|(?:たら|れば)(?:と)?(?:しんぱい|心配|ふあん|不安)|(?<=[しい])(?:とき|時)の"
    # (round 58: a worry about what is ahead told as such, 今から不安です, 今から案じております - a shift to come,
    # not a state now; wide60)
    r"|(?:いま|今)から(?:もう)?(?:ふあん|不安|しんぱい|心配|あんじ|案じ|きがおも|気が重)"
    # ... and in Tohoku speech (凍らねえように, 熱中症さなんねよう気ぃつけっぺ; blind35b: 10 of 10 such phrases of
    # the set are none, 9 of other writers); not ねえようだ (息してねえようだ: it seems not to breathe)
    # (round 41: also the long vowel left out, つまらせねように, 迷わねように - after a verb's stem only: not
    # the reading of 寝ように, 少し寝ようにも -> すこしねようにも, nor of お金用に -> おかねように once devoiced)
    r"|(?:ねえ|なんね|ならね|(?<=[れせらさまばけてわ])ね)ように(?!(?:みえ|見え|おもえ|思え|かんじ|感じ))"
    # (also with a word between: 熱中症にならないよう何か気を付けること; round 35, 7 phrases of the set, 6 other
    # writers, all none)
    r"|(?:ない|ねえ|なんね|ならね)よう(?=[^\n]{0,4}?(?:き|気)(?:を)?(?:つけ|付け))"
    # round 24: a near miss told as a fear (熱中症になるかと思った, 倒れるかと思いました; not かと思ったら, a turn):
    # nothing happened - 16 of 16 such phrases of the set are none
    r"|(?:なる|なり|する|しぬ|死ぬ|たおれる|倒れる|おぼれる|溺れる|おちる|落ちる)かと(?:おも|思)(?:った|いました)(?!ら)"
    # ... and how to prevent it (一酸化炭素中毒を防ぐにはどうしたら; 53 of 54 phrases of the set with 防ぐ/防止/予防 are
    # none, the other a vaccination)
    r"|(?:ふせぐ|防ぐ|ふせげる|防げる)(?:には|ため|ための|ほうほう|方法|こつ|コツ|くふう|工夫|たいさく|対策|やりかた|やり方)"
)


def hypothetical_told(devoiced: str, voiced: str) -> bool:
    """Whether :data:`HYPOTHETICAL` is told in the devoiced views, not only as a way (〜かた) read from が before a word
    in た once voicing goes (ぬけない 血が たくさん -> ないちかたくさん, 知らない男たちがたんす ->
    ないおとこたちかたんす: no way of doing told; round 51, wide53). ``voiced``: the voiced views, aligned with
    ``devoiced``."""
    return any(not (match.group().endswith("かた") and len(voiced) == len(devoiced) and voiced[match.end() - 2] == "が")
               for match in HYPOTHETICAL.finditer(devoiced))
