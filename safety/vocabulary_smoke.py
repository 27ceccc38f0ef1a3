"""Smoke that is harmless by what gives it off (温泉の湯けむり, 焼き芋の煙, cooking smoke aired out or that set the
alarm off): split from :mod:`safety.vocabulary_settled` after blind28. Patterns are written like the text views
and folded by :func:`safety.vocabulary.compile_folded`; :mod:`safety.detect` applies them.
"""

from __future__ import annotations

from safety.vocabulary import compile_folded

# Smoke or steam that is harmless by what gives it off (温泉の湯けむり, 焼き芋の煙, 線香, 煙の出る花火) or by the
# taste that follows (焦げて煙モクモクだったけど味はうまかった). When every smoke word of a message is one of these,
# safety.detect drops ``HARMLESS_SMOKE_CANCELLED`` (a fire or a person in trouble told with them still counts).
SMOKE_WORD = compile_folded(r"けむ|煙")
# Food cooked (焼いた, 炒めて, 焦がして, 焼き肉, 天ぷら).
COOKED = (r"(?:こが|焦が|こげ|焦げ|やきすぎ|焼きすぎ|いため|炒め|やいて|焼いて|やいた|焼いた|やきにく|焼き肉|焼肉"
          r"|てんぷら|天ぷら|あげもの|揚げ物|あぶっ|炙っ)")
