import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/content/types.ts';
import { availableChoices, indexScenario } from '../../../src/engine/core/lookup.ts';
import { formatRoute, parseHash, type Route } from '../../../src/engine/links/route.ts';
import { replayChoices } from '../../../src/engine/core/replay.ts';
import { resolveLink } from '../../../src/engine/links/resolve.ts';
import { loadScenarioFile, sampleScenario } from '../../support/fixtures.ts';
import { runFor } from '../../support/runs.ts';

const scenario = sampleScenario();
const scenarios = [scenario];

describe('resolveLink', () => {
  it('replays a valid path to its ending', () => {
    const link = resolveLink(scenarios, '#/play/sample-standup/ask-vikram.ship');
    expect(link.problem).toBeUndefined();
    expect(link.play?.replay.ending?.id).toBe('shipped');
  });

  it('opens a meeting part way through', () => {
    const link = resolveLink(scenarios, '#/play/sample-standup/ask-vikram');
    expect(link.play?.replay.nodeId).toBe('review');
    expect(link.play?.replay.state.flags).toEqual({ expedited: true });
  });

  it('sends an unknown meeting to the meeting list', () => {
    const link = resolveLink(scenarios, '#/play/no-such-meeting/ask-vikram');
    expect(link).toEqual({
      route: { screen: 'select' },
      problem: 'There is no meeting called "no-such-meeting"; pick one from the list.',
    });
    expect(resolveLink(scenarios, '#/map/nope').route).toEqual({ screen: 'select' });
    expect(resolveLink(scenarios, '#/history/nope').route).toEqual({ screen: 'history' });
  });

  it('stops before an unknown choice', () => {
    const link = resolveLink(scenarios, '#/play/sample-standup/ask-vikram.launch-rocket');
    expect(link.route).toEqual({
      screen: 'play',
      scenarioId: 'sample-standup',
      path: ['ask-vikram'],
    });
    expect(link.problem).toBe(
      'Decision 2 in the link ("launch-rocket") is not a choice in "Daily standup with a blocker", so the meeting opens after decision 1.',
    );
  });

  it('stops before a choice whose condition does not hold', () => {
    const link = resolveLink(scenarios, '#/play/sample-standup/do-it-myself.ship');
    expect(link.route).toMatchObject({ path: ['do-it-myself'] });
    expect(link.problem).toMatch(/Decision 2 .*"ship".*cannot be taken/);
  });

  it('stops before a choice from another point of the meeting', () => {
    const link = resolveLink(scenarios, '#/play/sample-standup/ship');
    expect(link.route).toMatchObject({ path: [] });
    expect(link.problem).toMatch(/opens at the start/);
  });

  it('ignores decisions after the ending', () => {
    const link = resolveLink(scenarios, '#/play/sample-standup/wait.ship.slip');
    expect(link.route).toMatchObject({ path: ['wait'] });
    expect(link.play?.replay.ending?.id).toBe('stalled');
    expect(link.problem).toMatch(/after the meeting has ended; the 2 extra/);
  });

  it('reports problems from parsing and from replay together', () => {
    const link = resolveLink(scenarios, '#/play/sample-standup/wait.ship/junk');
    expect(link.problem).toMatch(/not understood.*after the meeting has ended/);
  });
});

