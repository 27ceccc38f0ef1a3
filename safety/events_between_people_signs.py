"""Harm threatened or done between people, told in words the earlier rules did not read (round 44, helper A72:
wide46c's misses - crimes, cons, quarrels).

Each rule reads one situation *kind* in the words its missed telling used and in the other words such a telling would
use (the tests in tests/safety/test_events_between_people_signs.py hold tellings written for this module, in several
styles):

- 110: an attack on today's event announced online (今日の祭りで人を刺すという書き込み, 文化祭に爆弾しかけたって
  投稿): the police act on the announcement before the day is over;
- #9110: a threatening note left on one's car or door, or a threat shouted down the phone night after night
  (ワイパーに「お前の家は知っている」という紙, 住所と子どもの名前が書かれたメモ, ただでは済まさんと怒鳴る);
- #9110: a tracker found on one's car or in one's bag (見たことない黒い箱が車の下にくっついて, 不明なAirTagが一緒に
  移動しています);
- 119: a blow to the head, then vomiting, dazed, confused or drowsy (彼氏に殴られた…ぼーっとして話かみ合わないし
  吐いてる): an injured person first, the attacker gone;
- 188: a get-rich course or side business bought online that turned out worthless (副業の情報商材に30万払った,
  簡単に稼げる講座, 儲け話さお金払った) and the money wanted back.
"""

from __future__ import annotations

from safety.rule import FICTION, FILM, Rule, in_either_order, rule
from safety.rule import on_its_line_with as _with

# --- an attack announced online for today ---
# Where it was posted (書き込み, 投稿, 掲示板, SNS, X, 予告) or who wrote it (書いた者, 書いたやつ).
POSTED = (r"かきこ|書き込|書込|とうこう|投稿|けいじばん|掲示板|えすえぬえす|sns|ねっと|ネット|いんたーねっと"
          r"|インターネット|ついーと|ツイート|(?<![a-z])x(?:に|で|の)|よこく|予告|(?:かいた|書いた)(?:もの|者|やつ|奴"
          r"|ひと|人)")
# What it says will be done (人を刺す, 襲う, 爆弾しかけた, 爆破, 無差別にやる, 火をつける, 殺す).
ATTACK = (r"(?:さす|刺す|おそう|襲う|ころす|殺す|ばくは|爆破|ほうか|放火|らんしゃ|乱射|みなごろし|皆殺し)"
          r"(?:する|します)?(?:ぞ|と|って|っつ|っていう|という|よてい|予定|よこく|予告)"
          r"|(?:さして|刺して|ころして|殺して|おそって|襲って)やる(?:ぞ|と|って|っつ|という)"
          r"|(?:ばくだん|爆弾)(?:を)?[^\n]{0,3}?(?:しかけ|仕掛け|おい|置い|おく|置く|もって|持って)"
          r"|(?:むさべつ|無差別)(?:に)?[^\n]{0,3}?(?:やる|殺|ころ|刺|さす|おそ|襲)"
          r"|(?:ひ|火)(?:を)?(?:つけ|付け|はな|放)(?:る|つ)(?:ぞ|と|って|という)")
# ... for today or at once (今日の, 本日, 今夜, これから, 午後3時).
TODAY = (r"きょう|今日|ほんじつ|本日|こんや|今夜|こんばん|今晩|これから|いまから|今から|このあと|この後"
         r"|(?:ごご|午後|ごぜん|午前)[0-9０-９一二三四五六七八九十]+(?:じ|時)")

# --- a threat left in writing or shouted down the phone ---
# A note (紙, メモ, 手紙, 貼り紙) left on one's car or door.
NOTE = r"かみ|紙|めも|メモ|てがみ|手紙|はりがみ|張り紙|貼り紙|ふせん|付箋"
LEFT_ON = (r"はさま|挟ま|はさん|挟ん|おかれ|置かれ|おいて|置いて|はられ|貼られ|張られ|はって|貼って|いれられ|入れられ"
           r"|はいって|入って|とどい|届い")
# What a threat says: one's home, family or name known (お前の家は知っている, 住所と子どもの名前), watch out
# (家族に気をつけろ, 夜道に気をつけろ), you will pay (ただでは済まさん, 後悔させてやる).
THREAT_SAID = (r"(?:いえ|家|うち|じゅうしょ|住所|じたく|自宅|かぞく|家族|こども|子ども|子供|なまえ|名前)"
               r"(?:は|も|を|と|の)?[^\n]{0,12}?(?:しって|知って|しっと|知っと|わかって|分かって)"
               r"|(?:かぞく|家族|よみち|夜道|こども|子ども|子供|せなか|背中|あしもと|足元)(?:に|には)?"
               r"(?:きをつけ|気をつけ|気い?つけ)(?:ろ|な)"
               r"|ただ(?:で|じゃ)(?:は)?(?:すまさ|済まさ|すまな|済まな|すむと|済むと|おかな|おかね|置かな)"
               r"|こうかいさせ|後悔させ|(?:みて|見て)ろよ|ただじゃすま")
