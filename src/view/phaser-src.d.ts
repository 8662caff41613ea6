// Phaser's source modules (phaser/src/…) carry no declarations of their own;
// src/view/phaser.ts gives each value its type from Phaser's declarations.
declare module 'phaser/src/*' {
  const value: unknown;
  export default value;
}
