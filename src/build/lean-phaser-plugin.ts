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
 * new reader might want a member that is left out; tests/unit/build/
 * lean-phaser.test.ts checks that the known readers read nothing else, but
 * for the texture parsers that only atlas and sprite-sheet methods read
 * (`leftOut`): the room's Phaser cannot load atlases or sprite sheets.
 *
 * vite.config.ts runs it twice: as a Vite plugin for the build, and in the
 * dev server's dependency optimizer (`optimizeDeps.rolldownOptions.plugins`),
 * which pre-bundles Phaser's source without Vite's plugins. The room needs it
 * there too: BatchHandler requires the renderer index, the full index the
 * whole WebGL namespace, and its BatchHandlerQuad then extends a BatchHandler
 * whose module has not finished (`Object prototype may only be an Object`).
 * The optimizer's cache does not see a change to this file: `vite --force`.
 */
import type { Plugin } from 'vite';

interface NarrowIndex {
  /** The narrow index's source (CommonJS, like Phaser's), relative to the original file. */
  code: string;
  /** The Phaser modules (relative to phaser/src) that may require it, and what they read. */
  readers: Record<string, string>;
  /** Members a reader sets on the index at run time rather than the index listing them. */
  setAtRunTime?: string[];
  /** Members a reader reads only in methods the room never calls, and which those are. */
  leftOut?: Record<string, string>;
}

/** `module.exports = { Name: require('./Name'), … }` for each name, as Phaser's indexes read. */
const indexOf = (names: string[]) =>
  `module.exports = { ${names.map((name) => `${name}: require('./${name}')`).join(', ')} };`;

/** The game-object components the room's game objects and cameras mix in (Components.*). */
const COMPONENTS = [
  'Alpha',
  'AlphaSingle',
  'BlendMode',
  'ComputedSize',
  'Crop',
  'Depth',
  'FilterList',
  'Filters',
  'Flip',
  'GetBounds',
  'Lighting',
  'Mask',
  'Origin',
  'RenderNodes',
  'RenderSteps',
  'ScrollFactor',
  'Size',
  'Texture',
  'TextureCrop',
  'Tint',
  'ToJSON',
  'Transform',
  'TransformMatrix',
  'Visible',
];

/** The array helpers the display list, containers and depth sorting call (ArrayUtils.*). */
const ARRAY_UTILS = [
  'Add',
  'AddAt',
  'BringToTop',
  'CountAllMatching',
  'GetAll',
  'GetFirst',
  'GetRandom',
  'MoveAbove',
  'MoveBelow',
  'MoveDown',
  'MoveTo',
  'MoveUp',
  'Remove',
  'RemoveAt',
  'RemoveBetween',
  'Replace',
  'SendToBack',
  'SetAll',
  'Shuffle',
  'StableSort',
  'Swap',
];

/** Paths relative to node_modules/phaser/src. */
export const NARROW_INDEXES: Record<string, NarrowIndex> = {
  'gameobjects/components/index.js': {
    // Left out: PathFollower, StencilModifier, ElapseTimer (no game object here mixes them in).
    code: indexOf(COMPONENTS),
    readers: Object.fromEntries(
      [
        'cameras/2d/Camera.js',
        'gameobjects/GameObject.js',
        'gameobjects/image/Image.js',
        'gameobjects/graphics/Graphics.js',
        'gameobjects/text/Text.js',
        'gameobjects/container/Container.js',
      ].map((reader) => [reader, 'mixins and FilterList, all in COMPONENTS']),
    ),
  },
  'utils/array/index.js': {
    code: indexOf(ARRAY_UTILS),
    readers: {
      'gameobjects/components/Depth.js': 'ARRAY_UTILS',
      'structs/List.js': 'ARRAY_UTILS',
      'gameobjects/container/Container.js': 'ARRAY_UTILS',
    },
  },
  'math/index.js': {
    code: `module.exports = { RandomDataGenerator: require('./random-data-generator/RandomDataGenerator') };`,
    readers: {
      'core/Config.js': 'RandomDataGenerator, and sets RND',
      'utils/object/GetAdvancedValue.js': 'RND',
    },
    setAtRunTime: ['RND'],
  },
  'renderer/index.js': {
    // The WebGL and Canvas renderers are still built: Game requires each by its own path
    // (core/CreateRenderer.js), not through this index.
    code: `module.exports = { Events: require('./events') };`,
    readers: { 'renderer/webgl/renderNodes/BatchHandler.js': 'Events' },
  },
  'textures/parsers/index.js': {
    // The room adds no atlas, sprite sheet or compressed texture: only Phaser's default
    // textures (images) and text (canvas textures, which need no parser).
    code: `module.exports = { Image: require('./Image') };`,
    readers: { 'textures/TextureManager.js': 'Image (boot, addImage)' },
    leftOut: {
      AtlasXML: 'addAtlasXML',
      JSONArray: 'addAtlas, addAtlasJSONArray, addCompressedTexture',
      JSONHash: 'addAtlas, addAtlasJSONHash, addCompressedTexture',
      PCT: 'addAtlasPCT',
      SpriteSheet: 'addSpriteSheet, addSpriteSheetFromAtlas',
      SpriteSheetFromAtlas: 'addSpriteSheetFromAtlas',
      UnityYAML: 'addUnityAtlas',
    },
  },
};

