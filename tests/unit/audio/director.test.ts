import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for Howler that records what the director asks of it. */
const fake = vi.hoisted(() => {
  const state = {
    ctxState: 'running' as string,
    noAudio: false,
    throwOnCreate: false,
    throwOnPlay: false,
    loaded: true,
    errorHandlers: [] as Array<() => void>,
    /** The context's suspend and resume calls, and each play, in order. */
    calls: [] as string[],
    howls: [] as Array<{
      src: string;
      loop: boolean;
      plays: number;
      volumeValue: number;
      isPlaying: boolean;
      unloaded: boolean;
    }>,
  };
  class Howl {
    record;
    constructor(options: {
      src: string[];
      loop?: boolean;
      volume?: number;
      onloaderror?: () => void;
      onplayerror?: () => void;
    }) {
      if (state.throwOnCreate) throw new Error('no audio here');
      for (const handler of [options.onloaderror, options.onplayerror])
        if (handler) state.errorHandlers.push(handler);
      this.record = {
        src: options.src[0] ?? '',
        loop: options.loop ?? false,
        plays: 0,
        volumeValue: options.volume ?? 1,
        isPlaying: false,
        unloaded: false,
      };
      state.howls.push(this.record);
    }
    play() {
      if (state.throwOnPlay) throw new Error('blocked');
      this.record.plays++;
      this.record.isPlaying = true;
      state.calls.push(`play ${this.record.src.split('/').pop()}`);
      return 1;
    }
    pause() {
      this.record.isPlaying = false;
      return this;
    }
    playing() {
      return this.record.isPlaying;
    }
    volume(value?: number) {
      if (value !== undefined) this.record.volumeValue = value;
      return this;
    }
    state() {
      return state.loaded ? 'loaded' : 'loading';
    }
    unload() {
      this.record.unloaded = true;
    }
  }
  const ctx = {
    get state() {
      return state.ctxState;
    },
    suspend() {
      state.calls.push('suspend');
      state.ctxState = 'suspended';
      return Promise.resolve();
    },
    resume() {
      state.calls.push('resume');
      state.ctxState = 'running';
      return Promise.resolve();
    },
  };
  const Howler = {
    autoSuspend: true,
    get noAudio() {
      return state.noAudio;
    },
    get ctx() {
      return ctx;
    },
  };
  return { state, Howl, Howler };
});

vi.mock('howler', () => ({ Howl: fake.Howl, Howler: fake.Howler }));

const { createAudioDirector, SUSPEND_AFTER_MS } = await import('../../../src/audio/director.ts');

const listeners = new Map<string, () => void>();
const settings = { muted: false, effectsVolume: 0.8, roomVolume: 0.3 };
const howl = (name: string) => fake.state.howls.find((h) => h.src.endsWith(`/${name}.wav`));

