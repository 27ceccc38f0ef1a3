"""The case table of :data:`safety.heard_slips_round51.ROUND51_SLIPS` (blind52's spoken-only errors and round 50's
insect and vehicle words), one :class:`tests.safety.heard_slips_round_cases.SlipRoundCases` of
:data:`tests.safety.heard_slips_round_cases.ROUNDS`: slips put back in other wordings, everyday words left alone,
whole messages the table decides otherwise."""

from __future__ import annotations

from tests.safety.helpers import DAY

ROUND51_PUT_BACK = [
    ("サッカーの試合で戦修が倒れて動かない", "選手が倒れて"),
    ("ゴールした戦修の顔が真っ白", "選手の顔が"),
    ("じいちゃんが倒れた、吸吸症呼んで", "救急車呼んで"),
    ("吸吸症を一台お願いします", "救急車を"),
    ("母の意識な盲料としてる", "意識がもうろうとしてる"),
    ("熱が高くて盲料としてます", "もうろうとしてます"),
    ("天ぷら鍋の油にきついた", "油に火ついた"),
    ("カーテンにきついたって", "かーてんに火ついた"),
    ("転んでひざからちまいっぱい出てる", "血がいっぱい"),
    ("ばっちゃがめえさまさねえ", "目ぇ覚まさねえ"),
    ("じっちゃ、呼んでもめえさましね", "目ぇ覚ましね"),
    ("布団の中で向かでに噛まれた", "むかでに噛まれた"),
    ("畑で向かでさ刺されだ", "むかでさ刺されだ"),
    ("ケートラが田んぼさ落ちた", "軽とらが"),
]

ROUND51_UNCHANGED = [
    "戦修から腰が痛い",
    "戦修の事故の件で電話しました",
    "この靴は足にきついため履けない",
    "あの先生は生徒にきついたとえ話をする",
    "紙をいちまいっぱい使った",
    "駅に向かっています",
    "ねえさまさようなら",
    "呼吸が苦しい",
]

# Whole messages the table changes (each decided otherwise with ROUND51_SLIPS emptied).
ROUND51_DECISIONS = [
    ("部活中に戦修の体が熱くて意識な盲料としてる", "119", DAY),
    ("フライパンの油にきついた、消えない", "119", DAY),
    ("弟が手を切ってちまいっぱい出てる", "119", DAY),
    ("ばあちゃん、薬飲んでから今はめえさまさねえ", "119", DAY),
]
