/**
 * Golden transcripts: each meeting played through the engine's session by
 * choice ids, along its best play and its people-pleasing play. The text a
 * trainee sees (lines, prompts, options, feedback, meters, ending) is pinned
 * in __snapshots__/<scenario>.<play>.txt, so a content edit shows up as a
 * readable diff. Update with `npx vitest run tests/content -u` after reading it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analysis/analyze.ts';
import { loadScenario, transcript } from './transcript.ts';

interface Play {
  choices: string[];
  ending: string;
}

const PLAYS: Record<string, { best: Play; pleasing: Play }> = {
  'fintech-sync': {
    best: {
      choices: [
        'expedite',
        'design-review',
        'plan-retries-and-fees',
        'pair-on-questions',
        'slip-to-fix',
        'explain-slip',
        'measure-payments',
        'security-in-planning',
      ],
      ending: 'secure-and-aligned',
    },
    pleasing: {
      choices: [
        'pre-check-myself',
        'review-with-everyone',
        'plan-the-banner',
        'demo-for-kavya',
        'ship-and-patch',
        'hotfix-then-brief',
        'measure-signups',
        'action-everything',
      ],
      ending: 'lost-the-bank',
    },
  },
  'mumbai-saas-priorities': {
    best: {
      choices: [
        'hear-the-customers',
        'sso-on-clean-auth',
        'auth-now-billing-next',
        'plan-with-buffer',
        'hear-meridian-first',
        'discovery-for-payroll',
        'measure-adoption',
        'debt-every-sprint',
      ],
      ending: 'called-and-aligned',
    },
    pleasing: {
      choices: [
        'research-it-myself',
        'sso-on-clean-auth',
        'auth-now-billing-next',
        'stretch-to-fifty',
        'promise-three-weeks',
        'payroll-next-quarter',
        'measure-bookings',
        'a-lane-each',
      ],
      ending: 'promised-everything',
    },
  },
  'hyderabad-flash-sale': {
    best: {
      choices: [
        'ask-for-numbers',
        'fix-then-staged-sale',
        'costs-with-the-fix',
        'unblock-load-test',
        'explain-to-nisha',
        'sale-playbook',
        'measure-net-and-repeat',
      ],
      ending: 'sale-that-worked',
    },
    pleasing: {
      choices: [
        'a-bit-for-everyone',
        'fix-lock-myself',
        'cut-across-the-board',
        'load-test-myself',
        'full-sale-for-nisha',
        'keep-selling',
        'lead-with-gmv',
      ],
      ending: 'record-sale-broken-trust',
    },
  },
  'chennai-metrics-review': {
    best: {
      choices: [
        'hear-the-cohort',
        'read-the-data',
        'retained-refills',
        'iterate-refill-check',
        'holdout-test',
        'split-the-team',
        'honest-story',
        'scale-and-watch',
      ],
      ending: 'learned-and-iterated',
    },
    pleasing: {
      choices: [
        'one-north-star',
        'wait-for-ninety',
        'signups-and-revenue',
        'discount-winback',
        'consults-first',
        'success-story',
        'declare-done',
      ],
      ending: 'vanity-launch',
    },
  },
  'kochi-sprint-planning': {
    best: {
      choices: [
        'goal-first',
        'orders-are-the-goal',
        'slice-the-refactor',
        'finish-research',
        'cut-to-fit',
        'explain-the-cut',
        'named-owners',
        'get-consent',
        'review-with-customers',
      ],
      ending: 'focused-sprint',
    },
    pleasing: {
      choices: [
        'goal-booking',
        'hotfix-outside-sprint',
        'full-refactor',
        'build-and-research',
        'keep-everything',
        'soften-it',
        'named-owners',
        'ship-untested',
        'demo-everything',
      ],
      ending: 'renewal-at-risk',
    },
  },
};

const file = (id: string) => join(import.meta.dirname, '../../scenarios', `${id}.yaml`);

describe.each(Object.entries(PLAYS))('%s', (id, plays) => {
  const scenario = loadScenario(file(id));
  const analysis = analyze(scenario);
  const rating = (endingId: string) => scenario.endings.find((e) => e.id === endingId)?.rating;

  it('plays its best path to the best ending, and that path has the most customer value', async () => {
    const text = transcript(scenario, plays.best.choices);
    expect(text).toContain(
      `## Ending: ${scenario.endings.find((e) => e.id === plays.best.ending)!.title}`,
    );
    expect(rating(plays.best.ending)).toBe('best');
    expect(plays.best.choices).toEqual(analysis.bestCustomerPath!.choices);
    await expect(text).toMatchFileSnapshot(`./__snapshots__/${id}.best.txt`);
  });

  it('plays its people-pleasing path to a bad ending, and no path pleases more', async () => {
    const text = transcript(scenario, plays.pleasing.choices);
    expect(text).toContain(
      `## Ending: ${scenario.endings.find((e) => e.id === plays.pleasing.ending)!.title}`,
    );
    expect(['poor', 'worst']).toContain(rating(plays.pleasing.ending));
    expect(plays.pleasing.choices).toEqual(analysis.mostPleasingPath!.choices);
    await expect(text).toMatchFileSnapshot(`./__snapshots__/${id}.pleasing.txt`);
  });
});
