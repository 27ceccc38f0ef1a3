// Shared browser side of the voice package (tablet page and chat page): microphone -> AudioWorklet (16 kHz
// 16-bit PCM) -> WS /voice/session, reply audio played with an AudioContext, barge-in stops playback, and
// speak(text) through POST /api/voice/speak. Events follow voice/protocol.py
// (docs/protocols/voice-session.schema.json). Exposed as window.OsakiVoice; no dependencies, no inline script.
"use strict";
(() => {
  const WORKLET_URL = "/voice/static/pcm-worklet.js";
  const PCM_RATE_HZ = 16000;
  const MODEL_MISSING = "voice_model_missing";
  let context = null;
  let captureContext = null;
  const stats = { audioStarts: 0, chunksPlayed: 0, spoken: 0, lastSpoken: "" };  // observed by tests

  function audioContext() {
    if (!context) context = new (window.AudioContext || window.webkitAudioContext)();
    if (context.state === "suspended") context.resume().catch(() => {});
    return context;
  }

  // The microphone goes through its own context at 16 kHz when the browser allows it (its resampler filters
  // properly); the worklet converts whatever rate it gets.
  function microphoneContext() {
    if (!captureContext) {
      try {
        captureContext = new AudioContext({ sampleRate: PCM_RATE_HZ });
      } catch (err) {
        captureContext = audioContext();
      }
    }
    if (captureContext.state === "suspended") captureContext.resume().catch(() => {});
    return captureContext;
  }

  function supported() {
    return Boolean(window.AudioContext && window.AudioWorkletNode && window.WebSocket &&
      navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
  }

  // Plays queued PCM / decoded audio back to back; stop() drops everything buffered (barge-in).
  class Player {
    constructor() {
      this.sources = new Set();
      this.nextTime = 0;
      this.rate = PCM_RATE_HZ;
    }

    get playing() {
      return this.sources.size > 0;
    }

    begin(rate) {
      this.rate = rate || PCM_RATE_HZ;
      stats.audioStarts += 1;
    }

    schedule(buffer) {
      const ctx = audioContext();
      const source = ctx.createBufferSource();
      source.buffer = buffer;
      source.connect(ctx.destination);
      const at = Math.max(ctx.currentTime + 0.05, this.nextTime);
      this.nextTime = at + buffer.duration;
      this.sources.add(source);
      return new Promise((resolve) => {
        source.onended = () => {
          this.sources.delete(source);
          resolve();
        };
        source.start(at);
      });
    }

    pcmChunk(base64) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const pcm = new Int16Array(bytes.buffer, 0, Math.floor(bytes.length / 2));
      if (!pcm.length) return Promise.resolve();
      const buffer = audioContext().createBuffer(1, pcm.length, this.rate);
      const channel = buffer.getChannelData(0);
      for (let i = 0; i < pcm.length; i += 1) channel[i] = pcm[i] / 0x8000;
      stats.chunksPlayed += 1;
      return this.schedule(buffer);
    }

    stop() {
      this.sources.forEach((source) => {
        source.onended = null;
        try {
          source.stop();
        } catch (err) {
          /* not started yet */
        }
      });
      this.sources.clear();
      this.nextTime = 0;
    }
  }

  const player = new Player();

  // Read text aloud with the server's Japanese voice; resolves when it has been played (false on failure).
  async function speak(text) {
    player.stop();
    try {
      const response = await fetch("/api/voice/speak", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text }),
      });
      if (!response.ok) return false;
      const buffer = await audioContext().decodeAudioData(await response.arrayBuffer());
      stats.spoken += 1;
      stats.lastSpoken = text;
      await player.schedule(buffer);
      return true;
    } catch (err) {
      return false;
    }
  }

  // One microphone conversation over WS /voice/session. options: mode ("free" | "grammar"), channel,
  // sessionId, speak (reply audio), onEvent(event), onState("connecting" | "listening" | "closed" | "denied").
  // Grammar mode falls back to free mode when the server has no Vosk model (voice_model_missing).
  class VoiceSession {
    constructor(options) {
      this.options = Object.assign({ mode: "free", channel: "voice", speak: true }, options);
      this.mode = this.options.mode;
      this.socket = null;
      this.stream = null;
      this.nodes = [];
      this.stopped = false;
      this.sessionId = this.options.sessionId || null;
    }

    state(name, detail) {
      if (this.options.onState) this.options.onState(name, detail);
    }

    async start() {
      this.state("connecting");
      try {
        this.stream = await navigator.mediaDevices.getUserMedia({
          audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true, channelCount: 1 },
        });
      } catch (err) {
        this.state("denied");
        return false;
      }
      const ctx = microphoneContext();
      await ctx.audioWorklet.addModule(WORKLET_URL);
      const source = ctx.createMediaStreamSource(this.stream);
      const node = new AudioWorkletNode(ctx, "pcm-downsampler");
      const mute = ctx.createGain();
      mute.gain.value = 0;  // keeps the worklet in the rendered graph without playing the microphone
      node.port.onmessage = (event) => this.audio(event.data);
      source.connect(node);
      node.connect(mute);
      mute.connect(ctx.destination);
      this.nodes = [source, node, mute];
      this.open();
      return true;
    }

    audio(buffer) {
      if (this.socket && this.socket.readyState === WebSocket.OPEN && this.ready) this.socket.send(buffer);
    }

    open() {
      const scheme = location.protocol === "https:" ? "wss" : "ws";
      const socket = new WebSocket(`${scheme}://${location.host}/voice/session`);
      this.socket = socket;
      this.ready = false;
      let fallback = false;
      socket.onopen = () => {
        const start = { type: "start", sample_rate: PCM_RATE_HZ, channel: this.options.channel,
          mode: this.mode, speak: Boolean(this.options.speak) };
        if (this.sessionId) start.session_id = this.sessionId;
        socket.send(JSON.stringify(start));
      };
      socket.onmessage = (message) => {
        let event;
        try {
          event = JSON.parse(message.data);
        } catch (err) {
          return;
        }
        if (event.type === "error" && event.code === MODEL_MISSING && this.mode === "grammar") {
          fallback = true;  // no Vosk model on this server: the free-form recogniser (Whisper) understands too
          this.mode = "free";
          return;
        }
        this.handle(event);
      };
      socket.onclose = () => {
        if (this.socket !== socket) return;
        this.socket = null;
        this.ready = false;
        if (fallback && !this.stopped) {
          this.open();
          return;
        }
        if (!this.stopped) this.release();
        this.state("closed");
      };
    }

    handle(event) {
      switch (event.type) {
        case "listening":
          this.ready = true;
          this.sessionId = event.session_id || this.sessionId;
          this.state("listening", event.session_id);
          break;
        case "partial":
          if (event.text) player.stop();  // the person speaks: stop talking over them
          break;
        case "audio_start":
          player.stop();
          player.begin(event.sample_rate);
          break;
        case "audio_chunk":
          player.pcmChunk(event.data);
          break;
        case "audio_end":
          if (event.interrupted) player.stop();  // barge-in: drop what is buffered
          break;
        default:
          break;
      }
      if (this.options.onEvent) this.options.onEvent(event);
    }

    setSpeak(on) {
      this.options.speak = on;
    }

    release() {
      this.nodes.forEach((node) => node.disconnect());
      this.nodes = [];
      if (this.stream) this.stream.getTracks().forEach((track) => track.stop());
      this.stream = null;
    }

    stop() {
      this.stopped = true;
      const socket = this.socket;
      this.socket = null;
      this.release();
      if (socket) socket.close(1000);
      this.state("closed");
    }
  }

  window.OsakiVoice = { supported, speak, stopSpeaking: () => player.stop(), unlock: audioContext, VoiceSession,
    stats, player };
})();
