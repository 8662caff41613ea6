// Phaser's canvas checks, which draw and read back a test canvas when first required.
import 'phaser/src/device/CanvasFeatures.js';
