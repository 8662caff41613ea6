// One linter for the whole tree. The layer rules of docs/architecture.md live
// here too: every import arrow points down a floor, each engine room imports
// only the rooms its README's first line names, and no import circle anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { noImportCircle } from './tests/lint/import-circles.js';

const domGlobals = ['window', 'document', 'localStorage', 'navigator', 'sessionStorage'];

/**
 * The floors of src/, from the ground up, and the floors each may import
 * (besides its own). `main.ts` is a file on the top browser floor.
 */
const FLOORS = {
  content: [],
  engine: ['content'],
  live: ['content', 'engine'],
  wire: [],
  worker: [],
  view: ['content', 'engine'],
  audio: ['content', 'engine'],
  ui: ['content', 'engine', 'live', 'wire', 'view', 'audio'],
  phone: ['content', 'engine', 'live', 'wire'],
  boot: ['content', 'engine', 'ui'],
  'main.ts': ['content', 'engine', 'live', 'wire', 'view', 'audio', 'ui', 'boot'],
  build: ['content', 'engine', 'ui'],
  server: ['content', 'engine', 'live', 'build'],
  cli: ['content', 'engine', 'live', 'audio', 'build', 'server'],
};

/**
 * Each engine room's README opens with one line: "# engine/<room> — what
 * lives there; may import: content, core". That line is the rule.
 */
function engineRooms() {
  const rooms = {};
  for (const entry of readdirSync('src/engine', { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const first = readFileSync(`src/engine/${entry.name}/README.md`, 'utf8').split('\n')[0];
    const match = /^# engine\/([a-z-]+) — .+; may import: ([a-z, -]+)$/.exec(first);
    if (!match || match[1] !== entry.name) {
      throw new Error(
        `src/engine/${entry.name}/README.md must open with "# engine/${entry.name} — …; may import: …"`,
      );
    }
    rooms[entry.name] = match[2]
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== 'content');
  }
  return rooms;
}

const floorPath = (floor) => `./src/${floor}`;

/** import-x/no-restricted-paths zones: one per floor and per engine room, naming what it may not import. */
function layerZones() {
  const zones = Object.entries(FLOORS).map(([floor, allowed]) => ({
    target: floorPath(floor),
    from: Object.keys(FLOORS)
      .filter((other) => other !== floor && !allowed.includes(other))
      .map(floorPath),
    message: `src/${floor} may import only ${allowed.join(', ') || 'itself'} (docs/architecture.md: every arrow points down).`,
  }));
  const rooms = engineRooms();
  for (const [room, allowed] of Object.entries(rooms)) {
    const banned = Object.keys(rooms).filter((other) => other !== room && !allowed.includes(other));
    if (banned.length === 0) continue;
    zones.push({
      target: `./src/engine/${room}`,
      from: banned.map((other) => `./src/engine/${other}`),
      message: `src/engine/${room} may import only the rooms its README names: ${allowed.join(', ') || 'none'}.`,
    });
  }
  zones.push({
    target: './tests',
    from: './src/cli',
    message: 'src/cli is imported by nothing; run it.',
  });
  return zones;
}

export default tseslint.config(
  { ignores: ['dist', 'dist-lms', 'node_modules', 'test-results', 'assets'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Set authored text with textContent (docs/architecture.md).',
        },
        {
          property: 'outerHTML',
          message: 'Set authored text with textContent (docs/architecture.md).',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX, layers: { rules: { 'no-import-circle': noImportCircle } } },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
      'layers/no-import-circle': ['error', { root: 'src' }],
    },
  },
  {
    // The tools are run, never imported: tests spawn them (tests/unit/content/cli.test.ts).
    files: ['tests/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './tests',
              from: './src/cli',
              message: 'src/cli is imported by nothing; run it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**', 'src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'phaser',
              message: 'The engine, content and protocol are pure (docs/architecture.md).',
            },
            {
              name: 'howler',
              message: 'The engine, content and protocol are pure (docs/architecture.md).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({
          name,
          message: 'The engine, content and protocol are pure.',
        })),
      ],
    },
  },
  {
    // The room protocol is shared by the server and the pages: pure, no transport.
    files: ['src/live/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['phaser', 'howler'].map((name) => ({ name, message: 'src/live is pure.' })),
          patterns: [
            {
              regex: '^(node:|socket\\.io|better-sqlite3|ioredis)',
              message: 'src/live is pure: no Node, no transport.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'src/live is pure: no DOM.' })),
      ],
    },
  },
);
