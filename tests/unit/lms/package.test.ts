/**
 * The packages, built from a small stand-in build and the real meetings:
 * every file the manifest lists is in the zip, identifiers are unique, and
 * the manifest is valid against the schemas the package itself carries
 * (Debian's xmllint, libxml2-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { launchOf, type PackageVersion } from '../../../src/build/lms/manifest.ts';
import { packageBuild } from '../../../src/build/lms/package.ts';
import { parseHash } from '../../../src/engine/links/route.ts';
import { lmsVersionOf } from '../../../src/ui/lms/launch.ts';
import { loadScenarioFile } from '../../support/fixtures.ts';

const folder = new URL('../../../scenarios/', import.meta.url).pathname;
const meetings = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => loadScenarioFile(folder + name))
  .map(({ id, title }) => ({ id, title }));

const work = mkdtempSync(join(tmpdir(), 'mtc-lms-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = join(work, 'build');
for (const file of ['index.html', 'assets/index-abc.js', 'assets/sound one.wav']) {
  mkdirSync(dirname(join(build, file)), { recursive: true });
  writeFileSync(join(build, file), `contents of ${file}`);
}
// The build's precompressed copies are for the Node server: the package leaves them out.
for (const file of ['index.html.br', 'index.html.gz', 'assets/index-abc.js.br']) {
  writeFileSync(join(build, file), `compressed ${file}`);
}

/** Namespaces and the root schema of each version: xmllint validates one schema, so one imports them all. */
const SCHEMAS: Record<PackageVersion, Record<string, string>> = {
  scorm12: {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
  },
  scorm2004: {
    'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  },
};

function validate(version: PackageVersion, root: string, manifest: string): string {
  const imports = Object.entries(SCHEMAS[version])
    .map(([ns, file]) => `<xs:import namespace="${ns}" schemaLocation="${join(root, file)}"/>`)
    .join('\n');
  const driver = join(root, '..', `${version}-all.xsd`);
  writeFileSync(
    driver,
    `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:mtc:all">\n${imports}\n</xs:schema>\n`,
  );
  const target = join(root, '..', `${version}-manifest.xml`);
  writeFileSync(target, manifest);
  try {
    execFileSync('xmllint', ['--noout', '--schema', driver, target], { stdio: 'pipe' });
    return 'valid';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

describe.each(['scorm12', 'scorm2004'] as const)('the %s package', (version) => {
  const out = join(work, version);
  const built = packageBuild({
    version,
    buildDir: build,
    meetings,
    packageVersion: '0.1.0',
    outDir: out,
  });
  const zip = unzipSync(new Uint8Array(readFileSync(built.zipPath)));
  const root = join(out, 'unzipped');
  for (const [name, bytes] of Object.entries(zip)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), bytes);
  }
  const attribute = (name: string) =>
    [...built.manifest.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

  it('has one SCO per meeting with its title, in one organisation', () => {
    const refs = attribute('identifierref').filter((ref) => ref !== 'RES-game');
    expect(refs).toEqual(meetings.map((meeting) => `RES-${meeting.id}`));
    expect(built.manifest.match(/scorm[tT]ype="sco"/g)).toHaveLength(meetings.length);
    for (const meeting of meetings)
      expect(built.manifest).toContain(`<title>${meeting.title}</title>`);
    expect(built.manifest.match(/<organization /g)).toHaveLength(1);
  });

  it('lists every file of the build, each in the zip, with the schemas at the root', () => {
    const hrefs = [...built.manifest.matchAll(/<file href="([^"]*)"/g)].map((m) =>
      decodeURIComponent(m[1]!),
    );
    expect(new Set(hrefs)).toEqual(
      new Set(['index.html', 'assets/index-abc.js', 'assets/sound one.wav']),
    );
    for (const href of hrefs) expect(zip[href], href).toBeDefined();
    expect(Object.keys(zip).filter((name) => /\.(br|gz)$/.test(name))).toEqual([]);
    for (const schema of Object.values(SCHEMAS[version])) expect(zip[schema], schema).toBeDefined();
    expect(zip['imsmanifest.xml']).toBeDefined();
    expect(Object.keys(zip).every((name) => !name.startsWith('/') && !name.includes('..'))).toBe(
      true,
    );
  });

  it('has unique identifiers', () => {
    const ids = attribute('identifier');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(2 + meetings.length * 2 + 1);
  });

  it('is valid against the bundled schemas', () => {
    expect(validate(version, root, built.manifest)).toBe('valid');
  });

  it('is caught by the validator when broken (the check can fail)', () => {
    const broken = built.manifest
      .replace('<organizations ', '<organisations ')
      .replace('</organizations>', '</organisations>');
    expect(validate(version, root, broken)).toMatch(/organisations/);
  });

  it('launches each SCO into its meeting with the LMS flag', () => {
    for (const meeting of meetings) {
      const launch = new URL(`index.html${launchOf(version, meeting.id)}`, 'https://lms.example/');
      expect(lmsVersionOf(launch.search)).toBe(version);
      expect(parseHash(launch.hash).route).toEqual({
        screen: 'play',
        scenarioId: meeting.id,
        path: [],
      });
    }
  });
});
