/** The lint rule against import circles: it sees type-only and dynamic imports, and src/ has none. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { circles, importGraph } from '../../lint/import-circles.js';

const scratch = mkdtempSync(join(tmpdir(), 'circles-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a small tree of files and returns the circles found in it, as sorted relative paths. */
function circlesIn(name: string, files: Record<string, string>): string[][] {
  const root = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const found = new Set([...circles(importGraph(root)).values()]);
  return [...found].map((component) => component.map((file) => relative(root, file)).sort());
}

describe('import circles', () => {
  it('finds a circle made only of type imports', () => {
    const found = circlesIn('types', {
      'app.ts': "import type { Router } from './router.ts';\nexport interface App { r: Router }\n",
      'router.ts': "import type { App } from './app.ts';\nexport interface Router { a: App }\n",
      'dom.ts': 'export const x = 1;\n',
    });
    expect(found).toEqual([['app.ts', 'router.ts']]);
  });

  it('finds a circle through a dynamic import and across folders', () => {
    const found = circlesIn('dynamic', {
      'a/one.ts': "export const load = () => import('../b/two.ts');\n",
      'b/two.ts': "import { load } from '../a/one.ts';\nexport const again = load;\n",
    });
    expect(found).toEqual([['a/one.ts', 'b/two.ts']]);
  });

  it('ignores imports written in comments and a chain that runs one way', () => {
    const found = circlesIn('chain', {
      'low.ts': "// import { high } from './high.ts';\nexport const low = 1;\n",
      'high.ts': "import { low } from './low.ts';\nexport const high = low;\n",
    });
    expect(found).toEqual([]);
  });

  it('finds none in src/', () => {
    expect([...circles(importGraph('src')).values()]).toEqual([]);
  });
});
