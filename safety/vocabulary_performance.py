"""The performance frame of the safety patterns (round 46, wide48 and blind47b): a play, a show or a stage effect
told as such - a school play's death scene or kidnap role with 助けて, a chef's flambé, a tuna-cutting show's knife
and blood, a smoke machine on a stage. Read like the fiction frame (:data:`safety.vocabulary_fiction.FICTION`): the
danger is acted, cooked or staged, never an event - unless a real alarm is told at the show (:data:`REAL_AT_SHOW`:
a spectator collapsed, the flames caught the ceiling, a real fire in the hall). Read by :func:`performance_told`
(:func:`safety.detect.find`)."""

from __future__ import annotations

from safety.vocabulary import compile_folded

# A play and its parts: drama club, a puppet play or a picture show (人形劇, 紙芝居; round 50), a play (劇, not 劇薬,
# 劇物, 悲劇, nor a heard 外科: 成形劇化), a scene in it,
# rehearsal, a stage (舞台 written: ぶたい is also 部隊), acting (演技 written: えんぎ is also 縁起), the curtain,
# applause, a role played (刺されて死ぬ役, 誘拐される役: a verb before 役 and a particle after it - heard, 薬 is often
# 役: 睡眠役を).
STAGE = (r"えんげき|演劇|にんぎょうげき|人形劇|かみしばい|紙芝居"
         r"|(?<![悲惨形])劇(?=で|の|中|を|に|は|、|。|団|場|が)|しばい(?!ぬ|て|た|と)|芝居"
         r"|じょうえん|上演|りはさる|リハーサル|ほんばん(?:で|の|まえ)|本番(?:で|の|前)|演技(?:で|の|を|して)"
         r"|はっぴょうかい|発表会|舞台(?:で|の|から|に|上)"
         r"|まくが(?:おり|下り|あが|上が)|幕が(?:下り|おり|上が|あが)|はくしゅ|拍手"
         r"|(?:る|ぬ|ぶ|た)(?:役|やく)(?:を|で|なん|やる|です|だっ)")
# A show or a staged effect: a cutting or magic show (ショー folds to しょ, so only named ones), a flambé, a chef
# setting a pan alight to the guests' delight, a fish cut with a knife told as a sight (すごかった, 人だかり, 催し: the
# blood is the fish's), a smoke machine or smoke lit on a stage.
SHOW = (r"(?:かいたい|解体|まじっく|マジック|ふぁいやあ|ふぁいや|ふぁいあ|ファイヤー|ファイアー)"
        r"(?:しょ|ショー)(?!う?[かぶぼくしじ])"
        r"|ふらんべ|フランベ|(?:ぶらんで|ブランデー)(?:で|を|が)[^\n]{0,16}?(?:ほのお|炎|ひ)"
        r"|(?:こっく|コック|しぇふ|シェフ|いたまえ|板前|りょうりにん|料理人)(?:さん)?が[^\n]{0,12}?"
        r"(?:ほのお|炎|ひを|火を|ふらいぱんにひ|フライパンに火)"
        r"|(?=[^\n]*?(?:すごかった|すごい|迫力|はくりょく|人だかり|ひとだかり|もよおし|催し))"
        r"(?:[^\n]*?(?:まぐろ|マグロ|鮪|さかな|魚)を[^\n]{0,12}?(?:さばく|さばい|捌|きって|切って|きる|切る|おろ)"
        r"|[^\n]*?(?:まぐろ|マグロ|鮪|さかな|魚)に(?:は|刃)を(?:いれ|入れ))"
        r"|すもくましん|スモークマシン|(?:すもく|スモーク)(?:を)?(?:たき|焚|たい|炊)|けむりのでるきかい|煙の出る機械")
# What makes it real at a show: a spectator or performer who collapsed or stopped breathing, flames that caught the
# building, a real fire or injury, a cut finger, a call for the ambulance (観客が倒れた, 天井に燃え移った, 本当に火事).
REAL_AT_SHOW = (r"(?:かんきゃく|観客|おきゃく|お客|きゃく|客|しゅつえんしゃ|出演者|やくしゃ|役者|えんじゃ|演者"
                r"|せいと|生徒|ほごしゃ|保護者|(?<![役])かた|(?<![役])方)"
                r"(?:さん)?(?:が|の)[^\n]{0,10}?"
                r"(?:たおれ|倒れ|いしき|意識|いき|息|けいれん|痙攣|うごかな|動かな|にげ|逃げ)"
                r"|いしきが(?:な|ありません)|意識が(?:な|ありません)|(?:いき|息)を(?:して)?(?:い)?(?:な|ません)"
                r"|もえうつ|燃え移|いんか|引火|もえひろが|燃え広が"
                r"|(?:ほんとう|本当|ほんもの|本物)(?:に|の)[^\n]{0,4}?(?:かじ|火事|火|けむり|煙|けが|怪我|血|たおれ|倒れ)"
                r"|(?:ゆび|指|て|手)(?:さき|先)?を(?:きっ|切っ|きり|切り)|けが|怪我|やけど|火傷"
                r"|きゅうきゅうしゃ|救急車|しょうぼうしゃ|消防車|119|110")
# What tells that the danger itself is acted (coordinator, round 46): a stage, a play or a recital is only a place -
# 舞台で火事です, 発表会で娘が倒れて動かない, 劇の練習中に舞台から落ちて are real - unless a role, a scene, a line or
# the curtain falling is told with it (倒れる役, 叫ぶ場面, 劇中で, せりふ, 幕が下りて; not シーン, which folds to しん).
ACTED = (r"(?:る|ぬ|ぶ|た|の|人|者|犯|主)(?:役|やく)(?:を|で|の|なん|やる|です|だっ|は)|演技|えんぎして|演出|えんしゅつ"
         r"|せりふ|セリフ|台詞|場面|ばめん|劇中|げきちゅう|演じ|えんじ(?:る|て|た|ます)"
         r"|まくが(?:おり|下り)|幕が(?:下り|おり)")
STAGE_TOLD = compile_folded(STAGE, voiced=True)
ACTED_TOLD = compile_folded(ACTED, voiced=True)
SHOW_TOLD = compile_folded(SHOW, voiced=True)
REAL_AT_SHOW_TOLD = compile_folded(REAL_AT_SHOW, voiced=True)


def performance_told(joined: str) -> bool:
    """Whether the message tells of a show or a stage effect, or of a play with the danger acted in it (the text's
    views joined), with no real alarm told at it."""
    staged = bool(SHOW_TOLD.search(joined)) or bool(STAGE_TOLD.search(joined) and ACTED_TOLD.search(joined))
    return staged and not REAL_AT_SHOW_TOLD.search(joined)
