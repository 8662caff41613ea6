/**
 * The ui's side of the audio seam. The director (src/audio/director.ts, with
 * Howler) is loaded only when a meeting is on screen, in its own chunk, and
 * every call is guarded: if audio cannot load or play, the game goes on silently.
 */
import type { AudioDirector, AudioSettings, CueName } from '../audio/director.ts';
import type { MeetingEvent } from '../engine/core/session.ts';
import type { Settings, SettingsStore } from './settings.ts';

// Types only: the director's code (and Howler) stays in its own lazily loaded chunk.
export type { CueName };

export interface Sound {
  /** Starts loading the director; safe to call many times. */
  load(): void;
  handle(events: MeetingEvent[]): void;
  cue(name: CueName): void;
  /** Room tone plays while a meeting is on screen. */
  setRoomTone(on: boolean): void;
}

const audioSettings = (settings: Settings): AudioSettings => ({
  muted: !settings.sound,
  effectsVolume: settings.effectsVolume,
  roomVolume: settings.roomToneVolume,
});

/** Said once when sound cannot load or play; the meeting goes on without it. */
export const SOUND_UNAVAILABLE = 'Sound is not available here; the meeting goes on silently.';

export function createSound(settings: SettingsStore, tell: (message: string) => void): Sound {
  let director: AudioDirector | undefined;
  let told = false;
  const unavailable = () => {
    if (told) return;
    told = true;
    tell(SOUND_UNAVAILABLE);
  };
  let loading = false;
  let roomTone = false;
  const safely = (action: (d: AudioDirector) => void) => {
    if (!director) return;
    try {
      action(director);
    } catch {
      // Sound is a nicety: a failing cue must never stop the meeting.
    }
  };
  settings.subscribe((next) => safely((d) => d.setSettings(audioSettings(next))));
  return {
    load() {
      if (loading) return;
      loading = true;
      // When the page is idle: sound is never needed before the first option can be
      // clicked, and Howler's chunk would otherwise be fetched and run ahead of it.
      whenIdle(() => loadDirector());
    },
    handle: (events) => safely((d) => d.handle(events)),
    cue: (name) => safely((d) => d.cue(name)),
    setRoomTone(on) {
      roomTone = on;
      safely((d) => (on ? d.startRoomTone() : d.stopRoomTone()));
    },
  };

  function loadDirector() {
    import('../audio/director.ts')
      .then((module) => module.createAudioDirector(audioSettings(settings.get()), unavailable))
      .then((loaded: AudioDirector) => {
        director = loaded;
        if (roomTone) safely((d) => d.startRoomTone());
      })
      .catch(() => {
        director = undefined;
        unavailable();
      });
  }
}

/** Runs `work` when the browser is idle (within 2 s), or soon where it cannot tell. */
function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(work, { timeout: 2000 });
  else window.setTimeout(work, 200);
}
