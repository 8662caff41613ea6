import { describe, expect, it } from 'vitest';
import { decisionRange } from '../../../src/ui/scenario-facts.ts';
import { signed, trustWords } from '../../../src/ui/labels.ts';
import { makeScenario } from '../../support/builders.ts';

describe('decisionRange (the meeting card’s “Decisions”)', () => {
  it('counts the shortest and the longest way through a branching meeting', () => {
    const scenario = makeScenario({
      nodes: [
        {
          id: 'a',
          choices: [
            { id: 'quick', next: 'end' },
            { id: 'long', next: 'b' },
          ],
        },
        { id: 'b', choices: [{ id: 'on', next: 'c' }] },
        { id: 'c', choices: [{ id: 'stop', next: 'end' }] },
      ],
    });
    expect(decisionRange(scenario)).toEqual({ min: 1, max: 3 });
  });

  it('counts a merge once per path and stops at a loop instead of running forever', () => {
    const scenario = makeScenario(
      {
        nodes: [
          {
            id: 'a',
            choices: [
              { id: 'left', next: 'm' },
              { id: 'right', next: 'm' },
            ],
          },
          {
            id: 'm',
            choices: [
              { id: 'again', next: 'a' },
              { id: 'done', next: 'end' },
            ],
          },
        ],
      },
      { validate: false },
    );
    expect(decisionRange(scenario)).toEqual({ min: 2, max: 2 });
  });
});

describe('labels', () => {
  it('writes signs with a true minus and zero without a sign', () => {
    expect([signed(3), signed(0), signed(-2)]).toEqual(['+3', '0', '\u22122']);
  });

  it('puts trust into words in order from lost to strong', () => {
    expect([-4, -1, 0, 2, 3].map(trustWords)).toEqual([
      'lost trust',
      'strained',
      'neutral',
      'growing trust',
      'strong trust',
    ]);
  });
});
