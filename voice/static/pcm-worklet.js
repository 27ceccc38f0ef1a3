// AudioWorklet processor: the microphone's float samples (at the AudioContext's rate) -> 16-bit mono PCM at
// 16 kHz, posted to the page in frames of FRAME_MS (ArrayBuffer). Downsampling averages the input samples that
// fall into each output sample (a box low-pass filter), enough for speech recognition.
"use strict";

const TARGET_RATE_HZ = 16000;
const FRAME_MS = 100;

class PcmDownsampler extends AudioWorkletProcessor {
  constructor() {
    super();
    this.ratio = sampleRate / TARGET_RATE_HZ;  // input samples per output sample (sampleRate: worklet global)
    this.frame = new Int16Array((TARGET_RATE_HZ * FRAME_MS) / 1000);
    this.filled = 0;
    this.sum = 0;
    this.count = 0;
    this.position = 0;  // input samples consumed towards the next output sample
  }

  process(inputs) {
    const channels = inputs[0];
    if (!channels || !channels.length) return true;
    const samples = channels[0];
    for (let i = 0; i < samples.length; i += 1) {
      this.sum += samples[i];
      this.count += 1;
      this.position += 1;
      if (this.position >= this.ratio) {
        this.position -= this.ratio;
        const value = Math.max(-1, Math.min(1, this.sum / this.count));
        this.frame[this.filled] = value < 0 ? value * 0x8000 : value * 0x7fff;
        this.filled += 1;
        this.sum = 0;
        this.count = 0;
        if (this.filled === this.frame.length) {
          const out = this.frame.slice(0);
          this.port.postMessage(out.buffer, [out.buffer]);
          this.filled = 0;
        }
      }
    }
    return true;
  }
}

registerProcessor("pcm-downsampler", PcmDownsampler);
