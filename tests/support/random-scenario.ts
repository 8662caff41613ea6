/**
 * A fast-check arbitrary for valid scenarios: layered DAGs (so every walk
 * ends) with random deltas, trust, flags, `requires` and ending conditions.
 * Every node keeps one unconditional choice, so no node is a dead end.
 */
import fc from 'fast-check';
import type { Condition, Scenario } from '../../src/content/types.ts';

const CAST = ['asha', 'ravi'];
const FLAGS = ['f1', 'f2'];

const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ customer: fc.record({ min: fc.integer({ min: -4, max: 4 }) }) }),
  fc.record({ pleasing: fc.record({ max: fc.integer({ min: -4, max: 4 }) }) }),
  fc.record({
    flags: fc.dictionary(fc.constantFrom(...FLAGS), fc.boolean(), { minKeys: 1, maxKeys: 1 }),
  }),
  fc.record({
    trust: fc.dictionary(
      fc.constantFrom(...CAST),
      fc.record({ min: fc.integer({ min: -2, max: 2 }) }),
      { minKeys: 1, maxKeys: 1 },
    ),
  }),
);

export interface RandomScenarioOptions {
  maxLayers?: number;
  maxWidth?: number;
  maxChoices?: number;
}

export function randomScenario(options: RandomScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const { maxLayers = 5, maxWidth = 3, maxChoices = 3 } = options;
  const choiceShape = fc.record({
    customer: fc.integer({ min: -3, max: 3 }),
    pleasing: fc.integer({ min: -3, max: 3 }),
    trust: fc.dictionary(fc.constantFrom(...CAST), fc.integer({ min: -2, max: 2 }), { maxKeys: 2 }),
    flags: fc.dictionary(fc.constantFrom(...FLAGS), fc.boolean(), { maxKeys: 1 }),
    requires: fc.option(condition, { nil: undefined }),
    target: fc.nat(),
  });
  const layer = fc.array(fc.array(choiceShape, { minLength: 1, maxLength: maxChoices }), {
    minLength: 1,
    maxLength: maxWidth,
  });
  return fc
    .record({
      layers: fc.array(layer, { minLength: 1, maxLength: maxLayers }),
      endingConditions: fc.array(condition, { minLength: 0, maxLength: 3 }),
    })
    .map(({ layers, endingConditions }) => buildScenario(layers, endingConditions));
}

type ChoiceShape = {
  customer: number;
  pleasing: number;
  trust: Record<string, number>;
  flags: Record<string, boolean>;
  requires?: Condition;
  target: number;
};

function buildScenario(layers: ChoiceShape[][][], endingConditions: Condition[]): Scenario {
  const nodeId = (l: number, w: number) => `n${l}-${w}`;
  let choiceCount = 0;
  const nodes = layers.flatMap((layer, l) =>
    layer.map((choices, w) => ({
      id: nodeId(l, w),
      lines: [{ speaker: 'asha', text: `Line at ${nodeId(l, w)}` }],
      choices: choices.map((shape, c) => {
        const nextLayer = layers[l + 1];
        const next = nextLayer ? nodeId(l + 1, shape.target % nextLayer.length) : 'end';
        choiceCount += 1;
        return {
          id: `c${choiceCount}`,
          text: `Choice ${choiceCount}`,
          customer: shape.customer,
          pleasing: shape.pleasing,
          trust: shape.trust,
          flags: shape.flags,
          // The first choice of every node stays unconditional, so nothing dead-ends.
          requires: c === 0 ? undefined : shape.requires,
          feedback: 'Something happens.',
          principle: 'align-stakeholders' as const,
          next,
        };
      }),
    })),
  );
  const endings = [
    ...endingConditions.map((when, i) => ({
      id: `ending-${i}`,
      title: `Ending ${i}`,
      text: 'It ended.',
      lesson: 'A lesson.',
      rating: 'good' as const,
      when,
      further: ['metrics-and-kpis' as const],
    })),
    {
      id: 'fallback',
      title: 'Fallback',
      text: 'It ended.',
      lesson: 'A lesson.',
      rating: 'mixed' as const,
      further: ['stakeholder-management' as const],
    },
  ];
  return {
    format: 1,
    id: 'random',
    title: 'Random',
    setting: { company: 'Co', stage: 'Seed', city: 'Pune', situation: 'Random.' },
    summary: 'Random scenario.',
    stakes: 'None.',
    minutes: 1,
    principles: ['align-stakeholders'],
    cast: CAST.map((id) => ({ id, name: id, role: 'Role', function: 'engineering' as const })),
    start: nodeId(0, 0),
    nodes,
    endings,
  };
}
