"""Announcement audio (the voice's rendering or given PCM, after the chime) and which held satellites an
announcement targets; playing on a real satellite is tested with the notice feed
(tests/watch/test_notices_satellites.py)."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from voice.engines import VoiceEngines
from voice.satellite_announce import announcement_audio, play_announcement
from voice.satellite_link import SatelliteLink
from voice.satellite_speech import chime
from watch.satellite_claims import Claimed

PCM_RATE_HZ = 16000


def test_given_pcm_plays_after_the_chime_at_its_own_rate(engines: VoiceEngines) -> None:
    samples = (np.arange(PCM_RATE_HZ // 10) % 200 - 100).astype(np.int16)
    audio, rate_hz = asyncio.run(announcement_audio(engines, text=None, pcm=samples.astype("<i2").tobytes(),
                                                    rate_hz=PCM_RATE_HZ, chime_first=True))
    bell = chime(PCM_RATE_HZ)
    assert rate_hz == PCM_RATE_HZ
    assert np.array_equal(audio, np.concatenate([bell, samples]))
    bare, _ = asyncio.run(announcement_audio(engines, text=None, pcm=samples.tobytes(), rate_hz=PCM_RATE_HZ,
                                             chime_first=False))
    assert np.array_equal(bare, samples)


def test_text_is_rendered_by_the_voice_at_its_rate(engines: VoiceEngines) -> None:
    audio, rate_hz = asyncio.run(announcement_audio(engines, text="避難訓練を行います。", pcm=None, rate_hz=PCM_RATE_HZ,
                                                    chime_first=True))
    assert rate_hz == engines.tts.sample_rate_hz
    bell = chime(rate_hz)
    assert audio.size > bell.size + rate_hz // 2  # the chime, then at least half a second of speech
    assert np.array_equal(audio[:bell.size], bell)
    assert np.abs(audio[bell.size:]).max() > 1000  # spoken, not silence


@pytest.mark.parametrize(("text", "pcm"), [(None, None), ("お知らせです。", b"\0\0")])
def test_exactly_one_of_text_and_pcm(engines: VoiceEngines, text: str | None, pcm: bytes | None) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        asyncio.run(announcement_audio(engines, text=text, pcm=pcm, rate_hz=PCM_RATE_HZ, chime_first=True))


def test_targets_are_the_held_satellites_matching_every_filter(engines: VoiceEngines) -> None:
    uri = "tcp://127.0.0.1:9"
    held = [Claimed(1, uri, 10, "古川", None, 0), Claimed(2, uri, 11, "古川", None, 0),
            Claimed(3, uri, 12, "鳴子", None, 0), Claimed(4, uri, None, "古川", None, 0)]

    async def nothing(*_: object) -> None:
        return None

    audio = chime(PCM_RATE_HZ)

    async def offline(districts: list[str] | None = None, resident_id: int | None = None,
                      satellite_ids: list[int] | None = None) -> list[int]:
        # Links that are not connected (never started): each target is reported offline, nothing is played.
        links = {item.id: SatelliteLink(item.id, item.uri, settings=engines.settings, on_utterance=nothing)
                 for item in held if item.id != 4}  # 4: held, but its link is not open yet
        result = await play_announcement(audio, rate_hz=PCM_RATE_HZ, held=held, links=links, districts=districts,
                                         resident_id=resident_id, satellite_ids=satellite_ids)
        assert result.played == [] and result.failed == []
        return result.offline

    assert asyncio.run(offline()) == [1, 2, 3, 4]
    assert asyncio.run(offline(districts=["古川"])) == [1, 2, 4]
    assert asyncio.run(offline(districts=[])) == []
    assert asyncio.run(offline(resident_id=11)) == [2]
    assert asyncio.run(offline(districts=["鳴子"], resident_id=11)) == []
    assert asyncio.run(offline(satellite_ids=[3, 4, 99])) == [3, 4]
    assert asyncio.run(offline(districts=["古川"], satellite_ids=[1, 3])) == [1]
