"""Money taken by a trick told by the scene (round 43's wide45, wide45b and wide45c kinds, gathered in round 44 from
events_long_tail_signs, events_mishap_signs and events_wide_tail_signs and read after them): someone at a cash machine
on the phone, working it as told (ATMの前で携帯を耳に当てたまま「次はどのボタン」: a transfer scam now, 110;
:data:`CASH_MACHINE_WORKED_NOW`), a contract switched by a phone or door salesman (でんわで けいやくを かえられて),
a repair or lock service called from a flyer that then asked a huge sum (チラシの業者を呼んだら二十万円と言われた):
the consumer line (188)."""

from __future__ import annotations

from safety.rule import FICTION, SCAM_WARNING, Rule, rule
from safety.vocabulary import compile_folded

# A cash machine, someone there on the phone, doing as told (電話しながら, 携帯を耳に当てたまま, 言われるまま).
CASH_MACHINE = r"(?:えーてぃーえむ|てぃーえむ|atm|げんきん(?:じどう)?(?:しはらいき|ひきだしき))"
ON_THE_PHONE = (r"(?:でんわ|電話|けいたい|携帯|すまほ|スマホ)(?:を|で|に|さ)?[^\n]{0,8}?"
                r"(?:しながら|しなから|ながら|したまま|あてたまま|当てたまま|あてて|当てて|きき|聞き"
                r"|いわれ|言われ|しじ|指示|はなし|話し|むかって|向かって"
                # (round 58: the call kept open, 電話を切らないまま - blind59a)
                r"|きらない|切らない|きらず|切らず|きらせ|切らせ|つないだ|繋いだ)")
ON_THE_PHONE_HELD = (r"(?:でんわ|電話|けいたい|携帯|すまほ|スマホ)(?:を|で|に|さ)?[^\n]{0,8}?"
                     r"(?:しながら|ながら|したまま|あてたまま|当てたまま|きらない|切らない|きらず|切らず|つないだまま"
                     r"|繋いだまま)")
OPERATING = (r"(?:そうさ|操作|ぼたん|ボタン|おし|押し|ふりこ|振り込|がめん|画面|ひきだ|引き出"
             r"|あんしょう|暗証)")
CASH_MACHINE_SCENE = (CASH_MACHINE + r"[^\n]{0,30}?(?:" + ON_THE_PHONE + r")[^\n]{0,40}?" + OPERATING
                      + "|" + CASH_MACHINE + r"[^\n]{0,30}?" + OPERATING + r"[^\n]{0,30}?(?:"
                      + ON_THE_PHONE + ")"
                      # ... or the call told first (電話を切らないまま、ATMでボタンを押し続けて; round 58, blind59a)
                      # - the call held while at it, not an instruction given before (電話で言われて、昨日ATMで)
                      + "|" + ON_THE_PHONE_HELD + r"[^\n]{0,20}?" + CASH_MACHINE + r"[^\n]{0,30}?" + OPERATING)
# ... not a notice or a warning about it (ATMで電話しながら操作しないでくださいという貼り紙)
CASH_MACHINE_NOTICE = (SCAM_WARNING + r"|ちゅうい|注意|きをつけ|気をつけ|ぼうし|防止|はりがみ|貼り紙|張り紙"
                       r"|ぽすたー|ポスター|(?:し|さ)ないで|ないよう|ましょう|" + FICTION)
# The scene is happening now, and stays 110 when the writer asks whether to stop it (止めた方がいい？), as a
# collector due any minute does (``safety.vocabulary_time.COLLECTOR_DUE``; :func:`safety.detect.find`).
CASH_MACHINE_WORKED_NOW = compile_folded(r"(?:" + CASH_MACHINE_SCENE + r")(?![^\n]*?(?:"
                                         + CASH_MACHINE_NOTICE + "))")
# round 49: a visitor or a caller asking where the bankbook, the cash or the seal is kept (除雪ボランティアだと言って
# 来た若い人に、通帳のしまい場所を聞かれまして; blind49b, read none): a thief's scouting, the police consultation
# line (#9110).
VALUABLES = (r"つうちょう|通帳|げんきん|現金|おかね|お金|たんすよきん|タンス預金|たんす預金|かーど|カード|いんかん|印鑑"
             r"|へそくり|ききんぞく|貴金属|ほうせき|宝石|きんこ|金庫")
WHERE_KEPT = (r"しまい(?:ばしょ|場所)|しまって(?:ある|いる|る)(?:ばしょ|場所|ところ|とこ)|おきばしょ|置き場所"
              r"|ほかんばしょ"
              r"|保管場所|ありか|在りか|在り処|(?:どこ|どご)(?:に|さ|へ)?[^\n]{0,2}?(?:しまっ|仕舞っ|おい|置い|ある|あん|かくし|隠し)")
ASKED = r"きかれ|聞かれ|きがれ|聞がれ|たずねられ|尋ねられ|きいてき|聞いてき|聞いて来|しつこくきか|しつこく聞か"
VALUABLES_ASKED = (r"(?:" + VALUABLES + r")(?:の|を|は|が|も)?[^\n]{0,6}?(?:" + WHERE_KEPT + r")[^\n]{0,16}?(?:"
                   + ASKED + ")")
# ... not one's own family, a bank clerk or a care manager helping with a form, nor a question of where to keep them.
NOT_SCOUTING = (FICTION + r"|ぎんこう(?:の)?(?:まどぐち|窓口)|銀行(?:の)?窓口|ほうがいい|方がいい|べき"
                r"|(?:むすこ|息子|むすめ|娘|まご|孫|おっと|夫|つま|妻|かぞく|家族)(?:に|から)")
