// Phaser's chunk itself (its own top-level code runs when it is first imported) and its constants.
import 'phaser/src/const.js';
