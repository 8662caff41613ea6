import { describe, expect, it } from 'vitest';
import {
  WORKSHOP_CSV_COLUMNS,
  workshopCsv,
  workshopMarkdown,
} from '../../../src/engine/reports/workshop.ts';
import { roomVotedSummary } from '../../support/workshop.ts';

describe('workshopMarkdown', () => {
  it('lists each decision with the room votes, the override and the ending', () => {
    const text = workshopMarkdown({ title: 'Team A', startedAt: '2026-11-25T09:00:00Z' }, [
      roomVotedSummary(),
    ]);
    expect(text).toContain('# Team A — 2026-11-25');
    expect(text).toContain('1 meeting, 2 decisions, 1 override.');
    expect(text).toContain(
      "1 “I'll ask Vikram to review it today.”: 3 · 2 “I'll read the security checklist and sign it…”: 9 · 3 “Let's wait, Vikram will get to it.”: 1",
    );
    expect(text).toMatch(/\| 2 \| .* \| yes — the facilitator overrode the room \|/);
    expect(text).toContain('**Ending:** Slipped, but aligned — Mixed outcome');
    expect(text).toContain('left the best customer-value path at decision 1, 2');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('says so when nothing was played', () => {
    expect(workshopMarkdown({ startedAt: '2026-11-25T09:00:00Z' }, [])).toContain(
      'No meeting was played in presenter mode',
    );
  });

  it('escapes a title typed by the facilitator', () => {
    const text = workshopMarkdown({ title: '<b>x</b> #1', startedAt: '2026-11-25' }, []);
    expect(text).toContain('\\<b\\>x\\</b\\> \\#1');
  });
});

describe('workshopCsv', () => {
  it('writes one row per decision with votes, majority and override', () => {
    const lines = workshopCsv([roomVotedSummary()]).split('\r\n');
    expect(lines[0]).toBe(WORKSHOP_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      "r1,Daily standup with a blocker,1,The blocker,I'll read the security checklist and sign it off myself.,9,13,option 2: I'll read the security checklist and sign it off myself.,no,I'll ask Vikram to review it today.,\"Slipped, but aligned\"",
    );
    expect(lines[2]).toContain(',2,2,option 1: Slip a week and explain why to everyone.,yes,');
    expect(lines[2]).toContain(',yes,');
  });

  it('guards cells against spreadsheet formulas', () => {
    const run = { ...roomVotedSummary(), runId: '=cmd' };
    expect(workshopCsv([run]).split('\r\n')[1]?.startsWith("'=cmd,")).toBe(true);
  });
});
