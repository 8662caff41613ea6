/**
 * Phaser's game adds a `visibilitychange` listener to the document when it
 * starts (core/VisibilityHandler.js) and `destroy()` never removes it, so
 * each room played leaves one behind, holding the destroyed game's event
 * emitter. This records what the game adds to the document while it starts,
 * so the room can take it off again when it stops the game.
 */
import type * as Phaser from 'phaser';

type Added = Parameters<Document['addEventListener']>;

/** Returns a function that removes the document listeners `game` added at its start. */
export function trackStartListeners(game: Phaser.Game): () => void {
  const added: Added[] = [];
  // Game#start is protected in Phaser's types; the game calls it on itself once its
  // default textures are ready, which is after the constructor has returned.
  const target = game as unknown as { start(): void };
  const start = target.start.bind(game);
  target.start = () => {
    const add = document.addEventListener;
    // Only for the duration of this synchronous call: the listeners go on as usual.
    document.addEventListener = function (this: Document, ...args: Added) {
      added.push(args);
      add.apply(this, args);
    } as Document['addEventListener'];
    try {
      start();
    } finally {
      document.addEventListener = add;
    }
  };
  return () => {
    for (const [type, listener, options] of added.splice(0))
      if (listener) document.removeEventListener(type, listener, options);
  };
}

/**
 * Phaser's TextureManager makes a TileSprite for its own use when a game
 * starts (TextureManager#boot) and its destroy() never destroys it. Under the
 * Canvas renderer that TileSprite holds a canvas from Phaser's CanvasPool, so
 * each game played pinned one more canvas for good (the leak test saw one
 * per meeting). Destroying it before the game returns that canvas to the pool.
 */
export function releaseTextureHelpers(game: Phaser.Game): void {
  const textures = game.textures as unknown as { tileSprite?: { destroy(): void } | null };
  textures.tileSprite?.destroy();
  textures.tileSprite = null;
}
