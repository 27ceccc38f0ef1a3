"""The speaker side of disaster notices (both backends): which speakers a notice is played on, how often and how far
apart, what is logged per speaker, and that an offline speaker does not use up its plays.

The satellite controller is the voice package's; here a recording stand-in of its two calls (``owned`` and
``announce``) stands for it (the database side is real). The real satellites are exercised in tests/voice."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from storage.database import Database
from watch.clock import ManualClock
from watch.notices import create_notice, delivery_log, end_notice
from watch.notices_schemas import NoticeCreate
from watch.notices_speakers import OFFLINE, PLAY_FAILED, SpeakerNoticeFeed
from watch.settings import WatchSettings


@dataclass(frozen=True)
class Speaker:
    id: int
    district: str
    resident_id: int | None = None


@dataclass(frozen=True)
class Result:
    played: Sequence[int]
    failed: Sequence[int]
    offline: Sequence[int]


@dataclass
class Controller:
    speakers: list[Speaker]
    offline: set[int] = field(default_factory=set)
    broken: set[int] = field(default_factory=set)
    calls: list[tuple[str, list[int]]] = field(default_factory=list)

    def owned(self) -> Sequence[Speaker]:
        return self.speakers

    async def announce(self, *, text: str, satellite_ids: Sequence[int]) -> Result:
        self.calls.append((text, list(satellite_ids)))
        ids = list(satellite_ids)
        return Result(played=[i for i in ids if i not in self.offline | self.broken],
                      failed=[i for i in ids if i in self.broken], offline=[i for i in ids if i in self.offline])


def test_played_on_its_districts_speakers_n_times_at_the_interval(db: Database, clock: ManualClock) -> None:
    settings = WatchSettings(_env_file=None, notice_speaker_repeats=2, notice_speaker_interval_s=60)
    controller = Controller([Speaker(1, "古川"), Speaker(2, "古川"), Speaker(3, "鹿島台"), Speaker(4, "古川")],
                            offline={2}, broken={4})
    feed = SpeakerNoticeFeed(db=db, settings=settings, clock=clock, supervisor=controller)
    with db.sessions() as session, session.begin():
        notice = create_notice(session, data=NoticeCreate(
            level="evacuate", title="避難指示", text="高台へ避難してください。", districts=["古川"],
            expires_at=clock.now() + timedelta(hours=1)), created_by="防災課", now=clock.now(), settings=settings)

    asyncio.run(feed())
    assert controller.calls == [("避難指示のお知らせです。避難指示。高台へ避難してください。", [1, 2, 4])]
    clock.advance(seconds=30)  # the offline speaker is tried again, the others wait for the interval
    asyncio.run(feed())
    assert controller.calls[1][1] == [2]
    controller.offline.clear()
    clock.advance(seconds=31)
    asyncio.run(feed())
    assert controller.calls[2][1] == [1, 2, 4]  # the second play of 1 and 4, the first of 2
    clock.advance(seconds=61)
    asyncio.run(feed())
    assert controller.calls[3][1] == [2]  # 1 and 4 had their two tries
    clock.advance(seconds=61)
    asyncio.run(feed())
    assert len(controller.calls) == 4  # every speaker is done

    with db.sessions() as session:
        rows = {r.device_id: r for r in delivery_log(session, notice_id=notice.id, now=clock.now()).rows
                if r.device_kind == "speaker"}
    assert set(rows) == {"1", "2", "4"}  # never the other district's speaker 3
    assert (rows["1"].status, rows["1"].plays, rows["1"].attempts) == ("delivered", 2, 2)
    assert (rows["2"].status, rows["2"].plays, rows["2"].attempts) == ("delivered", 2, 2)
    assert (rows["4"].status, rows["4"].plays, rows["4"].last_error) == ("failed", 0, PLAY_FAILED)


def test_an_ended_notice_stops_and_an_offline_speaker_is_logged(db: Database, clock: ManualClock) -> None:
    settings = WatchSettings(_env_file=None, notice_speaker_repeats=3, notice_speaker_interval_s=60)
    controller = Controller([Speaker(7, "岩出山", resident_id=None)], offline={7})
    feed = SpeakerNoticeFeed(db=db, settings=settings, clock=clock, supervisor=controller)
    with db.sessions() as session, session.begin():
        notice = create_notice(session, data=NoticeCreate(
            level="info", title="給水", text="岩出山支所で給水しています。", all_districts=True,
            expires_at=clock.now() + timedelta(hours=1)), created_by="防災課", now=clock.now(), settings=settings)
    asyncio.run(feed())
    with db.sessions() as session:
        [row] = delivery_log(session, notice_id=notice.id, now=clock.now()).rows
    assert (row.device_kind, row.status, row.attempts, row.last_error) == ("speaker", "failed", 0, OFFLINE)
    with db.sessions() as session, session.begin():
        end_notice(session, notice_id=notice.id, ended_by="防災課", now=clock.now())
    controller.offline.clear()
    clock.advance(seconds=31)
    asyncio.run(feed())
    assert len(controller.calls) == 1  # ended: not played any more
