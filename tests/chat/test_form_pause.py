"""chat.form_pause: reading the tracker and the events that stop a form (pure parts)."""

from __future__ import annotations

from chat.form_pause import active_form_of, last_bot_message, stop_form_events


def test_active_form_is_read_from_the_tracker() -> None:
    assert active_form_of({"active_loop": {"name": "report_problem_form"}}) == "report_problem_form"
    assert active_form_of({"active_loop": {}}) is None
    assert active_form_of({}) is None


def test_the_last_bot_question_is_shown_again_with_its_buttons() -> None:
    tracker = {"events": [
        {"event": "bot", "text": "どのような状態か教えてください。"},
        {"event": "user", "text": "穴"},
        {"event": "bot", "text": "送信してよろしいですか?",
         "data": {"buttons": [{"title": "はい", "payload": "/affirm"}]}},
        {"event": "action", "name": "action_listen"},
    ]}
    assert last_bot_message(tracker) == {"text": "送信してよろしいですか?",
                                         "buttons": [{"title": "はい", "payload": "/affirm"}], "custom": None}
    assert last_bot_message({"events": []}) is None


def test_stopping_ends_the_loop_and_clears_the_report() -> None:
    events = stop_form_events()
    assert events[0] == {"event": "active_loop", "name": None}
    assert {"event": "slot", "name": "requested_slot", "value": None} in events
    assert {e["name"] for e in events[1:]} >= {"report_what", "report_where", "report_photo_url", "report_confirmed"}
