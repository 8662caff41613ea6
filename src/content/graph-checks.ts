/**
 * The node graph, ignoring conditions: cycles, nodes `start` never leads to,
 * and nodes from which no choice leads to "end". Assumes every reference
 * resolves (checked first in reference-checks.ts).
 */
import type { Finding } from './issues.ts';
import { END, type Scenario } from './types.ts';

function edges(scenario: Scenario): Map<string, string[]> {
  return new Map(
    scenario.nodes.map((node) => [node.id, node.choices.map((choice) => choice.next)]),
  );
}

function reachableFrom(start: string, next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const target of next(stack.pop()!)) {
      if (!seen.has(target)) {
        seen.add(target);
        stack.push(target);
      }
    }
  }
  return seen;
}

/** One finding per back edge, at the `next` that closes the loop. */
function cycles(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const position = new Map(scenario.nodes.map((node, index) => [node.id, index]));
  // Iterative depth-first search: authored graphs are small, hostile ones are not.
  const visit = (root: string): void => {
    const stack: { id: string; choice: number }[] = [{ id: root, choice: 0 }];
    state.set(root, 'open');
    trail.push(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const n = position.get(frame.id)!;
      const choice = scenario.nodes[n]!.choices[frame.choice++];
      if (!choice) {
        state.set(frame.id, 'done');
        trail.pop();
        stack.pop();
        continue;
      }
      if (choice.next === END) continue;
      const seen = state.get(choice.next);
      if (seen === 'open') {
        const loop = [...trail.slice(trail.indexOf(choice.next)), choice.next].join(' → ');
        const message = `choice "${choice.id}" leads back to "${choice.next}" (${loop}); a meeting must move forward`;
        findings.push({
          code: 'CYCLE',
          path: ['nodes', n, 'choices', frame.choice - 1, 'next'],
          message,
        });
      } else if (!seen) {
        state.set(choice.next, 'open');
        trail.push(choice.next);
        stack.push({ id: choice.next, choice: 0 });
      }
    }
  };
  visit(scenario.start);
  for (const node of scenario.nodes) if (!state.has(node.id)) visit(node.id);
  return findings;
}

export function graphFindings(scenario: Scenario): Finding[] {
  const forward = edges(scenario);
  const backward = new Map<string, string[]>();
  for (const [from, targets] of forward) {
    for (const target of targets) backward.set(target, [...(backward.get(target) ?? []), from]);
  }
  const fromStart = reachableFrom(scenario.start, (id) => forward.get(id) ?? []);
  const toEnd = reachableFrom(END, (id) => backward.get(id) ?? []);
  const findings = cycles(scenario);
  scenario.nodes.forEach((node, n) => {
    if (!fromStart.has(node.id)) {
      const message = `node "${node.id}" is unreachable: no choice on any path from "${scenario.start}" leads to it`;
      findings.push({ code: 'UNREACHABLE_NODE', path: ['nodes', n, 'id'], message });
    } else if (!toEnd.has(node.id)) {
      const message = `node "${node.id}" is a dead end: no path of choices from it reaches "${END}"`;
      findings.push({ code: 'DEAD_END', path: ['nodes', n, 'id'], message });
    }
  });
  return findings;
}
