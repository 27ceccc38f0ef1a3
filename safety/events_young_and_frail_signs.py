"""Emergencies of the very young and the very old, told by those who look after them (a grandparent babysitting,
nursery and care staff, a parent alone at night) in words the earlier rules did not read (round 48, helper A86:
wide50's missed emergencies and wrong numbers).

Each rule reads one situation *kind* over its parts rather than a set phrase (the tests in
tests/safety/test_events_young_and_frail_signs.py hold tellings written for this module, in several styles):

- 119: a thing that hurts when swallowed - a button battery, a detergent pod, a sheet of tablets - swallowed,
  bitten open or emptied, with a grave sign after it (drooling and pressing the chest, vomiting again and again,
  wheezing, a cold sweat, pale, limp or drowsy): what was swallowed is told by its owner's sign, not as a question;
- 119: a small child or a frail elder limp or drowsy (くたっと, ぐにゃっと, 目がとろんと) after a fall or vomiting - the
  signs of a head hurt or a poisoning that the other rules read only as ぐったり;
- 110: a wheelchair, a pushchair or a person stuck on a level crossing (車輪が線路の溝にはまって, 踏切で動けない) while
  its bell rings or its barrier comes down - the train must be stopped first, so the police line even with a body
  word (動けない, 挟まって) read beside it (:data:`POLICE_FIRST_ON_CROSSING`, which :mod:`safety.decide` treats as it
  treats an assault still going on).

- #7119 / #8000: a wrong liquid put in the eye for eye drops (目薬と間違えて水虫の薬を目にさして, 目薬と思って
  点耳薬を) - a symptom to ask about; with sight lost the body rules' signs decide.

- #9110: stones, eggs or rubbish thrown at a care home's or a house's windows night after night, for weeks
  (ここ3週間ほど、夜になると誰かが施設の窓に石や生卵を投げつけて) - a harassment to consult the police about, not a
  crime happening now (:data:`REPEATED_HARASSMENT`, whose event drops the police events read on the throwing).

A scare over (見つかった, 落ちていた), a story, a past event or a precaution is not one (``NOT_NOW``).
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

# A story, a past event, a what-if or a precaution: nothing happening now.
NOT_NOW = (FICTION + r"|にゅーす|ニュース|きじ|記事|きょねん|去年|むかし|昔|もしも|(?<![ぁ-ゖ])もし(?!れ|な|ま|て|た)"
           r"|ないように|ふせぐ|防ぐ|よぼう|予防|くんれん|訓練|ちゅういてん|注意点")

# A thing that hurts when swallowed: a button battery, a detergent pod, a medicine's sheet or tablets, a magnet.
HARMFUL_THING = (r"でんち|電池|せんざい|洗剤|じぇるぼーる|ジェルボール|くすり|薬|じょうざい|錠剤|しーと|シート"
                 r"|じしゃく|磁石|たばこ|タバコ|煙草")
# ... swallowed, put in the mouth, bitten open or its contents emptied (飲み込んだ, 口に入れてしまった, 噛み破って,
# 中身がいくつも空になって).
SWALLOWED = (r"のみこ|飲み込|飲みこ|のんじゃ|飲んじゃ|のんでしま|飲んでしま|のんだ|飲んだ|のんで|飲んで"
             r"|(?:くち|口)(?:に|さ|ん(?:なか|中)に)(?:いれ|入れ)|かみやぶ|噛み破|かみちぎ|噛みちぎ|かじ|齧"
             r"|(?:から|空)(?:っぽ)?(?:に|さ)(?:なっ|なり)|なかみ(?:が)?[^\n]{0,8}?(?:から|空)|中身(?:が)?[^\n]{0,8}?(?:から|空)")
# A grave sign after it: drooling and pressing the chest, vomiting again and again, wheezing, a cold sweat, pale,
# limp or drowsy, foam at the mouth, not answering (not 吐き出させた, the thing spat out).
GRAVE_SIGN = (r"よだれ|涎|(?:むね|胸)(?:の(?:あたり|辺り))?(?:を)?[^\n]{0,2}?(?:おさえ|押さえ|かきむし)"
              r"|(?:なんど|何度|なんかい|何回|[2-9２-９二三四五]かい|[2-9２-９二三四五]回|くりかえし|繰り返し)(?:も)?"
              r"[^\n]{0,3}?(?:はい|吐い|はき(?!だ|出)|吐き(?!だ|出)|もど|戻)"
              r"|ぜいぜい|ぜえぜえ|ぜーぜー|ゼーゼー|ゼイゼイ|ひゅーひゅー|ヒューヒュー|ひやあせ|冷や汗|冷汗"
              r"|まっさお|真っ青|まっつぁお|あおじろ|青白|ぐったり|ぐにゃ|くたっと|くたり|とろん"
              r"|(?:あわ|泡)(?:を|ば)?(?:ふ|吹)|(?:よんで|呼んで)も|いしき|意識")
# A scare over: the thing found elsewhere or not swallowed after all.
SCARE_OVER = (r"みつか|見つか|おちて(?:い)?(?:た|ま)|落ちて(?:い)?(?:た|ま)|おぢでだ|落ぢでた|でてき|出てき"
              r"|かんちがい|勘違い"
              r"|(?:のんで|飲んで)(?:い)?(?:なかっ|ません|ない)")

# An insect repellent or a drying agent kept in a drawer (防虫剤, ナフタリン, 虫よけの玉, 樟脳, 乾燥剤) put in the mouth
# or bitten, told with words between (防虫剤を飴だと思ったのか2つ口に入れていて): a poisoning, which told fine so far
# (今は普段どおり, けろっとしてる: :data:`safety.detect_cues.FINE_SO_FAR`) is a question for #7119 / #8000.
DRAWER_CHEMICAL = (r"ぼうちゅうざい|防虫剤|なふたりん|ナフタリン|しょうのう|樟脳"
                   r"|(?:むしよけ|虫よけ|虫除け)(?:の)?(?:たま|玉)|かんそうざい|乾燥剤|しりかげる|シリカゲル")

# A small child or a frail elder limp or drowsy in words the body rules do not read (くたっと, ぐにゃっと, 目がとろん)
LIMP = r"くたっと|くたーっと|くたり|ぐにゃっと|ぐにゃり|ぐにゃぐにゃ|(?:め|目)(?:が|も)?(?:とろん|うつろ|虚ろ)"
# ... after a fall or a knock, or with vomiting (転げ落ちて, 落ちて頭を打って, 2回吐き).
FALL_OR_VOMIT = (r"おち|落ち|おぢ|落ぢ|ころげ|転げ|ころん|転ん|てんらく|転落|うっ(?:て|た)|打っ|ぶつけ"
                 r"|はい(?:て|た)|吐い|はき|吐き|もどし|戻し")
LIMP_DENIED = r"(?:くたっと|ぐにゃ|とろん)[^\n]{0,6}?(?:して(?:い)?(?:ない|ません)|してねえ|は(?:ない|ありません))"

# Eye drops mistaken (目薬と間違えて, 目薬と思って, めぐすりとまちがえて) ...
EYE_DROPS_MISTAKEN = (r"(?:めぐすり|目薬)(?:の(?:つもり|かわり|代わり))?(?:と|に|だと)?[^\n]{0,4}?"
                      r"(?:まちが|間違|まぢが|おもって|思って|おもた|思た|かんちがい|勘違い|とりちがえ|取り違え)")
# ... and another liquid put in the eye (水虫の薬を目にさして, 目さ差して, 点耳薬を入れて).
INTO_THE_EYE = (r"(?:さし|差し|さして|差して|さした|差した|さしてしま|差してしま|てんがん|点眼|いれ|入れ|つけ|付け"
                r"|たらし|垂らし)")

# Things thrown (石, 小石, 卵, 生卵, ごみ) at a building's windows (窓, ガラス, 建物, 玄関) ...
THROWN_THING = r"(?<![ぁ-ゖ])いし(?=や|を|が|も)|石|こいし|小石|たまご|卵|なまたまご|生卵|ごみ|ゴミ|どろ|泥"
THROWN = r"なげ|投げ|ぶつけ|ぶっつけ|ぶつげ"
# ... again and again over days or weeks (毎晩, 何べんも, 2週間, ひと月ほど前から, 続いて).
OVER_WEEKS = (r"まいばん|毎晩|まいにち|毎日|まいよ|毎夜|なんべん|何べん|何遍|なんど(?:も)|何度(?:も)|たびたび|度々"
              r"|しゅうかん|週間|かげつ|か月|ヶ月|カ月|ひとつき|ひと月|一か月|まえから|前から|つづいて|続いて|つづいてる"
              r"|(?:よる|夜)(?:に)?(?:なると|なっと|んなっと)")
# ... at a building or a car (窓, ガラス, 建物, 玄関, 壁, 車), not into a pond or at a playground.
TARGET = r"まど|窓|がらす|ガラス|たてもの|建物|げんかん|玄関|かべ|壁|しゃったー|シャッター|くるま|車|いえ|家"
REPEATED_HARASSMENT = "repeated_harassment"
# The police events the throwing is read as when told (石を投げつけられて: an assault; 窓に小石をぶつけられる: a
# collision), which a harassment told over weeks drops (:mod:`safety.detect`).
HARASSMENT_DROPS: frozenset[str] = frozenset({"assault_in_progress", "traffic_accident", "intruder"})

# A level crossing (踏切, ふみきり) ...
CROSSING = r"ふみきり|踏切|踏み切り|ふみぎり"
# ... a wheel, a wheelchair, a pushchair or a person stuck on it (車輪が溝にはまって, 動けない, 挟まって抜けない) ...
STUCK = (r"はまっ|はまり|はさまっ|挟まっ|はさまり|挟まり|ぬけ(?:ない|ねえ|ません)|抜け(?:ない|ねえ|ません)"
         r"|うごけ(?:ない|ねえ|ません|なく)|動け(?:ない|ねえ|ません|なく)|うごかな|動かな|たちおうじょう|立ち往生"
         r"|おせ(?:ない|ません)|押せ(?:ない|ません)")
STUCK_ONES = r"くるまいす|車いす|車椅子|しゃりん|車輪|べびーかー|ベビーカー|しるばーかー|シルバーカー|ほこうき|歩行器"
# ... while its bell rings or its barrier comes down (警報が鳴り始めました, カンカン, 遮断機が降りてきました).
TRAIN_COMING = (r"けいほう|警報|かんかん|カンカン|しゃだんき|遮断機|でんしゃ(?:が)?(?:く|来)|電車(?:が)?(?:く|来)"
                r"|れっしゃ|列車|ひじょう(?:ぼたん|ボタン)|非常(?:ぼたん|ボタン)")

PERSON_ON_IT = r"ひと|人|おばあ|おじい|としより|年寄"
# Not a collision on the crossing (列車とぶつかりました。運転席に人が挟まって: a person hurt, the body rules' 119). The
# whole test sits in the pattern, not in a ``needs``: a guarded match would silence the classifiers on a transcript
# that only reads はまって by chance.
COLLISION = r"ぶつか|衝突|しょうとつ|はねられ|跳ねられ|はねた|じこ|事故"
# The crossing event: the police first (the trains stopped), the ambulance with them.
STUCK_ON_CROSSING = "stuck_on_crossing"
POLICE_FIRST_ON_CROSSING: frozenset[str] = frozenset({STUCK_ON_CROSSING})


def _all(*parts: str) -> str:
    """A line holding every one of ``parts`` in any order (each a group of alternatives), matched at its start."""
    lookaheads = "".join(r"(?=[^\n]*?(?:" + part + r"))" for part in parts[1:])
    return r"(?<![^\n])" + lookaheads + r"[^\n]*?(?:" + parts[0] + ")"


def young_and_frail_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- 119 ---
        # a harmful thing swallowed with a grave sign after it (丸い電池…口に入れてしまった…胸のあたりを押さえて、
        # よだれを垂らして; ジェルボール洗剤を噛み破って…何度も吐いて…ぜいぜい; 薬のシート…中身がいくつも空…真っ青)
        rule("poisoning", "medical",
             _all(r"(?:" + HARMFUL_THING + r")[^\n]{0,40}?(?:" + SWALLOWED + r")", GRAVE_SIGN),
             unless=NOT_NOW + r"|" + SCARE_OVER),
        # a drawer chemical put in the mouth or bitten (防虫剤を飴だと思ったのか2つ口に入れていて…かじった跡)
        rule("poisoning", "medical", r"(?:" + DRAWER_CHEMICAL + r")[^\n]{0,24}?(?:" + SWALLOWED + r")",
             unless=NOT_NOW + r"|" + SCARE_OVER),
        # limp or drowsy after a fall or vomiting (転げ落ちて…2回吐き、今は目がとろんとして…くたっと)
        rule("unconscious", "medical", _all(LIMP, FALL_OR_VOMIT),
             unless=NOT_NOW + r"|" + LIMP_DENIED + r"|ねむ|眠|ねむた|眠た|(?:お)?ひるね|昼寝|さけ|酒|よっぱら|酔っ"),
        # --- #7119 / #8000 ---
        # a wrong liquid put in the eye for eye drops (目薬と間違えて、似た形の水虫の薬の容器を目にさしてしまい)
        rule("wrong_eye_drops", "symptom", EYE_DROPS_MISTAKEN + r"[^\n]{0,40}?(?:" + INTO_THE_EYE + r")"
             + r"|(?:" + INTO_THE_EYE + r")[^\n]{0,20}?" + EYE_DROPS_MISTAKEN,
             unless=NOT_NOW),
        # --- #9110 ---
        # stones or eggs thrown at the windows night after night (夜中に窓ガラスに小石をぶつけられることが続いて)
        rule(REPEATED_HARASSMENT, "stalking",
             r"(?<![\s\S])(?=[\s\S]*?(?:" + OVER_WEEKS + r"))(?=[\s\S]*?(?:" + TARGET + r"))"
             r"[\s\S]*?(?:" + THROWN_THING + r")[^\n]{0,20}?(?:" + THROWN + r")",
             unless=NOT_NOW + r"|ゆきがっせん|雪合戦|まめまき|豆まき|節分|せつぶん|池|川|海"
                    r"|(?:いけ|かわ|うみ)(?:に|で|さ|へ)"),
        # --- 110 ---
        # stuck on a level crossing while its bell rings (車いすの車輪が線路の溝にはまって…警報が鳴り始めました)
        rule(STUCK_ON_CROSSING, "police",
             r"(?<![\s\S])(?=[\s\S]*?(?:" + CROSSING + r"))(?=[\s\S]*?(?:" + STUCK_ONES + r"|" + PERSON_ON_IT + r"))"
             r"(?=[\s\S]*?(?:" + TRAIN_COMING + r"))(?![\s\S]*?(?:" + COLLISION + r"))[\s\S]*?(?:" + STUCK + r")",
             unless=NOT_NOW + r"|きのう|昨日|せんしゅう|先週|ゆめ|夢|たすかっ|助かっ|ぬけた|抜けた|ぶじ|無事"),
    )