# A contract switched by a phone or door salesman (でんわで インターネットの けいやくを かえられて, ネットの会社
# 変えらせられだ): a consumer matter (188).
CONTRACT_SWITCHED = (r"(?:けいやく|契約|かいせん|回線|ぷろばいだ|プロバイダ|かいしゃ|会社)(?:を|が|も)?[^\n]{0,4}?"
                     r"(?:かえられ|変えられ|かえさせられ|変えさせられ|かえらせられ|変えらせられ|きりかえられ|切り替えられ)")
# A repair or lock service called from a flyer or an ad (チラシの業者を呼んだら), then a huge sum (二十万円と言われた).
FROM_AN_AD = (r"ちらし|チラシ|こうこく|広告|ねっと|ネット|ぽすと|ポスト|まぐねっと|マグネット|すてっかー|ステッカー"
              r"|けんさく|検索")
CALLED_IN = r"よんだ|呼んだ|よんで|呼んで|たのんだ|頼んだ|たのんで|頼んで|きてもらっ|来てもらっ"
HUGE_SUM = (r"(?:まんえん|万円|まん|万)(?:って|と|も)?[^\n]{0,6}?(?:いわれ|言われ|せいきゅう|請求|かかれ|書かれ|かいて"
            r"|書いて|とられ|取られ|はらわ|払わ|はらっ|払っ)")

# Round 48 (helper A85): whether the real police, bank or city would do such a thing (本物の警察がそういうことをするの
# でしょうか, 本物の警察もキャッシュカード預かったりすんの?, wide48b) - a question only an impostor's visit or call
# raises: the police consultation line (#9110), even when the impostor's words name fraud prevention (詐欺の被害防止
# で…確認させてください, which closes the other scam rules as a warning).
REAL_ONE = (r"(?:ほんもの|本物|ほんとう|本当|ほんと)の(?:けいさつ|警察|けいかん|警官|けいじ|刑事|ぎんこう|銀行"
            r"|しやくしょ|市役所|やくば|役場)")
DOES_SUCH = (r"(?:そういう|こういう|そんな|こんな|そんたな|そったな|そげな|そいな)|(?:する|します|しま|すん|やる|やり"
             r"|くる|来る|きます|来ます|あずか|預か|あつめ|集め)(?:の|んです|もの|ことは?|こと(?:って|は|も))?(?:か|でしょうか|ですか"
             r"|\?|？|\n|$)"
             # ... or "is there such a thing as" (暗証番号を聞いてくるなんてこと、あるんだべか)
             r"|なんて(?:こと)?(?:が|は|って)?(?:ある|あり)")
MONEY_OR_CARD = (r"きゃっしゅかーど|キャッシュカード|かーど|カード|こうざ|口座|あんしょう|暗証|つうちょう|通帳|げんきん"
                 r"|現金|おかね|お金")
REAL_ONE_ASKED = (r"(?:" + REAL_ONE + r")(?:の(?:ひと|人|かた|方))?(?:が|も|は|って|で)?[^\n]{0,24}?"
                  r"(?:" + DOES_SUCH + ")")

# round 54 (wide56b): a message in a body's name asking to enter an account or a card again (農協からって口座を登録し
# 直してってメール, もう一度登録するように; phishing) - the consultation line when asked about, as a call would be.
ACCOUNT_DETAILS = (r"こうざ|口座|あんしょうばんごう|暗証番号|ぱすわーど|パスワード|かーどばんごう|カード番号"
                   r"|くれじっとかーど|クレジットカード|ぎんこうの?じょうほう|銀行の?情報")
ENTER_AGAIN = (r"(?:とうろく|登録|にゅうりょく|入力)(?:を)?(?:しなお|し直)"
               r"|(?:もういちど|もう一度|もういっかい|もう一回|さいど|再度)[^\n]{0,6}?(?:とうろく|登録|にゅうりょく|入力)"
               r"|さいとうろく|再登録|さいにゅうりょく|再入力")
MESSAGE_SENT = (r"めーる|メール|sms|えすえむえす|しょーとめーる|ショートメール|らいん|ライン|line|でんわ|電話"
                r"|はがき|ハガキ|りんく|リンク")
ACCOUNT_ASKED_AGAIN = r"(?:" + ACCOUNT_DETAILS + r")(?:の|を|に)?[^\n]{0,12}?(?:" + ENTER_AGAIN + ")"
# Not a warning read, nor one's own change of account done at a counter.
NOT_ASKED_BY_MESSAGE = (SCAM_WARNING + r"|ちゅうい|注意|きをつけ|気をつけ|ぼうし|防止|かいらんばん|回覧板|まどぐち|窓口"
                        r"|じぶんで|自分で|" + FICTION)


def swindle_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("scam", "scam", CASH_MACHINE_SCENE, unless=CASH_MACHINE_NOTICE),
        rule("impostor_checked", "scam", REAL_ONE_ASKED, needs=MONEY_OR_CARD, unless=FICTION),
        rule("valuables_asked", "scam", VALUABLES_ASKED, unless=NOT_SCOUTING),
        rule("contract_switched", "consumer", CONTRACT_SWITCHED,
             needs=r"でんわ|電話|ほうもん|訪問|せーるす|セールス|かんゆう|勧誘|りょうきん|料金|せいきゅう|請求"),
        rule("scam", "scam", ACCOUNT_ASKED_AGAIN, needs=MESSAGE_SENT, unless=NOT_ASKED_BY_MESSAGE),
        rule("overcharged", "consumer",
             r"(?:" + FROM_AN_AD + r")[^\n]{0,24}?(?:" + CALLED_IN + r")[^\n]{0,40}?(?:" + HUGE_SUM + ")",
             unless=FICTION + r"|やすかった|安かった|たすかった|助かった"),
    )
