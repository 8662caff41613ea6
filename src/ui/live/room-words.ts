/** The live room in words, the same on the projector's panel and the facilitator's screen. */

/** The code spaced in two groups of three, as people read it aloud. */
export const spacedCode = (code: string): string => `${code.slice(0, 3)} ${code.slice(3)}`;

/** "3 people have joined". */
export function joinedWords(count: number): string {
  return `${count} ${count === 1 ? 'person has' : 'people have'} joined`;
}

/** The join address as people type it: without the scheme. */
export const addressWords = (joinUrl: string): string => joinUrl.replace(/^https?:\/\//, '');
