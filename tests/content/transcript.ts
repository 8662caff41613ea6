/**
 * Plays a scenario by choice ids through the engine's meeting session and
 * writes what a trainee would see and hear as plain text: each scene's
 * lines, the facilitator prompt, the options on offer, the pick, its
 * feedback and the meters after it, then the ending and its debrief.
 */
import { readFileSync } from 'node:fs';
import { validateScenario } from '../../src/engine/analysis/run-checks.ts';
import type { Scenario } from '../../src/content/types.ts';
import { createSession } from '../../src/engine/core/session.ts';

/** Loads a scenario file, failing loudly with its diagnostics. */
export function loadScenario(path: string): Scenario {
  const result = validateScenario(readFileSync(path, 'utf8'), path);
  if (!result.scenario) {
    const problems = result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`);
    throw new Error(`${path} does not load:\n${problems.join('\n')}`);
  }
  return result.scenario;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The transcript of one play; throws if a choice is not on offer at its step. */
export function transcript(scenario: Scenario, choiceIds: readonly string[]): string {
  const fixedClock = () => new Date('2026-01-01T00:00:00Z');
  const { session } = createSession(scenario, { now: fixedClock });
  const out: string[] = [`# ${scenario.title} (${scenario.id})`];
  for (const choiceId of choiceIds) {
    const view = session.view();
    if (view.status.kind !== 'deciding') throw new Error(`the meeting ended before "${choiceId}"`);
    out.push('', `## ${view.node?.title ?? view.status.nodeId}`);
    for (const line of view.lines) out.push(`${line.name} (${line.role}): ${line.text}`);
    if (view.node?.prompt) out.push(`[facilitator] ${view.node.prompt}`);
    if (view.node?.reasoning) out.push(`[reasoning] ${view.node.reasoning}`);
    for (const choice of view.choices) {
      out.push(`  ${choice.id === choiceId ? '>' : ' '} ${choice.number}. ${choice.text}`);
    }
    const after = session.choose(choiceId);
    const step = after.steps[after.steps.length - 1]!;
    const trust = Object.entries(step.trustDelta)
      .map(([who, delta]) => `${who} ${signed(delta)}`)
      .join(', ');
    out.push(`  -> ${step.feedback}`);
    out.push(
      `  [${step.principle}] customer ${step.customer}, pleasing ${step.pleasing}` +
        (trust ? `; trust ${trust}` : ''),
    );
  }
  const end = session.view();
  if (end.status.kind !== 'ended') throw new Error('the play did not reach an ending');
  const { ending } = end.status;
  out.push(
    '',
    `## Ending: ${ending.title} [${ending.rating}]`,
    ending.text,
    `Lesson: ${ending.lesson}`,
    `Where to go next: ${ending.further.join(', ')}`,
    `Final: customer ${end.meters.customer}, pleasing ${end.meters.pleasing}; trust ${Object.entries(
      end.trust,
    )
      .map(([who, value]) => `${who} ${value}`)
      .join(', ')}`,
  );
  return out.join('\n') + '\n';
}
