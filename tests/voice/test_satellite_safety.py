"""A safety confirmation (安否確認) started by staff, asked on a real wyoming-satellite 1.0.0 process with the
injected clock and a real database: the chime and the staff's message in short sentences captured from the
satellite's speaker, a spoken 「私は無事です」 recorded against the campaign exactly as a tablet answer (the campaign's
summary counts it), silence running the campaign's re-ask ladder on the speaker, and a spoken injury 「ガラスで足を
切りました」 (unwell on a daily check-in) raising the urgent alert at once and telling the person that help is
being called (119)."""

from __future__ import annotations

import asyncio
import io
import wave
from datetime import datetime
from pathlib import Path

import numpy as np

from devstack.processes import free_port
from storage.database import Database
from tests.voice.satellite_support import (
    SND_RATE_HZ,
    STAFF,
    RealSatellite,
    fast_engines,
    register,
    spoken16k,
    spoken_state,
    wait_until,
    watch_settings,
)
from tests.watch.helpers import add_resident, alerts, checkins, outbox, schedule
from voice.audio import resample, to_float, to_pcm16
from voice.engines import VoiceEngines
from voice.judge import reading
from voice.satellite_speech import chime
from voice.satellite_supervisor import SatelliteSupervisor
from voice.satellite_watch import SAFETY_HINT, safety_question, short_sentences, spoken_reply
from watch.answers import AnswerResult, reply_for
from watch.classify import classify_text
from watch.clock import TOKYO, ManualClock
from watch.safety import SAFE_REPLY, safety_summary, start_safety_check
from watch.safety_schemas import SafetyStart

MESSAGE = "大雨の避難指示が出ています。ご無事ですか"
TEN = datetime(2025, 6, 2, 10, 0, tzinfo=TOKYO)


def start(db: Database, when: datetime) -> int:
    with db.sessions() as session, session.begin():
        return start_safety_check(session, data=SafetyStart(message=MESSAGE, district="古川"), started_by="職員",
                                  now=when).id


def question_bytes(engines: VoiceEngines) -> int:
    """Bytes the chime and the spoken safety question take on the satellite's speaker (22050 Hz)."""
    with wave.open(io.BytesIO(engines.tts.wav_sync(safety_question(MESSAGE))), "rb") as handle:
        samples = handle.getnframes()
    samples += chime(engines.tts.sample_rate_hz).size
    return int(samples * SND_RATE_HZ / engines.tts.sample_rate_hz) * 2


def heard_on_speaker(engines: VoiceEngines, satellite: RealSatellite, start_byte: int, end_byte: int) -> str:
    played = np.frombuffer(satellite.speaker.read_bytes()[start_byte:end_byte], dtype="<i2").astype(np.int16)
    assert engines.whisper is not None
    return reading(engines.whisper.transcribe(to_pcm16(resample(to_float(played), SND_RATE_HZ, 16000))).text)


def test_a_safety_confirmation_is_asked_on_the_speaker_and_a_safe_answer_counts(
    tmp_path: Path, engines: VoiceEngines, db: Database, clock: ManualClock
) -> None:
    satellite = RealSatellite(tmp_path, free_port())
    satellite.start()
    resident = add_resident(db, checkin_time="18:00")  # only the safety question waits
    satellite_id = register(db, resident, satellite.uri)
    settings = watch_settings()
    fast = fast_engines(engines)
    expected = question_bytes(engines)
    assert safety_question(MESSAGE).split("\n") == ["大雨の避難指示が出ています。", "ご無事ですか。", SAFETY_HINT]

    async def scenario() -> tuple[SatelliteSupervisor, int]:
        supervisor = SatelliteSupervisor(db=db, engines=fast, watch_settings=settings, clock=clock)
        running = asyncio.create_task(supervisor.run())
        try:
            await wait_until(lambda: any(v.online for v in supervisor.owned()), 60, "the satellite connected")
            clock.set(TEN)
            campaign_id = await asyncio.to_thread(start, db, TEN)
            await wait_until(lambda: satellite.played_bytes() >= expected * 0.9, 60, "the question played")
            [checkin] = checkins(db)
            await wait_until(lambda: spoken_state(db, satellite_id) == (checkin.id, 1), 30, "recorded")
            asked_bytes = satellite.played_bytes()
            await asyncio.sleep(expected / 2 / SND_RATE_HZ + 1.0)  # the person hears the question out first
            satellite.say(spoken16k(engines, "私は無事です。"))  # Whisper base hears a bare 無事です as うちです
            await wait_until(lambda: bool(supervisor.answers), 120, "the answer")
            await wait_until(lambda: satellite.played_bytes() > asked_bytes + SND_RATE_HZ, 60, "the confirmation")
        finally:
            supervisor.stop()
            await running
        return supervisor, campaign_id

    try:
        supervisor, campaign_id = asyncio.run(asyncio.wait_for(scenario(), timeout=300))
    finally:
        satellite.kill()
    [checkin] = checkins(db)
    assert checkin.kind == "safety" and checkin.campaign_id == campaign_id, supervisor.answers
    assert checkin.status == "answered" and checkin.outcome == "fine", (checkin.status, checkin.outcome)
    assert "無事" in (checkin.answer_text or "") and checkin.delivered_at is not None
    [answer] = supervisor.answers
    assert answer.checkin_id == checkin.id and answer.outcome == "fine"
    assert answer.reply == "「無事」とお答えいただきました。" + SAFE_REPLY
    assert alerts(db) == []
    with db.sessions() as session:
        summary = safety_summary(session, campaign_id=campaign_id)
    assert (summary.safe, summary.needs_help, summary.not_answered) == (1, 0, 0)
    # What the speaker said: the chime, then the staff's message and how to answer.
    chime_bytes = int(chime(engines.tts.sample_rate_hz).size * SND_RATE_HZ / engines.tts.sample_rate_hz) * 2
    head = np.frombuffer(satellite.speaker.read_bytes()[:chime_bytes], dtype="<i2")
    assert np.abs(head.astype(np.int32)).max() > 3000  # the chime comes first
    heard = heard_on_speaker(engines, satellite, chime_bytes, expected)
    assert "ヒナンシジ" in heard and "タスケテ" in heard, heard  # Whisper base hears ご無事 as ゴジ


