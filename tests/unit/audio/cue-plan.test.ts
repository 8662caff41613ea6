import { describe, expect, it } from 'vitest';
import { cuePlan } from '../../../src/audio/cue-plan.ts';
import type { MeetingEvent } from '../../../src/engine/core/session.ts';

describe('cuePlan', () => {
  it('plays the choice at once, then a tick for the meters, then the trust cues', () => {
    const events: MeetingEvent[] = [
      { type: 'choice-made', choiceId: 'a' },
      { type: 'meter-changed', meter: 'customer', delta: 2 },
      { type: 'meter-changed', meter: 'pleasing', delta: -1 },
      { type: 'trust-changed', castId: 'x', delta: 1 },
      { type: 'trust-changed', castId: 'y', delta: 2 },
      { type: 'trust-changed', castId: 'z', delta: -1 },
    ];
    expect(cuePlan(events)).toEqual([
      { name: 'choice', delay: 0 },
      { name: 'tick', delay: 160 },
      { name: 'trust-up', delay: 320 },
      { name: 'trust-down', delay: 620 },
    ]);
  });

  it.each([
    ['best', 'ending-good'],
    ['good', 'ending-good'],
    ['mixed', 'ending-poor'],
    ['poor', 'ending-poor'],
    ['worst', 'ending-poor'],
  ] as const)('closes a %s ending with %s', (rating, cue) => {
    const plan = cuePlan([{ type: 'ended', endingId: 'e', rating }]);
    expect(plan).toEqual([{ name: cue, delay: 1000 }]);
  });

  it('stays quiet on a rewind', () => {
    expect(cuePlan([{ type: 'rewound', toDecision: 0 }])).toEqual([]);
  });
});
