"""A scream heard that is a television's, a film's or a game's (隣の部屋からテレビの悲鳴が聞こえてドキッとした, 悲鳴が
したと思ったらテレビの音だった; round 57, blind57 kind 10): a sound from a screen, not someone in danger. Closed in
:data:`safety.detect_thing_closures.THING_NOT_PERSON_CLOSURES` - unless a sign of real trouble is told as well (a
stranger, glass breaking, a cry for help, a blow, shouting at someone, a scream that goes on after the set is off)."""

from __future__ import annotations

from safety.vocabulary import compile_folded

_SCREEN = (r"てれび|テレビ|えいが|映画|どらま|ドラマ|げーむ|ゲーム|どうが|動画|ばんぐみ|番組|ほらー|ホラー|ゆーちゅーぶ"
           r"|ユーチューブ|ようつべ")
_SCREAM = r"ひめい|悲鳴|さけびごえ|叫び声|さけぶこえ|叫ぶ声|きゃー|キャー|ぎゃー|ギャー"
# The scream told as the screen's (テレビの悲鳴, 映画の叫び声), or the sound told as the screen's afterwards
# (テレビの音だった, ドラマの声でした, ゲームの音らしい).
_FROM_A_SCREEN = (r"(?:" + _SCREEN + r")(?:の|から)(?:[^\n]{0,6}?)(?:" + _SCREAM + r")"
                  r"|(?:" + _SCREEN + r")(?:の)?(?:おと|音|こえ|声|せりふ|セリフ)"
                  r"(?:だった|でした|だって|だったみたい|らしい"
                  r"|みたい|だと(?:わか|分か)|と(?:わか|分か))")
# Real trouble told beside it: a stranger, breaking glass, a plea, a blow, shouting, a scream still going on with
# the set off.
# (kanji only for 怒鳴る and 殴る: devoiced, どなり is となり, 隣, and なぐ is なく, 泣く)
_REAL_TROUBLE = (r"しらない|知らない|ふしん|不審|あやしい|怪しい|われる|割れる|われた|割れた|たすけて|助けて"
                 r"|なぐられ|殴"
                 r"|けられ|蹴られ|たたかれ|叩かれ|怒鳴|けした|消した|きえて|消えて|とめて|止めて")
# The screen only thought of, the scream real (テレビの悲鳴かと思ったら, テレビかと思ったけど).
_SCREEN_MISTAKEN = (r"(?:" + _SCREEN + r")(?:の(?:おと|音|こえ|声|" + _SCREAM + r"))?(?:か|だ|た)と(?:おも|思)")
SCREEN_SCREAM = compile_folded(
    r"\A(?![\s\S]*?(?:" + _REAL_TROUBLE + "|" + _SCREEN_MISTAKEN + r"))[\s\S]*?(?:" + _FROM_A_SCREEN + r")")
# The events a screen's scream is read as: someone in danger next door, a cry that stopped, violence heard.
SCREEN_SCREAM_CANCELLED: frozenset[str] = frozenset({"intruder", "cry_cut_off", "violence_heard", "danger_word_police"})
