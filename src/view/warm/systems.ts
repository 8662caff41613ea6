// The game's managers: textures, scale, scenes, input, animations, plugins.
import 'phaser/src/textures/TextureManager.js';
import 'phaser/src/scale/ScaleManager.js';
import 'phaser/src/scene/SceneManager.js';
import 'phaser/src/input/InputManager.js';
import 'phaser/src/animations/AnimationManager.js';
import 'phaser/src/plugins/PluginManager.js';
