/** virtual:scenarios through a real Vite build and dev server, on a throwaway project. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { scenariosPlugin, type ScenarioEntry } from '../../../src/content/vite-plugin.ts';

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
    "import entries from 'virtual:scenarios';\nexport default entries;\n",
  );
  return root;
}

afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

describe('scenariosPlugin', () => {
  it('builds every scenario file into the bundle, a broken one as diagnostics', async () => {
    const root = project();
    const output = (await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [scenariosPlugin()],
      build: {
        write: false,
        minify: false,
        lib: { entry: join(root, 'main.js'), formats: ['es'], fileName: 'main' },
      },
    })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
    const chunk = (Array.isArray(output) ? output[0]! : output).output[0];
    // The browser gets plain data: neither the YAML parser nor zod is bundled.
    expect(chunk.code).not.toMatch(/from ['"](yaml|zod)['"]/);
    const module = (await import(`data:text/javascript,${encodeURIComponent(chunk.code)}`)) as {
      default: ScenarioEntry[];
    };
    const entries = module.default;
    expect(entries.map((entry) => entry.file)).toEqual([
      'scenarios/a-broken.yaml',
      'scenarios/b-sample.yaml',
    ]);
    expect(entries[0]!.scenario).toBeUndefined();
    expect(entries[0]!.diagnostics[0]).toMatchObject({
      path: 'scenarios/a-broken.yaml',
      code: 'YAML_SYNTAX',
      severity: 'error',
    });
    expect(entries[1]!.scenario?.id).toBe('sample-standup');
    expect(entries[1]!.diagnostics).toEqual([]);
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
        ((await server.ssrLoadModule('virtual:scenarios')) as { default: ScenarioEntry[] }).default;
      expect((await load()).map((entry) => entry.scenario?.id)).toEqual([
        undefined,
        'sample-standup',
      ]);
      writeFileSync(join(root, 'scenarios/a-broken.yaml'), '');
      await expect
        .poll(async () => (await load())[0]!.diagnostics[0]?.code, {
          timeout: 10_000,
          interval: 100,
        })
        .toBe('EMPTY_FILE');
      // A new file is no watched dependency yet: the plugin must notice it by folder.
      copyFileSync(SAMPLE, join(root, 'scenarios/c-copy.yaml'));
      await expect
        .poll(async () => (await load()).length, { timeout: 10_000, interval: 100 })
        .toBe(3);
    } finally {
      await server.close();
    }
  });
});
