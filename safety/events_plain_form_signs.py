"""Harm told in a learner's plain forms (round 47, wide49: foreign residents and learners of Japanese).

A learner of Japanese tells what is happening in dictionary forms with the particles left out (おっと いま わたし
たたく, いま そと の おとこ いし なげる まど われた); the views drop the spaces, so these rules read the event over
its parts - a "now", a person, a plain-form act of harm - rather than over one conjugation.

- ``beaten_now_plain`` (police): いま/今 told before a plain-form blow (たたく, なぐる, けとばす, 蹴る) or a stone
  thrown (いし なげる) with a person in the message. Habit words do not close it (なんかい も is how a learner
  says "again and again" while it goes on); what closes it is the word asked about (たたく と いう いみ) or a
  blow that is no harm (かた たたく, たいこ たたく).
- ``caustic_on_skin`` (medical): an acid, an alkali or a factory's chemical (フッ化水素酸, フッ酸, 硫酸, 苛性ソーダ,
  こうじょう の くすり) got onto the hands, arms, feet or skin, told with severe pain, whitening or the skin breaking
  down (すごく痛がって, とても いたい, いでえいでえ, 指が白く, ただれて): a chemical burn for 119. A medicine put on a
  hand (薬を手に塗った) or a splash told without harm stays quiet.
- ``cards_bought_for_a_caller`` (scam): prepaid or gift cards (電子マネー, アップルカード, a learner's コンビニ で
  カード) being bought while a caller is on the line or as a caller told (電話をしながら, でんわ ... いう, 電話まだ
  つながってる): with "now" a swindle in progress for 110 whoever the caller claims to be (入管, 大使館, 警察).
"""

from __future__ import annotations

from safety.events_swindle_signs import CASH_MACHINE_NOTICE, ON_THE_PHONE
from safety.rule import FICTION, Rule, rule
from safety.vocabulary import PERSON

# "Now", as a learner writes it (いま, 今; not いまから, 今日, 今度, いまは いない, nor しまいました).
NOW_PLAIN = (r"(?:(?<![てでしざりおきにみめせけ])いま|今)(?!から|日|度|年|月|週|回|後|は(?:いな|おら|いね|るす)|まで"
              # (not まいにち, いまいち, います, いません read across the dropped spaces: せんぱい まいにち)
              r"|いにち|いち|す|せ|し(?:た|て|ょ)|ごろ|頃)")
# A blow or a stone thrown, in the dictionary form (たたく, なぐる, けとばす, 蹴る; いし なげる).
# (round 53: not いただく read devoiced いたたく: 今夜診ていただくべきでしょうか; wide55)
BLOW_PLAIN = (r"(?:(?<!い)たたく|叩く|なぐる|殴る|けとばす|蹴とばす|蹴飛ばす|蹴る|ぶつ(?=わたし|こども|$)"
              r"|(?:いし|石|もの|物|びん|瓶)(?:を)?(?:なげる|投げる))")
# ... not the word itself asked about, nor a plan (たたく と いう いみ, なぐる って, たたく つもり).
# (nor たたく read inside a word across the dropped spaces: したタクシー, folded したたくし)
NOT_TOLD_AS_DONE = r"(?!と(?:いう|は|って)|って|の|いみ|こと|ように|つもり|ゲーム|げーむ|あそび|遊び|し(?![てたま]))"
# A blow that harms nobody: a drum, a shoulder rub, a door knocked, a futon beaten.
HARMLESS_BLOW = (r"(?:たいこ|太鼓|かた|肩|どあ|ドア|とびら|扉|ふとん|布団|もち|餅|きーぼーど|キーボード|てを|手を|はえ"
                 r"|ハエ|か|蚊)(?:を)?")
# Someone in the message the blow is about (おっと, おとこ, わたし, せんせい...).
SOMEONE = PERSON + r"|わたし|私|ぼく|僕|せんせい|先生|しゃちょう|社長|はんちょう|班長|おとこ|男"

