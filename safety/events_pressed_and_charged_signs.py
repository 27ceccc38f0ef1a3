"""Demands, smears and charges told for advice (round 46, blind47a/b and wide48): the consultation kinds that fell to
none.

- #9110: a message threatening arrest unless a fine is paid (反則金を払わないと逮捕するって
  ショートメッセージ), an extortion mail or letter (三日以内に暗号資産で送金しろ), leaflets smearing oneself
  handed round the neighbourhood (私を中傷するビラがポストに配られ), a payment code covered by another sticker
  (QRコードの上に別のシールが貼られて), someone met through a game or online pressing for one's address or photos
  (ゲームで知り合ったやつが住所教えろって).
- 188: a cancellation charged in full or in tens of thousands of yen (キャンセルしたら全額取られた, キャンセル料50万), a
  fake booking or shopping site paid (予約サイトだと思って払ったら偽サイト), something broken by a service firm that
  will not own it (エアコン掃除頼んだら壊された…知らんぷり; round 51: also a removal firm's crack called old damage,
  元からの傷だと), a shop gone with the money paid (お金も払っておりましたのに、お店が閉まってしまい), a landlord who
  will not repair (大家さんに言っても直してくれない, 自分で直せと言われた; round 51).
"""

from __future__ import annotations

from safety.rule import FICTION, SCAM_WARNING, Rule, rule
from safety.vocabulary import NEG
from safety.vocabulary_things import CORD_WORD

# What a smear or a demand came as.
MESSAGE = (r"めっせーじ|メッセージ|めーる|メール|えすえむえす|sms|SMS|しょとめ|ショートメ|らいん|LINE|ライン"
           r"|てがみ|手紙|はがき|ハガキ|葉書|ふうとう|封筒|でんわ|電話|つうち|通知")
# Pay, or else arrest: the police's word (a bill one does not know with a seizure or a suit threatened, 払わないと
# 差し押さえ, is the consumer line's, 188, by ``unknown_bill``).
UNLESS_PAID = (r"(?:はらわ|払わ|ふりこま|振り込ま|のうふし|納付し)(?:ない|なけれ|ね)[^\n]{0,10}?"
               r"(?:たいほ|逮捕)")
# Send money by a deadline or in crypto (三日以内に暗号資産で送金しろ).
EXTORTION = (r"(?:あんごうしさん|暗号資産|かそうつうか|仮想通貨|びっとこいん|ビットコイン)[^\n]{0,10}?"
             r"(?:そうきん|送金|はらえ|払え|ふりこめ|振り込め|おくれ|送れ|よこせ)"
             r"|(?:いない|以内)に[^\n]{0,16}?(?:そうきんしろ|送金しろ|はらえ|払え|ふりこめ|振り込め|よこせ)")
SMEAR = r"ちゅうしょう|中傷|わるぐち|悪口|ひぼう|誹謗|かいぶんしょ|怪文書|でたらめ|うそ(?:の)?(?:うわさ|噂)"
LEAFLET = r"びら|ビラ|ちらし|チラシ|はりがみ|貼り紙|張り紙|かみ|紙|ぶんしょ|文書|てがみ|手紙"
HANDED_ROUND = (r"くばられ|配られ|まかれ|撒かれ|まいて|撒いて|はられ|貼られ|いれられ|入れられ|ぽすと|ポスト"
                r"|きんじょ|近所|まわって|回って")
# A payment code covered by another sticker (QRコードの上に別のシールが貼られて, 札の上に別のシールが).
STICKER_OVER = (r"(?:うえ|上)に(?:べつ|別|ちがう|違う|にせ|偽)?(?:の)?(?:しいる|しる|シール)(?:が|を)?"
                r"(?:はられ|貼られ|はって|貼って|かさね|重ね)")
# (a code only where it cannot be こと or 子ども folded: CORD_WORD, or the code under the sticker, コードの上に)
PAYMENT = (r"qr|ｑｒ|しはら|支払|はらえる|払える|おかね|お金|はいって|入って|こうざ|口座|決済|けっさい"
           r"|こーど(?:の)?(?:うえ|上)|" + CORD_WORD)
# Someone met through a game or online pressing for one's address, school or photos.
MET_ONLINE = (r"(?:げむ|ゲーム|ねっと|ネット|えすえぬえす|sns|SNS|おんらいん|オンライン|あぷり|アプリ)"
              r"(?:で|を|の)?[^\n]{0,4}?(?:しりあ|知り合|であ|出会)")
PRESSED_FOR = (r"(?:じゅうしょ|住所|いえ|家|がっこう|学校|しゃしん|写真|でんわばんごう|電話番号)"
               r"(?:を|の|も)?[^\n]{0,6}?(?:おしえろ|教えろ|おしえて|教えて|おくって|送って|おくれ|送れ|きかれ|聞かれ|しつこ|しつけ|しっつけ)")
# A cancellation charged in full or in tens of thousands of yen.
CANCELLED = r"きゃんせる|キャンセル|とりけ|取り消|とりやめ|取りやめ|かいやく|解約"
CHARGED_IN_FULL = (r"(?:ぜんがく|全額|はんぶん|半分|はんがく|半額|[0-9０-９一二三四五六七八九十百千]+(?:まん|万))"
                   r"(?:えん|円)?(?:って|と|を|も|の)?[^\n]{0,12}?"
                   r"(?:とられ|取られ|せいきゅう|請求|いわれ|言われ|はらえ|払え|ひかれ|引かれ|ひきおと|引き落と)")
