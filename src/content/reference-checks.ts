/**
 * Ids and the references between them: duplicates, reserved names, unknown
 * start/target/speaker/cast/flag, empty ranges and the order of endings.
 */
import type { Condition } from './schema.ts';
import type { Finding } from './issues.ts';
import type { DataPath } from './locate.ts';
import { suggestion } from './suggest.ts';
import { END, PM_SPEAKER, type Scenario } from './types.ts';

/** Every condition in the scenario with its path, nested ones included. */
export function* conditionsOf(scenario: Scenario): Generator<[Condition, DataPath]> {
  function* walk(
    condition: Condition | undefined,
    path: DataPath,
  ): Generator<[Condition, DataPath]> {
    if (!condition) return;
    yield [condition, path];
    for (const [index, part] of (condition.any ?? []).entries())
      yield* walk(part, [...path, 'any', index]);
    yield* walk(condition.not, [...path, 'not']);
  }
  for (const [n, node] of scenario.nodes.entries()) {
    for (const [l, line] of node.lines.entries())
      yield* walk(line.when, ['nodes', n, 'lines', l, 'when']);
    for (const [c, choice] of node.choices.entries()) {
      yield* walk(choice.requires, ['nodes', n, 'choices', c, 'requires']);
    }
  }
  for (const [e, ending] of scenario.endings.entries())
    yield* walk(ending.when, ['endings', e, 'when']);
}

function duplicateIds(scenario: Scenario, findings: Finding[]): void {
  const kinds: [string, { id: string }[], DataPath[]][] = [
    ['cast member', scenario.cast, scenario.cast.map((_, i) => ['cast', i, 'id'])],
    ['node', scenario.nodes, scenario.nodes.map((_, i) => ['nodes', i, 'id'])],
    ['ending', scenario.endings, scenario.endings.map((_, i) => ['endings', i, 'id'])],
  ];
  const choices = scenario.nodes.flatMap((node, n) =>
    node.choices.map((choice, c) => ({ choice, path: ['nodes', n, 'choices', c, 'id'] })),
  );
  kinds.push(['choice', choices.map(({ choice }) => choice), choices.map(({ path }) => path)]);
  for (const [kind, items, paths] of kinds) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) {
        findings.push({
          code: 'DUPLICATE_ID',
          path: paths[index] ?? [],
          message: `${kind} id "${item.id}" is used twice`,
        });
      }
      seen.add(item.id);
    });
  }
  const nodeIds = new Set(scenario.nodes.map((node) => node.id));
  scenario.endings.forEach((ending, e) => {
    if (nodeIds.has(ending.id)) {
      const message = `ending id "${ending.id}" is also a node id; keep them apart so the branch map is unambiguous`;
      findings.push({ code: 'DUPLICATE_ID', path: ['endings', e, 'id'], message });
    }
  });
}

function reservedIds(scenario: Scenario, findings: Finding[]): void {
  scenario.nodes.forEach((node, n) => {
    if (node.id === END) {
      findings.push({
        code: 'RESERVED_ID',
        path: ['nodes', n, 'id'],
        message: `"${END}" is reserved: \`next: ${END}\` closes the meeting`,
      });
    }
  });
  scenario.endings.forEach((ending, e) => {
    if (ending.id === END) {
      findings.push({
        code: 'RESERVED_ID',
        path: ['endings', e, 'id'],
        message: `"${END}" is reserved for \`next: ${END}\``,
      });
    }
  });
  scenario.cast.forEach((member, m) => {
    if (member.id === PM_SPEAKER) {
      findings.push({
        code: 'RESERVED_ID',
        path: ['cast', m, 'id'],
        message: `"${PM_SPEAKER}" is reserved for the player`,
      });
    }
  });
}

