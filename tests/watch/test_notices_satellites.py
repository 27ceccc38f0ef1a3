"""Disaster notices on real speakers: two wyoming-satellite 1.0.0 processes (file speakers) in two districts, the
voice controller (SatelliteSupervisor) with the notice feed loaded by name as in production
(``VOICE_SATELLITE_FEEDS='["watch.notices_speakers:feed"]'``) and a real database (SQLite and PostgreSQL). A notice
for one district is played on that district's speaker, ``WATCH_NOTICE_SPEAKER_REPEATS`` times, and never on the
other district's; each play is logged per speaker."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest

from devstack.processes import free_port
from storage.database import Database
from tests.voice.conftest import engines, voice_settings  # noqa: F401  (the voice suite's real engines)
from tests.voice.satellite_support import SND_RATE_HZ, RealSatellite, fast_engines, wait_until
from tests.watch.helpers import add_resident
from voice.engines import VoiceEngines
from voice.satellite_speech import chime
from voice.satellite_supervisor import SatelliteSupervisor, load_feeds
from watch.clock import ManualClock
from watch.notices import create_notice, delivery_log, spoken_text
from watch.notices_schemas import NoticeCreate
from watch.satellite_registry import add_satellite, list_satellites
from watch.satellite_schemas import SatelliteCreate
from watch.settings import WatchSettings

pytestmark = pytest.mark.slow

REPEATS = 2
INTERVAL_S = 20.0
SPOKEN = "避難指示のお知らせです。避難指示。古川の方は高台へ避難してください。"


def speaker_for(db: Database, district: str, satellite: RealSatellite) -> int:
    resident = add_resident(db, name=f"{district} 一郎", name_kana=f"{district}いちろう", district=district)
    with db.sessions() as session, session.begin():
        return add_satellite(session, data=SatelliteCreate(uri=satellite.uri, resident_id=resident), by="test").id


def test_notice_plays_on_its_districts_speaker_n_times_and_not_on_the_other(
        tmp_path: Path, engines: VoiceEngines, db: Database, clock: ManualClock) -> None:  # noqa: F811
    here, there = RealSatellite(tmp_path / "here", free_port()), RealSatellite(tmp_path / "there", free_port())
    for satellite in (here, there):
        satellite.folder.mkdir()
        satellite.start()
    here_id, there_id = speaker_for(db, "古川", here), speaker_for(db, "鹿島台", there)
    settings = WatchSettings(_env_file=None, notice_speaker_repeats=REPEATS, notice_speaker_interval_s=INTERVAL_S)
    data = NoticeCreate(level="evacuate", title="避難指示", text="古川の方は高台へ避難してください。",
                        districts=["古川"], expires_at=clock.now() + timedelta(hours=1))
    tts = engines.tts
    one_play = (chime(tts.sample_rate_hz).size + tts.render_sync(SPOKEN).size) * SND_RATE_HZ // tts.sample_rate_hz * 2
    notice_ids: list[int] = []

    def online() -> bool:
        with db.sessions() as session:
            return all(s.online for s in list_satellites(session, now=clock.now()))

    async def scenario() -> None:
        supervisor = SatelliteSupervisor(db=db, engines=fast_engines(engines), watch_settings=settings, clock=clock)
        supervisor.feeds = load_feeds(["watch.notices_speakers:feed"], supervisor)
        running = asyncio.create_task(supervisor.run())
        try:
            await wait_until(online, 60, "both speakers online")
            with db.sessions() as session, session.begin():
                notice = create_notice(session, data=data, created_by="防災課", now=clock.now(), settings=settings)
            assert spoken_text(notice) == SPOKEN
            notice_ids.append(notice.id)
            await wait_until(lambda: here.played_bytes() >= one_play * 0.9, 60, "the first play")
            await asyncio.sleep(2.0)  # several polls: not played again before the interval
            assert here.played_bytes() < one_play * 1.5
            clock.advance(seconds=INTERVAL_S + 1)
            await wait_until(lambda: here.played_bytes() >= one_play * 1.9, 60, "the second play")
            clock.advance(seconds=INTERVAL_S + 1)
            await asyncio.sleep(2.0)  # played REPEATS times: no third play
        finally:
            supervisor.stop()
            await running

    try:
        asyncio.run(asyncio.wait_for(scenario(), timeout=300))
    finally:
        here.kill()
        there.kill()
    assert here.played_bytes() < one_play * 2.5
    assert there.played_bytes() == 0  # the other district's speaker never played it
    with db.sessions() as session:
        rows = delivery_log(session, notice_id=notice_ids[0], now=clock.now()).rows
    speakers = {r.device_id: r for r in rows if r.device_kind == "speaker"}
    assert set(speakers) == {str(here_id)} and str(there_id) not in speakers
    assert (speakers[str(here_id)].status, speakers[str(here_id)].plays) == ("delivered", REPEATS)

