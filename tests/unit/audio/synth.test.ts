import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUE_NAMES, ROOM_TONE_RATE, synthesizeCueFiles } from '../../../src/audio/cues.ts';
import { encodeWav, roomToneLoop, SAMPLE_RATE, seededRandom } from '../../../src/audio/synth.ts';

const ascii = (bytes: Uint8Array, from: number) =>
  String.fromCharCode(...bytes.slice(from, from + 4));

function header(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    riff: ascii(bytes, 0),
    riffSize: view.getUint32(4, true),
    wave: ascii(bytes, 8),
    fmt: ascii(bytes, 12),
    format: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    rate: view.getUint32(24, true),
    byteRate: view.getUint32(28, true),
    blockAlign: view.getUint16(32, true),
    bits: view.getUint16(34, true),
    data: ascii(bytes, 36),
    dataSize: view.getUint32(40, true),
  };
}

describe('encodeWav', () => {
  it('writes a 16-bit mono PCM header that matches the samples', () => {
    const bytes = encodeWav(new Float32Array([0, 1, -1, 0.5]), 22_050);
    expect(header(bytes)).toEqual({
      riff: 'RIFF',
      riffSize: 36 + 8,
      wave: 'WAVE',
      fmt: 'fmt ',
      format: 1,
      channels: 1,
      rate: 22_050,
      byteRate: 44_100,
      blockAlign: 2,
      bits: 16,
      data: 'data',
      dataSize: 8,
    });
    const view = new DataView(bytes.buffer);
    expect([0, 1, 2, 3].map((i) => view.getInt16(44 + i * 2, true))).toEqual([
      0, 32767, -32767, 16384,
    ]);
  });

  it('clamps samples outside −1…1 instead of wrapping around', () => {
    const view = new DataView(encodeWav(new Float32Array([3, -3])).buffer);
    expect([view.getInt16(44, true), view.getInt16(46, true)]).toEqual([32767, -32767]);
  });
});

describe('seededRandom', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('the cue files', () => {
  const files = synthesizeCueFiles();

  it('has every cue the director plays, plus the room tone', () => {
    expect(files.map((f) => f.name).sort()).toEqual([...CUE_NAMES, 'room-tone'].sort());
  });

  it('is valid, small, mono WAV', () => {
    let total = 0;
    for (const file of files) {
      const h = header(file.bytes);
      expect(h).toMatchObject({ riff: 'RIFF', wave: 'WAVE', format: 1, channels: 1, bits: 16 });
      expect(h.rate).toBe(file.name === 'room-tone' ? ROOM_TONE_RATE : SAMPLE_RATE);
      expect(h.dataSize).toBe(file.bytes.length - 44);
      total += file.bytes.length;
    }
    expect(total).toBeLessThan(300 * 1024);
  });

  it('is the same bytes on every run', () => {
    const again = synthesizeCueFiles();
    files.forEach((file, i) =>
      expect(Buffer.from(again[i]!.bytes).equals(Buffer.from(file.bytes))).toBe(true),
    );
  });

  it('matches what is committed in assets/audio (re-run the generator after changing a recipe)', () => {
    for (const file of files) {
      const committed = readFileSync(
        new URL(`../../../assets/audio/${file.file}`, import.meta.url),
      );
      expect(committed.equals(Buffer.from(file.bytes)), file.file).toBe(true);
    }
  });

  it('starts and ends every cue near silence, so nothing clicks', () => {
    for (const file of files.filter((f) => f.name !== 'room-tone')) {
      const view = new DataView(file.bytes.buffer);
      const last = view.getInt16(file.bytes.length - 2, true);
      expect(Math.abs(last), file.file).toBeLessThan(200);
    }
  });
});

describe('roomToneLoop', () => {
  it('loops without a seam: the jump from end to start is no bigger than a normal step', () => {
    const loop = roomToneLoop(3, 2024, ROOM_TONE_RATE);
    let largestStep = 0;
    for (let i = 1; i < loop.length; i++)
      largestStep = Math.max(largestStep, Math.abs(loop[i]! - loop[i - 1]!));
    const seam = Math.abs(loop[0]! - loop[loop.length - 1]!);
    expect(seam).toBeLessThanOrEqual(largestStep);
  });
});