# One's address or a child's name written on a note left on the car or at the door (住所と子どもの名前が書かれたメモが
# ワイパーに挟まっていた).
NAMES_ON_A_NOTE = (r"(?:じゅうしょ|住所|なまえ|名前)(?:が|を)?[^\n]{0,3}?(?:かかれ|書かれ)(?:た|てある|ている)?"
                   r"[^\n]{0,2}?(?:" + NOTE + r")[^\n]{0,12}?(?:" + LEFT_ON + r")")
# round 52: "you will not be forgiven" or "remember this" quoted on a note put on one's door or in one's box by someone
# else (「次は許さない」と書いた紙を何度もドアに貼られて, 許さねえって紙ドアさ貼らっちぇ; wide53, read none): the police
# consultation line - not a note one put up oneself (貼って), nor a notice on a car park or a rubbish point.
NOT_FORGIVEN = (r"(?:ゆるさ|許さ)(?:ない|ねえ|ねぇ|ね|ん)"
                r"|おぼえてろ|覚えてろ|おぼえとけ|覚えとけ")
PUT_ON_ONE = (r"はられ|貼られ|張られ|はらっち|貼らっち|張らっち|いれられ|入れられ|はさまれ|挟まれ|はさまって|挟まって"
              r"|おかれ|置かれ")
NOTE_PUT_ON_ONE = r"(?:" + NOTE + r")[^\n]{0,16}?(?:" + PUT_ON_ONE + ")"
NOTICE_POSTED = (r"|むだん|無断|ごみおきば|ゴミ置き場|ごみ置き場|ごみすてば|ゴミ捨て場|ごみすてじょう|けいじばん|掲示板"
                 r"|かいらんばん|回覧板")
# How it came: a note left, or a call, a message or a voice mail (留守電).
DELIVERED = (in_either_order(NOTE, LEFT_ON, gap=12)
             + r"|でんわ|電話|るすでん|留守電|めっせーじ|メッセージ|めーる|メール|らいん|ライン|どなる|怒鳴る|どなって"
             r"|怒鳴って"
             r"|どなられ|怒鳴られ")

# --- a tracker found ---
TRACKER = (r"じーぴーえす|gps|えあたぐ|airtag|えああたぐ|はっしんき|発信機|ついせき(?:き|機|そうち|装置)"
           r"|追跡(?:機|装置)|とらっかー|トラッカー")
TRACKER_FOUND = (r"つけられ|付けられ|くっつ|ついて|付いて|はいって|入って|しかけられ|仕掛けられ|みつけ|見つけ"
                 r"|みつか|見つか|いっしょに(?:いどう|移動)|一緒に(?:いどう|移動)|うめこ|埋め込|はりつけ|貼り付け")
# ... or a thing one never saw stuck under the car (車の下さ見だごどねえ黒い箱がくっついでだ).
UNKNOWN_THING = (r"(?:みたことない|見たことない|みたことのない|見たことのない|みだごどねえ|見だごどねえ|みおぼえのない"
                 r"|見覚えのない|しらない|知らない|ふめいな|不明な)[^\n]{0,6}?(?:はこ|箱|きかい|機械|そうち|装置|もの"
                 r"|物|やつ)")
UNDER_CAR = (r"(?:くるま|車|じてんしゃ|自転車|ばんぱー|バンパー)(?:の)?(?:した|下|うら|裏|なか|中|そこ|底)"
             r"|(?:かばん|鞄|ばっぐ|バッグ)(?:の(?:そこ|底|なか|中|ぽけっと|ポケット)|さ|に)")
ATTACHED = r"くっつ|ついて|付いて|ついで|付いで|つけられ|付けられ|はりつ|貼り付|はいって|入って"

# --- a blow to the head, then vomiting, dazed or drowsy (the attacker gone) ---
BLOW = (r"なぐられ|殴られ|ぶたれ|ぶだれ|たたかれ|叩かれ|けられ|蹴られ|つきとばされ|突き飛ばされ|つきとばさ|突き飛ばさ"
        r"|どつかれ|こづかれ|小突かれ")
