"""Words met while living with care that are told, not happening (round 45, helper A75: wide47b's false alarms).

A person with dementia whose words are told as a symptom, not as an event.
A parent with dementia who says every evening that a stranger or a thief is in the house (「知らない男が家の中にいる」と
毎晩言う, 二階さ人いるって毎晩言う), or who calls out 助けて every night out of anxiety: the writer tells a habit of
the person's words, and asks where to consult. The intruder and the call for help are in the quoted words only; the
writer's own report (checked, nobody there; 何年も, 日課) makes them a symptom. :func:`safety.detect.find` drops the
events of ``DEMENTIA_WORDS_CANCELLED`` (and, as a guard would, keeps the classifiers quiet) when
``DEMENTIA_WORDS_TOLD`` reads the message and ``REAL_TROUBLE`` does not - a fall, blood, a person gone, tonight
unlike the usual.

An exhausted family carer's hyperbole about themself (こっちが死にそうです笑, 体力的に限界で倒れそうです) while asking
for respite (short stay, a service that takes the person for a few days): ``CARER_WORN_OUT`` drops the weak danger
and the symptom of ``CARER_WORN_OUT_CANCELLED`` when they are the only events.
"""

from __future__ import annotations

from safety.vocabulary import compile_folded

# Dementia named (認知症, ボケ, 物忘れがひどく; not 認知症ではない).
DEMENTIA = (r"(?:にんちしょう|認知症)(?!で(?:は)?(?:な|ね)|じゃ(?:な|ね))"
            r"|にんち(?:が|の)|ぼけ(?:て|で|が|た)|ボケ(?:て|で|が|た)|ものわすれ|物忘れ|もの忘れ"
            r"|じゃっかんの?にんち|ちほう|痴呆")
# The person's words told as a habit (毎晩…と言う, 夕方になると…言い出す, 決まって…叫ぶ, このごろ…と申します) ...
HABIT = (r"まいばん|毎晩|まいにち|毎日|まいゆう|毎夕|まいよ|毎夜"
         r"|(?:ゆうがた|夕方|よる|夜|ひがくれる|日が暮れる|くれがた|暮れ方)"
         r"(?:に)?なると|ひがくれると|日が暮れると|きまって|決まって|にっか|日課|このごろ|この頃|ちかごろ|近頃"
         r"|なんねんも|何年も|くせ|癖|しょっちゅう|いつも")
SAYS = (r"(?:と|って|て)[^\n]{0,6}?(?:いって|言って|いう|言う|いい|言い|もうし|申し"
        r"|さわ|騒|さけ|叫|くりかえ|繰り返|おおごえ|大声)"
        r"|いいだ|言い出|さけび|叫び|さけん|叫ん|おおごえ|大声")
# ... the words: someone in the house (知らない男がいる, 泥棒が来てる, 押し入れに誰か隠れとる) or a call for help.
SOMEONE_OR_HELP = (r"(?:ひと|人|おとこ|男|おんな|女|だれか|誰か|どろぼう|泥棒"
                   r"|しらないひと|知らない人)(?:が|さ)?[^\n]{0,8}?"
                   r"(?:いる|いっ|おる|きて|来て|かくれ|隠れ|はいって|入って)|たすけ|助け")
# ... or, dementia not named, the habit told as years long or a daily ritual (ここ何年も、日が暮れると決まって)
LONG_HABIT = r"なんねんも|何年も|にっか|日課|きまって|決まって"
DEMENTIA_WORDS_TOLD = compile_folded(
    r"(?<![^\n])(?=[^\n]*?(?:" + DEMENTIA + "|" + LONG_HABIT + r"))(?=[^\n]*?(?:" + HABIT + r"))"
    r"(?=[^\n]*?(?:" + SOMEONE_OR_HELP + r"))"
    r"[^\n]*?(?:" + SAYS + ")")
