/**
 * Two windows of the game (the projected one and the presenter view) share
 * one saved envelope in localStorage, and each follows the other's writes
 * through `storage` events. An event arrives some time after its write; one
 * that arrives after this window has written again must not bring the older
 * value back (presenter-sync's H, H in the projected window once ended with
 * scores shown in both).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSavedStore, STORAGE_KEY, type SavedStore } from '../../../src/ui/storage.ts';
import { memoryStorage } from './memory-storage.ts';

/** A window: its own events, the storage all windows share. */
function openWindow(local: Storage): { store: SavedStore; deliver(newValue: string | null): void } {
  const events = new EventTarget();
  vi.stubGlobal('window', Object.assign(events, { localStorage: local }));
  const store = openSavedStore();
  vi.unstubAllGlobals();
  return {
    store,
    // What the browser hands a window when another one wrote the key.
    deliver(newValue) {
      events.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY, newValue }));
    },
  };
}

const scoresShown = (value: boolean) => (store: SavedStore) =>
  store.update((data) => ({ ...data, settings: { ...data.settings, showScores: value } }));
const shown = (store: SavedStore) => store.data().settings?.showScores;

afterEach(() => vi.unstubAllGlobals());

describe('saved data in two windows', () => {
  it('follows the other window’s write', () => {
    const local = memoryStorage();
    const projected = openWindow(local);
    const notes = openWindow(local);
    scoresShown(true)(projected.store);
    notes.deliver(local.getItem(STORAGE_KEY));
    expect(shown(notes.store)).toBe(true);
  });

  it('keeps its own later change when the other window’s older write arrives after it', () => {
    const local = memoryStorage();
    const projected = openWindow(local);
    const notes = openWindow(local);
    // The projected window shows the scores; the presenter view follows and saves too.
    scoresShown(true)(projected.store);
    const first = local.getItem(STORAGE_KEY);
    notes.deliver(first);
    scoresShown(true)(notes.store);
    const notesWrite = local.getItem(STORAGE_KEY);
    // The projected window hides them again before the presenter view's write reaches it.
    scoresShown(false)(projected.store);
    projected.deliver(notesWrite);
    expect(shown(projected.store)).toBe(false);
    // The presenter view then hears of the projected window's last write, and follows it.
    notes.deliver(local.getItem(STORAGE_KEY));
    expect(shown(notes.store)).toBe(false);
  });

  it('ignores a removed key and an unreadable envelope', () => {
    const local = memoryStorage();
    const projected = openWindow(local);
    scoresShown(true)(projected.store);
    local.removeItem(STORAGE_KEY);
    projected.deliver(null);
    expect(shown(projected.store)).toBe(true);
    local.setItem(STORAGE_KEY, '{not json');
    projected.deliver('{not json');
    expect(shown(projected.store)).toBe(true);
  });
});
