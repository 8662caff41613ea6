/**
 * The room's lean Phaser, one step further than its custom entry
 * (src/view/phaser.ts): a few of Phaser's own namespace files — an index
 * that requires every module of a folder so `Phaser.Math.*` or
 * `Phaser.Renderer.WebGL.*` can be reached by name — are built with only
 * the members the room's Phaser reads from them. Phaser's modules require
 * these indexes for one or two members each, so without this the build
 * carries every math helper (matrices, noise, quaternions), every texture
 * parser and the whole WebGL namespace (every shader source, every render
 * node) for a room that draws graphics, text and containers.
 *
 * Nothing of Phaser is copied or changed: each narrow index lists Phaser's
 * own modules, resolved from the index's own folder. The build fails if a
 * module other than the known readers requires a narrowed index, since a
 * new reader might want a member that is left out.
 */
import type { Plugin } from 'vite';

interface NarrowIndex {
  /** The narrow index's source (CommonJS, like Phaser's), relative to the original file. */
  code: string;
  /** The Phaser modules (relative to phaser/src) that may require it, and what they read. */
  readers: Record<string, string>;
}

/** Paths relative to node_modules/phaser/src. */
export const NARROW_INDEXES: Record<string, NarrowIndex> = {
  'math/index.js': {
    code: `module.exports = { RandomDataGenerator: require('./random-data-generator/RandomDataGenerator') };`,
    readers: {
      'core/Config.js': 'RandomDataGenerator, and sets RND',
      'utils/object/GetAdvancedValue.js': 'RND',
    },
  },
  'renderer/index.js': {
    // The WebGL and Canvas renderers are still built: Game requires each by its own path
    // (core/CreateRenderer.js), not through this index.
    code: `module.exports = { Events: require('./events') };`,
    readers: { 'renderer/webgl/renderNodes/BatchHandler.js': 'Events' },
  },
  'textures/parsers/index.js': {
    // The room adds no atlas, sprite sheet or compressed texture: only images (Phaser's
    // default textures) and canvases (text).
    code: `module.exports = { Canvas: require('./Canvas'), Image: require('./Image') };`,
    readers: { 'textures/TextureManager.js': 'Image (default textures), Canvas' },
  },
};

const PHASER_SRC = /[\\/]node_modules[\\/]phaser[\\/]src[\\/]/;
const phaserPath = (id: string) => {
  const at = id.search(PHASER_SRC);
  return at < 0 ? undefined : id.slice(at).replace(PHASER_SRC, '').replace(/\\/g, '/');
};

export function leanPhaserPlugin(): Plugin {
  const narrowed = new Set<string>();
  return {
    name: 'make-the-call:lean-phaser',
    enforce: 'pre',
    load(id) {
      const path = phaserPath(id.split('?')[0] ?? id);
      const narrow = path === undefined ? undefined : NARROW_INDEXES[path];
      if (!narrow) return null;
      narrowed.add(id);
      return narrow.code;
    },
    buildEnd() {
      for (const id of narrowed) {
        const path = phaserPath(id) ?? id;
        const readers = NARROW_INDEXES[path]?.readers ?? {};
        for (const importer of this.getModuleInfo(id)?.importers ?? []) {
          const from = phaserPath(importer);
          if (from !== undefined && from in readers) continue;
          this.error(
            `${importer} requires Phaser's ${path}, which src/build/lean-phaser-plugin.ts narrows for its known readers only (${Object.keys(readers).join(', ')}): check what it reads and add it there.`,
          );
        }
      }
    },
  };
}
