"""A dialysis session missed (round 53, helper A107: a kind round 52 left). Told as forgotten, skipped or prevented
(透析の日を忘れていた, 雪で一回休んだ, 寝坊してさぼった), even with "I feel fine": a question for the advice line
(#7119; the night line for a child), not none - the body's water and potassium build up without signs at first. The
grave signs told beside it (息苦しい, 意識がはっきりしない) keep their own 119 through the body rules.

Quiet: a session moved or booked (予約を変えたい), a question of where to have dialysis when fleeing (the disaster
page), a session missed that was made up (振替で受けた). Tests: tests/safety/test_events_dialysis_missed_signs.py.
"""

from __future__ import annotations

from safety.rule import FICTION, Rule, rule

DIALYSIS = r"とうせき|透析"
# Missed: forgotten, skipped, not gone, could not have it (忘れて, 休んだ, さぼった, 行かなかった, 受けられなかった).
MISSED = (r"(?:わすれ|忘れ)(?:て|た|ちゃ|ちま|てお|まし)"
          r"|(?:やすん|休ん)(?:だ|で)|(?:やすみ|休み)(?:まし|ました)|さぼ|サボ|すっぽか|とばし|飛ばし"
          r"|(?:いか|行か|いが|行が)(?:なかっ|ねがっ|ずに|ず(?![ぁ-ゖ]))|いきませんでし|行きませんでし"
          r"|(?:いけ|行け|いげ|行げ)(?:なかっ|ねがっ|ませんでし)"
          r"|(?:うけ|受け)(?:られ|れ)(?:なかっ|ませんでし|ねがっ)|(?:うけ|受け)(?:そこね|損ね|ずに)")
# Moved, booked or made up: no session missed (予約を変えたい, 振替で受けた), or asked while fleeing (the disaster
# page).
NOT_MISSED = (r"よやく|予約|へんこう|変更|ふりかえ|振替|振り替え|うけなおし|受け直し|ひなん|避難|"
              + FICTION)


def dialysis_missed_sign_rules() -> tuple[Rule, ...]:
    """The rules of this module, in the order they are applied."""
    return (
        # a session missed, either order within a sentence or two (透析の日を忘れて行きませんでした; 病院に行く日を
        # 忘れておりました。透析の日でした)
        rule("dialysis_missed", "symptom",
             r"(?:" + DIALYSIS + r")[^\n]{0,20}?(?:" + MISSED + r")"
             r"|(?:" + MISSED + r")[^\n]{0,20}?(?:" + DIALYSIS + ")",
             unless=NOT_MISSED),
    )