beforeEach(() => {
  Object.assign(fake.state, {
    ctxState: 'running',
    noAudio: false,
    throwOnCreate: false,
    throwOnPlay: false,
    loaded: true,
    errorHandlers: [],
    calls: [],
    howls: [],
  });
  listeners.clear();
  vi.stubGlobal('navigator', { userActivation: { hasBeenActive: true } });
  vi.stubGlobal('window', {
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
  });
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createAudioDirector', () => {
  it('plays the choice at once and the trust cue a moment later', async () => {
    const director = await createAudioDirector(settings);
    director.handle([
      { type: 'choice-made', choiceId: 'a' },
      { type: 'trust-changed', castId: 'x', delta: 1 },
    ]);
    expect(howl('choice')?.plays).toBe(1);
    expect(howl('trust-up')?.plays).toBe(0);
    vi.advanceTimersByTime(400);
    expect(howl('trust-up')?.plays).toBe(1);
  });

  it('plays nothing while muted, and pauses the room tone', async () => {
    const director = await createAudioDirector(settings);
    director.startRoomTone();
    expect(howl('room-tone')?.isPlaying).toBe(true);
    director.setSettings({ ...settings, muted: true });
    director.cue('choice');
    expect(howl('choice')?.plays).toBe(0);
    expect(howl('room-tone')?.isPlaying).toBe(false);
    director.setSettings(settings);
    expect(howl('room-tone')?.isPlaying).toBe(true);
  });

  it('suspends the audio context soon after it falls silent, and resumes it before the next sound', async () => {
    const director = await createAudioDirector(settings);
    expect(fake.Howler.autoSuspend).toBe(false);
    director.startRoomTone();
    vi.advanceTimersByTime(SUSPEND_AFTER_MS * 5);
    expect(fake.state.calls).toEqual(['play room-tone.wav']);
    // Muted on a decision: nothing to hear, so nothing keeps the audio threads busy.
    director.setSettings({ ...settings, muted: true });
    vi.advanceTimersByTime(SUSPEND_AFTER_MS - 1);
    expect(fake.state.calls).not.toContain('suspend');
    vi.advanceTimersByTime(1);
    expect(fake.state.calls.at(-1)).toBe('suspend');
    director.setSettings(settings);
    expect(fake.state.calls.slice(-2)).toEqual(['resume', 'play room-tone.wav']);
  });

  it('plays a cue on a context it suspended, and suspends again once the cue has ended', async () => {
    const director = await createAudioDirector(settings);
    vi.advanceTimersByTime(SUSPEND_AFTER_MS);
    expect(fake.state.calls).toEqual(['suspend']);
    director.cue('ending-good');
    expect(fake.state.calls).toEqual(['suspend', 'resume', 'play ending-good.wav']);
    // Still sounding when the moment is up: the context waits for it.
    vi.advanceTimersByTime(SUSPEND_AFTER_MS);
    expect(fake.state.calls.at(-1)).toBe('play ending-good.wav');
    howl('ending-good')!.isPlaying = false;
    vi.advanceTimersByTime(SUSPEND_AFTER_MS);
    expect(fake.state.calls.at(-1)).toBe('suspend');
  });

  it('keeps effects and room tone at their own volumes', async () => {
    const director = await createAudioDirector(settings);
    director.setSettings({ muted: false, effectsVolume: 0.5, roomVolume: 0.1 });
    director.startRoomTone();
    director.cue('tick');
    expect(howl('tick')?.volumeValue).toBe(0.5);
    expect(howl('room-tone')?.volumeValue).toBe(0.1);
  });

  it('does not queue cues while the browser keeps audio suspended', async () => {
    fake.state.ctxState = 'suspended';
    const director = await createAudioDirector(settings);
    director.cue('choice');
    expect(howl('choice')?.plays).toBe(0);
  });

  it('waits for a user gesture before touching audio at all', async () => {
    vi.stubGlobal('navigator', { userActivation: { hasBeenActive: false } });
    const director = await createAudioDirector(settings);
    director.startRoomTone();
    expect(fake.state.howls).toHaveLength(0);
    listeners.get('pointerdown')?.();
    expect(howl('room-tone')?.isPlaying).toBe(true);
    expect(listeners.size).toBe(0);
  });

  it('never throws when audio cannot be created or played', async () => {
    fake.state.throwOnCreate = true;
    const silent = await createAudioDirector(settings);
    expect(() => {
      silent.handle([{ type: 'choice-made', choiceId: 'a' }]);
      silent.cue('ending-good');
      silent.startRoomTone();
      silent.setSettings(settings);
      silent.stopRoomTone();
      silent.destroy();
    }).not.toThrow();

    fake.state.throwOnCreate = false;
    fake.state.throwOnPlay = true;
    const blocked = await createAudioDirector(settings);
    expect(() => {
      blocked.cue('choice');
      blocked.startRoomTone();
      blocked.handle([{ type: 'ended', endingId: 'e', rating: 'poor' }]);
      vi.runAllTimers();
    }).not.toThrow();
  });

  it('says once that sound is unavailable when files fail to load or play', async () => {
    const told = vi.fn();
    const director = await createAudioDirector(settings, told);
    director.cue('choice');
    director.startRoomTone();
    expect(told).not.toHaveBeenCalled();
    expect(fake.state.errorHandlers.length).toBeGreaterThan(2);
    for (const handler of fake.state.errorHandlers) handler();
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('says once that sound is unavailable when audio cannot be created', async () => {
    fake.state.throwOnCreate = true;
    const told = vi.fn();
    const director = await createAudioDirector(settings, told);
    director.cue('choice');
    director.cue('tick');
    director.startRoomTone();
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the browser has no audio', async () => {
    fake.state.noAudio = true;
    const director = await createAudioDirector(settings);
    director.cue('choice');
    director.startRoomTone();
    expect(fake.state.howls).toHaveLength(0);
  });

  it('cancels pending cues and unloads on destroy', async () => {
    const director = await createAudioDirector(settings);
    director.handle([{ type: 'ended', endingId: 'e', rating: 'best' }]);
    director.destroy();
    vi.runAllTimers();
    expect(howl('ending-good')?.plays).toBe(0);
    expect(fake.state.howls.every((h) => h.unloaded)).toBe(true);
  });
});
