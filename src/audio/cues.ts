/**
 * The cue recipes: what each sound is made of. Calm and short — a meeting
 * room, not an arcade. `src/cli/audio.ts` (`npm run audio`) writes them to assets/audio/.
 */
import {
  addNoiseBurst,
  addTone,
  encodeWav,
  fadeOut,
  normalize,
  roomToneLoop,
  SAMPLE_RATE,
  silence,
} from './synth.ts';

export const CUE_NAMES = [
  'choice',
  'trust-up',
  'trust-down',
  'tick',
  'ending-good',
  'ending-poor',
  'time-up',
] as const;
export type CueName = (typeof CUE_NAMES)[number];
export const ROOM_TONE = 'room-tone';
/** The room tone is only low rumble, so half the sample rate loses nothing and halves the file. */
export const ROOM_TONE_RATE = 11_025;

const NOTE = {
  D4: 293.66,
  F4: 349.23,
  G4: 392,
  A4: 440,
  C5: 523.25,
  E5: 659.25,
  G5: 783.99,
  B5: 987.77,
  C6: 1046.5,
};
const WARM = [0.25, 0.08];
const BELL = [0.12, 0.05, 0.03];

function choice(): Float32Array {
  const buffer = silence(0.18);
  addTone(buffer, { frequency: 520, start: 0, decay: 0.045, gain: 1, harmonics: [0.3, 0.1] });
  addTone(buffer, { frequency: 780, start: 0.035, decay: 0.04, gain: 0.6, harmonics: [0.2] });
  addNoiseBurst(buffer, 11, 0.006, 0.25, 0.6);
  return normalize(fadeOut(buffer, 0.03), 0.5);
}

function trustUp(): Float32Array {
  const buffer = silence(0.5);
  addTone(buffer, { frequency: NOTE.E5, start: 0, decay: 0.12, gain: 1, harmonics: BELL });
  addTone(buffer, { frequency: NOTE.B5, start: 0.11, decay: 0.16, gain: 0.9, harmonics: BELL });
  return normalize(fadeOut(buffer, 0.08), 0.45);
}

function trustDown(): Float32Array {
  const buffer = silence(0.55);
  addTone(buffer, {
    frequency: NOTE.G4,
    start: 0,
    decay: 0.12,
    gain: 1,
    harmonics: WARM,
    attack: 0.01,
  });
  addTone(buffer, {
    frequency: NOTE.D4 * 1.06,
    start: 0.13,
    decay: 0.18,
    gain: 0.9,
    harmonics: WARM,
    attack: 0.01,
  });
  return normalize(fadeOut(buffer, 0.1), 0.45);
}

function tick(): Float32Array {
  const buffer = silence(0.05);
  addTone(buffer, { frequency: 1760, start: 0, decay: 0.008, gain: 1, attack: 0.001 });
  addNoiseBurst(buffer, 7, 0.004, 0.4, 0.3);
  return normalize(fadeOut(buffer, 0.01), 0.3);
}

function endingGood(): Float32Array {
  const buffer = silence(1.2);
  [NOTE.C5, NOTE.E5, NOTE.G5, NOTE.C6].forEach((frequency, i) => {
    addTone(buffer, {
      frequency,
      start: i * 0.13,
      decay: 0.35 + i * 0.05,
      gain: 1 - i * 0.1,
      harmonics: BELL,
      attack: 0.008,
    });
  });
  return normalize(fadeOut(buffer, 0.3), 0.5);
}

function endingPoor(): Float32Array {
  const buffer = silence(1.2);
  [NOTE.A4, NOTE.F4, NOTE.D4].forEach((frequency, i) => {
    addTone(buffer, {
      frequency,
      start: i * 0.2,
      decay: 0.3 + i * 0.08,
      gain: 1,
      harmonics: WARM,
      attack: 0.015,
    });
  });
  return normalize(fadeOut(buffer, 0.3), 0.45);
}

/** The facilitator's countdown at zero: a timer's two soft strikes, clearly not a meter tick. */
function timeUp(): Float32Array {
  const buffer = silence(0.8);
  [0, 0.26].forEach((start) =>
    addTone(buffer, {
      frequency: NOTE.E5,
      start,
      decay: 0.2,
      gain: 1,
      harmonics: BELL,
      attack: 0.004,
    }),
  );
  return normalize(fadeOut(buffer, 0.2), 0.45);
}

const RECIPES: Record<CueName, () => Float32Array> = {
  choice,
  'trust-up': trustUp,
  'trust-down': trustDown,
  tick,
  'ending-good': endingGood,
  'ending-poor': endingPoor,
  'time-up': timeUp,
};

export interface CueFile {
  name: CueName | typeof ROOM_TONE;
  file: string;
  bytes: Uint8Array;
}

/** Every cue file, synthesised from scratch; the same bytes on every run. */
export function synthesizeCueFiles(): CueFile[] {
  const cues: CueFile[] = CUE_NAMES.map((name) => ({
    name,
    file: `${name}.wav`,
    bytes: encodeWav(RECIPES[name](), SAMPLE_RATE),
  }));
  const tone = normalize(roomToneLoop(3, 2024, ROOM_TONE_RATE), 0.2);
  cues.push({ name: ROOM_TONE, file: `${ROOM_TONE}.wav`, bytes: encodeWav(tone, ROOM_TONE_RATE) });
  return cues;
}
