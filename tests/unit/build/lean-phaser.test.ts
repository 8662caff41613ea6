/**
 * The narrow Phaser indexes (src/build/lean-phaser-plugin.ts) name only
 * Phaser's own modules, each of which exists in the installed package; each
 * known reader is a real Phaser module that still requires the index, and
 * reads no member of it that the narrow index leaves out unsaid. Each
 * stand-in replaces a module Phaser has, which its known readers still
 * require, and gives them what they use of it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NARROW_INDEXES, STAND_INS } from '../../../src/build/lean-phaser-plugin.ts';

const PHASER_SRC = join(process.cwd(), 'node_modules', 'phaser', 'src');
const REQUIRE = /require\((['"])([^'"]+)\1\)/g;
const resolveFrom = (file: string, request: string) => {
  const path = join(dirname(file), request);
  return [`${path}.js`, join(path, 'index.js'), path]
    .filter((candidate) => candidate.endsWith('.js'))
    .find(existsSync);
};

/** The Phaser modules (relative to phaser/src) that `reader` requires. */
const requiredBy = (reader: string) => {
  const file = join(PHASER_SRC, reader);
  return [...readFileSync(file, 'utf8').matchAll(REQUIRE)]
    .map((match) => resolveFrom(file, match[2] ?? ''))
    .filter((found): found is string => found !== undefined)
    .map((found) => relative(PHASER_SRC, found).replace(/\\/g, '/'));
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
    expect(requiredBy(reader), reader).toContain(path);
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

/** Runs a stand-in's CommonJS source and returns what it exports. */
const evaluate = (code: string): unknown => {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'require', code)(module, module.exports, () => {
    throw new Error('a stand-in requires nothing');
  });
  return module.exports;
};

describe('stand-ins', () => {
  it.each(Object.entries(STAND_INS))(
    '%s stands in for a module Phaser has, required by its known readers',
    (path, standIn) => {
      expect(existsSync(join(PHASER_SRC, path)), path).toBe(true);
      expect(standIn.why.length).toBeGreaterThan(10);
      for (const reader of Object.keys(standIn.readers)) {
        expect(requiredBy(reader), reader).toContain(path);
      }
    },
  );

  it('a left-out render node, filter or texture says so when something makes one', () => {
    const leftOut = Object.entries(STAND_INS).filter(([, standIn]) =>
      standIn.code.includes('throw'),
    );
    expect(leftOut.length).toBeGreaterThan(40);
    for (const [path, standIn] of leftOut) {
      const exported = evaluate(standIn.code);
      const make =
        typeof exported === 'function'
          ? exported
          : (exported as Record<string, () => void>)['Fade']?.prototype.start;
      expect(() => (make as () => void)(), path).toThrow(/left out of the room's lean Phaser/);
    }
  });

  it('the idle camera effect has every member the camera and both renderers use', () => {
    const effects = evaluate(STAND_INS['cameras/2d/effects/index.js']!.code) as Record<
      string,
      new (camera: unknown) => Record<string, unknown>
    >;
    const real = Object.keys(evaluateIndexNames('cameras/2d/effects/index.js'));
    expect(Object.keys(effects).sort()).toEqual(real.sort());
    const used = new Set<string>();
    // The camera makes them; both renderers draw the fade and flash through them.
    const users = [
      'cameras/2d/Camera.js',
      'renderer/canvas/CanvasRenderer.js',
      'renderer/webgl/renderNodes/Camera.js',
    ];
    for (const reader of users) {
      const source = readFileSync(join(PHASER_SRC, reader), 'utf8');
      for (const [, member] of source.matchAll(/\w+Effect\.(\w+)/g)) if (member) used.add(member);
    }
    expect([...used]).toEqual(
      expect.arrayContaining(['update', 'reset', 'postRenderWebGL', 'postRenderCanvas']),
    );
    for (const Effect of Object.values(effects)) {
      const effect = new Effect({});
      for (const member of used) expect(effect[member], member).toBeDefined();
      expect(effect['isRunning']).toBe(false);
      expect((effect['postRenderWebGL'] as () => boolean)()).toBe(false);
    }
  });

  it('the projection stand-in gives the WebGL renderer what Phaser’s Matrix4 gives it, value for value', () => {
    interface Matrix {
      val: Float32Array;
      identity(): Matrix;
      ortho(...bounds: number[]): Matrix;
    }
    const Projection = evaluate(STAND_INS['math/Matrix4.js']!.code) as new () => Matrix;
    const Matrix4 = createRequire(import.meta.url)(
      join(PHASER_SRC, 'math/Matrix4.js'),
    ) as new () => Matrix;
    expect([...new Projection().identity().val]).toEqual([...new Matrix4().identity().val]);
    // Sizes a canvas can have (a zero extent included), in both of the renderer's orientations.
    const extent = fc.oneof(
      fc.constant(0),
      fc.integer({ min: -8192, max: 8192 }),
      fc.double({ min: -1e5, max: 1e5, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(extent, { minLength: 6, maxLength: 6 }),
        fc.boolean(),
        (bounds, reuse) => {
          const mine = new Projection().identity();
          const phaser = new Matrix4().identity();
          // The renderer sets the same matrix again on every resize.
          if (reuse) [mine, phaser].forEach((matrix) => matrix.ortho(1, 2, 3, 4, 5, 6));
          expect(mine.ortho(...bounds)).toBe(mine);
          // Equal as numbers: a zero extent may give -0 in one and 0 in the other.
          const values = (matrix: Matrix) => [...matrix.val].map((value) => value + 0);
          expect(values(mine)).toEqual(values(phaser.ortho(...bounds)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the renderer and its batch handlers use no more of the projection than the stand-in has', () => {
    const renderer = readFileSync(join(PHASER_SRC, 'renderer/webgl/WebGLRenderer.js'), 'utf8');
    const code = (source: string) =>
      source
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
        .join('\n');
    expect([...code(renderer).matchAll(/\bMatrix4\b[^;]*/g)].map((match) => match[0])).toEqual([
      "Matrix4 = require('../../math/Matrix4')",
      'Matrix4().identity()',
    ]);
    const used = new Set<string>();
    const walk = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
      );
    for (const file of walk(PHASER_SRC).filter((path) => path.endsWith('.js')))
      for (const [, member] of code(readFileSync(file, 'utf8')).matchAll(
        /projectionMatrix\.(\w+)/g,
      ))
        if (member) used.add(member);
    expect([...used].sort()).toEqual(['ortho', 'val']);
  });

  it('the idle managers and the tile sprite make without error what the game and texture manager make', () => {
    const game = {};
    for (const path of ['animations/AnimationManager.js', 'input/InputManager.js']) {
      const Manager = evaluate(STAND_INS[path]!.code) as new (game: unknown) => { game: unknown };
      expect(new Manager(game).game).toBe(game);
    }
    const TileSprite = evaluate(
      STAND_INS['gameobjects/tilesprite/TileSprite.js']!.code,
    ) as new () => {
      setOrigin(): unknown;
      destroy(): void;
    };
    const sprite = new TileSprite();
    expect(sprite.setOrigin()).toBe(sprite);
    expect(() => sprite.destroy()).not.toThrow();
  });
});

/** The member names of one of Phaser's own index files (`Name: require('./Name')`). */
function evaluateIndexNames(path: string): Record<string, true> {
  const source = readFileSync(join(PHASER_SRC, path), 'utf8');
  return Object.fromEntries(
    [...source.matchAll(/^\s*(\w+): require\(/gm)].map((match) => [match[1], true]),
  );
}
