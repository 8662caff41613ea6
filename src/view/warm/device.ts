// The rest of Phaser's device checks (OS, browser, input, audio, video, fullscreen).
import 'phaser/src/device/index.js';
