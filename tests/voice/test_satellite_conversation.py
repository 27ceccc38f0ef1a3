"""A spoken question on a real wyoming-satellite 1.0.0 held by the supervisor (not the bare controller): the real
chat service over the real search (Rasa down: the search answers) and the reply played back on the speaker."""

from __future__ import annotations

import asyncio
from pathlib import Path

from chat.bot_client import BotClient
from chat.service import ChatService
from chat.settings import ChatSettings
from core.rasa import RasaSettings
from devstack.processes import free_port
from knowledge.search import Searcher
from storage.database import open_database
from tests.voice.satellite_support import SND_RATE_HZ, RealSatellite, fast_engines, running, spoken16k, wait_until
from voice.engines import VoiceEngines
from voice.judge import reading
from voice.satellite_supervisor import SatelliteSupervisor
from voice.wyoming_conversation import ServiceConversation
from watch.clock import SystemClock
from watch.satellite_registry import add_satellite
from watch.satellite_schemas import SatelliteCreate
from watch.settings import WatchSettings


def test_a_spoken_question_is_answered_on_a_held_speaker(tmp_path: Path, engines: VoiceEngines,
                                                          searcher: Searcher) -> None:
    satellite = RealSatellite(tmp_path, free_port())
    satellite.start()
    db = open_database(url=f"sqlite:///{tmp_path / 'speaker.db'}")
    with db.sessions() as session, session.begin():
        add_satellite(session, data=SatelliteCreate(uri=satellite.uri, district="古川", label="集会所"), by="test")
    chat_settings = ChatSettings(rasa_timeout_s=1.0)
    bot = BotClient(RasaSettings(url=f"http://127.0.0.1:{free_port()}"), chat_settings)
    conversation = ServiceConversation(ChatService(bot=bot, settings=chat_settings, search=lambda: searcher))

    async def scenario() -> SatelliteSupervisor:
        async with running(SatelliteSupervisor(db=db, engines=fast_engines(engines), watch_settings=WatchSettings(
                _env_file=None), clock=SystemClock(), conversation=conversation)) as supervisor:
            await wait_until(lambda: any(v.online for v in supervisor.owned()), 60, "the satellite connected")
            satellite.say(spoken16k(engines, "燃やせるごみの収集日はいつですか。"))
            await wait_until(lambda: bool(supervisor.turns), 180, "the reply")
            expected = int(supervisor.turns[0].reply_duration_s * SND_RATE_HZ * 2 * 0.9)
            await wait_until(lambda: satellite.played_bytes() >= expected, 60, "the reply played")
        return supervisor

    try:
        supervisor = asyncio.run(asyncio.wait_for(scenario(), timeout=400))
    finally:
        satellite.kill()
        db.close()
    [turn] = supervisor.turns
    assert "モヤセル" in reading(turn.heard), turn.heard
    assert "週2回収集" in turn.answer
    assert turn.reply_latency_s > 0 and supervisor.timings[0].stt_s >= 0