function unknownReferences(scenario: Scenario, findings: Finding[]): void {
  const nodeIds = new Set(scenario.nodes.map((node) => node.id));
  const castIds = new Set(scenario.cast.map((member) => member.id));
  if (!nodeIds.has(scenario.start)) {
    const message = `start "${scenario.start}" is not a node id${suggestion(scenario.start, nodeIds)}`;
    findings.push({ code: 'UNKNOWN_START', path: ['start'], message });
  }
  scenario.nodes.forEach((node, n) => {
    node.lines.forEach((line, l) => {
      if (line.speaker === PM_SPEAKER || castIds.has(line.speaker)) return;
      const message = `speaker "${line.speaker}" is not in the cast and is not "${PM_SPEAKER}"${suggestion(line.speaker, castIds)}`;
      findings.push({
        code: 'UNKNOWN_SPEAKER',
        path: ['nodes', n, 'lines', l, 'speaker'],
        message,
      });
    });
    node.choices.forEach((choice, c) => {
      if (choice.next !== END && !nodeIds.has(choice.next)) {
        const message = `choice "${choice.id}" leads to "${choice.next}", which is not a node id or "${END}"${suggestion(choice.next, [...nodeIds, END])}`;
        findings.push({
          code: 'UNKNOWN_TARGET',
          path: ['nodes', n, 'choices', c, 'next'],
          message,
        });
      }
      for (const who of Object.keys(choice.trust ?? {})) {
        if (castIds.has(who)) continue;
        const message = `choice "${choice.id}" changes the trust of "${who}", who is not in the cast${suggestion(who, castIds)}`;
        findings.push({
          code: 'UNKNOWN_CAST',
          path: ['nodes', n, 'choices', c, 'trust', who],
          atKey: true,
          message,
        });
      }
    });
  });
}

function conditionReferences(scenario: Scenario, findings: Finding[]): void {
  const castIds = new Set(scenario.cast.map((member) => member.id));
  const setFlags = new Set(
    scenario.nodes.flatMap((node) =>
      node.choices.flatMap((choice) => Object.keys(choice.flags ?? {})),
    ),
  );
  for (const [condition, path] of conditionsOf(scenario)) {
    for (const [who, range] of Object.entries(condition.trust ?? {})) {
      if (!castIds.has(who)) {
        const message = `the condition reads the trust of "${who}", who is not in the cast${suggestion(who, castIds)}`;
        findings.push({
          code: 'UNKNOWN_CAST',
          path: [...path, 'trust', who],
          atKey: true,
          message,
        });
      }
      emptyRange(range, [...path, 'trust', who], findings);
    }
    emptyRange(condition.customer, [...path, 'customer'], findings);
    emptyRange(condition.pleasing, [...path, 'pleasing'], findings);
    for (const flag of Object.keys(condition.flags ?? {})) {
      if (setFlags.has(flag)) continue;
      const message = `no choice ever sets the flag "${flag}", so it is always false${suggestion(flag, setFlags)}`;
      findings.push({ code: 'UNKNOWN_FLAG', path: [...path, 'flags', flag], atKey: true, message });
    }
  }
}

function emptyRange(
  range: { min?: number; max?: number } | undefined,
  path: DataPath,
  findings: Finding[],
): void {
  if (range?.min === undefined || range.max === undefined || range.min <= range.max) return;
  const message = `min ${range.min} is greater than max ${range.max}, so this never holds`;
  findings.push({ code: 'EMPTY_RANGE', path, message });
}

function endingOrder(scenario: Scenario, findings: Finding[]): void {
  const last = scenario.endings.length - 1;
  scenario.endings.forEach((ending, e) => {
    if (e === last && ending.when) {
      const message = `the last ending "${ending.id}" has a \`when\`; remove it so "${ending.id}" is the fallback, or add a fallback ending last`;
      findings.push({
        code: 'MISSING_FALLBACK',
        path: ['endings', e, 'when'],
        atKey: true,
        message,
      });
    }
    if (e < last && !ending.when) {
      const message = `ending "${ending.id}" has no \`when\` but is not last: give it a \`when\` or move it to the end as the one fallback`;
      findings.push({ code: 'SHADOWED_ENDING', path: ['endings', e, 'id'], message });
    }
  });
}

/** Reference and id findings, in the order the checks run. */
export function referenceFindings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  duplicateIds(scenario, findings);
  reservedIds(scenario, findings);
  unknownReferences(scenario, findings);
  conditionReferences(scenario, findings);
  endingOrder(scenario, findings);
  return findings;
}
