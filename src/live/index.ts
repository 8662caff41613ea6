/**
 * The live room's protocol, shared by the server, the phone page and the
 * facilitator client: pure (no Node, no DOM), so every side reads the same
 * rules. See DESIGN.md, "Floors".
 */
export * from './codes.ts';
export * from './limits.ts';
export * from './messages.ts';
export * from './views.ts';
