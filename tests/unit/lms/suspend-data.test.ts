/**
 * suspend_data must hold the unfinished run of every meeting within SCORM
 * 1.2's 4,096 characters, on its longest path with reasoning at every node,
 * and read back to the same decision.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentHash } from '../../../src/engine/core/record.ts';
import {
  decodeSuspendData,
  encodeSuspendData,
  SUSPEND_LIMIT,
} from '../../../src/ui/lms/suspend-data.ts';
import { walkScenario } from '../../support/enumerate.ts';
import { loadScenarioFile } from '../../support/fixtures.ts';

const folder = new URL('../../../scenarios/', import.meta.url).pathname;
const meetings = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => loadScenarioFile(folder + name));

describe('suspend_data for every meeting', () => {
  it('has meetings to check', () => expect(meetings.length).toBeGreaterThanOrEqual(3));

  it.each(meetings.map((m) => [m.id, m] as const))(
    '%s: the longest path with long reasoning at every node fits 1.2 and resumes there',
    (_id, scenario) => {
      const { paths } = walkScenario(scenario);
      const longest = paths.reduce((a, b) => (b.choices.length > a.choices.length ? b : a));
      const notes = Object.fromEntries(
        scenario.nodes.map((node) => [node.id, `Why: customers first — ü ✓ ${'x'.repeat(900)}`]),
      );
      const run = { contentHash: contentHash(scenario), path: longest.choices, notes };
      const { text, complete } = encodeSuspendData(run, SUSPEND_LIMIT.scorm12, [scenario.start]);
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
      expect(complete).toBe(false); // 900-character notes at every node cannot all fit
      const back = decodeSuspendData(text);
      expect(back).toMatchObject({ contentHash: run.contentHash, path: longest.choices });
      // The note named first is kept whole.
      expect('notes' in back && back.notes[scenario.start]).toBe(notes[scenario.start]);
    },
  );

  it.each(meetings.map((m) => [m.id, m] as const))(
    '%s: the longest path with short notes round-trips exactly',
    (_id, scenario) => {
      const { paths } = walkScenario(scenario);
      const longest = paths.reduce((a, b) => (b.choices.length > a.choices.length ? b : a));
      const notes = { [scenario.start]: 'Ask for the data, then decide: 100% | a, b: c' };
      const run = { contentHash: contentHash(scenario), path: longest.choices, notes };
      const { text, complete } = encodeSuspendData(run, SUSPEND_LIMIT.scorm12);
      expect(complete).toBe(true);
      expect(decodeSuspendData(text)).toEqual(run);
    },
  );
});

describe('encodeSuspendData', () => {
  const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
  it('never exceeds the limit and always reads back a prefix of the path', () => {
    fc.assert(
      fc.property(
        fc.array(id, { maxLength: 80 }),
        fc.dictionary(id, fc.string({ unit: 'grapheme', maxLength: 300 })),
        fc.integer({ min: 30, max: 5000 }),
        (path, notes, limit) => {
          const { text } = encodeSuspendData(
            { contentHash: 'abcdef0123456789', path, notes },
            limit,
          );
          expect(text.length).toBeLessThanOrEqual(limit);
          const back = decodeSuspendData(text);
          if (!('path' in back)) throw new Error(back.problem);
          expect(path.slice(0, back.path.length)).toEqual(back.path);
        },
      ),
    );
  });

  it('turns a lone surrogate into a replacement character instead of throwing', () => {
    const { text } = encodeSuspendData(
      { contentHash: 'ab', path: [], notes: { n: 'a\ud800b' } },
      100,
    );
    expect(decodeSuspendData(text)).toMatchObject({ notes: { n: 'a\ufffdb' } });
  });
});

describe('decodeSuspendData', () => {
  it.each([
    ['', 'There is no saved meeting.'],
    ['{"json":true}', 'written by another program'],
    ['m1|zz|a|', 'written by another program'],
    ['m1|ab|Bad Id|', 'not a valid id'],
  ])('reads %j as a sentence', (text, words) => {
    const back = decodeSuspendData(text);
    expect('problem' in back && back.problem).toContain(words);
  });

  it('drops a damaged note and keeps the choices', () => {
    expect(decodeSuspendData('m1|ab|a.b|n:%E0%A4%A')).toEqual({
      contentHash: 'ab',
      path: ['a', 'b'],
      notes: {},
    });
  });
});