# ... unless something real is told besides (a fall, blood, the person gone, tonight unlike the usual).
REAL_TROUBLE = compile_folded(
    r"たおれ|倒れ|ころん|転ん|けが|怪我|ち(?:が|を)(?:で|出)|血|いなくな|でていっ|出て行っ|かえってこ|帰ってこ"
    r"|いつもと(?:ちが|違)|いつもより|こんやは|今夜は|(?:まど|窓)(?:が)?(?:われ|割れ)|(?:かぎ|鍵)(?:が)?(?:あい|開い|こわ|壊)"
    r"|くつ(?:の)?あと|靴(?:の)?跡|いき(?:が|を)|息")
# The events such words make when read as a report: an intruder, someone inside, a call for help, a person missing
# (「二階さ人いる」…誰もいねえ), and the bare danger words (たすけてー).
DEMENTIA_WORDS_CANCELLED: frozenset[str] = frozenset({
    "intruder", "someone_inside", "someone_around", "call_for_help", "missing_person", "danger_word",
    "danger_word_police",
    "weak_danger"})

# A family carer worn out (介護で…死にそう, 介護していて…限界で倒れそう) asking for respite or a service.
CARE_TOLD = r"かいご|介護|みとり|看取り"
WORN_OUT = (r"しにそう|死にそう|しんじゃいそう|死んじゃいそう"
            r"|たおれそう|倒れそう|げんかい|限界|つぶれそう|潰れそう|もたない")
RESPITE = (r"しょーとすてい|ショートステイ|あずか|預か|れすぱいと|レスパイト"
           r"|ほうかつ|包括|でいさーびす|デイサービス|さーびす|サービス"
           r"|もうしこ|申し込|そうだん|相談|しせつ|施設")
CARER_WORN_OUT = compile_folded(
    r"(?<![^\n])(?=[^\n]*?(?:" + CARE_TOLD + r"))(?=[^\n]*?(?:" + RESPITE + r"))[^\n]*?(?:" + WORN_OUT + ")")
CARER_WORN_OUT_CANCELLED: frozenset[str] = frozenset({"weak_danger", "symptom", "danger_word"})

# Round 48 (wide50): an empty pushchair, wheelchair or cart gone into the water (空のベビーカーが用水路に落ちて半分
# 沈んで), the child or the person told out of it and safe (子どもは抱っこひもで無事, 一緒ではなく, 車の中で笑って): a
# thing, not a person drowning - the drowning read on the water words is dropped (a thing lost, for the city desk),
# and the classifiers are kept quiet as a guard keeps them.
CARRIER = (r"べびーかー|ベビーカー|ばぎー|バギー|うばぐるま|乳母車|くるまいす|車いす|車椅子|しるばーかー|シルバーカー"
           r"|さんりんしゃ|三輪車|かーと|カート")
EMPTY_OR_OUT = (r"(?:から|空)(?:っぽ)?の(?:" + CARRIER + r")"
                r"|(?:だっこ|抱っこ|おんぶ)(?:ひも|紐)?(?:で|して|してて|してい)"
                r"|(?:のって|乗って)(?:い)?(?:なかっ|ません|ない|ねがっ)|(?:いっしょ|一緒)(?:では|じゃ)(?:な|ありません)"
                r"|(?:だれ|誰)も(?:けが|怪我|のって|乗って)")
PERSON_IN_DANGER = r"おぼれ|溺れ|たすけて|助けて|いき(?:が|を|して)|息|ながされ|流され|みえな|見えな|いない|いねえ"
EMPTY_CARRIER_IN_WATER = compile_folded(
    r"(?=[\s\S]*?(?:" + CARRIER + r"))(?![\s\S]*?(?:" + PERSON_IN_DANGER + r"))[\s\S]*?(?:" + EMPTY_OR_OUT + ")")
# (and the pushchair's own fall, 池さ落ぢで, read as a person's)
EMPTY_CARRIER_CANCELLED: frozenset[str] = frozenset({"drowning", "fell"})
