// Phaser's feature checks, which probe WebGL with a throwaway context when first required.
import 'phaser/src/device/Features.js';
