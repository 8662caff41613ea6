/**
 * What runs can actually reach once conditions count: nodes only reachable
 * through choices that are never offered, nodes where a run gets stuck, and
 * endings no run closes on; and meetings a blind player wins (blind.ts). The engine's `analyze()` explores every
 * (node, state that conditions read) pair exactly, so these checks reuse it
 * rather than keep a second explorer in step with the scoring rule.
 */
import type { Finding } from '../../content/issues.ts';
import { parseScenario, type ParseResult } from '../../content/load.ts';
import type { Scenario } from '../../content/types.ts';
import { analyze } from './analyze.ts';
import { bestPlacement, blindPlays } from './blind.ts';

/**
 * Blind-play checks start at this many decisions: in a two-decision sketch
 * (a test fixture, a first draft) one place is always "more than half".
 */
export const MIN_DECISIONS_FOR_BLIND_CHECKS = 3;

const ordinal = (index: number) =>
  ['first', 'second', 'third', 'fourth', 'fifth'][index] ?? `${index + 1}th`;

/** BLIND_WIN and POSITION_BIAS: a meeting won, or answered, without reading the options. */
export function blindFindings(scenario: Scenario, reachable: ReadonlySet<string>): Finding[] {
  if (reachable.size < MIN_DECISIONS_FOR_BLIND_CHECKS) return [];
  const findings: Finding[] = [];
  const wins = new Map<string, string[]>();
  for (const play of blindPlays(scenario)) {
    const rating = play.ending?.rating;
    if (play.ending && (rating === 'best' || rating === 'good')) {
      wins.set(play.ending.id, [...(wins.get(play.ending.id) ?? []), play.strategy]);
    }
  }
  scenario.endings.forEach((ending, e) => {
    const strategies = wins.get(ending.id);
    if (!strategies) return;
    const rule = strategies.map((strategy) => `always the ${strategy}`).join(', ');
    const message = `a player who never reads the options reaches the ${ending.rating} ending "${ending.id}" (${rule} option); rebalance where and how the best options are written`;
    findings.push({ code: 'BLIND_WIN', path: ['endings', e, 'id'], message });
  });
  const placement = bestPlacement(scenario, reachable);
  placement.byPosition.forEach((count, position) => {
    if (count * 2 <= placement.decisions) return;
    const message = `the ${ordinal(position)} option is the best for customers in ${count} of ${placement.decisions} decisions; a room learns the place instead of the call`;
    findings.push({ code: 'POSITION_BIAS', path: ['nodes'], atKey: true, message });
  });
  return findings;
}

export interface RunCheckOptions {
  /**
   * Skip run checks (with an ANALYSIS_LIMIT warning) above this many choices.
   * Analysis cost grows with the states conditions can tell apart; real
   * scenarios have tens of choices, so the default is a guard, not a budget.
   */
  maxChoices?: number;
}

export const DEFAULT_MAX_CHOICES = 2_000;

export function runFindings(scenario: Scenario, options: RunCheckOptions = {}): Finding[] {
  const maxChoices = options.maxChoices ?? DEFAULT_MAX_CHOICES;
  const choices = scenario.nodes.reduce((sum, node) => sum + node.choices.length, 0);
  if (choices > maxChoices) {
    const message = `${choices} choices is over the limit of ${maxChoices} for exploring every run; reachability of endings was not checked`;
    return [{ code: 'ANALYSIS_LIMIT', path: ['nodes'], atKey: true, message }];
  }
  const analysis = analyze(scenario);
  const reachable = new Set(analysis.reachable);
  const stuck = new Set(analysis.stuck);
  const findings: Finding[] = [];
  scenario.nodes.forEach((node, n) => {
    if (!reachable.has(node.id)) {
      const message = `no run reaches node "${node.id}": every choice leading to it has a \`requires\` that never holds on the way`;
      findings.push({ code: 'UNREACHABLE_NODE', path: ['nodes', n, 'id'], message });
    } else if (stuck.has(node.id)) {
      const message = `some runs reach node "${node.id}" in a state where none of its choices is offered, so the meeting stops without an ending`;
      findings.push({ code: 'STUCK', path: ['nodes', n, 'id'], message });
    }
  });
  analysis.endings.forEach((ending, e) => {
    if (ending.reachable) return;
    const message = `no run ends with "${ending.id}": its \`when\` never holds when the meeting closes, or an earlier ending always matches first`;
    findings.push({ code: 'UNREACHABLE_ENDING', path: ['endings', e, 'id'], message });
  });
  return [...findings, ...blindFindings(scenario, reachable)];
}

/**
 * Every check on one scenario file's text, run checks included: what
 * `npm run validate` and the build apply. `path` is only used in diagnostics.
 */
export function validateScenario(
  text: string,
  path: string,
  options: RunCheckOptions = {},
): ParseResult {
  return parseScenario(text, path, (scenario) => runFindings(scenario, options));
}
