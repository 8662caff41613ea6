// The "no import circle" rule of docs/architecture.md, for ESLint. It reads
// every import of every file under a root with TypeScript's own pre-processor
// (type-only and dynamic imports included, comments ignored), finds the
// strongly connected components once per lint run, and reports each import
// that stays inside a circle. import-x/no-cycle skips type-only imports, and a
// type-only circle is still two files that cannot be read one after the other.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Every .ts file under `root` (absolute paths), declaration files left out. */
function sourceFiles(root) {
  const files = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
    }
  };
  walk(root);
  return files;
}

/** The file a relative specifier names, if it is one of `known`. */
function target(from, specifier, known) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier.split('?')[0]);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((path) => known.has(path));
}

/** file → the files it imports, each with the specifier as written. */
export function importGraph(root) {
  const files = sourceFiles(resolve(root));
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const edges = [];
    for (const { fileName } of info.importedFiles) {
      const to = target(file, fileName, known);
      if (to) edges.push({ to, specifier: fileName });
    }
    graph.set(file, edges);
  }
  return graph;
}

/** Tarjan's strongly connected components with more than one file, as file → its component. */
export function circles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = new Map();
  let next = 0;
  const visit = (file) => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const { to } of graph.get(file)) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file), low.get(to)));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file), index.get(to)));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) for (const each of component) found.set(each, component);
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

const cache = new Map();

/** The ESLint rule: options `[{ root: 'src' }]`. */
export const noImportCircle = {
  meta: {
    type: 'problem',
    docs: {
      description: 'No import circle among the files under a root, type-only imports included.',
    },
    schema: [
      { type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false },
    ],
    messages: {
      circle: 'Import circle: {{path}} (docs/architecture.md: every arrow points down).',
    },
  },
  create(context) {
    const root = resolve(context.cwd, context.options[0]?.root ?? 'src');
    const file = resolve(context.filename);
    if (!cache.has(root)) {
      const graph = importGraph(root);
      cache.set(root, { graph, circles: circles(graph) });
    }
    const { graph, circles: inCircle } = cache.get(root);
    const component = inCircle.get(file);
    if (!component) return {};
    const members = new Set(component);
    const names = component.map((each) => relative(context.cwd, each)).sort();
    const report = (node) => {
      const specifier = node.source?.value;
      const edge = graph.get(file).find((each) => each.specifier === specifier);
      if (edge && members.has(edge.to)) {
        context.report({ node, messageId: 'circle', data: { path: names.join(' ↔ ') } });
      }
    };
    return {
      ImportDeclaration: report,
      ExportNamedDeclaration: report,
      ExportAllDeclaration: report,
      ImportExpression: report,
    };
  },
};
