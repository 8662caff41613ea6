import { describe, expect, it } from 'vitest';
import { END } from '../../../src/content/types.ts';
import {
  BOX_W,
  columnsOf,
  ENDING_H,
  layoutMap,
  OPTION_CHARS,
  wrap,
} from '../../../src/ui/map/layout.ts';
import { makeScenario } from '../../support/builders.ts';
import { loadScenarios } from '../../e2e/support/scenarios.ts';

const shipped = loadScenarios();

describe('branch map layout', () => {
  it.each(shipped.map((s) => [s.id, s] as const))(
    '%s: every choice moves right, boxes never overlap, endings sit last',
    (_id, scenario) => {
      const layout = layoutMap(scenario);
      for (const box of layout.nodes.values()) {
        for (const option of box.options) {
          if (option.next === END) continue;
          expect(layout.nodes.get(option.next)!.column).toBeGreaterThan(box.column);
        }
        expect(box.x + BOX_W).toBeLessThan(layout.endingsX);
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
      }
      const boxes = [...layout.nodes.values()];
      for (const a of boxes) {
        for (const b of boxes) {
          if (a === b || a.column !== b.column) continue;
          expect(a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
        }
      }
      expect(layout.endings.size).toBe(scenario.endings.length);
      for (const ending of layout.endings.values()) {
        expect(ending.y + ENDING_H).toBeLessThanOrEqual(layout.height);
      }
    },
  );

  it('ignores a choice that loops back when it picks columns', () => {
    const scenario = makeScenario({
      nodes: [
        { id: 'open', choices: [{ id: 'go', next: 'middle' }] },
        {
          id: 'middle',
          choices: [
            { id: 'again', next: 'open' },
            { id: 'on', next: 'close' },
          ],
        },
        { id: 'close', choices: [{ id: 'stop', next: 'end' }] },
      ],
    });
    expect(Object.fromEntries(columnsOf(scenario))).toEqual({ open: 0, middle: 1, close: 2 });
  });

  it('wraps text into at most the lines asked for', () => {
    expect(wrap('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrap('short', 9, 2)).toEqual(['short']);
  });

  it.each(shipped.map((s) => [s.id, s] as const))(
    '%s: options are labelled by their authored text, short of the badges',
    (_id, scenario) => {
      const layout = layoutMap(scenario);
      for (const node of scenario.nodes) {
        const box = layout.nodes.get(node.id)!;
        expect(box.titleLines.join(' ').replace('…', '')).toSatisfy((t: string) =>
          (node.title ?? '').startsWith(t.slice(0, 10)),
        );
        node.choices.forEach((choice, i) => {
          const option = box.options[i]!;
          expect(option.label).toBe(choice.text);
          expect(choice.text.startsWith(option.lines[0]!.replace('…', ''))).toBe(true);
          for (const line of option.lines) expect(line.length).toBeLessThanOrEqual(OPTION_CHARS);
        });
      }
    },
  );
});
