"""Harm in a family told in words the earlier rules did not read (round 54, helper A111: kinds round 53 left): a
farewell note with the person gone, a neck gripped or a body pinned, and years of beatings left behind.

- ``farewell_note`` (110): a note left behind (書き置き, 置き手紙, 手紙, メモ, a LINE message) whose words take leave
  (探さないで, 迷惑をかけた, 今までありがとう, ごめん, 疲れた) and the writer gone with it (車もない, 出て行った,
  いなくなった, 連絡がつかない): a suicide threat told without the word 遺書 or 死 - the police search now. A note
  telling where one went (買い物に行ってきます) or a story is none.
- ``violence`` (110): a neck gripped or a person pinned to a wall or the floor (首を掴んで, 首根っこ掴まれて,
  壁に押し付けて, 床に押さえつけられて) told as happening - the older violence rule knew 首を絞め and 胸ぐら only.
  Quiet in a massage, a stretch, a sport, a story or with an animal (猫の首根っこを掴んで).

- ``violence`` (110, round 58): the writer struck or pushed, told in the active voice (弟が私を突き飛ばしました,
  おれば殴ってくる): quiet in the same settings.

- ``abuse_left_behind`` (#9110): beatings or violence suffered for years or long ago, the one harmed apart now
  (今は別居, もう家を出た, 離れて暮らして, 離婚して) and asking where to turn (相談, どこに, 話を聞いて): the marker
  :data:`ABUSE_LEFT_BEHIND_EVENT`, with which :func:`safety.detect.find` turns the violence told into the police
  consultation line unless something is happening now (今また来ている is 110).

Tests: tests/safety/test_events_family_harm_signs.py.
"""

from __future__ import annotations

from safety.rule import ANIMAL, FICTION, Rule, rule

# A note left behind, or a last message (書き置き, 置き手紙, 手紙, メモ, 便箋, a LINE or mail).
NOTE = (r"かきおき|書き置き|書置き|おきてがみ|置き手紙|置手紙|てがみ|手紙|めも|メモ|びんせん|便箋|ふうとう|封筒"
        r"|らいん|ライン|LINE|めーる|メール|(?:かいた|書いた|かいて|書いて)(?:ある)?(?:かみ|紙)")
# Words that take leave (探さないで, 迷惑をかけた, 今までありがとう, ごめんなさい, もう疲れた, 先立つ不孝).
LEAVE_TAKING = (r"(?:さが|探|捜)さ(?:ないで|ねえで|ねで|なくて)|めいわく(?:を|ばっかり|ばかり)?(?:かけ|掛け)"
                r"|迷惑(?:を|ばっかり|ばかり)?(?:かけ|掛け)|(?:いままで|今まで)[^\n]{0,4}?(?:ありがと|有難)|(?:さきだつ|先立つ)|ゆるして|許して"
                r"|(?:もう)?(?:つかれ|疲れ)(?:た|ました|ちゃっ)|さようなら|さよなら|おせわになりました|お世話になりました")
# ... and the writer gone (車もない, 車がなくなって, 出て行った, いなくなった, 連絡がつかない, 帰ってこない,
# 電話に出ない).
GONE = (r"(?:くるま|車|けいとら|軽トラ|じてんしゃ|自転車)(?:も|が)?[^\n]{0,4}?(?:ない|なく|ねえ|ありませ)"
        r"|(?:でて|出て)(?:いっ|行っ|った)|いなくなっ|いねぐなっ|いねくなっ|(?:れんらく|連絡)(?:が|も)?(?:つか|とれ|取れ)(?:ない|なく|ず|ねえ)"
        r"|(?:かえって|帰って|もどって|戻って)(?:こない|きません|こねえ)|(?:でんわ|電話)(?:に)?(?:でない|出ない|でね|出ね)"
        r"|(?:へや|部屋|いえ|家)(?:に|さ)?(?:い|お)(?:ない|ねえ|ません)")
FAREWELL_NOTE = (r"(?:" + NOTE + r")[^\n]{0,30}?(?:" + LEAVE_TAKING + r")[^\n]{0,40}?(?:" + GONE + r")"
                 r"|(?:" + LEAVE_TAKING + r")[^\n]{0,20}?(?:" + NOTE + r")[^\n]{0,40}?(?:" + GONE + r")")
# ... not a note that says where one went, one back or found, a story, or a game.
NOT_A_FAREWELL = (FICTION + r"|かいもの|買い物|さんぽ|散歩|しごと|仕事|りょこう|旅行|かえってき|帰ってき"
                  r"|もどってき|戻ってき"
                  r"|みつかっ|見つかっ|ぶじ|無事|じょうだん|冗談|げーむ|ゲーム|ゆめ|夢|いえで|家出ごっこ")