describe('resolveLink with a run history', () => {
  const other = { ...structuredClone(scenario), id: 'other-meeting' };
  const history = [
    runFor(scenario, 'run-a', ['wait']),
    runFor(scenario, 'run-b', ['ask-vikram']),
    runFor(other, 'run-c', ['wait']),
  ];

  it('finds the runs of a debrief or compare link', () => {
    expect(resolveLink(scenarios, '#/debrief/run-a', history)).toEqual({
      route: { screen: 'debrief', runId: 'run-a' },
      runs: [history[0]],
    });
    expect(resolveLink(scenarios, '#/compare/run-b.run-a', history).runs).toEqual([
      history[1],
      history[0],
    ]);
  });

  it('sends a debrief of an unknown run to the history', () => {
    expect(resolveLink(scenarios, '#/debrief/run-z', history)).toEqual({
      route: { screen: 'history' },
      problem: 'The run "run-z" is not in this browser\'s history.',
    });
  });

  it('leaves unknown runs and other meetings out of a comparison', () => {
    const link = resolveLink([scenario, other], '#/compare/run-a.run-z.run-c.run-b', history);
    expect(link.route).toEqual({ screen: 'compare', runIds: ['run-a', 'run-b'] });
    expect(link.problem).toMatch(/Left out of the comparison: "run-z", "run-c"/);
    expect(resolveLink(scenarios, '#/compare/run-a.run-c', history)).toMatchObject({
      route: { screen: 'history', scenarioId: 'sample-standup' },
      problem: expect.stringMatching(/needs two runs of one meeting/),
    });
  });
});

describe('links into the shipped scenarios', () => {
  const folder = new URL('../../../scenarios/', import.meta.url).pathname;
  const shipped = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => loadScenarioFile(folder + name));

  it.each(shipped.map((s) => [s.id, s] as const))(
    'opens %s in the middle by replay',
    (_id, meeting) => {
      // Take the last available option three times: a real path, not always the first.
      const path: string[] = [];
      let nodeId: string | undefined = meeting.start;
      for (let i = 0; i < 3 && nodeId; i += 1) {
        const node = indexScenario(meeting).node.get(nodeId)!;
        const options = availableChoices(node, replayChoices(meeting, path).state);
        path.push(options[options.length - 1]!.id);
        nodeId = replayChoices(meeting, path).nodeId;
      }
      const link = resolveLink(
        shipped,
        formatRoute({ screen: 'play', scenarioId: meeting.id, path }),
      );
      expect(link.problem).toBeUndefined();
      expect(link.play?.replay.steps.map((step) => step.choice.id)).toEqual(path);
    },
  );
});

/** Usable: its meeting exists, its path replays, its runs are in the history. */
function usable(route: Route, known: readonly Scenario[], runIds: string[]): boolean {
  if (route.screen === 'play') {
    const found = known.find((candidate) => candidate.id === route.scenarioId);
    return found !== undefined && replayChoices(found, route.path).ok;
  }
  if (route.screen === 'map') return known.some((candidate) => candidate.id === route.scenarioId);
  if (route.screen === 'compare') return route.runIds.every((id) => runIds.includes(id));
  if (route.screen === 'debrief') return runIds.includes(route.runId);
  return true;
}

describe('links survive arbitrary input', () => {
  const fuzzHistory = [runFor(scenario, 'run-a', ['wait']), runFor(scenario, 'run-b', ['slip'])];
  const ids = [
    '',
    ...'run-a run-b ask-vikram do-it-myself wait ship slip nope %E0 .. __proto__'.split(' '),
  ];
  const token = fc.oneof(
    fc.constantFrom(...ids),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
  );
  const hash = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ maxLength: 3000 }),
    fc
      .tuple(
        fc.constantFrom(
          '#/play/',
          '#/play/sample-standup/',
          '/map/',
          '#/compare/',
          '#/history/',
          '#/debrief/',
          '#/',
        ),
        fc.array(token, { maxLength: 12 }),
        fc.constantFrom('.', '/', '%2E'),
      )
      .map(([head, parts, joiner]) => head + parts.join(joiner)),
  );

  it('never throws and always lands on a usable route or says why not', () => {
    fc.assert(
      fc.property(hash, (input) => {
        const link = resolveLink(scenarios, input, fuzzHistory);
        expect(usable(link.route, scenarios, ['run-a', 'run-b'])).toBe(true);
        if (link.problem !== undefined) expect(link.problem.length).toBeGreaterThan(10);
        const again = parseHash(formatRoute(link.route));
        expect(again).toEqual({ route: link.route });
      }),
      { numRuns: 10_000 },
    );
  });
});
