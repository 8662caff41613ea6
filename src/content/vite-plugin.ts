/**
 * `virtual:scenarios`: every scenarios/*.yaml, parsed and validated at build
 * time, so the browser bundle needs neither the YAML parser nor zod. A broken
 * file never breaks the build: it becomes an entry with diagnostics and no
 * scenario, and the game says what is wrong with it. In dev, adding,
 * changing or deleting a scenario file rebuilds the module and reloads.
 */
import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { Diagnostic } from './codes.ts';
import { listScenarioFiles, readScenarioFile } from './cli/files.ts';
import type { Scenario } from './types.ts';

export const VIRTUAL_ID = 'virtual:scenarios';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** One scenario file as the game receives it. */
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

export function scenariosPlugin(options: ScenariosPluginOptions = {}): Plugin {
  let root = process.cwd();
  const folder = (): string => resolve(root, options.folder ?? 'scenarios');
  const isScenarioFile = (file: string): boolean =>
    /\.ya?ml$/i.test(file) && resolve(file, '..') === folder();

  return {
    name: 'make-the-call:scenarios',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const entries = loadScenarioEntries(folder(), root);
      for (const entry of entries) this.addWatchFile(resolve(root, entry.file));
      return `export default ${JSON.stringify(entries)};\n`;
    },
    hotUpdate({ file }) {
      if (!isScenarioFile(file)) return undefined;
      const module = this.environment.moduleGraph.getModuleById(RESOLVED_ID);
      if (!module) return undefined;
      // The game keeps no state worth saving across a content change: reload.
      this.environment.moduleGraph.invalidateModule(module);
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}
