"""Vosk on other machines: vosk-server URLs used round-robin with failover (the vosk-server protocol)."""

from __future__ import annotations

import itertools
import json
import threading
from typing import Any

import numpy as np
import numpy.typing as npt

from voice.errors import EngineUnavailableError
from voice.stt import Transcript
from voice.stt_vosk import transcript_of


class RemoteVoskStream:
    """One vosk-server connection: config message, binary PCM, ``{"eof": 1}``."""

    def __init__(self, connection: Any, url: str) -> None:
        self._connection = connection
        self.url = url
        self._closed = False

    def _reply(self) -> dict[str, Any]:
        try:
            message = self._connection.recv()
        except Exception as err:  # the websockets library raises several connection errors
            raise EngineUnavailableError(detail=f"vosk-server {self.url} stopped answering: {err!r}") from err
        payload = json.loads(message)
        if not isinstance(payload, dict):
            raise EngineUnavailableError(detail=f"vosk-server {self.url} sent {message!r}")
        if "error" in payload:
            raise EngineUnavailableError(detail=f"vosk-server {self.url} refused: {payload['error']!r}")
        return payload

    def accept(self, pcm: npt.NDArray[np.int16]) -> str | Transcript | None:
        """Send audio, read the one reply vosk-server sends per chunk."""
        try:
            self._connection.send(pcm.astype("<i2").tobytes())
        except Exception as err:
            raise EngineUnavailableError(detail=f"vosk-server {self.url} closed: {err!r}") from err
        reply = self._reply()
        if "partial" in reply:
            return str(reply["partial"]) or None
        return transcript_of(reply)

    def finish(self) -> Transcript:
        """Send eof and read the final result."""
        self._connection.send(json.dumps({"eof": 1}))
        result = transcript_of(self._reply())
        self.close()
        return result

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if not self._closed:
            self._closed = True
            self._connection.close()


class RemoteVoskRecognizer:
    """A pool of vosk-server URLs: each new stream goes to the next one; a dead server is skipped."""

    name = "vosk-remote"
    streaming = True

    def __init__(self, urls: list[str], *, sample_rate_hz: int = 16000, timeout_s: float = 5.0) -> None:
        if not urls:
            raise EngineUnavailableError(detail="no vosk-server URL configured")
        self.urls = list(urls)
        self.sample_rate_hz = sample_rate_hz
        self.timeout_s = timeout_s
        self._next = itertools.cycle(range(len(self.urls)))
        self._lock = threading.Lock()

    def _connect(self, url: str, grammar: list[str] | None) -> RemoteVoskStream:
        from websockets.sync.client import connect

        connection = connect(url, open_timeout=self.timeout_s, close_timeout=self.timeout_s)
        config: dict[str, Any] = {"sample_rate": self.sample_rate_hz, "words": 1}
        if grammar:
            config["phrase_list"] = grammar
        connection.send(json.dumps({"config": config}, ensure_ascii=False))
        return RemoteVoskStream(connection, url)

    def open_stream(self, *, grammar: list[str] | None = None) -> RemoteVoskStream:
        """Connect to the next server that answers (round-robin, failover over all of them)."""
        with self._lock:
            start = next(self._next)
        failures: list[str] = []
        for offset in range(len(self.urls)):
            url = self.urls[(start + offset) % len(self.urls)]
            try:
                return self._connect(url, grammar)
            except (OSError, TimeoutError, Exception) as err:  # connection refused, handshake, timeout
                failures.append(f"{url}: {err!r}")
        raise EngineUnavailableError(detail="no vosk-server reachable: " + "; ".join(failures))

    def transcribe(self, pcm: npt.NDArray[np.int16], *, grammar: list[str] | None = None) -> Transcript:
        """A whole utterance through one server."""
        stream = self.open_stream(grammar=grammar)
        parts: list[Transcript] = []
        try:
            step = self.sample_rate_hz // 5
            for start in range(0, len(pcm), step):
                result = stream.accept(pcm[start : start + step])
                if isinstance(result, Transcript) and result.text:
                    parts.append(result)
            last = stream.finish()
        finally:
            stream.close()
        if last.text:
            parts.append(last)
        return Transcript(" ".join(p.text for p in parts), [w for p in parts for w in p.words])
