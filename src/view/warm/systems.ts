// The game's managers: textures, scale, scenes, plugins. (Its input and animation
// managers are idle stand-ins: src/build/lean-phaser-plugin.ts.)
import 'phaser/src/textures/TextureManager.js';
import 'phaser/src/scale/ScaleManager.js';
import 'phaser/src/scene/SceneManager.js';
import 'phaser/src/plugins/PluginManager.js';
