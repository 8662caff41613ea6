/**
 * The meeting state and the one scoring rule. Everything that moves a meter,
 * a trust level or a flag goes through `applyChoice`.
 */
import type { Choice, Condition, Scenario } from '../../content/types.ts';

/** What conditions can read: the two meters, trust per cast member, flags. */
export interface MeetingState {
  customer: number;
  pleasing: number;
  trust: Record<string, number>;
  flags: Record<string, boolean>;
}

/** Meters start at zero; trust at each cast member's authored start (default 0). */
export function initialState(scenario: Scenario): MeetingState {
  const trust: Record<string, number> = {};
  for (const member of scenario.cast) trust[member.id] = member.trust ?? 0;
  return { customer: 0, pleasing: 0, trust, flags: {} };
}

/** The scoring reducer: pure, total, and the only place a choice changes the state. */
export function applyChoice(state: MeetingState, choice: Choice): MeetingState {
  const trust = { ...state.trust };
  for (const [who, delta] of Object.entries(choice.trust ?? {})) {
    trust[who] = (trust[who] ?? 0) + delta;
  }
  return {
    customer: state.customer + choice.customer,
    pleasing: state.pleasing + choice.pleasing,
    trust,
    flags: { ...state.flags, ...choice.flags },
  };
}

function inRange(value: number, range: { min?: number; max?: number }): boolean {
  return (
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max)
  );
}

/** True when every part of the condition holds; an absent condition always holds. */
export function holds(condition: Condition | undefined, state: MeetingState): boolean {
  if (!condition) return true;
  if (condition.customer && !inRange(state.customer, condition.customer)) return false;
  if (condition.pleasing && !inRange(state.pleasing, condition.pleasing)) return false;
  for (const [who, range] of Object.entries(condition.trust ?? {})) {
    if (!inRange(state.trust[who] ?? 0, range)) return false;
  }
  for (const [flag, wanted] of Object.entries(condition.flags ?? {})) {
    if ((state.flags[flag] ?? false) !== wanted) return false;
  }
  if (condition.any && !condition.any.some((part) => holds(part, state))) return false;
  if (condition.not && holds(condition.not, state)) return false;
  return true;
}
