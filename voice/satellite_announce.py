"""Announcements on the satellites one controller process holds (disaster notices).

The API is :meth:`voice.satellite_supervisor.SatelliteSupervisor.announce`::

    result = await supervisor.announce(text="避難指示が出ました。", districts=["古川"])
    result.played, result.failed, result.offline   # satellite ids

It plays only on satellites held by that process; with several controller processes, run the same feed in each
(``VOICE_SATELLITE_FEEDS``: "module:factory" where ``factory(supervisor)`` returns an async callable the
supervisor awaits every poll).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from voice.engines import VoiceEngines
from voice.satellite_link import SatelliteLink
from voice.satellite_speech import chime
from watch.satellite_claims import Claimed


@dataclass
class AnnounceResult:
    """Where an announcement played (satellite ids)."""

    played: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)  # the connection broke while playing
    offline: list[int] = field(default_factory=list)  # held here but not connected


async def announcement_audio(engines: VoiceEngines, *, text: str | None, pcm: bytes | None, rate_hz: int,
                             chime_first: bool) -> tuple[npt.NDArray[np.int16], int]:
    """``text`` rendered by the project's voice, or ``pcm`` (16-bit mono little-endian at ``rate_hz``), after
    the chime: the samples and their rate. ValueError unless exactly one of them is given."""
    if (text is None) == (pcm is None):
        raise ValueError("give exactly one of text or pcm")
    if text is not None:
        rate_hz = engines.tts.sample_rate_hz
        audio = await engines.tts.render(text)
    else:
        audio = np.frombuffer(pcm or b"", dtype="<i2").astype(np.int16)
    if chime_first:
        audio = np.concatenate([chime(rate_hz), audio])
    return audio, rate_hz


async def play_announcement(audio: npt.NDArray[np.int16], *, rate_hz: int, held: Iterable[Claimed],
                            links: Mapping[int, SatelliteLink], districts: Sequence[str] | None = None,
                            resident_id: int | None = None,
                            satellite_ids: Sequence[int] | None = None) -> AnnounceResult:
    """Play ``audio`` on every held satellite that serves ``resident_id``, lies in ``districts`` and is one of
    ``satellite_ids`` (None: no restriction), in parallel."""
    wanted = set(districts) if districts is not None else None
    ids = set(satellite_ids) if satellite_ids is not None else None
    targets = [item for item in held
               if (resident_id is None or item.resident_id == resident_id)
               and (wanted is None or item.district in wanted) and (ids is None or item.id in ids)]
    result = AnnounceResult()
    live = []
    for item in targets:
        link = links.get(item.id)
        if link is None or not link.connected.is_set():
            result.offline.append(item.id)
        else:
            live.append(link)
    started = await asyncio.gather(*(link.play(audio, rate_hz=rate_hz) for link in live))
    for link, first in zip(live, started, strict=True):
        (result.played if first is not None else result.failed).append(link.satellite_id)
    return result
