/**
 * Pure sound synthesis for the cues: sines, envelopes, seeded noise and a
 * 16-bit mono WAV encoder. No randomness without a seed, so the generator
 * writes the same bytes every time.
 */

export const SAMPLE_RATE = 22_050;

/** The engine's seeded PRNG (mulberry32): same seed, same noise, on every machine. */
import { seededRandom } from '../engine/core/order.ts';

export { seededRandom };

export function silence(seconds: number, rate = SAMPLE_RATE): Float32Array {
  return new Float32Array(Math.round(seconds * rate));
}

export interface Tone {
  /** Hz */
  frequency: number;
  /** seconds from the start of the buffer */
  start: number;
  /** seconds of decay to 1/e */
  decay: number;
  gain: number;
  /** relative gains of harmonics 2, 3, … for a warmer or brighter tone */
  harmonics?: number[];
  /** seconds of attack, to avoid clicks */
  attack?: number;
}

/** Adds a struck, decaying tone (a soft mallet or bell) into `buffer`. */
export function addTone(buffer: Float32Array, tone: Tone, rate = SAMPLE_RATE): void {
  const first = Math.round(tone.start * rate);
  const attack = Math.max(1, Math.round((tone.attack ?? 0.004) * rate));
  const partials = [1, ...(tone.harmonics ?? [])];
  for (let i = first; i < buffer.length; i++) {
    const t = (i - first) / rate;
    const envelope = Math.min(1, (i - first) / attack) * Math.exp(-t / tone.decay);
    if (envelope < 1e-5 && i - first > attack) break;
    let sample = 0;
    partials.forEach((gain, k) => {
      sample += gain * Math.sin(2 * Math.PI * tone.frequency * (k + 1) * t);
    });
    buffer[i] = (buffer[i] ?? 0) + tone.gain * envelope * sample;
  }
}

/** Adds a short burst of seeded noise, low-passed, for the attack of a tap. */
export function addNoiseBurst(
  buffer: Float32Array,
  seed: number,
  decay: number,
  gain: number,
  smoothing = 0.5,
  rate = SAMPLE_RATE,
): void {
  const random = seededRandom(seed);
  let low = 0;
  for (let i = 0; i < buffer.length; i++) {
    const envelope = Math.exp(-i / rate / decay);
    if (envelope < 1e-4) break;
    low += (1 - smoothing) * (random() * 2 - 1 - low);
    buffer[i] = (buffer[i] ?? 0) + gain * envelope * low;
  }
}

/** Fades the last `seconds` to zero so no cue ends in a click. */
export function fadeOut(buffer: Float32Array, seconds: number, rate = SAMPLE_RATE): Float32Array {
  const length = Math.min(buffer.length, Math.round(seconds * rate));
  for (let i = 0; i < length; i++) {
    const index = buffer.length - length + i;
    buffer[index] = (buffer[index] ?? 0) * (1 - i / length);
  }
  return buffer;
}

/** Scales so the loudest sample sits at `peak` (0…1). */
export function normalize(buffer: Float32Array, peak: number): Float32Array {
  let loudest = 0;
  for (const sample of buffer) loudest = Math.max(loudest, Math.abs(sample));
  if (loudest === 0) return buffer;
  return buffer.map((sample) => (sample / loudest) * peak);
}

/**
 * A seamless loop of soft "air" noise: brown-ish noise, gently swelling.
 * The tail is cross-faded into the head so the loop point cannot be heard.
 */
export function roomToneLoop(seconds: number, seed: number, rate: number): Float32Array {
  const length = Math.round(seconds * rate);
  const fade = Math.round(0.5 * rate);
  const random = seededRandom(seed);
  const raw = new Float32Array(length + fade);
  let brown = 0;
  let low = 0;
  for (let i = 0; i < raw.length; i++) {
    brown = 0.985 * brown + 0.06 * (random() * 2 - 1);
    low += 0.25 * (brown - low);
    raw[i] = low;
  }
  const loop = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    let sample = raw[i + fade] ?? 0;
    if (i >= length - fade) {
      const w = (i - (length - fade)) / fade;
      sample = sample * Math.sqrt(1 - w) + (raw[i + fade - length] ?? 0) * Math.sqrt(w);
    }
    // Two whole swells per loop keep the level moving without a seam.
    loop[i] = sample * (0.8 + 0.2 * Math.cos((2 * Math.PI * 2 * i) / length));
  }
  return loop;
}

/** Encodes mono samples (−1…1) as a 16-bit PCM WAV file. */
export function encodeWav(samples: Float32Array, rate = SAMPLE_RATE): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => {
    for (let i = 0; i < value.length; i++) view.setUint8(offset + i, value.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((sample, i) => {
    const clamped = Math.max(-1, Math.min(1, sample));
    view.setInt16(44 + i * 2, Math.round(clamped * 32767), true);
  });
  return bytes;
}
