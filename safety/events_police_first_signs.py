"""Police-first situations: a person held by another, or a person in a train's path, told in words that the body
rules also read (閉じ込められて, 動かない) - the police come first, the ambulance with them (round 46, helper A79:
wide48b's wrong numbers and a missed emergency).

Each rule reads one situation *kind* over its parts, not a set phrase (tests in
tests/safety/test_events_police_first_signs.py hold tellings written for this module, in several styles):

- 110: a person held by another who will not let them go (出してもらえない, 帰してくれない, 降ろしてもらえない,
  夫に閉じ込められて, 監禁されて), or a secret note or message asking for help from someone shut in (助けて
  閉じ込められてるって書いたメモ) - a confinement by a person is a crime going on, not a rescue from a lift;
- 110: a person sitting or crouching on the railway tracks (線路の上に座り込んで, 踏切の先の線路にしゃがみこんで) -
  someone must stop the trains; a person told lying or collapsed there keeps the body rules' 119.

Their events are in :data:`POLICE_FIRST_EVENTS`, which :mod:`safety.decide` treats as it treats an assault still
going on: the police line even when a body word (動かない, 閉じ込められて) is read beside it.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, in_either_order, on_its_line_with, rule

# A negative of "let go" (もらえない, くれない, もらえねえ, くれません, もらえず).
NOT_LET = r"(?:もらえ|くれ)(?:ない|なく|ねえ|ねー|ね(?![ぁ-ゖ])|ません|ず|ん(?![ぁ-ゖ]))"
# Someone will not let the person out, home or out of the car (外に出してもらえない, 家に帰してくれない, 車から
# 降ろしてもらえない, 帰らせてくれない). Kana だして / かえして and 出して only after a place's particle or a passive
# (部屋からだして, 連れてこられてかえして): not 車を出して (drive me), お金をかえして (pay back), 本を返して.
NOT_LET_GO = (r"(?:(?:(?:から|に|へ|さ)(?:は|も)?|(?:られ|らっ|れ)(?:て|で))(?:だして|出して|かえして|かえらせて)"
              r"|帰して|帰らせて|おろして|降ろして|おろさせて|降ろさせて)" + NOT_LET)
# ... or the way out stood in or blocked by the holder (戸の前に立って、出してくれない, 出口をふさいで帰してくれない;
# round 58, wide60's customer holding a shop's staff in its back office).
DOOR_BLOCKED = (r"(?:(?<![ぁ-ゖ])と|戸|どあ|ドア|とびら|扉|でぐち|出口|いりぐち|入口)"
                r"(?:の(?:まえ|前)(?:に|さ|で)|を|に)"
                r"[^\n]{0,8}?(?:たって|立って|たちふさが|立ち塞が|ふさいで|塞いで|ふさが|塞が)[^\n]{0,6}?"
                r"(?:だして|出して|かえして|帰して|とおして|通して)" + NOT_LET)
# ... said of a place or a vehicle the person is in (部屋から, 外に, 家に, 車から, 車の中) or of a person taken
# (連れてこられて, 乗せられて, 連れ込まれて).
HELD_WHERE = (r"そと|外|へや|部屋|いえ|家|うち|くるま|車|しゃない|車内|なか|中|あぱーと|アパート|ほてる|ホテル"
              r"|つれて(?:こ|い)られ|連れて(?:こ|い)られ|つれこまれ|連れ込まれ|のせられ|乗せられ|のせらっ|乗せらっ"
              r"|つれさら|連れ去ら")
# Confined by a person (夫に閉じ込められて, 男に監禁されて) or a confinement word of its own (監禁, 軟禁).
CONFINED_BY = (r"(?:おっと|夫|だんな|旦那|かれし|彼氏|おとこ|男|ちち|父|おや|親|しらないひと|知らない人|だれか|誰か)"
               r"(?:の(?:ひと|人))?(?:に|から)[^\n]{0,6}?(?:とじこめ|閉じ込め|とじこま|閉じ込ま)"
               r"|かんきん|監禁|なんきん(?!じょう|錠)|軟禁")
# A plea for help passed secretly in writing (メモ, 紙切れ, 手紙, a message) by someone shut in.
WRITTEN_PLEA = r"めも|メモ|かみきれ|紙切れ|かみ|紙|てがみ|手紙|かいた|書いた|かいて|書いて|めっせーじ|メッセージ"
PLEA = r"たすけて|助けて"
SHUT_IN = r"とじこめ|閉じ込め|とじこま|閉じ込ま|(?:でられ|出られ|でれ|出れ)(?:ない|ねえ|ません)"
# The holder's own condition, told or quoted (払うまで帰さない, 金払わねえと帰さねえ, はらうまで おろさないと):
# with the person shut in or unable to leave beside it, a confinement by a person (round 53: a bar's back room,
# 119 "trapped" for 110).
HOLDER_REFUSES = (r"(?:まで(?:は)?|(?:ない|ねえ|ねー|ん)(?:と|なら)|なきゃ|なければ)(?:ぜったい|絶対)?"
                  r"(?:かえさ|帰さ|ださ|出さ|にがさ|逃がさ|おろさ|降ろさ|かえらせ|帰らせ)"
                  r"(?:ない|ねえ|ねー|ねぇ|ん(?![ぁ-ゖ])|ません)")
# Not a person held: money not paid out (お金を出してもらえない, おろしてもらえない at a bank), papers or medicine not
# given, work that keeps one late, a lift or a toilet that jammed, a hospital that will not discharge.
NOT_HELD = (FICTION + r"|おかね|お金|げんきん|現金|よきん|預金|こうざ|口座|ぎんこう|銀行|しょるい|書類"
            r"|くすり|薬|しょほう|処方|かいしゃ|会社|しごと|仕事|ざんぎょう|残業|ばいと|バイト|えれべーたー|エレベーター"
            r"|たいいん|退院|びょういん|病院|しせつ|施設|ないように|きをつけ|気をつけ|きのう|昨日|せんじつ|先日")

# The railway tracks (線路の上に, 踏切の先の線路に, 線路さ) ...
TRACKS = (r"(?:せんろ|線路|きどう|軌道)(?:の)?(?:うえ|上|なか|中|まんなか|真ん中)?(?:に|で|を|さ)")
# ... a person sitting, crouching or standing still there (座り込んで, しゃがみこんで, 座って, 立ったまま).
SITTING = (r"すわりこ|座り込|すわって|座って|すわっ|座っ|しゃがみ|しゃがん|たちどま|立ち止ま|たったまま|立ったまま"
           r"|たちつく|立ち尽く")


def police_first_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        rule("held_against_will", "police",
             on_its_line_with(NOT_LET_GO, HELD_WHERE) + "|" + CONFINED_BY + "|" + DOOR_BLOCKED
             + "|" + on_its_line_with(in_either_order(PLEA, SHUT_IN, gap=16), WRITTEN_PLEA),
             unless=NOT_HELD),
        # a holder's condition beside a confinement (払わないと帰さないって店の奥に閉じ込められてる): money is what
        # the holder wants here, so NOT_HELD's money words do not silence it
        rule("held_against_will", "police",
             in_either_order(HOLDER_REFUSES, SHUT_IN, gap=30),
             # (not a lift, a feeling, nor a child kept in until the homework is done)
             unless=FICTION + r"|えれべーたー|エレベーター|(?:よう|みたい)な(?:きぶん|気分|かんじ|感じ)"
                    r"|しゅくだい|宿題|べんきょう|勉強|おしおき|お仕置き|はんせい|反省"),
        rule("sitting_on_the_tracks", "police",
             r"(?:" + TRACKS + r")[^\n]{0,12}?(?:" + SITTING + ")",
             unless=FICTION + r"|ないように|きをつけ|気をつけ|きのう|昨日|せんじつ|先日|だめ|ダメ|いけない|いけません"),
    )


# The events of this module that send to the police first, whatever body word is read beside them.
POLICE_FIRST_EVENTS = frozenset({"held_against_will", "sitting_on_the_tracks"})
