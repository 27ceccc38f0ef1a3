"""Which line, read broadly (round 25, see docs/safety.md): boundaries between the advice lines decided by what kind
of matter a message is, not by one scene, each counted over every examined split.

- #9110, not nothing: a question of whether to take a matter to the police (警察に相談したほうがよろしいでしょうか,
  警察に言うほど?, 警察さ相談でぎっぺか) - a person who asks that is in no danger this minute; an uneasy sense of being
  watched or meddled with (気味が悪い, 不気味で); the same person or car turning up where one is (帰り道でいつも同じ人を
  見かける; 110 with someone there now).
- 188, not nothing: money going out or goods arriving that nobody agreed to (毎月カードから引き落とされて, 勝手に月額に
  なってた, いつの間にか契約書にサインしてて), money paid that does not come back (前払いしたお金戻ってこない).
- #8000 (#7119 by day), not nothing: a baby unsettled - feeding less, crying unlike usual, fretful (生後5か月の娘が
  いつもの夜泣きと違って, ミルクを半分しか飲まない); a limp or blue baby is placed by the 119 rules first.
"""

from __future__ import annotations

from safety.rule import ANIMAL, CARER_WORN_OUT, FILM, SCAM_WARNING, Rule, rule

# The police named as where to take a matter (警察に, 交番さ, おまわりさんに) ...
POLICE_AS_RECIPIENT = r"(?:けいさつ|警察|こうばん|交番|おまわりさん)(?:しょ|署)?(?:に|へ|さ)(?:は|も)?"
# ... with telling them as the act weighed (相談, 言う, 届け, 通報, 知らせ) ...
TELL_THE_POLICE = (
    r"(?:そうだん|相談|いう|言う|いった|言った|いえ|言え|とどけ|届け|つうほう|通報|しらせ|知らせ"
    r"|れんらく|連絡)"
)
# ... as a question or a wish (したほうが, すべき, できる?, していいやつ?, 言うほど?, 相談すっぺか, 相談したいです)
WEIGHED = (
    r"(?:したい|したほう|した方|すべき|するべき|できる|でき|していい|しても|ほど|べき|っぺ|ぺか|か(?:\n|$)"
    r"|でしょうか|ますか|ですか|かな|ほうが|方が|たほう|た方)"
)
# A consequence claimed (このままだと, このままでは, 直さないと, 替えねば) and said (言われ, 言って, 知りませんよ) by a
# visitor (来て, 訪ねて, 業者, 点検, 名乗る人, 作業着の男性がピンポン): a hazard claimed to sell a repair.
CLAIMED_HAZARD = (r"(?:このまま(?:だと|では|でわ|だど|じゃ|だば)|(?:なおさ|直さ|こうじし|工事し|しゅうりし|修理し"
                  r"|こうかんし|交換し|かえ|替え|とりかえ|取り替え|つけ|付け|付げ)(?:ないと|ねえと|ねば|なければ|なきゃ))")
CLAIM_SAID = r"(?:いわれ|言われ|いう|言う|いい|言い|いって|言って|しりませんよ|知りませんよ)"
VISITOR = (r"(?:きて|来て|きた|来た|こられ|来られ|きまし|来まし|まいり|参り|ぴんぽん|ピンポン|たずね|訪ね|ほうもん|訪問"
           r"|ぎょうしゃ|業者|てんけん|点検|なのる|名乗る|さぎょうぎ|作業着)")
