import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  WORKSHOP_CSV_COLUMNS,
  optionColumns,
  workshopCsv,
  workshopMarkdown,
} from '../../../src/engine/reports/workshop.ts';
import type { WorkshopRunSummary } from '../../../src/engine/runs/workshop.ts';
import { readCsv } from '../../support/csv.ts';
import { liveVotedSummary, roomVotedSummary } from '../../support/workshop.ts';

/** The CSV read back as a spreadsheet would, each row as a record by column name. */
function csvRecords(runs: WorkshopRunSummary[]): Record<string, string>[] {
  const [header, ...rows] = readCsv(workshopCsv(runs));
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

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
    expect(lines[0]).toBe([...WORKSHOP_CSV_COLUMNS, ...optionColumns(3)].join(','));
    expect(lines).toHaveLength(4);
    // A hand count leaves the live room's four cells empty and fills each option's count.
    expect(lines[1]).toBe(
      "r1,Daily standup with a blocker,1,The blocker,I'll read the security checklist and sign it off myself.,9,13,option 2: I'll read the security checklist and sign it off myself.,no,I'll ask Vikram to review it today.,\"Slipped, but aligned\",,,,,I'll ask Vikram to review it today.,3,I'll read the security checklist and sign it off myself.,9,\"Let's wait, Vikram will get to it.\",1",
    );
    expect(lines[2]).toContain(',2,2,option 1: Slip a week and explain why to everyone.,yes,');
    expect(lines[2]).toContain(',yes,');
  });

  it('adds the live room’s voters, changes, first split and reasons, as the Markdown says them', () => {
    const summary = liveVotedSummary();
    const [live, hands] = csvRecords([summary]);
    expect(live).toMatchObject({
      decision: '1',
      'votes for it': '2',
      'total votes': '4',
      voters: '4',
      'votes changed': '1',
      'first split': '1: 1 · 2: 2 · 3: 1',
      'option 1': "I'll ask Vikram to review it today.",
      'option 1 votes': '2',
      'option 2': "I'll read the security checklist and sign it off myself.",
      'option 2 votes': '1',
      'option 3': "Let's wait, Vikram will get to it.",
      'option 3 votes': '1',
    });
    // One line per reason, the typed text intact (its own line break made a space), nicknames kept.
    expect(live!.reasons!.split('\n')).toEqual([
      'option 2 — Asha: “=HYPERLINK("http://evil.example","click")”',
      'option 1 — anonymous: “Vikram owns it, "obviously", and the checklist is his”',
      'option 3 — @ravi: “+1 to waiting”',
      'option 1 — anonymous: “-2 for doing it myself”',
    ]);
    const markdown = workshopMarkdown({ startedAt: '2026-11-25' }, [summary]);
    expect(markdown).toContain(
      '4 phones voted (1: 2 · 2: 1 · 3: 1). 1 vote changed; first split 1: 1 · 2: 2 · 3: 1.',
    );
    // The second decision was counted by hand: no live cells, the two options' counts, padding.
    expect(hands).toMatchObject({
      voters: '',
      'votes changed': '',
      'first split': '',
      reasons: '',
    });
    expect(hands).toMatchObject({ 'option 2 votes': '1', 'option 3': '', 'option 3 votes': '' });
  });

  it('quotes reasons per RFC 4180 and guards a cell that would start a formula', () => {
    const summary = liveVotedSummary();
    const first = summary.decisions[0]!;
    first.room!.reasons = [{ choiceId: '=cmd|calc', text: 'gone, "option"' }];
    const csv = workshopCsv([summary]);
    expect(csv).toContain('"\'=cmd|calc — anonymous: “gone, ""option""”"');
    for (const row of readCsv(csv))
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('reads back every reason and nickname exactly, whatever was typed', () => {
    const typed = fc.string({
      unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', 'é', '“'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: typed, nickname: fc.option(typed, { nil: undefined }) }), {
          maxLength: 4,
        }),
        (typedReasons) => {
          const summary = liveVotedSummary();
          summary.decisions[0]!.room!.reasons = typedReasons.map(({ text, nickname }) => ({
            choiceId: 'wait',
            text,
            ...(nickname === undefined ? {} : { nickname }),
          }));
          const [live] = csvRecords([summary]);
          const expected = typedReasons
            .map(({ text, nickname }) =>
              `option 3 — ${nickname ?? 'anonymous'}: “${text}”`.replace(/\r\n?|\n/g, ' '),
            )
            .join('\n');
          expect(live!.reasons).toBe(expected);
          expect(live!.voters).toBe('4');
        },
      ),
    );
  });

  it('guards cells against spreadsheet formulas', () => {
    const run = { ...roomVotedSummary(), runId: '=cmd' };
    expect(workshopCsv([run]).split('\r\n')[1]?.startsWith("'=cmd,")).toBe(true);
  });
});
