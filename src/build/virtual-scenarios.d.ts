/**
 * The modules the Vite plugin (`vite-plugin.ts`) generates at build time:
 * `virtual:scenarios` is the catalogue of every scenarios/*.yaml, parsed and
 * validated, sorted by file name; each entry's `load()` imports that
 * meeting's full scenario, a chunk of its own.
 */
declare module 'virtual:scenarios' {
  /** One scenario file; `card` and `load` are absent when the file has an error. */
  export type CatalogueEntry = import('../content/facts.ts').CatalogueEntry;
  const catalogue: CatalogueEntry[];
  export default catalogue;
}