# Lost property handed in (拾った財布を交番に届けました): the police's desk, not a matter of one's own.
LOST_PROPERTY = (
    r"さいふ|財布|おとしもの|落とし物|落し物|わすれもの|忘れ物|ひろった|拾った|ひろいもの|拾い物"
    r"|いしつ|遺失|おとした|落とした|なくした|無くした|ふんしつ|紛失"
)
# An uneasy sense that someone is watching or meddling (家の前に同じ車…気味が悪い, 郵便受けが荒らされて…気味が悪く).
UNEASY = (
    r"(?:きみ(?:が|の)?わる|気味(?:が|の)?わる|気味(?:が|の)?悪|うすきみ|薄気味|ぶきみ|不気味)"
    # ... not played down (気味が悪いってほどでもない, 不気味ではない)
    r"(?!(?:い|な)?(?:って|と)?(?:いう)?ほど(?:で|じゃ)|く(?:は|も)?(?:ない|ねえ|ありません|なかった)"
    r"|(?:な)?(?:では|じゃ)(?:ない|ねえ|ありません|なかった))"
)
# Fiction and settings where the eeriness is the point (映画, 肝試し, お化け屋敷) and an animal.
EERIE_ON_PURPOSE = (
    FILM + r"|どらま|ドラマ|ゆめ|夢|きもだめし|肝試し|おばけやしき|お化け屋敷|ほらー|ホラー|怪談"
    r"|虫|へび|蛇|" + ANIMAL
)
# Nature making the noise or the sight (裏山から山鳴りのような音…気味悪がって: a disaster sign, not a person).
EERIE_NATURE = r"やまなり|山鳴り|じなり|地鳴り|ゆれ|揺れ|裏山|崖|土砂|川|雨|雲|海"
# The same person or car again and again where one is (毎朝同じ電車に乗ってくる人, 帰り道でいつも同じ人を見かける),
# not a car model or the same faces at a club (車種, 顔ぶれ).
SAME_PERSON = (
    r"(?:おなじ|同じ)(?:ひと|人|おとこ|男|おんな|女|くるま|車|かお|顔|やつ|おじさん|おばさん|おじいさん|おっさん)"
    r"(?!しゅ|種|ぶれ|りょう|両|たち|達)"
)
TURNING_UP = (
    r"まいあさ|毎朝|まいばん|毎晩|まいにち|毎日|いつも|さいきん|最近|ずっと|なんど|何度|なんかい|何回"
    r"|なんにち|何日|ついて|ついで|つけられ|みかけ|見かけ|まって|待って|たって|立って|とまって|停まって|止まって|のって|乗って"
    r"|おり|降り|あるいて|歩いて|うろうろ|のぞ|覗"
)
# Money going out or goods arriving that no one agreed to: every month, on its own, unnoticed ...
UNAGREED = (
    r"(?:まいつき|毎月|かってに|勝手に|いつのまにか|いつの間にか|しらないうちに|知らないうちに|しらないまに"
    r"|知らない間に)"
)
# ... then a charge, a delivery or a contract (引き落とされ, 請求, 送られてくる, 届いて, 月額, 課金, 契約, 定期) ...
CHARGED_OR_SENT = (
    r"(?:ひきおと|引き落と|引落|おとされ|落とされ|ひかれ|引かれ|せいきゅう|請求|おくられ|送られ"
    r"|とどい|届い|とどく|届く|げつがく|月額|ゆうりょう|有料|かきん|課金|けいやく|契約|とうろく|登録|ていきこうにゅう|ていきびん|定期)"
)
UNAGREED_CHARGE = UNAGREED + r"[^\n]{0,20}?" + CHARGED_OR_SENT
# ... of goods or services bought (a company, a product, a sum, a card): not a grandchild's letter every month
TRADE = (
    r"かいしゃ|会社|ぎょうしゃ|業者|店|しょっぷ|ショップ|しょうひん|商品|しょくひん|食品|さぷり|サプリ"
    r"|けしょうひん|化粧品|あぷり|アプリ|さいと|サイト|円|代|料|費|口座|つうちょう|通帳|箱|定期|けいやく|契約|せいきゅう|請求"
    r"|かきん|課金|げつがく|月額|ゆうりょう|有料|とうろく|登録|かいいん|会員|かいせん|回線|こうじ|工事|つうはん|通販"
    # (a card and an account in kana only before a particle: devoiced かーど is かと, こうざ is こうさ)
    r"|かーど(?:から|で|に|の|払|ばらい)|こうざ(?:から|に|の|で)"
    # ... a debit (毎月の引き落とし明細まで届いてる; 44 phrases of 38 other writers with 引き落とし, all 188; round 37)
    r"|ひきおとし|引き落とし"
)
# Bills one expects (the city's newsletter, wages, tax, a pension, utilities, insurance, rent).
EXPECTED_BILLS = (
    r"こうほう|広報|しほう|市報|きゅうりょう|給料|ぜい|税|ねんきん|年金|こうねつひ|光熱費|すいどう|水道"
    r"|でんき(?:だい|代|りょう|料)|電気(?:代|料)|がす(?:だい|代|りょう|料)|ガス(?:代|料)|やちん|家賃"
    r"|ほけん|保険|がっこう|学校|きゅうしょく|給食|ほいく|保育|しんぶん|新聞|ふるさと"
)
# Money paid that does not come back or whose seller cannot be reached (前払いしたお金戻ってこない, 代金を振り込んで
# 2週間たつのに、ショップに連絡がつかなくなった).
PAID_OUT = (
    r"(?:まえばらい|前払い|さきばらい|先払い|だいきん|代金|ふりこん|振り込ん|はらった|払った"
    r"|はらいこん|払い込ん|しはらった|支払った)"
)
NOT_BACK = (
    r"(?:もどってこ|戻ってこ|かえってこ|返ってこ|もどら|戻ら|かえってこ)(?:ない|ねえ|ね|ず|なく)"
    r"|(?:れんらく|連絡)(?:が|も)?(?:つか|とれ|取れ)(?:ない|ねえ|ね|ず|なく)"
    # ... or the booking paid for is not there (先払いしたのに…予約入ってないって; paid and nothing delivered: 14 other
    # writers, all 188; round 37)
    r"|(?:よやく|予約)(?:が|は)?(?:はいって|入って)(?:い)?(?:ない|ねえ|ね|なかっ)"
)
# Public money (a grant, a benefit, a pension, tax) and donations: the city's desk, not a trader.
PUBLIC_MONEY = r"ぜい|税|きゅうふ|給付|ねんきん|年金|ほけん|保険|ぎえん|義援|きふ|寄付|じょせい|助成|ほじょ|補助"