def test_silence_reasks_the_safety_question_and_an_injury_alerts_at_once(
    tmp_path: Path, engines: VoiceEngines, db: Database, clock: ManualClock
) -> None:
    satellite = RealSatellite(tmp_path, free_port())
    satellite.start()
    resident = add_resident(db, checkin_time="18:00")  # only the safety question waits
    satellite_id = register(db, resident, satellite.uri)
    settings = watch_settings()
    fast = fast_engines(engines)
    expected = question_bytes(engines)

    async def scenario() -> tuple[SatelliteSupervisor, int]:
        supervisor = SatelliteSupervisor(db=db, engines=fast, watch_settings=settings, clock=clock)
        running = asyncio.create_task(supervisor.run())
        try:
            await wait_until(lambda: any(v.online for v in supervisor.owned()), 60, "the satellite connected")
            clock.set(TEN)
            campaign_id = await asyncio.to_thread(start, db, TEN)
            await wait_until(lambda: satellite.played_bytes() >= expected * 0.9, 60, "the question played")
            await asyncio.sleep(2.0)  # silence: nobody answers
            clock.advance(minutes=settings.reask_minutes)
            await asyncio.to_thread(schedule, db, settings, clock)  # the campaign's ladder: ask again
            await wait_until(lambda: satellite.played_bytes() >= expected * 1.9, 60, "the question asked again")
            await wait_until(lambda: spoken_state(db, satellite_id)[1] == 2, 30, "the re-ask recorded")
            await asyncio.sleep(expected / 2 / SND_RATE_HZ + 1.0)
            satellite.say(spoken16k(engines, "ガラスで足を切りました。"))  # Whisper base hears けが as 毛が
            await wait_until(lambda: bool(supervisor.answers), 120, "the answer")
        finally:
            supervisor.stop()
            await running
        return supervisor, campaign_id

    try:
        supervisor, campaign_id = asyncio.run(asyncio.wait_for(scenario(), timeout=300))
    finally:
        satellite.kill()
    [checkin] = checkins(db)
    assert checkin.kind == "safety" and checkin.ask_count == 2 and checkin.step == 1, supervisor.answers
    assert checkin.outcome == "help"
    [alert] = alerts(db)
    assert alert.priority == "urgent" and alert.resident_id == resident
    assert any(row.recipient == STAFF for row in outbox(db))  # staff told at once
    [answer] = supervisor.answers
    assert answer.outcome == "help" and "119" in answer.reply and "連絡しました" in answer.reply
    assert "ボタン" not in answer.reply  # a speaker has none
    with db.sessions() as session:
        summary = safety_summary(session, campaign_id=campaign_id)
    assert (summary.safe, summary.needs_help, summary.not_answered) == (0, 1, 0)
    assert [p.resident_id for p in summary.needs_help_list] == [resident]


def test_a_long_message_is_said_in_short_pieces() -> None:
    said = short_sentences("大雨による避難指示が古川地区と三本木地区に出ていますので、安全な場所にいるかどうか、"
                           "教えてください！「すぐ逃げて。」と言われたら逃げてください")
    assert said == ["大雨による避難指示が古川地区と三本木地区に出ていますので、",
                    "安全な場所にいるかどうか、教えてください！", "「すぐ逃げて。」と言われたら逃げてください。"]
    assert all(len(piece) <= 30 for piece in said[1:])


def test_an_emergency_reply_on_a_speaker_is_the_spoken_advice_without_buttons() -> None:
    classification = asyncio.run(classify_text("たすけて", None, min_confidence=0.6))
    assert classification.safety_message is not None
    said = spoken_reply(AnswerResult("help", 1, reply_for(classification)), classification, "たすけて")
    assert said.startswith(classification.safety_message.speech) and "ボタン" not in said and "119番" in said
    assert "とお答えいただきました" not in said
