/**
 * The narrow Phaser indexes (src/build/lean-phaser-plugin.ts) name only
 * Phaser's own modules, each of which exists in the installed package; each
 * known reader is a real Phaser module that still requires the index, and
 * reads no member of it that the narrow index leaves out unsaid.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { NARROW_INDEXES } from '../../../src/build/lean-phaser-plugin.ts';

const PHASER_SRC = join(process.cwd(), 'node_modules', 'phaser', 'src');
const REQUIRE = /require\((['"])([^'"]+)\1\)/g;
const resolveFrom = (file: string, request: string) => {
  const path = join(dirname(file), request);
  return [`${path}.js`, join(path, 'index.js'), path]
    .filter((candidate) => candidate.endsWith('.js'))
    .find(existsSync);
};

it.each(Object.entries(NARROW_INDEXES))('narrows %s to modules Phaser has', (path, narrow) => {
  const index = join(PHASER_SRC, path);
  expect(existsSync(index)).toBe(true);
  const requests = [...narrow.code.matchAll(REQUIRE)].map((match) => match[2] ?? '');
  const members = [
    ...[...narrow.code.matchAll(/(\w+): require\(/g)].map((match) => match[1]),
    ...(narrow.setAtRunTime ?? []),
    ...Object.keys(narrow.leftOut ?? {}),
  ];
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) expect(resolveFrom(index, request), request).toBeDefined();
  for (const reader of Object.keys(narrow.readers)) {
    const file = join(PHASER_SRC, reader);
    const required = [...readFileSync(file, 'utf8').matchAll(REQUIRE)]
      .map((match) => resolveFrom(file, match[2] ?? ''))
      .filter((found): found is string => found !== undefined)
      .map((found) => relative(PHASER_SRC, found).replace(/\\/g, '/'));
    expect(required, reader).toContain(path);
    const source = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
      .join('\n');
    for (const [, name, request] of source.matchAll(/var (\w+) = require\((?:'|")([^'"]+)/g)) {
      const found = resolveFrom(file, request ?? '');
      if (!found || relative(PHASER_SRC, found).replace(/\\/g, '/') !== path) continue;
      const read = [...source.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))].map((m) => m[1]);
      for (const member of new Set(read))
        expect(members, `${reader} reads ${name}.${member}`).toContain(member);
    }
  }
});