# A game (ゲーム, folded げむ): devoiced it reads けむ, smoke (むりょうのげーむだったのに; blind23b). Searched on the
# voiced views; no labelled phrase with a game is an emergency (36 of 36: none or 188).
GAME = compile_folded(r"げむ", voiced=True)
# Nothing told after the smoke that makes it a fire: the fire spreading (after straw burnt in the fields), or any
# fire or distress (after a wood stove or smoking food).
NO_SPREAD_AFTER = r"(?![^\n]*?(?:もえうつ|燃え移|ひがうつ|火が移|ひうつ|火移|ひろが|広が|かじ|火事|くるし|苦し))"
NO_FIRE_AFTER = r"(?![^\n]*?(?:もえ|燃え|ひがで|火が出|ほのお|炎|かじ|火事|くるし|苦し))"
HARMLESS_SMOKE = compile_folded(
    r"(?:ゆ|湯|おんせん|温泉|やきいも|焼き芋|やきとり|焼き鳥|やきにく|焼肉|ばーべきゅー|せんこう|線香|おこう|お香"
    r"|たばこ|煙草|はなび|花火|かとりせんこう|蚊取り線香|えんとつ|煙突|くんせい|燻製|すもーく)(?:の)?(?:けむ|煙)"
    r"|(?:けむり|煙)(?:が|の)?(?:でる|出る|でない|出ない)(?:はなび|花火)"
    r"|(?:こげ|焦げ)[^\n]{0,12}?(?:けむ|煙)[^\n]{0,24}?(?:あじ|味|おいし|美味し|うまかった|うまい)"
    # round 20: cooking smoke aired out (鍋を焦がして煙が出たけど、窓を開けたらすぐおさまりました)
    r"|" + COOKED + r"[^\n]{0,12}?(?:けむ|煙)[^\n]{0,24}?"
    r"(?:まど|窓|かんき|換気)[^\n]{0,12}?(?:おさま|治ま|収ま|きえ|消え|ひい|引い|なくな|ぬけ|抜け|はれ|晴れ|おちつ|落ち着"
    r"|へいき|平気|だいじょうぶ|大丈夫)"
    # a cookout (芋煮会で煙もくもくだったけど楽しかった; blind29a/b): the set's 4 phrases with smoke at a 芋煮会 or a
    # barbecue are none, unless a fire or distress is told after it
    r"|(?:いもに|芋煮|ばーべきゅー|バーベキュー)(?:かい|会)?[^\n]{0,4}?(?:けむ|煙)"
    r"(?![^\n]*?(?:もえ|燃え|ひがつ|火がつ|ほのお|炎|かじ|火事|ひろが|広が|くるし|苦し|たおれ|倒れ))"
    # round 23: food cooked, told with its taste or the smoke as a little (焼いた餅うまい、煙ちょっと出たけど;
    # 魚焼いたら煙が少し出た)
    r"|" + COOKED + r"[^\n]{0,12}?(?:うま(?:い|かっ)|おいし|美味し)[^\n]{0,12}?(?:けむ|煙)"
    r"|" + COOKED + r"[^\n]{0,16}?(?:けむ|煙)(?:が|も)?(?:ちょっと|ちょびっと|すこし|少し|うっすら|ちょこっと)"
    # cooking smoke that set the alarm off, the alarm stopped (焼き肉してたら煙すごくて火災報知器鳴っちゃった笑 もう
    # 止めたけど; blind28b)
    r"|" + COOKED + r"[^\n]{0,12}?(?:けむ|煙)[^\n]{0,24}?(?:ほうちき|報知器|けいほうき|警報器|かんちき|感知器)"
    r"[^\n]{0,24}?"
    r"(?:とめ|止め|とまっ|止まっ|やん|止ん|けし|消し)"
    r"(?![^\n]*?(?:もえ|燃え|ひがつ|火がつ|ほのお|炎|かじ|火事|くるし|苦し|きえな|消えな))"
    # round 45: river mist on a cold morning likened to smoke (川面から白い煙みたいなものがもくもく; wide47's
    # けあらし): water named as what gives it off, the smoke a likeness, nothing burning told after it
    r"|(?:かわも|川面|かわ|川|ぬま|沼|みずうみ|湖|いけ|池|たんぼ|田んぼ)(?:の|から|に|さ)?[^\n]{0,6}?(?:けむ|煙)(?:り)?(?:っこ)?"
    r"(?:みたい|みでえ|みてえ|のよう|っぽい|に(?:にた|似た))" + NO_FIRE_AFTER + "|けあらし|毛嵐"
    # food one burnt oneself, then smoke (やきいも こがしちゃった けむり でた; blind26b): 11 of 12 phrases of the set
    # with 焦がし are none - the 119 tells the fire caught a curtain (燃え移った)
    r"|(?:こがし|焦がし)[^\n]{0,16}?(?:けむ|煙)"
    r"(?![^\n]*?(?:もえ|燃え|ひがつ|火がつ|ほのお|炎|かじ|火事|ひろが|広が|くるし|苦し|きえな|消えな|まっくろ|真っ黒))"
    # a candle blown or put out, and its wisp of smoke (ケーキのろうそくふーってしたらけむりが出て; blind24)
    r"|(?:ろうそく|蝋燭|ロウソク|きゃんどる|キャンドル)(?:の)?(?:ひ|火)?(?:を)?[^\n]{0,4}?"
    r"(?:ふっ|ふう|ふき|吹き|吹い|ふい|けし|消し|けす|消す)[^\n]{0,10}?(?:けむ|煙)"
    r"(?![^\n]*?(?:もえ|燃え|ひがつ|火がつ|ほのお|炎|かじ|火事|すご|もくもく|まっくろ|真っ黒|ひろが|広が|くるし|苦し))"
    # smoke laughed at (ろうそく 火 つけ たら 煙 すごくて 笑った; blind31a): 2 of 2 such phrases of the set are none
    r"|(?:けむ|煙)(?:が|も)?[^\n]{0,8}?(?:わらっ|笑っ)(?:た|ちゃ)"
    r"(?![^\n]*?(?:もえ|燃え|ひがつ|火がつ|ほのお|炎|かじ|火事|ひろが|広が|くるし|苦し|たすけ|助け))"
    # straw or husks burnt in the fields (稲わら燃やすんだけど煙出でも; 稲わらを焼く煙が流れてまいります; blind25):
    # 15 of 18 phrases of the set with 野焼き/稲わら/もみ殻 are none - the 119s tell the fire spread (燃え移った,
    # 火ぃ移った)
    r"|(?:いなわら|稲わら|稲藁|わら|藁|もみがら|もみ殻|籾殻)(?:を|お)?(?:やく|焼く|やき|焼き|やい|焼い|もや|燃や)[^\n]{0,12}?"
    r"(?:けむ|煙)" + NO_SPREAD_AFTER
    # ... also told after the smoke (煙がもくもく上がっていたけど、稲わらを燃やしていたみたい)
    + r"|(?:けむ|煙)[^\n]{0,24}?(?:いなわら|稲わら|稲藁|わら|藁|もみがら|もみ殻|籾殻)"
    r"(?:を|お)?(?:やい|焼い|もや|燃や|やき|焼き)"
    + NO_SPREAD_AFTER
    # smoke that a wood stove in use explains (毎晩煙が上がっていますが、薪ストーブを使っているそうです; blind25): 7 of
    # 7 phrases of the set with a wood stove and no fire, fumes or person in trouble are none
    + r"|(?:けむ|煙)[^\n]{0,20}?(?:まき|薪|たきぎ)(?:すとーぶ|すとっぶ|ストーブ)"
    r"(?:を|お)?(?:つかって|使って|つけて|たいて|焚いて)"
    + NO_FIRE_AFTER
    # ... and smoking food (煙が出ていますが、くんせいを作っているところです; V33: the set's 3 phrases with 燻製
    # are none)
    + r"|(?:けむ|煙)[^\n]{0,20}?(?:くんせい|燻製)(?:を|お)?(?:つくって|作って|つくり|作り|づくり)"
    + NO_FIRE_AFTER
    # round 55: smoke a vehicle's exhaust or steam explains, told after it (電車から煙が出て驚いたけどエンジンの
    # 排気でした, 寒い朝の湯気だった; wide57)
    + r"|(?:けむ|煙)[^\n]{0,30}?(?:はいき|排気|はいがす|排ガス|ゆげ|湯気)(?:だけ|のけむり|の煙)?"
    r"(?:でした|だった|だって|です|らしい|みたい|とのこと|でありました)"
    + NO_FIRE_AFTER)


def only_harmless_smoke(text: str, voiced: str = "") -> bool:
    """Whether the message speaks of smoke and every smoke word lies in a harmless kind (温泉の湯けむり) - or, in
    ``voiced`` (the same views voiced, as long as ``text``), in a game (げーむ)."""
    harmless = [match.span() for match in HARMLESS_SMOKE.finditer(text)]
    if len(voiced) == len(text):
        harmless += [match.span() for match in GAME.finditer(voiced)]
    return bool(harmless) and all(any(start <= word.start() < end for start, end in harmless)
                                  for word in SMOKE_WORD.finditer(text))
