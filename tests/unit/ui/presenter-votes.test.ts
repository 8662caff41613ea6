import { describe, expect, it } from 'vitest';
import {
  emptyVote,
  isOverride,
  leadersOf,
  MAX_HANDS,
  voteKey,
  type VoteState,
} from '../../../src/ui/presenter/meeting/vote.ts';

function press(state: VoteState, ...keys: string[]) {
  let result = voteKey(state, keys[0] ?? '');
  for (const key of keys.slice(1)) result = voteKey(result.state, key);
  return result;
}

describe('room vote keys', () => {
  it('counts hands for the option picked by its number', () => {
    const result = press(emptyVote(3), '2', '+', '+', '+', '-', '1', '=');
    expect(result.state).toEqual({ counts: [1, 2, 0], selected: 0 });
  });

  it('confirms the majority with Enter or a clicker key, whichever row is picked', () => {
    const voted = press(emptyVote(3), '2', '+', '+', '3', '+').state;
    for (const key of ['Enter', 'PageDown', 'ArrowRight', ' ']) {
      expect(voteKey(voted, key).decision).toEqual({ index: 1, override: false });
    }
  });

  it('overrides the majority with O on the picked option', () => {
    const voted = press(emptyVote(3), '2', '+', '+', '3', '+').state;
    expect(voteKey(voted, 'o').decision).toEqual({ index: 2, override: true });
    expect(voteKey({ ...voted, selected: 1 }, 'O').decision).toEqual({ index: 1, override: false });
  });

  it('asks for a pick on a tie, and takes a leader without calling it an override', () => {
    const tie = press(emptyVote(3), '1', '+', '2', '+').state;
    const asked = voteKey({ ...tie, selected: null }, 'Enter');
    expect(asked.decision).toBeUndefined();
    expect(asked.message).toMatch(/tie/);
    expect(voteKey({ ...tie, selected: 1 }, 'Enter').decision).toEqual({
      index: 1,
      override: false,
    });
    expect(voteKey({ ...tie, selected: 2 }, 'Enter').decision).toBeUndefined();
    expect(voteKey({ ...tie, selected: 2 }, 'o').decision).toEqual({ index: 2, override: true });
  });

  it('takes the picked option when nobody voted, and says what to do when nothing is picked', () => {
    expect(voteKey({ ...emptyVote(2), selected: 1 }, 'Enter').decision).toEqual({
      index: 1,
      override: false,
    });
    expect(voteKey(emptyVote(2), 'Enter').message).toMatch(/No hands/);
    expect(voteKey(emptyVote(2), '+').message).toMatch(/number first/);
  });

  it('never goes below zero or above the cap, and ignores numbers with no option', () => {
    expect(press(emptyVote(2), '1', '-', '-').state.counts).toEqual([0, 0]);
    const full = { counts: [MAX_HANDS, 0], selected: 0 };
    expect(voteKey(full, '+').state.counts[0]).toBe(MAX_HANDS);
    expect(voteKey(emptyVote(2), '3').handled).toBe(false);
    expect(voteKey(emptyVote(2), 'x').handled).toBe(false);
  });

  it('knows leaders and overrides', () => {
    expect(leadersOf([0, 0])).toEqual([]);
    expect(leadersOf([2, 5, 5])).toEqual([1, 2]);
    expect(isOverride([2, 5, 1], 0)).toBe(true);
    expect(isOverride([0, 0], 0)).toBe(false);
  });
});