# A fake booking or shopping site, paid.
FAKE_SITE = (r"(?:にせ|偽|ニセ|さぎ|詐欺)(?:の)?(?:さいと|サイト|つうはん|通販|ほむぺじ|ホームページ)")
PAID = r"はらっ|払っ|ふりこん|振り込ん|ふりこみ|振り込み|かった|買った|ちゅうもん|注文|けっさい|決済|おかね|お金"
# Something broken by a service firm called in, which will not own it.
# (round 51, wide53: also the removal firm and what it carried - 引っ越し屋さんに運んでもらったら)
CALLED_IN = (r"(?:ひっこしや|引っ越し屋|引越し屋|引越屋|ひっこしぎょうしゃ|引っ越し業者|引越し業者"
             r"|はこんでもら|運んでもら"
             r"|たのんだら|頼んだら|してもらったら|やってもらったら|きてもらったら|来てもらったら|かえったあと"
             r"|帰ったあと|帰った後|ぎょうしゃ|業者)")
BROKEN = (r"こわされ|壊され|こわれ|壊れ|うごかなく|動かなく|でんげんもはいらな|電源も入らな|きずつけられ|傷つけられ"
          # ... cracked or chipped (角が割れておりました, 角割っちゃって; round 51)
          r"|われて|割れて|われた|割れた|わられ|割られ|わっちゃ|割っちゃ|かけて|欠けて|ひびが|ひび割れ")
DISOWNED = (r"べんしょう|弁償|しらんぷり|知らんぷり|しらない|知らない|しらねえ|知らねえ|さいしょから|最初から"
            r"|みとめ|認め|とりあって|取り合って|もとから|元から")
# A landlord or the managing firm who will not repair what broke in the flat, or tells the tenant to pay for it
# (大家さんに言っても直してくれない, 自分で直せと言われます; round 51, wide53): a tenancy dispute for the consumer line.
LANDLORD = r"(?:おおや(?!け)|大家(?!族)|やぬし|家主|かんりがいしゃ|管理会社|ふどうさんや|不動産屋)"
REPAIR_REFUSED = (r"(?:なおして|直して|しゅうりして|修理して|こうかんして|交換して)(?:くれ|もらえ|け)" + NEG
                  + r"|(?:じぶんで|自分で|じばらで|自腹で)[^\n]{0,4}?(?:なおせ|直せ|なおして|直して"
                  r"|しゅうりしろ|修理しろ"
                  r"|はらえ|払え|はらって|払って)")
# A shop or firm gone with the money paid (お金も払っておりましたのに、お店が閉まってしまい).
PAID_BEFORE = (r"はらっ|払っ|はらいこ|払い込|ふりこん|振り込ん|まえばらい|前払い|ないきん|内金|てつけ|手付|よやくきん"
               r"|予約金|まえきん|前金")
SHOP_GONE = (r"(?:みせ|店|かいしゃ|会社|ぎょうしゃ|業者|ほんぽ|本舗)(?:が|は|も)?[^\n]{0,6}?"
             r"(?:しまって|閉まって|しまっちゃ|閉まっちゃ|つぶれ|潰れ|とうさん|倒産|へいてん|閉店|なくなって|無くなって"
             r"|きえ|消え|よにげ|夜逃げ|もぬけのから|もぬけの殻)")
NOT_ABOUT_ONES_OWN = SCAM_WARNING + "|" + FICTION


def pressed_and_charged_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- #9110 ---
        rule("arrest_unless_paid", "scam", UNLESS_PAID, needs=MESSAGE, unless=NOT_ABOUT_ONES_OWN),
        rule("extortion", "stalking", EXTORTION, unless=NOT_ABOUT_ONES_OWN),
        rule("smear_leaflets", "stalking", r"(?:" + SMEAR + r")[^\n]{0,12}?(?:" + LEAFLET + ")",
             needs=HANDED_ROUND, unless=NOT_ABOUT_ONES_OWN),
        rule("payment_code_covered", "scam", STICKER_OVER, needs=PAYMENT, unless=NOT_ABOUT_ONES_OWN),
        rule("pressed_by_online_stranger", "stalking", MET_ONLINE + r"[^\n]{0,16}?" + PRESSED_FOR,
             unless=SCAM_WARNING),
        # --- 188 ---
        rule("cancellation_charged", "consumer",
             r"(?:" + CANCELLED + r")[^\n]{0,24}?" + CHARGED_IN_FULL, unless=NOT_ABOUT_ONES_OWN),
        rule("fake_site_paid", "consumer", FAKE_SITE, needs=PAID, unless=NOT_ABOUT_ONES_OWN),
        rule("broken_by_service", "consumer", CALLED_IN + r"[^\n]{0,60}?(?:" + BROKEN + ")", needs=DISOWNED,
             unless=NOT_ABOUT_ONES_OWN),
        rule("repair_refused", "consumer", LANDLORD + r"[^\n]{0,40}?(?:" + REPAIR_REFUSED + ")", has_negation=True,
             unless=NOT_ABOUT_ONES_OWN),
        rule("shop_gone_with_money", "consumer", r"(?:" + PAID_BEFORE + r")[^\n]{0,30}?" + SHOP_GONE,
             unless=NOT_ABOUT_ONES_OWN),
    )
