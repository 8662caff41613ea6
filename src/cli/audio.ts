/**
 * Writes the sound cues to assets/audio/ from pure math (see cues.ts).
 * Run with `npm run audio` (`tsx src/cli/audio.ts`); re-running rewrites
 * identical files, so the committed output can always be checked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { synthesizeCueFiles } from '../audio/cues.ts';

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, '../../assets/audio');
mkdirSync(target, { recursive: true });
let total = 0;
for (const cue of synthesizeCueFiles()) {
  writeFileSync(join(target, cue.file), cue.bytes);
  total += cue.bytes.length;
  console.log(`${cue.file.padEnd(18)} ${(cue.bytes.length / 1024).toFixed(1).padStart(6)} KB`);
}
console.log(`${'total'.padEnd(18)} ${(total / 1024).toFixed(1).padStart(6)} KB → ${target}`);
