/**
 * The discussion countdown (`T` starts and pauses it). Pure arithmetic on
 * times, so two windows showing it agree and tests need no clock. It never
 * chooses anything: at zero it only says so.
 */

export interface CountdownState {
  /** Length in whole seconds (from settings). */
  seconds: number;
  /** Milliseconds left when paused; ignored while running. */
  leftMs: number;
  /** Epoch milliseconds when a running countdown reaches zero. */
  endsAt?: number;
}

export function newCountdown(seconds: number): CountdownState {
  return { seconds, leftMs: seconds * 1000 };
}

export const isRunning = (state: CountdownState): boolean => state.endsAt !== undefined;

/** Milliseconds left at `now`, never below zero. */
export function remainingMs(state: CountdownState, now: number): number {
  return Math.max(0, state.endsAt === undefined ? state.leftMs : state.endsAt - now);
}

/** `T`: starts (from the full length once it has reached zero), or pauses. */
export function toggleCountdown(state: CountdownState, now: number): CountdownState {
  if (state.endsAt !== undefined)
    return { seconds: state.seconds, leftMs: remainingMs(state, now) };
  const left = state.leftMs > 0 ? state.leftMs : state.seconds * 1000;
  return { seconds: state.seconds, leftMs: left, endsAt: now + left };
}

/** "1:05", "0:09". */
export function clockText(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
