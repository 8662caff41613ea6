/**
 * `virtual:scenarios`: every scenarios/*.yaml, parsed and validated at build
 * time, so the browser bundle needs neither the YAML parser nor zod.
 *
 * The module is a small catalogue, one entry per file in file-name order:
 * what the title screen's card shows, plus a `load()` that imports the full
 * scenario from `virtual:scenarios/<index>`, a module (and so a chunk) of its
 * own. The first screen thus carries no meeting text.
 *
 * A broken file never breaks the build: it becomes an entry with diagnostics
 * and no card or `load`, and the game says what is wrong with it. In dev,
 * adding, changing or deleting a scenario file rebuilds the catalogue and
 * every scenario module, and reloads the page.
 */
import { basename, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { Diagnostic } from '../content/codes.ts';
import { listScenarioFiles, readScenarioFile } from './scenario-files.ts';
import { scenarioCard } from '../content/facts.ts';
export type { CatalogueEntry } from '../content/facts.ts';
import type { Scenario } from '../content/types.ts';
import { contentHash } from '../engine/core/record.ts';

export const VIRTUAL_ID = 'virtual:scenarios';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** `virtual:scenarios/<index>`: the full scenario of the catalogue's entry `index`. */
const SCENARIO_PREFIX = `${VIRTUAL_ID}/`;
const RESOLVED_SCENARIO_PREFIX = `\0${SCENARIO_PREFIX}`;

/** One scenario file, read and checked (Node side: builds, tests, tools). */
export interface ScenarioEntry {
  /** Path from the project root with forward slashes, e.g. "scenarios/fintech-sync.yaml". */
  file: string;
  /** Absent when the file has an error. */
  scenario?: Scenario;
  diagnostics: Diagnostic[];
}

export interface ScenariosPluginOptions {
  /** The folder of scenario files, relative to the Vite root. Default "scenarios". */
  folder?: string;
}

/** Reads and checks every scenario file in `folder`, sorted by file name. */
export function loadScenarioEntries(folder: string, root: string): ScenarioEntry[] {
  return listScenarioFiles(folder).map((file) => {
    const shown = relative(root, file).split(sep).join('/');
    const { scenario, diagnostics } = readScenarioFile(file, shown);
    return scenario ? { file: shown, scenario, diagnostics } : { file: shown, diagnostics };
  });
}

/** The catalogue module's source: data as JSON, each `load` as a dynamic import. */
export function catalogueSource(entries: readonly ScenarioEntry[]): string {
  const items = entries.map((entry, index) => {
    const data = `file: ${JSON.stringify(entry.file)}, diagnostics: ${JSON.stringify(entry.diagnostics)}`;
    if (!entry.scenario) return `  { ${data} },`;
    const card = JSON.stringify(scenarioCard(entry.scenario));
    const load = `() => import(${JSON.stringify(SCENARIO_PREFIX + index)}).then((m) => ({ scenario: m.default, contentHash: m.contentHash }))`;
    return `  { ${data}, card: ${card}, load: ${load} },`;
  });
  return `export default [\n${items.join('\n')}\n];\n`;
}

/**
 * One scenario's module: the scenario as data and its content hash, computed
 * here by the engine's own function so the browser does not hash it again.
 * A stale index (files changed under a running dev server) loads as null, not an error.
 */
export function scenarioSource(scenario: Scenario | undefined): string {
  const hash = scenario ? contentHash(scenario) : null;
  return `export default ${JSON.stringify(scenario ?? null)};\nexport const contentHash = ${JSON.stringify(hash)};\n`;
}

export const SCENARIOS_PLUGIN = 'make-the-call:scenarios';

/** What the plugin offers other build plugins (Vite's `plugin.api`). */
export interface ScenariosApi {
  /** The scenario files as this build read them (read once per build). */
  entries(): ScenarioEntry[];
}

/** True for the module id of one scenario's full data (`virtual:scenarios/<n>`), e.g. a chunk's facade. */
export function isScenarioModule(id: string | null | undefined): boolean {
  return id?.startsWith(RESOLVED_SCENARIO_PREFIX) ?? false;
}

/** Which entry (its place in `entries()`) a scenario chunk's module holds; undefined for other modules. */
export function scenarioModuleIndex(id: string | null | undefined): number | undefined {
  if (!isScenarioModule(id)) return undefined;
  const index = Number(/^(\d+)/.exec(id!.slice(RESOLVED_SCENARIO_PREFIX.length))?.[1]);
  return Number.isInteger(index) ? index : undefined;
}

export function scenariosPlugin(options: ScenariosPluginOptions = {}): Plugin<ScenariosApi> {
  let root = process.cwd();
  /** The files as last read; dropped whenever a scenario file changes. */
  let cached: ScenarioEntry[] | undefined;
  const folder = (): string => resolve(root, options.folder ?? 'scenarios');
  const isScenarioFile = (file: string): boolean =>
    /\.ya?ml$/i.test(file) && resolve(file, '..') === folder();
  const entries = (): ScenarioEntry[] => (cached ??= loadScenarioEntries(folder(), root));

  return {
    name: SCENARIOS_PLUGIN,
    api: { entries },
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      cached = undefined;
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (!id.startsWith(SCENARIO_PREFIX)) return undefined;
      const match = /^(\d+)(\/scenario-[\w-]*)?$/.exec(id.slice(SCENARIO_PREFIX.length));
      if (!match) return undefined;
      // Already named (the dev server's URL of a resolved id): keep it.
      if (match[2]) return `\0${id}`;
      // The last segment names the chunk: scenario-fintech-sync-<hash>.js.
      const file = entries()[Number(match[1])]?.file ?? '';
      const stem = basename(file)
        .replace(/\.ya?ml$/i, '')
        .replace(/[^\w-]+/g, '_');
      return `${RESOLVED_SCENARIO_PREFIX}${match[1]}/scenario-${stem}`;
    },
    load(id) {
      if (id === RESOLVED_ID) {
        const all = entries();
        for (const entry of all) this.addWatchFile(resolve(root, entry.file));
        return catalogueSource(all);
      }
      if (!id.startsWith(RESOLVED_SCENARIO_PREFIX)) return undefined;
      const entry = entries()[Number.parseInt(id.slice(RESOLVED_SCENARIO_PREFIX.length), 10)];
      if (entry) this.addWatchFile(resolve(root, entry.file));
      return scenarioSource(entry?.scenario);
    },
    hotUpdate({ file }) {
      if (!isScenarioFile(file)) return undefined;
      cached = undefined;
      const graph = this.environment.moduleGraph;
      const modules = [...graph.idToModuleMap.entries()]
        .filter(([id]) => id === RESOLVED_ID || id.startsWith(RESOLVED_SCENARIO_PREFIX))
        .map(([, module]) => module);
      if (modules.length === 0) return undefined;
      // The game keeps no state worth saving across a content change: reload.
      for (const module of modules) graph.invalidateModule(module);
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}