/**
 * A Phaser module the room never uses but Phaser's core requires anyway (the
 * game makes an animation and an input manager, each camera six effects, the
 * texture manager a tile sprite; the WebGL renderer knows every render node
 * and every filter by name), replaced by a stand-in of our own: a few lines
 * with what the core calls on it, not Phaser's code.
 */
interface StandIn {
  /** The stand-in's source (CommonJS, like Phaser's). */
  code: string;
  /** Why the room can do without the module. */
  why: string;
  /** The Phaser modules (relative to phaser/src) that may require it, and what they do with it. */
  readers: Record<string, string>;
}

/**
 * A constructor that says, when called, that the room's Phaser left it out: a
 * render node, filter or texture the room never makes. If a change to the room
 * ever needs one, the room fails loudly (a console error every browser test
 * catches) instead of drawing nothing.
 */
const leftOut = (name: string) =>
  `module.exports = function ${name} () { throw new Error("Phaser's ${name} is left out of the room's lean Phaser (src/build/lean-phaser-plugin.ts)"); };`;

/** A manager the game makes at start and then only keeps: it listens to nothing and does nothing. */
const idleManager = (name: string) =>
  `module.exports = function ${name} (game) { this.game = game; };`;

/** The filters a game object or camera could add (FilterList#addBlur…): the room adds none. */
const FILTERS = [
  'Barrel',
  'Blend',
  'Blocky',
  'Blur',
  'Bokeh',
  'ColorMatrix',
  'CombineColorMatrix',
  'Displacement',
  'Glow',
  'GradientMap',
  'ImageLight',
  'Key',
  'Mask',
  'NormalTools',
  'PanoramaBlur',
  'Pixelate',
  'Quantize',
  'Sampler',
  'Shadow',
  'Threshold',
  'Vignette',
  'Wipe',
];

/** Render nodes the room's game objects and cameras never ask the WebGL renderer for. */
const UNUSED_RENDER_NODES = [
  'BatchHandlerPointLight',
  'BatchHandlerStrip',
  'BatchHandlerTileSprite',
  'DynamicTextureHandler',
  'submitter/SubmitterMeshToQuad',
  'submitter/SubmitterTile',
  'submitter/SubmitterTilemapGPULayer',
  'submitter/SubmitterTileSprite',
  'texturer/TexturerTileSprite',
  'transformer/TransformerStamp',
  'transformer/TransformerTile',
  'transformer/TransformerTileSprite',
  // Each filter's own render node, and the three blur strengths and the parallel filters it runs.
  ...[...FILTERS, 'BlurHigh', 'BlurLow', 'BlurMed', 'ParallelFilters'].map(
    (filter) => `filters/Filter${filter}`,
  ),
];

/** A camera effect that never runs: the room's camera is moved by its own tweens (src/view/tweens.ts). */
const IDLE_CAMERA_EFFECT = `
function IdleEffect (camera) { this.camera = camera; this.isRunning = false; this.isComplete = false; this.progress = 0; this.red = this.green = this.blue = this.alpha = 0; }
IdleEffect.prototype.start = function () { throw new Error("Phaser's camera effects are left out of the room's lean Phaser (src/build/lean-phaser-plugin.ts)"); };
IdleEffect.prototype.preRender = IdleEffect.prototype.update = IdleEffect.prototype.reset = IdleEffect.prototype.destroy = function () {};
IdleEffect.prototype.postRenderCanvas = IdleEffect.prototype.postRenderWebGL = function () { return false; };
module.exports = { Fade: IdleEffect, Flash: IdleEffect, Pan: IdleEffect, RotateTo: IdleEffect, Shake: IdleEffect, Zoom: IdleEffect };
`;

/**
 * The WebGL renderer's projection: the one Matrix4 of the room's Phaser. It is
 * made once as the identity and set to a 2D orthographic projection on every
 * resize; the batch handlers hand its 16 values (val) to their shaders. That is
 * the standard orthographic matrix (column-major, as WebGL reads it), a zero
 * extent giving zero rather than Infinity; the test checks it against
 * Phaser's Matrix4 value for value. Matrix4 and the Vector3 it needs (about
 * 5 KB gzip) do the rest of 3D math, which the room never asks for.
 */
const PROJECTION = `
function Projection () { this.val = new Float32Array(16); }
Projection.prototype.identity = function () { this.val.fill(0); this.val[0] = this.val[5] = this.val[10] = this.val[15] = 1; return this; };
Projection.prototype.ortho = function (left, right, bottom, top, near, far) {
  var x = right === left ? 0 : 1 / (right - left);
  var y = top === bottom ? 0 : 1 / (top - bottom);
  var z = far === near ? 0 : 1 / (far - near);
  this.identity();
  this.val[0] = 2 * x; this.val[5] = 2 * y; this.val[10] = -2 * z;
  this.val[12] = -(left + right) * x; this.val[13] = -(top + bottom) * y; this.val[14] = -(far + near) * z;
  return this;
};
module.exports = Projection;
`;

