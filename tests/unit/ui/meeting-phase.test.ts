/** The meeting's reading position, as pure moves (src/ui/meeting/phase.ts). */
import { describe, expect, it } from 'vitest';
import {
  enteredPhase,
  nextLinePhase,
  shownOf,
  takenOverPhase,
} from '../../../src/ui/meeting/phase.ts';

describe('the reading position in a decision', () => {
  it('starts at the first line, or at the options after a rewind or with a single line', () => {
    expect(enteredPhase(3, false)).toEqual({ kind: 'lines', shown: 1 });
    expect(enteredPhase(3, true)).toEqual({ kind: 'choices' });
    expect(enteredPhase(1, false)).toEqual({ kind: 'choices' });
  });

  it('reads one line at a time and shows the last line together with the options', () => {
    const read: unknown[] = [];
    let phase = enteredPhase(4, false);
    while (phase.kind === 'lines') {
      read.push(phase.shown);
      phase = nextLinePhase(phase.shown, 4);
    }
    expect(read).toEqual([1, 2, 3]);
    expect(phase).toEqual({ kind: 'choices' });
  });

  it('takes over from the inline opening where the trainee was, the options once all were read', () => {
    expect(takenOverPhase(1, 4)).toEqual({ kind: 'lines', shown: 1 });
    expect(takenOverPhase(3, 4)).toEqual({ kind: 'lines', shown: 3 });
    expect(takenOverPhase(4, 4)).toEqual({ kind: 'choices' });
    // Nothing read yet still shows the first line.
    expect(takenOverPhase(0, 4)).toEqual({ kind: 'lines', shown: 1 });
  });

  it('counts lines read only while lines are read', () => {
    expect(shownOf({ kind: 'lines', shown: 2 })).toBe(2);
    expect(shownOf({ kind: 'choices' })).toBe(0);
  });
});