AFTER_A_BLOW = (r"(?:はい|吐い)(?:て|た|で|ちゃ)|げーげー|ぼーっと|ぼーと|ぼんやり|ろれつ|呂律"
                r"|(?:はなし|話)(?:が)?[^\n]{0,2}?(?:かみあわ|噛み合わ)|(?:め|目)の(?:しょうてん|焦点)|うつろ"
                r"|ねむそう|眠そう|(?:おなじ|同じ)こと(?:ばかり|ばっかり)?[^\n]{0,2}?(?:きき|聞き|いっ|言っ)"
                r"|(?:め|目)(?:を|ぇ)?(?:あけ|開け|あげ|開げ)(?:て|で)?(?:らんね|られな|いられな|いらんね)")

# --- a worthless get-rich course ---
GET_RICH = (r"じょうほうしょうざい|情報商材|ふくぎょう|副業|もうけばなし|儲け話|もうけ話|かせげる|稼げる|かせぐ|稼ぐ"
            r"|ちゅうもんせい|こんさる|コンサル|おんらいんさろん|オンラインサロン|とうしこうざ|投資講座")
PAID_FOR = (r"はらっ|払っ|はらい|払い|ふりこ|振り込|しはらっ|支払っ|もうしこ|申し込|こうにゅう|購入|かっ(?:た|て)|買っ")
WORTHLESS = (r"すかすか|スカスカ|やくにたたな|役に立たな|つかえな|使えな|かせげな|稼げな|かせげね|稼げね|ろくな|ろぐな"
             r"|ちゅうみ|中身|へんきん|返金|かえして|返して|かえせ|返せ|とりもど|取り戻|だまされ|騙され|さぎ|詐欺")


# Fiction for a rule about sums of money: not kana まんが, which a sum reads as (50万が: ごじゅうまんが).
FICTION_NOT_SUMS = FILM + r"|どらま|ドラマ|漫画|(?:げーむ|ゲーム)(?!り|い|た|っ|く)"


def between_people_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("threat_to_life", "police",
             _with(_with(ATTACK, POSTED), TODAY),
             unless=FICTION + r"|にゅーす|ニュース|くんれん|訓練|たいほ|逮捕|つかまった|捕まった|いたずらだった"
             r"|ぼうはん|防犯|きのう|昨日|せんしゅう|先週|きょねん|去年"),
        rule("threat", "stalking",
             _with(THREAT_SAID, DELIVERED) + "|" + _with(NAMES_ON_A_NOTE, r"わいぱー|ワイパー|くるま|車|ふろんとがらす"
                                                         r"|フロントガラス|げんかん|玄関|どあ|ドア|ぽすと|ポスト")
             + "|" + _with(NOT_FORGIVEN, NOTE_PUT_ON_ONE),
             unless=FICTION + r"|ぼうはん|防犯|くんれん|訓練|なふだ|名札|わすれもの|忘れ物|(?:ちゅうしゃ|駐車)いはん"
             r"|違反|ふざい|不在|あてな|宛名|はいたつ|配達|たくはい|宅配" + NOTICE_POSTED),
        rule("stalking", "stalking",
             r"(?:" + TRACKER + r")[^\n]{0,30}?(?:" + TRACKER_FOUND + r")"
             r"|(?:" + UNDER_CAR + r")[^\n]{0,12}?(?:" + UNKNOWN_THING + r")[^\n]{0,10}?(?:" + ATTACHED + r")"
             r"|(?:" + UNKNOWN_THING + r")[^\n]{0,4}?(?:が)?[^\n]{0,6}?(?:" + UNDER_CAR + r")[^\n]{0,4}?(?:" + ATTACHED
             + r")",
             unless=FICTION + r"|かいたい|買いたい|かった|買った|つけたい|付けたい|じぶんで|自分で|こども(?:に|の)"
             r"|子ども(?:に|の)|ぼうはん|防犯|なくしもの|なくし物|失くし|わすれもの|忘れ物|(?:さいふ|財布|かぎ|鍵)に"),
        rule("head_injury", "medical",
             r"(?:" + BLOW + r")[^\n]{0,40}?(?:" + AFTER_A_BLOW + ")",
             unless=FICTION + r"|ゆめ|夢|ぼくしんぐ|ボクシング|からて|空手|じゅうどう|柔道"),
        rule("consumer", "consumer",
             _with(r"(?:" + GET_RICH + r")[^\n]{0,40}?(?:" + PAID_FOR + r")", WORTHLESS),
             unless=FICTION_NOT_SUMS + r"|きをつけ|気をつけ|ないように|こうざ(?:の|を)(?:ひらき|開き|しりたい)"
             r"|しやくしょ|市役所|ぜいきん|税金|かくていしんこく|確定申告"),
    )
