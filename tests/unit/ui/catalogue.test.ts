/** The title screen's list and the one-time load of the full scenarios. */
import { describe, expect, it, vi } from 'vitest';
import type { CatalogueEntry } from '../../../src/content/facts.ts';
import { scenarioCard } from '../../../src/content/facts.ts';
import type { Scenario } from '../../../src/content/types.ts';
import { contentHash } from '../../../src/engine/core/record.ts';
import { meetingsOf, scenarioLoader } from '../../../src/ui/catalogue.ts';
import { makeScenario } from '../../support/builders.ts';

const scenario = makeScenario({ nodes: [{ id: 'a', choices: [{ id: 'go', next: 'end' }] }] });
/** What a scenario's chunk gives: the scenario and the hash the build computed for it. */
const chunk = (of: Scenario, hash = contentHash(of)) => ({ scenario: of, contentHash: hash });
const broken: CatalogueEntry = {
  file: 'scenarios/a-broken.yaml',
  diagnostics: [
    {
      path: 'scenarios/a-broken.yaml',
      line: 2,
      col: 5,
      code: 'YAML_SYNTAX',
      severity: 'error',
      message: 'bad',
    },
  ],
};

describe('meetingsOf', () => {
  it('gives a card for a parsed file and readable problems for a broken one', () => {
    const good: CatalogueEntry = {
      file: 'scenarios/b.yaml',
      diagnostics: [],
      card: scenarioCard(scenario),
      load: () => Promise.resolve(chunk(scenario)),
    };
    expect(meetingsOf([broken, good])).toEqual([
      {
        file: 'scenarios/a-broken.yaml',
        problems: ['scenarios/a-broken.yaml:2:5 YAML_SYNTAX bad'],
      },
      { file: 'scenarios/b.yaml', card: scenarioCard(scenario), problems: [] },
    ]);
  });
});

describe('scenarioLoader', () => {
  it('loads every parsed scenario once, in catalogue order', async () => {
    const load = vi.fn(() => Promise.resolve(chunk(scenario)));
    const loadAll = scenarioLoader([broken, { file: 'b', diagnostics: [], load }]);
    expect(await loadAll()).toEqual([scenario]);
    expect(await loadAll()).toEqual([scenario]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads only the meetings asked for, then the rest when all are asked for', async () => {
    const other = { ...scenario, id: 'other-meeting' };
    const loadFirst = vi.fn(() => Promise.resolve(chunk(scenario)));
    const loadOther = vi.fn(() => Promise.resolve(chunk(other)));
    const load = scenarioLoader([
      { file: 'a', diagnostics: [], card: scenarioCard(scenario), load: loadFirst },
      broken,
      { file: 'c', diagnostics: [], card: scenarioCard(other), load: loadOther },
    ]);
    expect(await load(['other-meeting'])).toEqual([other]);
    expect(loadFirst).not.toHaveBeenCalled();
    expect(await load(['no-such-meeting'])).toEqual([other]);
    expect(await load()).toEqual([scenario, other]);
    expect(loadFirst).toHaveBeenCalledTimes(1);
    expect(loadOther).toHaveBeenCalledTimes(1);
  });

  it('rejects when a chunk fails, and tries again on the next call', async () => {
    const load = vi
      .fn<() => Promise<ReturnType<typeof chunk>>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(chunk(scenario));
    const loadAll = scenarioLoader([{ file: 'b', diagnostics: [], load }]);
    await expect(loadAll()).rejects.toThrow(/dynamically imported/);
    expect(await loadAll()).toEqual([scenario]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("takes the chunk's build-time content hash instead of hashing the scenario again", async () => {
    // A hash no scenario hashes to: only adopting the chunk's can give it.
    const fresh = structuredClone(scenario);
    const [loaded] = await scenarioLoader([
      { file: 'b', diagnostics: [], load: () => Promise.resolve(chunk(fresh, 'feedfacefeedface')) },
    ])();
    expect(loaded).toBe(fresh);
    expect(contentHash(fresh)).toBe('feedfacefeedface');
  });
});
