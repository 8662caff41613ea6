import { describe, expect, it } from 'vitest';
import { tallyVotes } from '../../../src/engine/runs/workshop.ts';
import { roomVotedSummary } from '../../support/workshop.ts';

describe('tallyVotes', () => {
  it('finds a single majority and counts every offered option', () => {
    expect(tallyVotes({ a: 7, b: 3 }, ['a', 'b', 'c'])).toEqual({
      total: 10,
      counts: [
        { choiceId: 'a', hands: 7 },
        { choiceId: 'b', hands: 3 },
        { choiceId: 'c', hands: 0 },
      ],
      majority: 'a',
      leaders: ['a'],
    });
  });

  it('reports a tie as leaders without a majority', () => {
    const tally = tallyVotes({ a: 4, b: 4 }, ['a', 'b']);
    expect(tally.majority).toBeUndefined();
    expect(tally.leaders).toEqual(['a', 'b']);
  });

  it('ignores votes for options not on offer and nonsense counts', () => {
    const tally = tallyVotes({ a: -3, b: Number.NaN, zzz: 50, c: 2.7 }, ['a', 'b', 'c']);
    expect(tally.total).toBe(2);
    expect(tally.majority).toBe('c');
  });

  it('has no majority when nobody voted', () => {
    expect(tallyVotes({}, ['a'])).toMatchObject({ total: 0, leaders: [], majority: undefined });
  });
});

describe('summariseWorkshopRun', () => {
  it('keeps the room votes, the override and where the room left the best path', () => {
    const summary = roomVotedSummary();
    expect(summary.decisions[0]).toMatchObject({
      nodeTitle: 'The blocker',
      taken: { id: 'do-it-myself' },
      votes: { total: 13, majority: 'do-it-myself' },
      override: false,
    });
    // Only "slip" was on offer after doing it yourself.
    expect(summary.decisions[1]?.votes?.counts).toEqual([{ choiceId: 'slip', hands: 2 }]);
    expect(summary.decisions[1]?.override).toBe(true);
    expect(summary.ending).toEqual({ title: 'Slipped, but aligned', rating: 'mixed' });
    expect(summary.departures).toEqual([0, 1]);
    expect(summary.bestPath.map((c) => c.id)).toEqual(['ask-vikram', 'ship']);
  });
});
