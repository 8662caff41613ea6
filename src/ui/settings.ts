/**
 * The player's settings: read from saved data, written back on change, and
 * applied to the page (text size, reduced motion). `?renderer=canvas` in the
 * URL forces the Canvas renderer for this visit without changing the setting.
 */
import { DEFAULT_SETTINGS, type SavedData, type Settings } from '../engine/saved/types.ts';
import type { SavedStore } from './storage.ts';

export type { Settings };
export type SettingsListener = (settings: Settings, previous: Settings) => void;

export interface SettingsStore {
  get(): Settings;
  set(change: Partial<Settings>): void;
  subscribe(listener: SettingsListener): () => void;
  /** The renderer to use now: the URL's `?renderer=` wins over the setting. */
  renderer(): Settings['renderer'];
  /** True when motion should be reduced, following the system when set to 'system'. */
  reducedMotion(): boolean;
}

const TEXT_SCALE: Record<Settings['textSize'], string> = {
  normal: '1',
  large: '1.2',
  'x-large': '1.4',
};

function systemPrefersReducedMotion(): boolean {
  try {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

function rendererFromUrl(): Settings['renderer'] | undefined {
  const wanted = new URLSearchParams(window.location.search).get('renderer');
  return wanted === 'canvas' || wanted === 'webgl' || wanted === 'auto' ? wanted : undefined;
}

/** The settings in saved data, with the defaults for any it does not hold. */
export function settingsOf(data: Pick<SavedData, 'settings'>): Settings {
  return { ...DEFAULT_SETTINGS, ...data.settings };
}

/** True when motion should be reduced, following the system when set to 'system'. */
export function wantsReducedMotion(settings: Settings): boolean {
  return (
    settings.reducedMotion === 'on' ||
    (settings.reducedMotion === 'system' && systemPrefersReducedMotion())
  );
}

/** Puts the settings the stylesheet reads on `root`: text size, motion, scores shown. */
export function applySettings(root: HTMLElement, settings: Settings): void {
  root.style.setProperty('--text-scale', TEXT_SCALE[settings.textSize] ?? '1');
  root.dataset.motion = wantsReducedMotion(settings) ? 'reduced' : 'full';
  root.dataset.scores = settings.showScores ? 'shown' : 'hidden';
}

/** Creates the store and applies the current settings to `root` (usually <html>). */
export function createSettingsStore(saved: SavedStore, root: HTMLElement): SettingsStore {
  let current = settingsOf(saved.data());
  const listeners = new Set<SettingsListener>();
  const store: SettingsStore = {
    get: () => current,
    set(change) {
      const previous = current;
      current = { ...current, ...change };
      saved.update((data) => ({ ...data, settings: current }));
      apply();
      for (const listener of listeners) listener(current, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    renderer: () => rendererFromUrl() ?? current.renderer,
    reducedMotion: () => wantsReducedMotion(current),
  };
  // Another window changed the settings: adopt them, so a later change here keeps theirs.
  saved.onExternalChange(() => {
    const previous = current;
    current = settingsOf(saved.data());
    apply();
    for (const listener of listeners) listener(current, previous);
  });
  const apply = () => applySettings(root, current);
  apply();
  return store;
}
