"""Unwanted attention told by what recurs (#9110; 110 when happening now), gathered in round 44 from the long-tail
rules of round 43 (wide45, wide45b, wide45c: events_long_tail_signs, events_mishap_signs, events_wide_tail_signs) and
read after them: the same car stopped by the home again and again with someone in it watching (この一週間、同じ白い
ワゴン車が家の向かいに停まり…こちらを見ています), abuse posted online (掲示板に書き込まれて), underwear taken from
the balcony again and again (下着だけがなくなって, 四回目), a man photographing children day after day (同じ男が毎日、
公園で子どもの写真を撮って)."""

from __future__ import annotations

from safety.events_line_signs import OWN_PLACE, SEEN_OFTEN
from safety.rule import ANIMAL, FICTION, UNKNOWN_OR_SUSPICIOUS, Rule, in_either_order, on_its_line_with, rule
from safety.vocabulary import CHILD
from safety.vocabulary_time import RECURRING_WORDS

# The same car (or a strange one) stopped by the home, someone in it watching (こちらを見ています).
STRANGE_CAR = (r"(?:おなじ|同じ|みなれない|見慣れない|" + UNKNOWN_OR_SUSPICIOUS + r")[^\n]{0,8}?"
               r"(?:くるま|車|わごん|ワゴン|けいとら|軽トラ|ばん|バン)")
WATCHING = (r"(?:こちら|こっち|うち|家|いえ)(?:を|のほう|の方)?[^\n]{0,4}?"
            r"(?:みて|見て|みてる|見てる|うかが|伺|のぞ|覗|みは|見張)|じっと[^\n]{0,6}?(?:みて|見て)")
HOME_SIDE = (r"(?:" + OWN_PLACE + r"|(?:いえ|家|うち|じたく|自宅)(?:の)?"
             r"(?:そば|側|わき|脇|すじむかい|筋向かい))")
OVER_DAYS = (SEEN_OFTEN + r"|(?:この|ここ)[^\n]{0,4}?(?:しゅうかん|週間|にち|日|かげつ|か月)"
             r"|(?:ゆうがた|夕方|よる|夜|あさ|朝)になると|(?:なんにち|何日|なんしゅうかん|何週間)も")

# Abuse or exposure posted online (誹謗中傷のメッセージが繰り返し届きます, 掲示板に書き込まれて).
ABUSE = r"(?:ひぼう|誹謗|ちゅうしょう|中傷|わるぐち|悪口|あっこう)"
ONLINE = (r"(?:ねっと|ネット|えすえぬえす|ＳＮＳ|sns|けいじばん|掲示板|あかうんと|アカウント|めっせーじ|メッセージ"
          r"|かきこ|書き込|とうこう|投稿|らいん|ライン)")

# Underwear or washing taken from the balcony again and again (下着だけがなくなって, 四回目, また盗まれた).
WASHING = r"したぎ|下着|ぱんつ|パンツ|ぶらじゃー|ブラジャー|しょーつ|ショーツ|せんたくもの|洗濯物|ほしもの|干し物"
TAKEN = (r"なくな|無くな|無ぐな|なぐな|ぬすま|盗ま|ぬすん|盗ん|とられ|取られ|盗られ|きえ|消え|みあたら|見当たら")
AGAIN = (RECURRING_WORDS + r"|また|[0-9０-９一二三四五六七八九十]+(?:かいめ|回目|かい|回|ど|度)"
         r"|(?:さん|よん|ご)かいめ|たびたび|度々|しょっちゅう|まいど|毎度")

# A man photographing children day after day (同じ男が毎日、公園で子どもの写真を撮って, 子どもたちをカメラで撮って).
PHOTOGRAPHED = (r"(?:しゃしん|写真|かめら|カメラ|すまほ|スマホ|どうが|動画)(?:を|で|ば|お)?[^\n]{0,6}?"
                r"(?:とって|撮って|とっ|撮っ|とる|撮る|とり|撮り|むけ|向け)|さつえい|撮影")
