/**
 * Child process for the engine bench: times XState's `getSimplePaths` on the
 * machine compiled from one synthetic scenario and prints one JSON line. It
 * runs in its own process so the parent can stop it after its time limit
 * (simple paths explode on branch-and-merge graphs). It prints `ready` once
 * the scenario and machine are built, so the limit covers only the traversal.
 *
 *   node --import tsx tests/bench/xstate-paths.ts '{"nodes":25,"width":4}'
 */
import { getSimplePaths } from 'xstate/graph';
import { compileScenario, type ChooseEvent } from '../../src/engine/core/machine.ts';
import { indexScenario } from '../../src/engine/core/lookup.ts';
import { layeredScenario, type LayeredOptions } from './synthetic.ts';

const options = JSON.parse(process.argv[2] ?? '{}') as LayeredOptions;
const scenario = layeredScenario(options);
const machine = compileScenario(scenario);
const index = indexScenario(scenario);

console.log('ready');
const started = performance.now();
const paths = getSimplePaths(machine, {
  // One CHOOSE event per choice of the current node; endings and the closing state have none.
  events: (snapshot): ChooseEvent[] => {
    const node = index.node.get(String(snapshot.value));
    return (node?.choices ?? []).map((choice) => ({ type: 'CHOOSE', choiceId: choice.id }));
  },
  // Ignore the context (meters): the bench compares graph traversal, as TOOLING.md advises.
  serializeState: (snapshot) => String(snapshot.value),
});
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, paths: paths.length }));
