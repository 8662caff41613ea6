import { describe, expect, it } from 'vitest';
import type { Choice, Scenario } from '../../../src/content/types.ts';
import { meterFill, meterSpan, meterTween } from '../../../src/view/meter-model.ts';

const choice = (id: string, customer: number, pleasing: number, next: string): Choice => ({
  id,
  text: id,
  customer,
  pleasing,
  feedback: 'f',
  principle: 'decide-what-to-build',
  next,
});

function scenario(nodes: Array<{ id: string; choices: Choice[] }>): Scenario {
  return {
    format: 1,
    id: 's',
    title: 't',
    setting: { company: 'c', stage: 's', city: 'Pune', situation: 's' },
    summary: 's',
    stakes: 's',
    minutes: 1,
    principles: ['decide-what-to-build'],
    cast: [{ id: 'a', name: 'A', role: 'R', function: 'engineering' }],
    start: nodes[0]!.id,
    nodes: nodes.map((node) => ({ ...node, lines: [{ speaker: 'a', text: 'hi' }] })),
    endings: [
      {
        id: 'e',
        title: 'E',
        text: 't',
        lesson: 'l',
        rating: 'good',
        further: ['metrics-and-kpis'],
      },
    ],
  };
}

describe('meterSpan', () => {
  it('is the furthest any path can push the meter, either way', () => {
    const s = scenario([
      { id: 'one', choices: [choice('a', 5, -5, 'two'), choice('b', -3, 1, 'two')] },
      { id: 'two', choices: [choice('c', 5, -4, 'end'), choice('d', -5, 0, 'end')] },
    ]);
    expect(meterSpan(s, 'customer')).toBe(10);
    expect(meterSpan(s, 'pleasing')).toBe(9);
  });

  it('never goes below a minimum, so one small step does not fill the bar', () => {
    const s = scenario([{ id: 'one', choices: [choice('a', 1, 0, 'end')] }]);
    expect(meterSpan(s, 'customer')).toBe(6);
  });

  it('survives a back-edge without looping forever', () => {
    const s = scenario([
      { id: 'one', choices: [choice('a', 4, 0, 'two')] },
      { id: 'two', choices: [choice('b', 4, 0, 'one'), choice('c', 1, 0, 'end')] },
    ]);
    expect(meterSpan(s, 'customer')).toBe(8);
  });
});

describe('meterFill', () => {
  it('fills from the centre, signed, and clamps past the span', () => {
    expect(meterFill(3, 6)).toBe(0.5);
    expect(meterFill(-6, 6)).toBe(-1);
    expect(meterFill(40, 6)).toBe(1);
    expect(meterFill(-40, 6)).toBe(-1);
    expect(meterFill(2, 0)).toBe(0);
  });
});

describe('meterTween', () => {
  it('animates from what is shown to the new value', () => {
    expect(meterTween(1, 4, false)).toEqual({ from: 1, to: 4, duration: 700 });
  });

  it('jumps straight to the value under reduced motion', () => {
    expect(meterTween(1, 4, true)).toEqual({ from: 4, to: 4, duration: 0 });
  });

  it('does not move when nothing changed', () => {
    expect(meterTween(2, 2, false).duration).toBe(0);
  });
});
