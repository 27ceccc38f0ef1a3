"""Check-ins by voice on a real wyoming-satellite 1.0.0 process, with the injected clock and a real database:
the question (chime + TTS) captured from the satellite's speaker at the scheduled time, a spoken 「元気です」
recorded as a fine answer exactly as a tablet answer, silence running the re-ask ladder unchanged (asked again
on the speaker), a spoken 「たすけて」 raising an urgent alert at once, and the answer confirmed aloud."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
from sqlalchemy import select

from storage.database import Database
from tests.voice.satellite_support import (
    NINE,
    SND_RATE_HZ,
    STAFF,
    fast_engines,
    question_bytes,
    running,
    spoken16k,
    spoken_state,
    started_speaker,
    wait_until,
    watch_settings,
)
from tests.watch.helpers import alerts, checkins, outbox, schedule
from voice.audio import resample, to_float, to_pcm16
from voice.engines import VoiceEngines
from voice.judge import reading
from voice.satellite_supervisor import SatelliteSupervisor
from watch.clock import ManualClock
from watch.models import WatchEvent


def test_spoken_fine_answer_is_recorded_like_a_tablet_answer(
    tmp_path: Path, engines: VoiceEngines, db: Database, clock: ManualClock
) -> None:
    satellite, satellite_id = started_speaker(db, tmp_path)
    settings = watch_settings()
    fast = fast_engines(engines)
    expected = question_bytes(engines)

    async def scenario() -> SatelliteSupervisor:
        async with running(SatelliteSupervisor(db=db, engines=fast, watch_settings=settings,
                                               clock=clock)) as supervisor:
            await wait_until(lambda: any(v.online for v in supervisor.owned()), 60, "the satellite connected")
            await asyncio.sleep(1.0)
            assert satellite.played_bytes() == 0  # nothing is due before 09:00
            clock.set(NINE)
            await asyncio.to_thread(schedule, db, settings, clock)
            await wait_until(lambda: satellite.played_bytes() >= expected * 0.9, 60, "the question played")
            await wait_until(lambda: spoken_state(db, satellite_id) == (checkins(db)[0].id, 1), 30, "recorded")
            asked_bytes = satellite.played_bytes()
            await asyncio.sleep(expected / 2 / SND_RATE_HZ + 1.0)  # the person hears the question out first
            satellite.say(spoken16k(engines, "元気です。"))
            await wait_until(lambda: bool(supervisor.answers), 120, "the answer")
            await wait_until(lambda: satellite.played_bytes() > asked_bytes + SND_RATE_HZ, 60, "the confirmation")
        return supervisor

    try:
        supervisor = asyncio.run(asyncio.wait_for(scenario(), timeout=300))
    finally:
        satellite.kill()
    [checkin] = checkins(db)
    assert checkin.status == "answered" and checkin.outcome == "fine", (checkin.status, checkin.outcome)
    assert "元気" in (checkin.answer_text or "")
    assert checkin.delivered_at is not None  # the speaker delivered it: never 未配信
    [answer] = supervisor.answers
    assert answer.outcome == "fine" and answer.checkin_id == checkin.id and answer.mode == "free"
    assert answer.reply.startswith("「元気」とお答えいただきました。")
    assert alerts(db) == []
    with db.sessions() as session:
        kinds = [e.kind for e in session.scalars(select(WatchEvent).where(WatchEvent.checkin_id == checkin.id))]
    assert kinds == ["asked", "delivered", "answer"], kinds
    # The question as captured from the satellite's speaker says what the check-in asks.
    played = np.frombuffer(satellite.speaker.read_bytes(), dtype="<i2").astype(np.int16)
    assert engines.whisper is not None
    question_audio = played[: expected // 2]
    heard = reading(engines.whisper.transcribe(to_pcm16(resample(to_float(question_audio), SND_RATE_HZ,
                                                                  16000))).text)
    assert "タイチョ" in heard and "イカガ" in heard, heard


def test_silence_reasks_on_the_speaker_and_help_alerts_at_once(
    tmp_path: Path, engines: VoiceEngines, db: Database, clock: ManualClock
) -> None:
    satellite, satellite_id = started_speaker(db, tmp_path)
    settings = watch_settings()
    fast = fast_engines(engines)
    expected = question_bytes(engines)

    async def scenario() -> SatelliteSupervisor:
        async with running(SatelliteSupervisor(db=db, engines=fast, watch_settings=settings,
                                               clock=clock)) as supervisor:
            await wait_until(lambda: any(v.online for v in supervisor.owned()), 60, "the satellite connected")
            clock.set(NINE)
            await asyncio.to_thread(schedule, db, settings, clock)
            await wait_until(lambda: satellite.played_bytes() >= expected * 0.9, 60, "the question played")
            await asyncio.sleep(2.0)  # silence: nobody answers
            clock.advance(minutes=settings.reask_minutes)
            await asyncio.to_thread(schedule, db, settings, clock)  # the ladder's first step: ask again
            await wait_until(lambda: satellite.played_bytes() >= expected * 1.9, 60, "the question asked again")
            await wait_until(lambda: spoken_state(db, satellite_id)[1] == 2, 30, "the re-ask recorded")
            await asyncio.sleep(expected / 2 / SND_RATE_HZ + 1.0)  # the person hears the question out first
            satellite.say(spoken16k(engines, "たすけて"))
            await wait_until(lambda: bool(supervisor.answers), 120, "the answer")
        return supervisor

    try:
        supervisor = asyncio.run(asyncio.wait_for(scenario(), timeout=300))
    finally:
        satellite.kill()
    [checkin] = checkins(db)
    assert checkin.ask_count == 2 and checkin.step == 1  # the ladder ran unchanged up to the answer
    assert checkin.outcome == "help"
    [alert] = alerts(db)
    assert alert.priority == "urgent" and alert.reason in ("help", "keyword"), (alert.priority, alert.reason)
    assert any(row.recipient == STAFF for row in outbox(db))  # staff told at once (the outbox sends it)
    [answer] = supervisor.answers
    assert answer.outcome == "help" and "119" in answer.reply
