/**
 * The one fast-check arbitrary for random scenarios, shared by every
 * property test that needs one: random deltas to both meters, trust and
 * flags, `requires` on choices and `when` on endings (ranges, flags, trust,
 * `any`, `not` and conjunctions), over up to `maxNodes` nodes n0, n1, ….
 *
 * By default the scene graph is a DAG with no dead end, so every walk
 * reaches an ending within the node count: a choice leads to a later node or
 * closes the meeting, and each node's first choice has no `requires`. The
 * options lift either promise:
 *
 *   randomScenario({ maxNodes: 10 })   // DAG, every walk ends (replay, outcomes)
 *   randomScenario({ deadEnds: true }) // DAG where a play may find no choice (brute force)
 *   randomScenario({ loops: true })    // choices may lead back too: cycles
 *
 * The defaults keep scenarios small enough to walk every play.
 */
import fc from 'fast-check';
import type { Condition, Scenario } from '../../src/content/types.ts';
import { makeScenario, type ChoiceInput, type NodeInput } from './builders.ts';

export interface RandomScenarioOptions {
  /**
   * Let a choice lead to any node, its own and earlier ones included, so the
   * scene graph may have cycles (about three scenarios in five do, most of
   * them through more than one node). Default false: a DAG.
   */
  loops?: boolean;
  /**
   * Let every choice carry a `requires`, the first one included, so a play
   * may reach a node where no choice is on offer. Default false.
   */
  deadEnds?: boolean;
  /** Default 7. */
  maxNodes?: number;
  /** Choices per node, at least one. Default 4. */
  maxChoices?: number;
}

const bound = fc.integer({ min: -3, max: 3 });
const range = fc.oneof(
  fc.record({ min: bound }),
  fc.record({ max: bound }),
  fc.record({ min: bound, max: bound }),
);
const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ customer: range }),
  fc.record({ pleasing: range }),
  fc.oneof(
    fc.record({ trust: fc.record({ asha: range }) }),
    fc.record({ trust: fc.record({ ravi: range }) }),
  ),
  fc.record({ flags: fc.record({ escalated: fc.boolean() }) }),
  fc.record({ flags: fc.record({ aligned: fc.boolean() }) }),
);
const condition: fc.Arbitrary<Condition> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.record({ any: fc.array(leaf, { minLength: 1, maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ not: leaf }) },
  { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([a, b]) => ({ ...b, ...a })) },
);

/**
 * Where a choice leads, with `target` picking among the candidates: the
 * `next` node (or the end, from the last node), any `later` node or the end,
 * or (with loops only) `anywhere`: any node at all.
 */
type Lead = 'next' | 'later' | 'anywhere';
const lead = (loops: boolean): fc.Arbitrary<Lead> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant<Lead>('next') },
    { weight: 8, arbitrary: fc.constant<Lead>('later') },
    ...(loops ? [{ weight: 3, arbitrary: fc.constant<Lead>('anywhere') }] : []),
  );

function nextOf(i: number, count: number, lead: Lead, target: number): string {
  if (lead === 'anywhere') return `n${target % count}`;
  const later = count - i - 1;
  const step = lead === 'next' ? 0 : target % (later + 1);
  return step === later ? 'end' : `n${i + 1 + step}`;
}

const delta = fc.integer({ min: -2, max: 2 });
/** A choice's effects, guard and destination; its id and `next` are filled in per node. */
const choiceBody = (loops: boolean) =>
  fc.record(
    {
      customer: delta,
      pleasing: delta,
      trust: fc.record({ asha: delta, ravi: delta }, { requiredKeys: [] }),
      flags: fc.record({ escalated: fc.boolean(), aligned: fc.boolean() }, { requiredKeys: [] }),
      requires: condition,
      lead: lead(loops),
      target: fc.nat(),
    },
    { requiredKeys: ['customer', 'pleasing', 'lead', 'target'] },
  );

export function randomScenario(options: RandomScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const { loops = false, deadEnds = false, maxNodes = 7, maxChoices = 4 } = options;
  return fc
    .record({
      nodes: fc.array(fc.array(choiceBody(loops), { minLength: 1, maxLength: maxChoices }), {
        minLength: 1,
        maxLength: maxNodes,
      }),
      endings: fc.array(condition, { maxLength: 3 }),
    })
    .map(({ nodes, endings }) => {
      const nodeInputs: NodeInput[] = nodes.map((bodies, i) => ({
        id: `n${i}`,
        choices: bodies.map(({ lead, target, requires, ...body }, k): ChoiceInput => ({
          ...body,
          ...(requires && (deadEnds || k > 0) ? { requires } : {}),
          id: `n${i}-c${k}`,
          next: nextOf(i, nodes.length, lead, target),
        })),
      }));
      return makeScenario({
        cast: [{ id: 'asha', trust: 1 }, { id: 'ravi' }],
        nodes: nodeInputs,
        endings: [...endings.map((when, i) => ({ id: `e${i}`, when })), { id: 'fallback' }],
      });
    });
}