# A baby (赤ちゃん, 生後5か月の娘, 乳児) ...
INFANT = r"(?:あかちゃん|赤ちゃん|あかんぼ|赤ん坊|あかご|赤子|にゅうじ|乳児|しんせいじ|新生児|生後)"
# ... unsettled: feeding less, crying unlike usual or without stopping, fretful, listless, a rash, breathing fast,
# vomiting.
UNSETTLED = (
    r"いつも(?:と|の[^\n]{0,8}?と)(?:ちが|違)|(?:なきやま|泣き止ま|なきやみませ|泣き止みませ)"
    r"|ぐず(?:っ|ぐず|る)|(?:のむ|飲む)(?:りょう|量)|(?:はんぶん|半分)しか(?:のま|飲ま)"
    r"|(?:みるく|ミルク|おっぱい|ぼにゅう|母乳)(?:を|も)?[^\n]{0,6}?(?:のま|飲ま)(?:ない|ねえ|ね|ず|なく)"
    r"|(?:げんき|元気)(?:が|も)?(?:ない|ねえ|なく)|(?:きげん|機嫌)(?:が|も)?(?:わる|悪)|ぶつぶつ"
    r"|(?:いき|息)(?:が|も|づかい|遣い)[^\n]{0,6}?(?:はや|早)"
    # vomiting, told in kanji or after milk or a count (kana はいて alone is also "wearing": 靴下をはいて)
    r"|吐(?:い|き)|(?:なんど|何度|なんかい|何回|ぜんぶ|全部|みるく|ミルク|おっぱい|ずっと)(?:も|を)?[^\n]{0,6}?(?:はい|もどし|戻し)"
)


