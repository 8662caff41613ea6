/** The command-line tools as an author runs them: output format and exit codes. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs a CLI through `npx tsx`, as npm does, or straight through node's tsx loader (faster). */
function run(script: string, args: string[], via: 'npx' | 'node' = 'node') {
  const command = via === 'npx' ? 'npx' : process.execPath;
  const prefix = via === 'npx' ? ['tsx'] : ['--import', 'tsx'];
  const result = spawnSync(command, [...prefix, `src/cli/${script}.ts`, ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SAMPLE = 'tests/fixtures/scenarios/sample-standup.yaml';

describe('npm run validate', () => {
  it('prints path:line:col  CODE  severity: message and exits 1 on an error', () => {
    const { status, stdout, stderr } = run(
      'validate',
      ['tests/fixtures/bad/unknown-target.yaml'],
      'npx',
    );
    expect(status).toBe(1);
    expect(stdout).toMatch(
      /^tests\/fixtures\/bad\/unknown-target\.yaml:55:15 {2}UNKNOWN_TARGET {2}error: choice "do-it-myself" leads to "reveiw".*did you mean "review"/m,
    );
    expect(stdout.trim().split('\n').at(-1)).toBe('1 file checked: 1 error, 0 warnings');
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('exits 0 on the sample and on warnings only', () => {
    const { status, stdout } = run('validate', [SAMPLE, 'tests/fixtures/bad/unknown-flag.yaml']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/unknown-flag\.yaml:\d+:\d+ {2}UNKNOWN_FLAG {2}warning: /);
    expect(stdout.trim().split('\n').at(-1)).toBe('2 files checked: 0 errors, 1 warning');
  });

  it('reports an unreadable file as a diagnostic, not a stack trace', () => {
    const { status, stdout, stderr } = run('validate', ['no/such/file.yaml']);
    expect(status).toBe(1);
    expect(stdout).toContain(
      'no/such/file.yaml:1:1  UNREADABLE_FILE  error: cannot read the file: no such file',
    );
    expect(stderr).toBe('');
  });
});

describe('npm run analyze', () => {
  it('prints JSON with exact counts and skips invalid files with their diagnostics', () => {
    const { status, stdout } = run('analyze', ['--json', SAMPLE, 'tests/fixtures/bad/cycle.yaml']);
    expect(status).toBe(1);
    const [sample, cycle] = JSON.parse(stdout) as Record<string, unknown>[];
    expect(sample).toMatchObject({
      id: 'sample-standup',
      valid: true,
      nodes: 2,
      decisions: 2,
      paths: 4,
      customer: { min: -2, max: 4 },
      longestPath: 2,
      shortestPath: 1,
    });
    expect(sample!.endings).toEqual([
      { id: 'shipped', rating: 'best', reachable: true, share: 0.25, paths: 1 },
      { id: 'slipped', rating: 'mixed', reachable: true, share: 0.5, paths: 2 },
      { id: 'stalled', rating: 'poor', reachable: true, share: 0.25, paths: 1 },
    ]);
    expect(cycle).toMatchObject({ valid: false, diagnostics: [{ code: 'CYCLE' }] });
  });

  it('prints a readable table', () => {
    const { status, stdout } = run('analyze', [SAMPLE]);
    expect(status).toBe(0);
    expect(stdout).toContain('sample-standup');
    expect(stdout).toMatch(/shipped\s+best\s+1\s+25\.0%/);
  });
});
