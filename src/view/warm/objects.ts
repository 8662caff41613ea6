// The game objects the room draws with, and the cameras every scene gets.
import 'phaser/src/gameobjects/text/Text.js';
import 'phaser/src/gameobjects/graphics/Graphics.js';
import 'phaser/src/gameobjects/container/Container.js';
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import 'phaser/src/gameobjects/image/ImageFactory.js';
