/**
 * `npm run package:lms` — builds the game and writes, into dist-lms/, one
 * SCORM 1.2 and one SCORM 2004 (4th Edition) package with a SCO per meeting
 * of scenarios/, plus dist-lms/harness/: a page that plays an unzipped
 * package under scorm-again, an independent LMS-side implementation, and
 * shows what the LMS recorded. Options: `--out <folder>`.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import type { ManifestMeeting } from '../build/lms/manifest.ts';
import { PACKAGE_VERSIONS, packageBuild, ZIP_NAME } from '../build/lms/package.ts';
import {
  displayPath,
  formatDiagnostic,
  listScenarioFiles,
  readScenarioFile,
} from '../build/scenario-files.ts';

/** The meetings to package, or the problems that stop packaging. */
function readMeetings(folder: string): { meetings: ManifestMeeting[]; problems: string[] } {
  const meetings: ManifestMeeting[] = [];
  const problems: string[] = [];
  for (const file of listScenarioFiles(folder)) {
    const result = readScenarioFile(file);
    if (result.scenario) meetings.push({ id: result.scenario.id, title: result.scenario.title });
    else
      problems.push(
        ...result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic),
      );
  }
  if (meetings.length === 0 && problems.length === 0) problems.push(`${folder}: no scenario files`);
  return { meetings, problems };
}

/** The harness page and the scorm-again builds it loads, beside the packages. */
function writeHarness(outDir: string): string {
  const target = join(outDir, 'harness');
  rmSync(target, { recursive: true, force: true });
  cpSync(resolve('tests/e2e/harness/lms'), target, { recursive: true });
  const require = createRequire(import.meta.url);
  // Its main file lives in dist/, beside the per-version builds (its exports hide package.json).
  const scormAgain = dirname(require.resolve('scorm-again'));
  for (const file of ['scorm12.min.js', 'scorm2004.min.js']) {
    cpSync(join(scormAgain, file), join(target, file));
  }
  return target;
}

async function main(argv: string[]): Promise<number> {
  const outAt = argv.indexOf('--out');
  const outDir = resolve(outAt >= 0 ? (argv[outAt + 1] ?? 'dist-lms') : 'dist-lms');
  const { meetings, problems } = readMeetings('scenarios');
  if (problems.length > 0) {
    console.error(`package:lms: the meetings have errors, so nothing was packaged:`);
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  const buildDir = join(outDir, '.game-build');
  mkdirSync(outDir, { recursive: true });
  await build({ logLevel: 'warn', build: { outDir: buildDir, emptyOutDir: true } });
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  for (const scorm of PACKAGE_VERSIONS) {
    const built = packageBuild({
      version: scorm,
      buildDir,
      meetings,
      packageVersion: version,
      outDir,
    });
    console.log(
      `Wrote ${displayPath(built.zipPath)}: ${meetings.length} meetings, ${built.gameFiles.length} game files, ${built.schemaFiles.length} schema files.`,
    );
  }
  rmSync(buildDir, { recursive: true, force: true });
  const harness = writeHarness(outDir);
  console.log(`Wrote ${displayPath(harness)}/ (try it: README, "In a learning platform").`);
  console.log(
    `Meetings: ${meetings.map((m) => m.id).join(', ')}. Zips: ${Object.values(ZIP_NAME).join(', ')}.`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`package:lms: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
