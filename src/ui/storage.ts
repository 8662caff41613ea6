/**
 * localStorage over the pure saved-data envelope (src/engine/saved/envelope.ts).
 * Storage may be missing, full or throwing (private mode): every access is
 * guarded, and the game goes on in memory with a notice for the player.
 */
import { loadSaved, serializeSaved } from '../engine/saved/envelope.ts';
import type { SavedData } from '../engine/saved/types.ts';

export const STORAGE_KEY = 'make-the-call';
/**
 * Where unreadable saved data is kept aside before a fresh envelope replaces
 * it: the newest copy under this key, older ones under `.2`, `.3`, so a second
 * corruption never overwrites what the first kept.
 */
export const BACKUP_KEY = 'make-the-call.kept-aside';
/** How many kept-aside copies to hold, newest first. */
export const KEPT_ASIDE_COPIES = 3;

/** The key of the n-th newest kept-aside copy (1-based). */
export const keptAsideKey = (n: number): string => (n === 1 ? BACKUP_KEY : `${BACKUP_KEY}.${n}`);

export interface SavedStore {
  /** The current envelope (in memory; written through on every change). */
  data(): SavedData;
  /** Applies a change and writes it; returns false when storage refused. */
  update(change: (data: SavedData) => SavedData): boolean;
  /** What the player should be told about their saved data on opening, if anything. */
  notice?: string;
  /** Called once, the first time a write is refused. */
  onWriteFailure?: (message: string) => void;
  /** Listens for saved data changed by another window; returns the unsubscribe function. */
  onExternalChange(listener: () => void): () => void;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function read(store: Storage | undefined, key: string): string | null {
  try {
    return store ? store.getItem(key) : null;
  } catch {
    return null;
  }
}

function write(store: Storage | undefined, key: string, value: string): boolean {
  try {
    if (!store) return false;
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function remove(store: Storage | undefined, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // Nothing to do: a storage that refuses is already handled by `write`.
  }
}

/**
 * Keeps `text` aside as the newest copy, moving the older ones down and
 * dropping the oldest; when the copies do not all fit, older ones give way.
 */
export function keepAside(store: Storage | undefined, text: string): void {
  const older = Array.from({ length: KEPT_ASIDE_COPIES - 1 }, (_, i) =>
    read(store, keptAsideKey(i + 1)),
  );
  const copies = [text, ...older].filter((copy): copy is string => copy !== null);
  for (let n = KEPT_ASIDE_COPIES; n >= 1; n -= 1) remove(store, keptAsideKey(n));
  copies.forEach((copy, i) => {
    if (i === 0 || read(store, keptAsideKey(i)) !== null) write(store, keptAsideKey(i + 1), copy);
  });
}

/** Opens saved data. Never throws. */
export function openSavedStore(): SavedStore {
  const store = storage();
  const loaded = loadSaved(read(store, STORAGE_KEY));
  let data = loaded.data;
  let notice = loaded.problem?.message;
  /** The envelope as this window last wrote or adopted it. */
  let written = read(store, STORAGE_KEY);
  if (loaded.problem) {
    keepAside(store, loaded.problem.keptAside);
    written = serializeSaved(data);
    write(store, STORAGE_KEY, written);
  }
  let warnedWrite = false;
  const external = new Set<() => void>();
  const saved: SavedStore = {
    data: () => data,
    onExternalChange(listener) {
      external.add(listener);
      return () => external.delete(listener);
    },
    update(change) {
      data = change(data);
      written = serializeSaved(data);
      const ok = write(store, STORAGE_KEY, written);
      if (!ok && !warnedWrite && store) {
        warnedWrite = true;
        saved.onWriteFailure?.(
          'Your browser is not letting this page save, so changes last only until you close it.',
        );
      }
      return ok;
    },
  };
  // A second window (the presenter view) writes the same envelope: follow its
  // writes, so this window's next change builds on them instead of undoing them.
  // What is stored now, not the event's value: an event can arrive after this
  // window has written again (two quick changes, one in each window), and its
  // older value would undo that later change here while storage holds it.
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    const now = read(store, STORAGE_KEY);
    if (now === null || now === written) return;
    const next = loadSaved(now);
    if (next.problem) return;
    data = next.data;
    written = now;
    for (const listener of external) listener();
  });
  if (notice === undefined && !store) {
    notice =
      'Saving is not available in this browser, so settings last only until you close the page.';
  }
  if (notice !== undefined) saved.notice = notice;
  return saved;
}
