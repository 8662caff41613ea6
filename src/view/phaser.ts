/**
 * The room's Phaser: built from Phaser 4's own modules (phaser/src), with
 * only what the room uses — the game, a scene, the 2D cameras and four game
 * objects (graphics, text, container, image) — instead of the whole
 * library (~350 KB gzip). This is the approach of Phaser's own custom
 * builds; the renderer flags those builds set are in vite.config.ts
 * (`define`), and vite.config.ts maps `phaser/src/` to the package's source
 * folder, which its `exports` map does not list. Phaser's namespace indexes
 * that its modules require for a member or two (math, renderer, texture
 * parsers) are built narrow by src/build/lean-phaser-plugin.ts, and the
 * modules its core requires but the room never uses (animations, input,
 * camera effects, filters, most render nodes) are stand-ins there. The
 * room's tweens are its own (src/view/tweens.ts).
 *
 * Types come from Phaser's own declarations; only values are imported here.
 */
import type * as PhaserTypes from 'phaser';
import CONST from 'phaser/src/const.js';
import 'phaser/src/cameras/2d/CameraManager.js';
import GameClass from 'phaser/src/core/Game.js';
import CanvasPoolObject from 'phaser/src/display/canvas/CanvasPool.js';
import SceneClass from 'phaser/src/scene/Scene.js';
import CENTER from 'phaser/src/scale/const/CENTER_CONST.js';
import SCALE_MODE from 'phaser/src/scale/const/SCALE_MODE_CONST.js';
// Each of these registers itself with Phaser when imported: the core scene
// plugins every scene needs, `this.cameras`, and the `scene.add.*` factories
// (image: the room's baked backdrop). The rest of Phaser's default scene
// plugins (clock, data, input, loader, lights, tweens) are left out.
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/gameobjects/GameObjectCreator.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/scene/ScenePlugin.js';
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import 'phaser/src/gameobjects/image/ImageFactory.js';

interface Constants {
  AUTO: typeof PhaserTypes.AUTO;
  CANVAS: typeof PhaserTypes.CANVAS;
  WEBGL: typeof PhaserTypes.WEBGL;
}

/** `Phaser.Display.Canvas.CanvasPool`: the canvases Phaser hands from game to game. */
export const CanvasPool = CanvasPoolObject as typeof PhaserTypes.Display.Canvas.CanvasPool;
/** `Phaser.Game`. */
export const Game = GameClass as typeof PhaserTypes.Game;
/** `Phaser.Scene`, for the room's scene to extend. */
export const Scene = SceneClass as typeof PhaserTypes.Scene;
/** `Phaser.AUTO`, `Phaser.CANVAS`, `Phaser.WEBGL`. */
export const { AUTO, CANVAS, WEBGL } = CONST as Constants;
/** The two `Phaser.Scale` constants the room's game config names. */
export const Scale = {
  FIT: (SCALE_MODE as typeof PhaserTypes.Scale.ScaleModes).FIT,
  CENTER_HORIZONTALLY: (CENTER as typeof PhaserTypes.Scale.Center).CENTER_HORIZONTALLY,
};
