import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/content/types.ts';
import { formatRoute, MAX_HASH_LENGTH, parseHash, type Route } from '../../../src/engine/links.ts';
import { replayChoices } from '../../../src/engine/replay.ts';
import { resolveLink } from '../../../src/engine/resolve-link.ts';
import { sampleScenario } from '../../support/fixtures.ts';

const scenario = sampleScenario();
const scenarios = [scenario];

describe('parseHash and formatRoute', () => {
  const routes: Route[] = [
    { screen: 'title' },
    { screen: 'select' },
    { screen: 'play', scenarioId: 'sample-standup', path: [] },
    { screen: 'play', scenarioId: 'sample-standup', path: ['ask-vikram', 'ship'] },
    { screen: 'debrief', runId: 'run-abc_1' },
    { screen: 'history' },
    { screen: 'history', scenarioId: 'sample-standup' },
    { screen: 'compare', runIds: ['run-a', 'run-b', 'run-c'] },
    { screen: 'map', scenarioId: 'sample-standup' },
  ];

  it.each(routes)('round-trips $screen', (route) => {
    expect(parseHash(formatRoute(route))).toEqual({ route });
  });

  it('writes play links as in DESIGN.md', () => {
    const route: Route = {
      screen: 'play',
      scenarioId: 'fintech-sync',
      path: ['expedite', 'design-review'],
    };
    expect(formatRoute(route)).toBe('#/play/fintech-sync/expedite.design-review');
  });

  it.each(['', '#', '#/', '/', '#/title'])('reads %j as the title screen', (hash) => {
    expect(parseHash(hash)).toEqual({ route: { screen: 'title' } });
  });

  it('accepts a hash without "#" and with a trailing slash', () => {
    expect(parseHash('/play/sample-standup/ask-vikram/').route).toEqual({
      screen: 'play',
      scenarioId: 'sample-standup',
      path: ['ask-vikram'],
    });
  });

  it('reports an unknown screen and falls back to the title', () => {
    const parsed = parseHash('#/settingz');
    expect(parsed.route).toEqual({ screen: 'title' });
    expect(parsed.problem).toMatch(/screen called "settingz"/);
  });

  it('keeps the path before a badly encoded choice id', () => {
    const parsed = parseHash('#/play/sample-standup/ask-vikram.%E0%A4.ship');
    expect(parsed.route).toEqual({
      screen: 'play',
      scenarioId: 'sample-standup',
      path: ['ask-vikram'],
    });
    expect(parsed.problem).toMatch(/Decision 2 .*after decision 1/);
  });

  it('sends a malformed meeting id to the meeting list', () => {
    expect(parseHash('#/play/%ZZ/ask-vikram')).toMatchObject({
      route: { screen: 'select' },
      problem: expect.stringMatching(/not a meeting id/),
    });
    expect(parseHash('#/map')).toMatchObject({ route: { screen: 'select' } });
  });

  it('ignores trailing junk and says so', () => {
    const parsed = parseHash('#/play/sample-standup/ask-vikram/extra/stuff');
    expect(parsed.route).toEqual({
      screen: 'play',
      scenarioId: 'sample-standup',
      path: ['ask-vikram'],
    });
    expect(parsed.problem).toMatch(/"extra\/stuff"\) was not understood/);
  });

  it('cuts an over-long link at a whole choice id', () => {
    const hash = `#/play/sample-standup/${Array(400).fill('ask-vikram').join('.')}`;
    const parsed = parseHash(hash);
    expect(parsed.problem).toMatch(/too long/);
    expect(formatRoute(parsed.route).length).toBeLessThanOrEqual(MAX_HASH_LENGTH);
    if (parsed.route.screen !== 'play') throw new Error('expected play');
    expect(parsed.route.path.every((id) => id === 'ask-vikram')).toBe(true);
  });

  it('needs two valid run ids to compare, and drops repeats', () => {
    expect(parseHash('#/compare/run-a')).toMatchObject({
      route: { screen: 'history' },
      problem: expect.stringMatching(/two runs/),
    });
    expect(parseHash('#/compare/run-a.b%20d')).toMatchObject({ route: { screen: 'history' } });
    expect(parseHash('#/compare/run-a.run-a.run-b')).toMatchObject({
      route: { screen: 'compare', runIds: ['run-a', 'run-b'] },
      problem: expect.stringMatching(/left out/),
    });
  });

  it('sends an invalid run id in a debrief link to the history', () => {
    expect(parseHash('#/debrief/..')).toMatchObject({
      route: { screen: 'history' },
      problem: expect.any(String),
    });
  });
});

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

/** A route is usable when its meeting exists and its path replays without error. */
function usable(route: Route, known: readonly Scenario[]): boolean {
  if (route.screen === 'play') {
    const found = known.find((candidate) => candidate.id === route.scenarioId);
    return found !== undefined && replayChoices(found, route.path).ok;
  }
  if (route.screen === 'map') return known.some((candidate) => candidate.id === route.scenarioId);
  if (route.screen === 'compare') return route.runIds.length >= 2;
  return ['title', 'select', 'debrief', 'history'].includes(route.screen);
}

describe('links survive arbitrary input', () => {
  const ids = [
    'ask-vikram',
    'do-it-myself',
    'wait',
    'ship',
    'slip',
    'nope',
    '%E0',
    '',
    '..',
    '__proto__',
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
        const link = resolveLink(scenarios, input);
        expect(usable(link.route, scenarios)).toBe(true);
        if (link.problem !== undefined) expect(link.problem.length).toBeGreaterThan(10);
        const again = parseHash(formatRoute(link.route));
        expect(again).toEqual({ route: link.route });
      }),
      { numRuns: 10_000 },
    );
  });
});
