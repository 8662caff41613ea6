/**
 * What runs can actually reach once conditions count: nodes only reachable
 * through choices that are never offered, nodes where a run gets stuck, and
 * endings no run closes on. The engine's `analyze()` explores every
 * (node, state that conditions read) pair exactly, so these checks reuse it
 * rather than keep a second explorer in step with the scoring rule.
 */
import type { Finding } from '../../content/issues.ts';
import { parseScenario, type ParseResult } from '../../content/load.ts';
import type { Scenario } from '../../content/types.ts';
import { analyze } from './analyze.ts';

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
  return findings;
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