# An acid, an alkali or a factory's chemical (フッ化水素酸, フッ酸, 硫酸, 塩酸, 硝酸, 苛性ソーダ, アルカリ), or a
# "medicine" handled at a factory or on a site (こうじょう の くすり: a learner's word for the chemical).
CAUSTIC = (r"(?:ふっかすいそさん|ふっかすいそ|ふかすいそ|不可水素|弗化水素|ふっさん|弗酸|りゅうさん|硫酸|えんさん|塩酸"
           r"|しょうさん|硝酸|(?:ふっ|フッ)(?:か|化)(?:すいそ|水素)(?:さん|酸)?|(?:ふっ|フッ)(?:さん|酸)"
           r"|かせいそーだ|苛性ソーダ|あるかり|アルカリ|つよいさん|強い酸|(?<![ぁ-ゖ])さん(?=が|ってのが)|酸(?=が|っての)"
           # (round 58: a strong household cleaner or a drain cleaner - 排水管の洗剤, パイプクリーナー, 管を掃除する
           # 強い薬; wide60's home-centre customer splashed by a broken bottle)
           r"|(?:つよい|強い|きょうりょくな|強力な)(?:くすり|薬|せんざい|洗剤|やくひん|薬品)"
           r"|(?:はいすいかん|排水管|はいすいこう|排水口|はいかん|配管|ぱいぷ|パイプ)(?:の|よう|用|用の)?"
           r"(?:せんざい|洗剤|くりーなー|クリーナー|せんじょうざい|洗浄剤))")
FACTORY_MEDICINE = (r"(?:こうじょう|工場|げんば|現場|しごと|仕事|さぎょう|作業)(?:の|で)?[^\n]{0,6}?(?:くすり|薬)")
# ... onto the hands, arms, feet or skin.
ONTO_SKIN = (r"(?:て|手|りょうて|両手|うで|腕|あし|足|ゆび|指|ひふ|皮膚|はだ|肌|からだ|体)(?:に|さ|へ)?[^\n]{0,3}?"
             r"(?:かかっ|かかり|かがっ|かかた|ついた|ついて|つい(?:ちゃ|ち)|あび|浴び)")
# ... told as hurting badly or harming the skin.
SEVERE = (r"(?:すごく|とても|めちゃ|ものすごく|ひどく|激しく|はげしく)(?:[^\n]{0,2}?)(?:いた|痛)"
          r"|いでえいでえ|いてえいてえ|いたいいたい|痛い痛い|げきつう|激痛|ころげまわ|転げ回|のたうち"
          r"|(?:しろく|白く|しろい|白い)|ただれ|爛れ|(?:かわ|皮)(?:が|ふ)?(?:むけ|剥け)|やけど|火傷")
# ... not a cream or a medicine put on (薬を塗った), nor a safety talk (酸が手についたらどうする).
NOT_A_BURN = FICTION + r"|ぬっ|塗っ|ぬり|塗り|ぬる|塗る|たら(?:どう|なに|何)|ばあい|場合|ならない(?:ように|よう)"


# Prepaid or gift cards (電子マネー, アップルカード, ギフトカード; a learner's bare コンビニ で カード) ...
PREPAID_CARDS = (r"(?:(?:でんしまねー|電子マネー|ぎふと|ギフト|ぷりぺいど|プリペイド|あっぷる|アップル|あいちゅーんず"
                 r"|itunes|ぐーぐるぷれい|グーグルプレイ|うぇぶまねー|webmoney)(?:の)?(?:かーど|カード)?"
                 r"|(?:こんびに|コンビニ)(?:で|に|さ)?[^\n]{0,4}?(?:かーど|カード))")
# ... being bought as a caller tells (買わされてる, 買おうとして, かって と いう, かう ところ) ...
BUYING = (r"(?:かわされ|買わされ|かって|買って|かおう|買おう|かう|買う|かいに|買いに|かってる|買ってる"
          r"|こうにゅう|購入)")
# ... with the caller on the line (電話をしながら, 電話で言われて, でんわ ... いう, 電話まだつながってる).
CALLER_ON_THE_LINE = (ON_THE_PHONE + r"|(?:でんわ|電話)[^\n]{0,24}?(?:いう|言う|いった|言った|いって|言って"
                      r"|つながって|繋がって|ちゅう|中)"
                      r"|(?:でんわ|電話)(?:を|は|も|さ)?(?:きって|切って|きっで|切っで)(?:ない|ねえ|ね|ません|いない)")


def plain_form_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("beaten_now_plain", "police",
             NOW_PLAIN + r"[^\n]{0,14}?" + BLOW_PLAIN + NOT_TOLD_AS_DONE,
             needs=SOMEONE, unless=FICTION + "|" + HARMLESS_BLOW + BLOW_PLAIN),
        rule("caustic_on_skin", "medical",
             r"(?:" + CAUSTIC + "|" + FACTORY_MEDICINE + r")[^\n]{0,24}?" + ONTO_SKIN
             + r"[^\n]{0,30}?(?:" + SEVERE + ")",
             unless=NOT_A_BURN),
        rule("cards_bought_for_a_caller", "scam", PREPAID_CARDS + r"[^\n]{0,24}?" + BUYING,
             needs=CALLER_ON_THE_LINE, unless=CASH_MACHINE_NOTICE),
    )
