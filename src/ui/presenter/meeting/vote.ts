/**
 * The room vote as keys, without the DOM: a number picks an option's row,
 * `+`/`−` change its hands, Enter (or a clicker's PageDown/→) takes the
 * room's majority, `O` takes the picked option over the majority. On a tie
 * the facilitator picks one of the leaders and confirms. Pure, so the rules
 * are unit-tested (tests/unit/ui/presenter-votes.test.ts).
 */

export interface VoteState {
  /** Hands per option, in offered order. */
  counts: number[];
  /** The option row picked with its number key (0-based), if any. */
  selected: number | null;
}

/** A decision the vote reached: which option, and whether it went against the room. */
export interface VoteDecision {
  index: number;
  override: boolean;
}

export interface VoteKeyResult {
  state: VoteState;
  handled: boolean;
  decision?: VoteDecision;
  /** A sentence for the facilitator when the key could not decide. */
  message?: string;
}

/** Most hands one option can get; a room of more than 999 is not a workshop. */
export const MAX_HANDS = 999;

const CONFIRM_KEYS = new Set(['Enter', ' ', 'PageDown', 'ArrowRight']);
const MORE_KEYS = new Set(['+', '=', 'ArrowUp']);
const FEWER_KEYS = new Set(['-', '_', '\u2212', 'ArrowDown']);

export function emptyVote(options: number): VoteState {
  return { counts: Array.from({ length: options }, () => 0), selected: null };
}

/** The options sharing the top count (none when nobody voted). */
export function leadersOf(counts: readonly number[]): number[] {
  const top = Math.max(0, ...counts);
  if (top === 0) return [];
  return counts.flatMap((hands, index) => (hands === top ? [index] : []));
}

/** True when taking `index` goes against the room: it is not (one of) the most voted. */
export function isOverride(counts: readonly number[], index: number): boolean {
  const leaders = leadersOf(counts);
  return leaders.length > 0 && !leaders.includes(index);
}

/** Sets the hands of one option, clamped to 0…MAX_HANDS. */
export function setHands(state: VoteState, index: number, hands: number): VoteState {
  if (index < 0 || index >= state.counts.length) return state;
  const counts = [...state.counts];
  counts[index] = Math.max(0, Math.min(MAX_HANDS, Math.floor(hands) || 0));
  return { ...state, counts };
}

function confirm(state: VoteState): VoteKeyResult {
  const leaders = leadersOf(state.counts);
  const { selected } = state;
  const majority = leaders.length === 1 ? leaders[0] : undefined;
  if (majority !== undefined)
    return { state, handled: true, decision: { index: majority, override: false } };
  // A tie, or no hands at all: the facilitator's pick among the leaders decides.
  if (selected !== null && (leaders.length === 0 || leaders.includes(selected))) {
    return { state, handled: true, decision: { index: selected, override: false } };
  }
  const message =
    leaders.length === 0
      ? 'No hands counted yet: press an option’s number, then + for each hand.'
      : 'It is a tie: press the number of the option to take, then Enter.';
  return { state, handled: true, message };
}

/** Applies one key to the vote. Keys it does not know are left for the meeting. */
export function voteKey(state: VoteState, key: string): VoteKeyResult {
  if (/^[1-9]$/.test(key)) {
    const index = Number(key) - 1;
    if (index >= state.counts.length) return { state, handled: false };
    return { state: { ...state, selected: index }, handled: true };
  }
  const step = MORE_KEYS.has(key) ? 1 : FEWER_KEYS.has(key) ? -1 : 0;
  if (step !== 0) {
    if (state.selected === null) {
      return { state, handled: true, message: 'Press an option’s number first, then + or −.' };
    }
    const hands = (state.counts[state.selected] ?? 0) + step;
    return { state: setHands(state, state.selected, hands), handled: true };
  }
  if (CONFIRM_KEYS.has(key)) return confirm(state);
  if (key === 'o' || key === 'O') {
    if (state.selected === null) {
      return { state, handled: true, message: 'Press the number of the option to take first.' };
    }
    const index = state.selected;
    return { state, handled: true, decision: { index, override: isOverride(state.counts, index) } };
  }
  return { state, handled: false };
}