MAN = (r"おとこ|男(?!の子)|おじさん|おっさん|おじい|じいさん|(?<![ぁ-ゖ])ひと(?:が|、|\s|$)|人(?:が|物)|じんぶつ"
       r"|だんせい|男性")
DAY_AFTER_DAY = (RECURRING_WORDS + r"|まいにち|毎日|まいあさ|毎朝|まいゆう|毎夕|なんにちも|何日も"
                 r"|(?:この|ここ)[^\n]{0,3}?(?:しゅうかん|週間)|(?:ゆうがた|夕方)になると")

# round 52: houses, mailboxes or back doors photographed by a stranger over days (ここ三日ほど…郵便受けや勝手口の
# 写真を撮っています; wide53b, read none): someone casing the houses - the police consultation line, 110 when now.
HOUSES = (r"いえいえ|家々|(?:いっけん|一軒)ずつ|じゅうたく|住宅|(?:きんじょ|近所|しゅうらく|集落|となり|隣|うち|まわり"
          r"|周り)の(?:いえ|家)|ゆうびんうけ|郵便受け|ゆうびん受け|ぽすと|ポスト|かってぐち|勝手口|ひょうさつ|表札"
          r"|しゃこ|車庫|げんかん|玄関|まど|窓")
OVER_SOME_DAYS = (DAY_AFTER_DAY + r"|(?:この|ここ)[^\n]{0,2}?(?:すう|数|[0-9０-９一二三四五六七八九十]+|なん|何)"
                  r"(?:か|日|にち|しゅう|週)|(?:すう|数|なん|何)(?:にち|日)(?:まえ|前)から|(?:なん|何)(?:にち|日)か"
                  r"|れんじつ|連日|このごろ|さいきん|最近")
# ... not a surveyor, an estate agent, a tour or a family album
NOT_CASING = (FICTION + r"|ふどうさん|不動産|そくりょう|測量|こうじ|工事|ちょうさ|調査|しやくしょ|市役所|さてい|査定"
              r"|かんこう|観光|りょこう|旅行|きねん|記念|しゃしんか|写真家|かめらまん|カメラマン|じぶん|自分")
# round 52: the newspaper or the post taken from one's box day after day (毎朝ポストの新聞が抜かれてる, 郵便受けの
# 新聞がなくなっております; wide53b, read none): a theft to consult the police about (#9110) - not a paper the family
# took in first, a dog, nor one only not delivered.
MAIL = r"しんぶん|新聞|ちょうかん|朝刊|ゆうかん|夕刊|ゆうびんぶつ|郵便物|ゆうびん|郵便|てがみ|手紙|はがき|葉書"
MAIL_TAKEN = (TAKEN + r"|ぬかれ|抜かれ|ぬきとられ|抜き取られ|もってかれ|持ってかれ|もっていかれ|持っていかれ"
              r"|もってがれ|持ってがれ")
MAIL_KEPT = (ANIMAL + "|" + FICTION + r"|からす|カラス|かぜ|風|あめ|雨|(?:なくな|無くな)(?:ったら|ると)"
             r"|きゅうかん|休刊|はいかん|廃刊|でんしばん|電子版|かいやく|解約"
             r"|(?:おっと|夫|つま|妻|ちち|父|はは|母|むすこ|息子|むすめ|娘|かぞく|家族|まご|孫)が(?:さきに|先に|よんで"
             r"|読んで|もって|持って)")

# round 49: messages day after day telling the writer they were watched (知らないアカからDMで毎日「今日も見てたよ」;
# blind49a, read none): a stalker's messages, the police consultation line (#9110).
MESSAGE = (r"でぃーえむ|dm|ｄｍ|めっせーじ|メッセージ|めーる|メール|らいん|ライン|line|こめんと|コメント"
           r"|てがみ|手紙|りぷ|リプ"
           r"|るすでん|留守電|しょーとめーる|ショートメール|ちゃっと|チャット")