/** Paths relative to node_modules/phaser/src. */
export const STAND_INS: Record<string, StandIn> = {
  'math/Matrix4.js': {
    code: PROJECTION,
    why: 'the room is 2D: its only 4×4 matrix is the WebGL renderer’s orthographic projection',
    readers: {
      'renderer/webgl/WebGLRenderer.js':
        'makes projectionMatrix (identity), sets it with ortho on resize; batch handlers read its val',
    },
  },
  'animations/AnimationManager.js': {
    code: idleManager('AnimationManager'),
    why: 'the room plays no sprite animations',
    readers: { 'core/Game.js': 'makes game.anims, which scenes are handed and never call' },
  },
  'input/InputManager.js': {
    code: idleManager('InputManager'),
    why: 'the room takes no pointer or key input: the page around it does (src/ui)',
    readers: {
      'core/Game.js': 'makes game.input; with no input plugin in any scene, nothing calls it',
    },
  },
  'cameras/2d/effects/index.js': {
    code: IDLE_CAMERA_EFFECT,
    why: 'the room fades, flashes, shakes, pans and zooms no camera with Phaser’s effects; the renderers only ask the fade and flash whether to draw (postRenderCanvas, postRenderWebGL)',
    readers: {
      'cameras/2d/Camera.js':
        'makes six effects; calls preRender, update, reset, destroy and reads isRunning',
    },
  },
  'gameobjects/tilesprite/TileSprite.js': {
    code: `function TileSprite () {}
TileSprite.prototype.setOrigin = function () { return this; };
TileSprite.prototype.destroy = function () {};
module.exports = TileSprite;`,
    why: 'only a DynamicTexture draws with the texture manager’s tile sprite, and the room makes none',
    readers: {
      'textures/TextureManager.js':
        'makes one when a game starts (setOrigin); resetTileSprite, for DynamicTexture#repeat, is never called',
    },
  },
  'textures/DynamicTexture.js': {
    code: leftOut('DynamicTexture'),
    why: 'the room draws into no render texture: its backdrop is a canvas image (src/view/draw/backdrop.ts)',
    readers: { 'textures/TextureManager.js': 'addDynamicTexture, never called' },
  },
  'gameobjects/layer/Layer.js': {
    code: leftOut('Layer'),
    why: 'the room groups its game objects in containers, never in layers',
    readers: {
      'gameobjects/container/Container.js':
        'refuses a Layer as a child (instanceof), which no Layer made is, as none is',
    },
  },
  'core/DebugHeader.js': {
    code: 'module.exports = function DebugHeader () {};',
    why: 'the room’s game hides Phaser’s console banner (banner: false in src/view/room.ts), so the header printed nothing',
    readers: { 'core/Game.js': 'calls it once as the game boots' },
  },
  'renderer/snapshot/CanvasSnapshot.js': {
    code: leftOut('CanvasSnapshot'),
    why: 'the room takes no snapshot of its canvas',
    readers: { 'renderer/canvas/CanvasRenderer.js': 'snapshot, snapshotCanvas: never called' },
  },
  'renderer/snapshot/WebGLSnapshot.js': {
    code: leftOut('WebGLSnapshot'),
    why: 'the room takes no snapshot of its canvas',
    readers: { 'renderer/webgl/WebGLRenderer.js': 'snapshot, snapshotFramebuffer: never called' },
  },
  ...Object.fromEntries(
    UNUSED_RENDER_NODES.map((node) => [
      `renderer/webgl/renderNodes/${node}.js`,
      {
        code: leftOut(node.split('/').pop() ?? node),
        why: 'no game object or camera of the room asks for it',
        readers: {
          'renderer/webgl/renderNodes/RenderNodeManager.js':
            'names it, and makes it only when asked for',
        },
      },
    ]),
  ),
  ...Object.fromEntries(
    FILTERS.map((filter) => [
      `filters/${filter}.js`,
      {
        code: leftOut(filter),
        why: 'the room adds no filter to any game object or camera',
        readers: { 'gameobjects/components/FilterList.js': `add${filter}, never called` },
      },
    ]),
  ),
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
      const replaced = path === undefined ? undefined : (NARROW_INDEXES[path] ?? STAND_INS[path]);
      if (!replaced) return null;
      narrowed.add(id);
      return replaced.code;
    },
    buildEnd() {
      for (const id of narrowed) {
        const path = phaserPath(id) ?? id;
        const readers = (NARROW_INDEXES[path] ?? STAND_INS[path])?.readers ?? {};
        const what = path in STAND_INS ? 'replaces with a stand-in' : 'narrows';
        for (const importer of this.getModuleInfo(id)?.importers ?? []) {
          const from = phaserPath(importer);
          if (from !== undefined && from in readers) continue;
          this.error(
            `${importer} requires Phaser's ${path}, which src/build/lean-phaser-plugin.ts ${what} for its known readers only (${Object.keys(readers).join(', ')}): check what it reads and add it there.`,
          );
        }
      }
    },
  };
}
