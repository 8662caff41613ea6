/**
 * The audio director: turns the engine's meeting events into cues, plays a
 * quiet room tone, and keeps mute and the two volumes. Howler is not touched
 * until the page has had a user gesture, so the browser never complains about
 * an audio context started too early; if audio is missing, blocked or fails
 * to load, every call quietly does nothing and `onUnavailable` is told once,
 * so the player can hear why it is silent. Nothing here throws or logs.
 */
import { Howl, Howler } from 'howler';
import type { MeetingEvent } from '../engine/core/session.ts';
import { CUE_NAMES, type CueName } from './cues.ts';
import { cuePlan } from './cue-plan.ts';

export type { CueName };

export interface AudioSettings {
  muted: boolean;
  /** 0…1 */
  effectsVolume: number;
  /** 0…1 */
  roomVolume: number;
}

export interface AudioDirector {
  handle(events: MeetingEvent[]): void;
  cue(name: CueName): void;
  setSettings(settings: AudioSettings): void;
  startRoomTone(): void;
  stopRoomTone(): void;
  destroy(): void;
}

const CUE_URLS: Record<CueName, string> = {
  choice: new URL('../../assets/audio/choice.wav', import.meta.url).href,
  'trust-up': new URL('../../assets/audio/trust-up.wav', import.meta.url).href,
  'trust-down': new URL('../../assets/audio/trust-down.wav', import.meta.url).href,
  tick: new URL('../../assets/audio/tick.wav', import.meta.url).href,
  'ending-good': new URL('../../assets/audio/ending-good.wav', import.meta.url).href,
  'ending-poor': new URL('../../assets/audio/ending-poor.wav', import.meta.url).href,
  'time-up': new URL('../../assets/audio/time-up.wav', import.meta.url).href,
};
const ROOM_TONE_URL = new URL('../../assets/audio/room-tone.wav', import.meta.url).href;
const GESTURES = ['pointerdown', 'keydown'] as const;

/**
 * How long after the last sound the audio context is suspended. A running
 * context costs Chromium about 2–3 % of a core (its audio output and worker
 * threads) even when it plays silence, which is most of what a page idling
 * muted on a decision would cost; Howler's own auto-suspend waits 30 s.
 */
export const SUSPEND_AFTER_MS = 2000;

const clamp01 = (value: number) => (Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0);

/** True once the user has interacted with the page, when the browser can tell us. */
function hasUserActivation(): boolean {
  return typeof navigator !== 'undefined' && navigator.userActivation?.hasBeenActive === true;
}

export async function createAudioDirector(
  initial: AudioSettings,
  onUnavailable: () => void = () => undefined,
): Promise<AudioDirector> {
  let told = false;
  const unavailable = () => {
    if (told) return;
    told = true;
    onUnavailable();
  };
  const quietly = (work: () => void): void => {
    try {
      work();
    } catch {
      // Sound is a nicety; a failure here must never reach the meeting.
      unavailable();
    }
  };
  let settings = { ...initial };
  let cues: Partial<Record<CueName, Howl>> = {};
  let room: Howl | null = null;
  let roomWanted = false;
  let destroyed = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const load = (src: string, volume: number, loop = false): Howl =>
    new Howl({
      src: [src],
      format: ['wav'],
      volume,
      loop,
      preload: true,
      onloaderror: unavailable,
      onplayerror: unavailable,
    });

  const ready = () => room !== null;
  /** True while the context is suspended by `settle` below (not by the browser's autoplay lock). */
  let suspendedHere = false;
  const running = () =>
    !Howler.noAudio && (!Howler.ctx || Howler.ctx.state === 'running' || suspendedHere);
  let suspendTimer: ReturnType<typeof setTimeout> | undefined;
  const audible = () => [room, ...Object.values(cues)].some((howl) => howl?.playing() === true);
  /** Suspends the context once nothing has sounded for SUSPEND_AFTER_MS. */
  const settle = () => {
    clearTimeout(suspendTimer);
    suspendTimer = setTimeout(() => {
      suspendTimer = undefined;
      quietly(() => {
        const ctx = Howler.ctx;
        if (destroyed || !ctx || ctx.state !== 'running') return;
        if (audible()) return settle();
        suspendedHere = true;
        void ctx.suspend().catch(() => undefined);
      });
    }, SUSPEND_AFTER_MS);
  };
  /** Resumes a context `settle` suspended, before anything plays. */
  const wake = () => {
    clearTimeout(suspendTimer);
    suspendTimer = undefined;
    if (!suspendedHere) return;
    suspendedHere = false;
    void Howler.ctx?.resume().catch(unavailable);
  };
  const effectsLevel = () => (settings.muted ? 0 : clamp01(settings.effectsVolume));
  const roomLevel = () => (settings.muted ? 0 : clamp01(settings.roomVolume));

  const syncRoomTone = () => {
    if (!room) return;
    room.volume(roomLevel());
    const shouldPlay = roomWanted && roomLevel() > 0 && !destroyed;
    if (shouldPlay && !room.playing()) {
      wake();
      room.play();
    }
    if (!shouldPlay && room.playing()) room.pause();
    if (!shouldPlay) settle();
  };

  const start = () => {
    if (destroyed || ready()) return;
    removeGestureListeners();
    quietly(() => {
      if (Howler.noAudio) return;
      // The director suspends the context itself, as soon as it is silent (settle).
      Howler.autoSuspend = false;
      for (const name of CUE_NAMES) cues[name] = load(CUE_URLS[name], effectsLevel());
      room = load(ROOM_TONE_URL, roomLevel(), true);
      syncRoomTone();
    });
  };
  const onGesture = () => start();
  function removeGestureListeners() {
    if (typeof window === 'undefined') return;
    for (const type of GESTURES) window.removeEventListener(type, onGesture, true);
  }

  if (hasUserActivation()) start();
  else if (typeof window !== 'undefined') {
    for (const type of GESTURES) window.addEventListener(type, onGesture, true);
  }

  const cue = (name: CueName) =>
    quietly(() => {
      const howl = cues[name];
      // Cues are only worth hearing when they happen: never queue them while audio is locked.
      if (!howl || destroyed || effectsLevel() === 0 || !running() || howl.state() !== 'loaded')
        return;
      wake();
      howl.volume(effectsLevel());
      howl.play();
      if (!room?.playing()) settle();
    });

  return {
    handle(events) {
      quietly(() => {
        for (const { name, delay } of cuePlan(events)) {
          if (delay === 0) cue(name);
          else {
            const timer = setTimeout(() => {
              timers.delete(timer);
              cue(name);
            }, delay);
            timers.add(timer);
          }
        }
      });
    },
    cue,
    setSettings(next) {
      settings = { ...next };
      quietly(syncRoomTone);
    },
    startRoomTone() {
      roomWanted = true;
      quietly(syncRoomTone);
    },
    stopRoomTone() {
      roomWanted = false;
      quietly(syncRoomTone);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      removeGestureListeners();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      clearTimeout(suspendTimer);
      quietly(() => {
        for (const howl of [...Object.values(cues), room]) howl?.unload();
      });
      cues = {};
      room = null;
    },
  };
}
