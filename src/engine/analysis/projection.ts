/**
 * The projected meeting state: only the parts of the state that some
 * condition reads. Two runs that reach the same node with the same projected
 * state are offered the same choices from then on and close on the same
 * ending for the same remaining choices, so the analysis treats them as one.
 */
import type { Choice, Condition, Scenario } from '../../content/types.ts';
import type { MeetingState } from '../core/state.ts';

/** What the conditions of a scenario read (`choice.requires` and `ending.when`). */
export interface Projection {
  customer: boolean;
  pleasing: boolean;
  /** Cast ids whose trust is read, sorted. */
  trust: string[];
  /** Flags that are read, sorted. */
  flags: string[];
}

/** The parts of the state that conditions read, collected through `any` and `not`. */
export function projectionOf(scenario: Scenario): Projection {
  const trust = new Set<string>();
  const flags = new Set<string>();
  const meters = { customer: false, pleasing: false };
  const visit = (condition: Condition | undefined): void => {
    if (!condition) return;
    if (condition.customer) meters.customer = true;
    if (condition.pleasing) meters.pleasing = true;
    for (const who of Object.keys(condition.trust ?? {})) trust.add(who);
    for (const flag of Object.keys(condition.flags ?? {})) flags.add(flag);
    condition.any?.forEach(visit);
    visit(condition.not);
  };
  for (const node of scenario.nodes) for (const choice of node.choices) visit(choice.requires);
  for (const ending of scenario.endings) visit(ending.when);
  return { ...meters, trust: [...trust].sort(), flags: [...flags].sort() };
}

/** A projected state: one integer per read variable (flags as 0 or 1). */
type Vector = readonly number[];

/** What a choice does to a vector: pairs of (slot, amount) to add and (slot, value) to set. */
interface Effect {
  add: number[];
  set: number[];
}

/**
 * The projected states a scenario can reach, each interned as a small id so
 * the analysis keys on numbers, not on the state's contents. Id 0 is the
 * start's state; with nothing projected it is the only one.
 */
export interface StateSpace {
  projection: Projection;
  /** Id of the projected state after a choice (global choice index). */
  next(state: number, choice: number): number;
  /** A meeting state that agrees with the projected state on everything conditions read. */
  meetingState(state: number): MeetingState;
}

/** Vector layout: [customer?, pleasing?, ...trust, ...flags]. */
interface Layout {
  size: number;
  customerSlot: number;
  pleasingSlot: number;
  trustSlot: Map<string, number>;
  flagSlot: Map<string, number>;
}

function layoutOf(projection: Projection): Layout {
  const customerSlot = projection.customer ? 0 : -1;
  const pleasingSlot = projection.pleasing ? customerSlot + 1 : -1;
  const trustBase = Math.max(customerSlot, pleasingSlot) + 1;
  const flagBase = trustBase + projection.trust.length;
  return {
    size: flagBase + projection.flags.length,
    customerSlot,
    pleasingSlot,
    trustSlot: new Map(projection.trust.map((who, i) => [who, trustBase + i])),
    flagSlot: new Map(projection.flags.map((flag, i) => [flag, flagBase + i])),
  };
}

function effectOf(layout: Layout, choice: Choice): Effect {
  const { customerSlot, pleasingSlot, trustSlot, flagSlot } = layout;
  const effect: Effect = { add: [], set: [] };
  if (customerSlot >= 0 && choice.customer !== 0) effect.add.push(customerSlot, choice.customer);
  if (pleasingSlot >= 0 && choice.pleasing !== 0) effect.add.push(pleasingSlot, choice.pleasing);
  for (const [who, delta] of Object.entries(choice.trust ?? {})) {
    const slot = trustSlot.get(who);
    if (slot !== undefined && delta !== 0) effect.add.push(slot, delta);
  }
  for (const [flag, value] of Object.entries(choice.flags ?? {})) {
    const slot = flagSlot.get(flag);
    if (slot !== undefined) effect.set.push(slot, value ? 1 : 0);
  }
  return effect;
}

/** The vector after an effect; the same array when the effect changes nothing. */
function applyEffect(vector: Vector, { add, set }: Effect): Vector {
  let changed = add.length > 0;
  for (let i = 0; i < set.length && !changed; i += 2) changed = vector[set[i]!] !== set[i + 1];
  if (!changed) return vector;
  const next = vector.slice();
  for (let i = 0; i < add.length; i += 2) next[add[i]!]! += add[i + 1]!;
  for (let i = 0; i < set.length; i += 2) next[set[i]!] = set[i + 1]!;
  return next;
}

/** Interns choices' effects, so choices with the same effect share transitions. */
function internEffects(layout: Layout, choices: readonly Choice[]) {
  const effects: Effect[] = [];
  const byKey = new Map<string, number>();
  // -1: the choice changes nothing projected (always so when nothing is projected).
  const effectOfChoice = new Int32Array(choices.length).fill(-1);
  if (layout.size === 0) return { effects, effectOfChoice };
  choices.forEach((choice, c) => {
    const effect = effectOf(layout, choice);
    if (effect.add.length === 0 && effect.set.length === 0) return;
    const key = `${effect.add.join(',')}/${effect.set.join(',')}`;
    let id = byKey.get(key);
    if (id === undefined) {
      id = effects.push(effect) - 1;
      byKey.set(key, id);
    }
    effectOfChoice[c] = id;
  });
  return { effects, effectOfChoice };
}

export function stateSpace(
  scenario: Scenario,
  projection: Projection,
  choices: readonly Choice[],
): StateSpace {
  const layout = layoutOf(projection);
  const { effects, effectOfChoice } = internEffects(layout, choices);
  const initial = new Array<number>(layout.size).fill(0);
  for (const member of scenario.cast) {
    const slot = layout.trustSlot.get(member.id);
    if (slot !== undefined) initial[slot] = member.trust ?? 0;
  }
  const vectors: Vector[] = [initial];
  const idOfVector = new Map<string, number>([[initial.join(','), 0]]);
  const transitions = new Map<number, number>();
  const meetingStates: MeetingState[] = [];

  const next = (state: number, choice: number): number => {
    const effect = effectOfChoice[choice]!;
    if (effect < 0) return state;
    const key = state * effects.length + effect;
    let target = transitions.get(key);
    if (target !== undefined) return target;
    const vector = applyEffect(vectors[state]!, effects[effect]!);
    const vectorKey = vector.join(',');
    target = idOfVector.get(vectorKey);
    if (target === undefined) {
      target = vectors.push(vector) - 1;
      idOfVector.set(vectorKey, target);
    }
    transitions.set(key, target);
    return target;
  };

  const meetingState = (state: number): MeetingState =>
    (meetingStates[state] ??= toMeetingState(layout, vectors[state]!));

  return { projection, next, meetingState };
}

function toMeetingState(layout: Layout, vector: Vector): MeetingState {
  const trust: Record<string, number> = {};
  const flags: Record<string, boolean> = {};
  for (const [who, slot] of layout.trustSlot) trust[who] = vector[slot]!;
  for (const [flag, slot] of layout.flagSlot) flags[flag] = vector[slot] === 1;
  return {
    customer: layout.customerSlot >= 0 ? vector[layout.customerSlot]! : 0,
    pleasing: layout.pleasingSlot >= 0 ? vector[layout.pleasingSlot]! : 0,
    trust,
    flags,
  };
}