def boundary_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # --- #9110 (110 when it is happening now) ---
        # asking whether to take it to the police: every such phrase of the set is #9110 (18 of 18, 13 splits; the
        # 110 and none that name the police are an impostor at the door and lost property)
        rule(
            "police_weighed",
            "stalking",
            POLICE_AS_RECIPIENT + r"[^\n]{0,2}?" + TELL_THE_POLICE + r"[^\n]{0,10}?" + WEIGHED,
            unless=LOST_PROPERTY + "|" + SCAM_WARNING,
        ),
        # an uneasy sense of being watched or meddled with: 15 of 16 phrases of the set with 気味が悪い, 気味悪い or
        # 不気味 are #9110 (the disaster: a mountain rumbling - nature is no watcher); 気持ち悪い is nausea or fumes as
        # often (not read here)
        rule("uneasy", "stalking", UNEASY, unless=EERIE_ON_PURPOSE + "|" + EERIE_NATURE + "|" + SCAM_WARNING),
        # the same person or car turning up where one is: every phrase of the set naming one is a police line (44 of
        # 44: #9110 30, 110 14 - those with someone there now, "now" in decide)
        rule("same_person", "stalking", SAME_PERSON, needs=TURNING_UP, unless=SCAM_WARNING),
        # --- 188 ---
        # money going out or goods arriving that nobody agreed to (every month, on its own, unnoticed): 40 of 40
        # phrases of the set with a monthly charge or delivery, 13 of 13 with one made "on its own", are 188
        rule("unagreed_charge", "consumer", UNAGREED_CHARGE, needs=TRADE, unless=EXPECTED_BILLS + "|" + SCAM_WARNING),
        # money paid that does not come back, or a seller who cannot be reached (3 of 3 such phrases are 188)
        rule(
            "paid_not_back",
            "consumer",
            PAID_OUT + r"[^\n]{0,24}?(?:" + NOT_BACK + ")",
            has_negation=True,
            unless=PUBLIC_MONEY + "|" + SCAM_WARNING,
        ),
        # round 34: a loan signed for a purchase (ローン組まされた, ローンの書類にサイン) or a buyer taken to an office
        # (事務所に連れていかれ): 9 of 9 such phrases of the set are 188 (8 of other writers than blind35b's
        # 街頭アンケート); not a home or a car (住宅ローン: a city question)
        rule("loan_signed", "consumer",
             r"(?<![こひ])ろーん(?:を)?(?:くま|組ま|くむ|組む|くん|組ん)|(?<![こひ])ろーんの(?:しょるい|書類)"
             r"|(?:じむしょ|事務所)に(?:つれて|連れて)(?:いかれ|行かれ|こられ|来られ)",
             unless=r"じゅうたく|住宅|まいほーむ|マイホーム|くるま|車|じどうしゃ|自動車|げんぜい|減税|こうじょ|控除|"
             + SCAM_WARNING),
        # round 42 (kinds41): a hazard a visitor claims to sell a repair (このままだと雨漏りする, すぐ直さないとだめ,
        # このままだといつ何が起きても知りませんよ): it finds 21 phrases of the examined set, 18 splits, all 188; a
        # doctor's or a rescuer's word is no sale
        rule("claimed_hazard", "consumer", CLAIMED_HAZARD + r"[^\n]{0,40}?" + CLAIM_SAID,
             needs=VISITOR,
             unless=r"いしゃ|医者|せんせい|先生|きゅうきゅう|救急|びょういん|病院|しょうぼう|消防|けいさつ|警察"),
        # --- #8000 / #7119 (a child's line) ---
        # a baby unsettled: 12 of 12 phrases of the set with a baby feeding less, crying unlike usual or fretful
        # are #8000 (the one 119 is limp with blue lips, placed by the 119 rules first); with a baby vomiting, 14 of
        # 14 are #8000
        rule(
            "infant_unsettled",
            "symptom",
            INFANT + r"[^\n]{0,30}?(?:" + UNSETTLED + ")",
            has_negation=True,
            unless=ANIMAL + "|" + CARER_WORN_OUT,
        ),
    )
