/**
 * How a stakeholder shows a trust change. Every reaction is carried by
 * shape — face, posture and a ▲/▼ badge — and only reinforced by colour.
 */

export type Expression = 'smile' | 'neutral' | 'frown';
export type Posture = 'lifted' | 'level' | 'slumped';

export interface Reaction {
  expression: Expression;
  posture: Posture;
  /** The badge beside the head: ▲ with "+n" or ▼ with "−n"; none when nothing changed. */
  badge: { direction: 'up' | 'down'; label: string } | null;
  /** A soft halo behind the figure after a change. */
  glow: 'warm' | 'cool' | null;
}

/** Vertical offset of the figure per posture, in design pixels (negative is up). */
export const POSTURE_OFFSET: Record<Posture, number> = { lifted: -10, level: 0, slumped: 12 };

/** The sign used in labels: a real minus, so "−2" never reads as a hyphen. */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `\u2212${Math.abs(value)}`;
  return '0';
}

/**
 * The reaction to a change of `delta` that left trust at `trust`. A change
 * shows its direction; without one the face rests on the trust level.
 */
export function reactionFor(trust: number, delta: number): Reaction {
  if (delta > 0) {
    return {
      expression: 'smile',
      posture: 'lifted',
      badge: { direction: 'up', label: signed(delta) },
      glow: 'warm',
    };
  }
  if (delta < 0) {
    return {
      expression: 'frown',
      posture: 'slumped',
      badge: { direction: 'down', label: signed(delta) },
      glow: 'cool',
    };
  }
  const expression: Expression = trust >= 2 ? 'smile' : trust <= -2 ? 'frown' : 'neutral';
  return { expression, posture: 'level', badge: null, glow: null };
}
