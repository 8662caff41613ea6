// The two renderers Phaser's game requires when it is created (core/CreateRenderer.js).
import 'phaser/src/renderer/webgl/WebGLRenderer.js';
import 'phaser/src/renderer/canvas/CanvasRenderer.js';
