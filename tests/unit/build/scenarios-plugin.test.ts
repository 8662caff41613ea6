/** virtual:scenarios through a real Vite build and dev server, on a throwaway project. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, createServer, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/content/types.ts';
import { contentHash } from '../../../src/engine/core/record.ts';
import {
  loadScenarioEntries,
  scenariosPlugin,
  type CatalogueEntry,
} from '../../../src/build/scenarios-plugin.ts';

const SAMPLE = 'tests/fixtures/scenarios/sample-standup.yaml';
let roots: string[] = [];

/** A project with scenarios/b-sample.yaml (valid) and scenarios/a-broken.yaml (a YAML error). */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'scenarios-plugin-'));
  roots.push(root);
  mkdirSync(join(root, 'scenarios'));
  copyFileSync(SAMPLE, join(root, 'scenarios/b-sample.yaml'));
  writeFileSync(join(root, 'scenarios/a-broken.yaml'), 'format: 1\nid: [\n');
  writeFileSync(join(root, 'scenarios/notes.txt'), 'not a scenario');
  writeFileSync(
    join(root, 'main.js'),
    "import catalogue from 'virtual:scenarios';\nexport default catalogue;\n",
  );
  return root;
}

/** The sample scenario as the build reads it. */
function sample(root: string): Scenario {
  const scenario = loadScenarioEntries(join(root, 'scenarios'), root)[1]?.scenario;
  if (!scenario) throw new Error('the sample scenario did not parse');
  return scenario;
}

/** Builds the project as an ES library into dist/, so its chunks can be imported in Node. */
async function buildProject(root: string): Promise<Rollup.OutputChunk[]> {
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [scenariosPlugin()],
    build: {
      outDir: join(root, 'dist'),
      minify: false,
      lib: { entry: join(root, 'main.js'), formats: ['es'], fileName: 'main' },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  return (Array.isArray(output) ? output[0]! : output).output.filter(
    (item): item is Rollup.OutputChunk => item.type === 'chunk',
  );
}

afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

describe('scenariosPlugin', () => {
  it('builds a catalogue of cards whose load() fetches the full scenario; a broken file is diagnostics', async () => {
    const root = project();
    const chunks = await buildProject(root);
    // The browser gets plain data: neither the YAML parser nor zod is bundled.
    for (const chunk of chunks) expect(chunk.code).not.toMatch(/from ['"](yaml|zod)['"]/);
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    const module = (await import(pathToFileURL(join(root, 'dist', entry.fileName)).href)) as {
      default: CatalogueEntry[];
    };
    const catalogue = module.default;
    expect(catalogue.map((item) => item.file)).toEqual([
      'scenarios/a-broken.yaml',
      'scenarios/b-sample.yaml',
    ]);
    const [broken, good] = catalogue as [CatalogueEntry, CatalogueEntry];
    expect(broken.card).toBeUndefined();
    expect(broken.load).toBeUndefined();
    expect(broken.diagnostics[0]).toMatchObject({
      path: 'scenarios/a-broken.yaml',
      code: 'YAML_SYNTAX',
      severity: 'error',
    });
    const full = sample(root);
    expect(good.diagnostics).toEqual([]);
    expect(good.card).toEqual({
      id: 'sample-standup',
      title: full.title,
      setting: {
        company: full.setting.company,
        stage: full.setting.stage,
        city: full.setting.city,
      },
      stakes: full.stakes,
      minutes: full.minutes,
      castCount: full.cast.length,
      decisions: expect.objectContaining({ min: expect.any(Number), max: expect.any(Number) }),
    });
    expect(typeof good.load).toBe('function');
    const loaded = await good.load!();
    expect(loaded.scenario).toEqual(full);
    expect(loaded.contentHash).toBe(contentHash(full));
  });

  it("carries in each chunk the engine's content hash of the scenario the browser gets", async () => {
    const root = project();
    // The real meetings too: whatever their content, JSON in a chunk must hash the same.
    for (const name of ['fintech-sync', 'mumbai-saas-priorities', 'hyderabad-flash-sale'])
      copyFileSync(`scenarios/${name}.yaml`, join(root, `scenarios/${name}.yaml`));
    const chunks = await buildProject(root);
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    const { default: catalogue } = (await import(
      pathToFileURL(join(root, 'dist', entry.fileName)).href
    )) as { default: CatalogueEntry[] };
    const loads = catalogue.flatMap((item) => (item.load ? [item.load] : []));
    expect(loads).toHaveLength(4);
    for (const load of loads) {
      const { scenario, contentHash: built } = await load();
      // Hashed afresh: a copy the hash cache has never seen.
      expect(built).toBe(contentHash(structuredClone(scenario)));
      expect(built).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('puts each scenario in a chunk of its own, and none of its text in the entry', async () => {
    const root = project();
    copyFileSync(SAMPLE, join(root, 'scenarios/c-copy.yaml'));
    const chunks = await buildProject(root);
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    const others = chunks.filter((chunk) => !chunk.isEntry);
    // One dynamic chunk per parsed file (the broken one has none).
    expect(others).toHaveLength(2);
    expect(entry.dynamicImports).toHaveLength(2);
    const line = sample(root).nodes[0]!.lines[0]!.text;
    expect(readFileSync(join(root, 'dist', entry.fileName), 'utf8')).not.toContain(line);
    for (const chunk of others) expect(chunk.code).toContain(JSON.stringify(line).slice(1, -1));
  });

  it('serves fresh content in dev after a scenario file changes or appears', async () => {
    const root = project();
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [scenariosPlugin()],
      server: { middlewareMode: true, ws: false, watch: { usePolling: true, interval: 50 } },
    });
    try {
      const load = async () =>
        ((await server.ssrLoadModule('virtual:scenarios')) as { default: CatalogueEntry[] })
          .default;
      const scenario = async (index: number) =>
        ((await server.ssrLoadModule(`virtual:scenarios/${index}`)) as { default: Scenario })
          .default;
      expect((await load()).map((entry) => entry.card?.id)).toEqual([undefined, 'sample-standup']);
      expect((await scenario(1)).id).toBe('sample-standup');
      writeFileSync(join(root, 'scenarios/a-broken.yaml'), '');
      await expect
        .poll(async () => (await load())[0]!.diagnostics[0]?.code, {
          timeout: 10_000,
          interval: 100,
        })
        .toBe('EMPTY_FILE');
      // A changed file reaches its own module too, not only the catalogue.
      const text = readFileSync(SAMPLE, 'utf8');
      writeFileSync(
        join(root, 'scenarios/b-sample.yaml'),
        text.replace(/^title: .*$/m, 'title: Renamed standup'),
      );
      await expect
        .poll(async () => (await scenario(1)).title, { timeout: 10_000, interval: 100 })
        .toBe('Renamed standup');
      expect((await load())[1]!.card?.title).toBe('Renamed standup');
      // A new file is no watched dependency yet: the plugin must notice it by folder.
      copyFileSync(SAMPLE, join(root, 'scenarios/c-copy.yaml'));
      await expect
        .poll(async () => (await load()).length, { timeout: 10_000, interval: 100 })
        .toBe(3);
      expect((await scenario(2)).id).toBe('sample-standup');
    } finally {
      await server.close();
    }
  });
});
