import { describe, expect, it } from 'vitest';
import { comparisonToMarkdown } from '../../../src/engine/reports/comparison.ts';
import { runsToCsv, csvText } from '../../../src/engine/reports/csv.ts';
import { runToMarkdown } from '../../../src/engine/reports/debrief.ts';
import { forkRun } from '../../../src/engine/runs/history.ts';
import { escapeText } from '../../../src/engine/reports/markdown.ts';
import { sampleScenario } from '../../support/fixtures.ts';
import { minute, runFor, sampleSavedData } from '../../support/runs.ts';

const scenario = sampleScenario();
const data = sampleSavedData(scenario);
const finished = data.runs[0]!;
const slipped = runFor(scenario, 'run-slip', ['ask-vikram', 'slip'], 4);

describe('runToMarkdown', () => {
  it('matches the golden debrief', async () => {
    await expect(runToMarkdown(finished, scenario)).toMatchFileSnapshot('golden/run-debrief.md');
  });

  it('tells the story of every decision', () => {
    const text = runToMarkdown(finished, scenario);
    for (const choice of ['ask-vikram', 'ship'].map((id) =>
      scenario.nodes.flatMap((node) => node.choices).find((c) => c.id === id),
    )) {
      expect(text).toContain(choice!.text);
      expect(text).toContain(choice!.feedback);
    }
    expect(text).toContain('**Lesson:** Removing a blocker beats doing the work yourself.');
    expect(text).toContain(
      '- **Meters after:** customer value 4 (+2), stakeholder pleasing 1 (+0)',
    );
    // Numbered in the order shown (this run's seed) and named by text, never by id.
    expect(text).toContain(
      "- **Room vote:** 1 “Let's wait, Vikram will get to it.”: 3 · 2 “I'll read the security checklist and sign it off myself.”: 0 · 3 “I'll ask Vikram to review it today.”: 12",
    );
    expect(text).not.toMatch(/ask-vikram|do-it-myself/);
    expect(text).toContain('> Vikram owns security.');
    expect(text).toContain('## Where to go next\n\n- Agile product management');
  });

  it('names the best option on offer beside each decision, as the screen does', () => {
    const text = runToMarkdown(slipped, scenario);
    const [first, second] = text.split('### ').slice(1);
    expect(first).toContain('- **Best for customers on offer:** the one you chose.');
    expect(second).toContain('- **You chose:** Slip a week and explain why to everyone.');
    expect(second).toContain(
      '- **Best for customers on offer:** Fix the two issues and ship tomorrow. (customer value +2, stakeholder pleasing +0; Principle: Decide what to build)',
    );
  });

  it('gives the best option’s trap in its own words when the best on offer is a trap', () => {
    const trapped = sampleScenario();
    const blocker = trapped.nodes.find((node) => node.id === 'blocker')!;
    const myself = blocker.choices.find((c) => c.id === 'do-it-myself')!;
    myself.customer = 5;
    const run = runFor(trapped, 'run-trap', ['ask-vikram', 'ship'], 2);
    expect(runToMarkdown(run, trapped)).toContain(
      "- **Best for customers on offer:** I'll read the security checklist and sign it off myself. (customer value +5, stakeholder pleasing +2; Trap: ",
    );
  });

  it('says how far an unfinished run got and keeps its notes', () => {
    const run = {
      ...data.runs[1]!,
      record: { ...data.runs[1]!.record, notes: { review: 'Ship?' } },
    };
    const text = runToMarkdown(run, scenario);
    expect(text).toContain('The meeting is not finished yet (1 decision so far).');
    expect(text).toContain('rewound from run run-1 after decision 1');
    expect(text).toContain('## Other notes\n\n### Before release\n\n> Ship?');
    expect(text).not.toContain('Where to go next');
  });

  it('makes typed notes inert', () => {
    const run = structuredClone(finished);
    run.record.notes = { blocker: '<script>alert(1)</script>\n# [link](http://x) *bold*' };
    const text = runToMarkdown(run, scenario);
    expect(text).toContain(
      '> \\<script\\>alert(1)\\</script\\>\n> \\# \\[link\\](http://x) \\*bold\\*',
    );
  });

  it('warns when the meeting changed and lists the recorded decisions', () => {
    const changed = structuredClone(scenario);
    changed.title = 'Changed standup';
    const text = runToMarkdown(finished, changed);
    expect(text).toMatch(/> This run could not be fully replayed: "Changed standup" has changed/);
    expect(text).toContain('### 2. (not replayed)\n\n- **Recorded choice:** ship');
  });
});

describe('comparisonToMarkdown', () => {
  it('matches the golden comparison', async () => {
    await expect(comparisonToMarkdown(finished, slipped, scenario)).toMatchFileSnapshot(
      'golden/comparison.md',
    );
  });

  it('names the divergence, both options and both endings', () => {
    const text = comparisonToMarkdown(finished, slipped, scenario);
    expect(text).toContain('They diverged at decision 2, “Before release”.');
    expect(text).toContain('- **Run A chose:** Fix the two issues and ship tomorrow.');
    expect(text).toContain('- **Run B chose:** Slip a week and explain why to everyone.');
    expect(text).toContain('**Shipped, and secure** — Best outcome');
    expect(text).toContain('**Slipped, but aligned** — Mixed outcome');
    expect(text).toContain('| After decision 2 | 4 | 1 | 3 | 0 |');
  });

  it('says when both runs took the same path, or one stopped early', () => {
    expect(comparisonToMarkdown(finished, finished, scenario)).toContain(
      'Both runs took the same path.',
    );
    const fork = forkRun(finished, 1, 'run-f', scenario, minute(9));
    expect(comparisonToMarkdown(finished, fork, scenario)).toContain(
      '- **Run B** stopped before this decision.',
    );
  });
});

describe('runsToCsv', () => {
  it('writes one row per run with a header and CRLF line ends', () => {
    const csv = runsToCsv([finished, data.runs[1]!], [scenario]);
    expect(csv.split('\r\n')).toEqual([
      'run,scenario,ending,rating,customer,pleasing,decisions,finished,date,parent,fork step',
      'run-1,Daily standup with a blocker,"Shipped, and secure",best,4,1,2,yes,2026-11-25T09:01:00.000Z,,',
      'run-2,Daily standup with a blocker,,,2,1,1,no,2026-11-25T09:02:00.000Z,run-1,1',
      '',
    ]);
  });

  it('quotes per RFC 4180 and guards against formula injection', () => {
    expect(csvText('plain')).toBe('plain');
    expect(csvText('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvText('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const start of ['+', '-', '@', '\t']) expect(csvText(`${start}1`)).toBe(`'${start}1`);
  });

  it('keeps negative meters as numbers and guards a hostile title', () => {
    const hostile = { ...structuredClone(scenario), title: '=cmd|calc' };
    const run = runFor(scenario, 'run-w', ['wait']);
    expect(runsToCsv([run], [hostile]).split('\r\n')[1]).toBe(
      "run-w,'=cmd|calc,Stalled,poor,-2,0,1,yes,2026-11-25T09:00:00.000Z,,",
    );
  });
});

describe('escapeText', () => {
  it('leaves ordinary prose alone', () => {
    expect(escapeText('Ship it, then explain why.')).toBe('Ship it, then explain why.');
  });
});
