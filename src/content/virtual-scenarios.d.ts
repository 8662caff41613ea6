/**
 * The module the Vite plugin (`vite-plugin.ts`) generates at build time:
 * every scenarios/*.yaml, parsed and validated, sorted by file name.
 */
declare module 'virtual:scenarios' {
  /** One scenario file; `scenario` is absent when the file has an error. */
  export interface ScenarioEntry {
    /** The path from the project root, e.g. "scenarios/fintech-sync.yaml". */
    file: string;
    scenario?: import('./types.ts').Scenario;
    diagnostics: import('./codes.ts').Diagnostic[];
  }
  const entries: ScenarioEntry[];
  export default entries;
}