# A neck gripped or a person pinned down (首を掴んで, 首根っこ掴まれ, 壁に押し付けて, 床に押さえつけられて).
# (not the hands at one's own throat, the sign of choking: 両手で首をつかんで, 自分の首を - read by the choking rules)
GRIP = (r"(?<!りょうてで)(?<!両手で)(?<!じぶんの)(?<!自分の)(?:くび|首)(?:ねっこ|根っこ|もと|元)?(?:を|ば|さ)?"
        r"(?:つかん|掴ん|つかま|掴ま|つかみ|掴み|わしづかみ|鷲掴み)"
        r"|(?:かべ|壁|ゆか|床|じめん|地面|たたみ|畳)(?:に|さ)(?:おしつけ|押しつけ|押し付け|おさえつけ|押さえつけ|抑えつけ)")
# round 58 (blind59b): the writer struck or pushed, told in the active voice with the writer as its object (弟が
# 私を突き飛ばしました, おれば殴って, わたしを けった) - the older rules read the passive only (突き飛ばされ, 殴られ).
WRITER_STRUCK = (r"(?:わたし|わたくし|私|あたし|おれ|俺|ぼく|僕|わし)(?:を|ば|のこと(?:を)?)?"
                 r"(?:ぶっ|おもいきり|思い切り)?"
                 r"(?:つきとばし|突き飛ばし|なぐっ|殴っ|なぐり|殴り|けとばし|蹴飛ばし|蹴っ|蹴り|けっ(?=て|た)"
                 r"|けりつけ|蹴りつけ|たたい(?=て|た)|叩い|ひっぱたい|引っぱたい|おしたおし|押し倒し)"
                 r"(?:て(?!くれ|もら|いただ|あげ|ばかり|ばっかり)|た|ま)")
# ... told as happening or done to one (掴んで…いる, 掴まれた, 押し付けてる), not a massage, a sport, a story, an
# animal.
NOT_VIOLENCE = (FICTION + r"|まっさーじ|マッサージ|せいたい|整体|せっこつ|接骨|すとれっち|ストレッチ|ちりょう|治療"
                r"|じゅうどう|柔道"
                r"|れすりんぐ|レスリング|ぷろれす|プロレス|すもう|相撲|けいこ|稽古|しあい|試合|れんしゅう|練習|ごっこ"
                r"|じょうだん|冗談|ふざけ|" + ANIMAL
)

# Beatings or violence suffered (殴られ, 叩かれ, 蹴られ, 暴力, DV) ...
BEATEN = (r"なぐられ|殴られ|たたかれ|叩かれ|けられ(?!な|る|ず|ま)|蹴られ|ぼうりょく|暴力|でぃーぶい|DV|ぎゃくたい|虐待")
# ... and the one harmed apart from it now (今は別居, もう家を出た, 離れて暮らして, 離婚して, 逃げてきて, 実家に戻って).
APART_NOW = (r"(?:いまは|今は|もう|いまでは|今では|げんざい|現在)[^\n]{0,10}?"
             r"(?:べっきょ|別居|はなれて|離れて|りこん|離婚"
             r"|わかれ|別れ|にげ|逃げ|ひっこ|引っ越|(?:いえ|家|うち|じっか|実家)(?:を|から|は)?(?:で|出)(?:た|て|ま)"
             r"|(?:じっか|実家)(?:に|へ|さ)(?:もど|戻|かえ|帰)|ひとりぐらし|一人暮らし|あって(?:い)?(?:ない|ません)"
             r"|会って(?:い)?(?:ない|ません))")
# ... asked about: where to turn (相談, どこに, 窓口, 話を聞いて).
WHERE_TO_TURN = r"そうだん|相談|まどぐち|窓口|どこに|どこへ|どこさ|はなしを(?:きい|聞い)|話を(?:きい|聞い)|しえん|支援"
ABUSE_LEFT_BEHIND = (r"(?<![^\n])(?=[^\n]*?(?:" + WHERE_TO_TURN + r"))[^\n]*?(?:" + BEATEN + r")[^\n]{0,60}?(?:"
                     + APART_NOW + ")")
# The event's name (:func:`safety.detect.find` reads it).
ABUSE_LEFT_BEHIND_EVENT = "abuse_left_behind"


def family_harm_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # 父の部屋に「迷惑かけた、探さないで」ってメモがあって、車もない
        rule("farewell_note", "police", FAREWELL_NOTE, unless=NOT_A_FAREWELL),
        # 元夫が娘の首を掴んで壁に押し付けてる
        rule("violence", "police", GRIP, unless=NOT_VIOLENCE),
        # 息子が酔っぱらって、いま私を突き飛ばしました
        rule("violence", "police", WRITER_STRUCK, unless=NOT_VIOLENCE),
        # 母が父から長いこと叩かれてきたと聞いた。今は別居。どこさ相談すれば
        rule(ABUSE_LEFT_BEHIND_EVENT, "stalking", ABUSE_LEFT_BEHIND, unless=FICTION),
    )