WATCHED_QUOTE = (r"(?:きょうも|今日も|いつも|ずっと|また)?(?:みて|見て|みはって|見張って)(?:た|る|い(?:た|る)|まし"
                 r"|ます)"
                 r"(?:よ|からね|から|ぞ|ね)?")
# ... not a family member, a friend or a fan's comment on a stream, a show or a post (ブログ見てたよ).
NOT_A_WATCHER = (FICTION + r"|はいしん|配信|どうが|動画|ぶろぐ|ブログ|ばんぐみ|番組|てれび|テレビ|ゆーちゅーぶ|ふぁん"
                           r"|ファン"
                 r"|おうえん|応援|しあい|試合|はっぴょうかい|発表会|うんどうかい|運動会"
                 r"|(?:はは|母|ちち|父|ばあちゃん|祖母|おばあ|じいちゃん|祖父|おじい|かぞく|家族|ともだち|友達|友だち"
                 r"|むすこ|息子|むすめ|娘|まご|孫|おっと|夫|つま|妻)(?:から|が)")


def stalking_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("unwelcome_presence", "stalking",
             STRANGE_CAR + r"[^\n]{0,24}?" + HOME_SIDE + r"[^\n]{0,30}?(?:" + WATCHING + ")"
             + "|" + HOME_SIDE + r"[^\n]{0,8}?" + STRANGE_CAR + r"[^\n]{0,30}?(?:" + WATCHING + ")",
             needs=OVER_DAYS, unless=ANIMAL + "|" + FICTION + r"|はいたつ|配達|たくはい|宅配|こうじ|工事"),
        # abuse posted about the writer online, for weeks: the police consultation line (#9110)
        rule("abused_online", "stalking", ABUSE + r"[^\n]{0,20}?" + ONLINE + "|" + ONLINE + r"[^\n]{0,20}?" + ABUSE,
             unless=r"ニュース|にゅーす|げいのうじん|芸能人"),
        rule("stalking", "stalking",
             on_its_line_with(r"(?:" + WASHING + r")(?:だけ)?(?:が|は|も|の|を)?[^\n]{0,12}?(?:" + TAKEN + ")",
                              AGAIN),
             unless=FICTION + r"|かぜ|風|とば|飛ば|とんで|飛んで(?![^\n]{0,4}?(?:ねえ|ない|ね))"
             r"|からす|カラス|ねこ|猫|いぬ|犬|せんたくき|洗濯機|くりーにんぐ|クリーニング"),
        rule("stalking", "stalking",
             on_its_line_with(
                 on_its_line_with(
                     r"(?:" + CHILD + r"|こどもたち|子どもたち|子供たち)[^\n]{0,16}?(?:" + PHOTOGRAPHED + ")", MAN),
                 DAY_AFTER_DAY),
             unless=FICTION + r"|うちの(?:こ|子)|わがこ|我が子|うんどうかい|運動会|はっぴょうかい|発表会|しゃしんかん"
             r"|写真館|そつぎょう|卒業|かめらまん|カメラマン(?:さん)?に(?:たのん|頼ん)"),
        rule("stalking", "stalking",
             on_its_line_with(on_its_line_with(r"(?:" + HOUSES + r")[^\n]{0,12}?(?:" + PHOTOGRAPHED + ")", MAN),
                              OVER_SOME_DAYS),
             unless=NOT_CASING),
        rule("stalking", "stalking",
             on_its_line_with(r"(?:" + MAIL + r")(?:だけ)?(?:が|は|を|も|の|ば)?[^\n]{0,8}?(?:" + MAIL_TAKEN + ")",
                              AGAIN + "|" + OVER_DAYS),
             unless=MAIL_KEPT),
        rule("watched_messages", "stalking",
             on_its_line_with(in_either_order(WATCHED_QUOTE, MESSAGE, gap=16),
                              DAY_AFTER_DAY + r"|まいにち|毎日|まいばん|毎晩"),
             unless=NOT_A_WATCHER),
    )
