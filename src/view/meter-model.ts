/**
 * The two meters as the room draws them: a bar from a centre zero, the
 * signed number beside it, and the tween that moves them.
 */
import type { Scenario } from '../content/types.ts';

export type MeterName = 'customer' | 'pleasing';

export const METER_LABELS: Record<MeterName, string> = {
  customer: 'Customer value',
  pleasing: 'Stakeholder pleasing',
};

const MIN_SPAN = 6;
const TWEEN_MS = 700;

/**
 * The largest distance from zero a meter can reach on any path through the
 * scenario, so a full bar means "as far as this meeting goes". Follows
 * every choice once per node (memoised), and ignores back-edges.
 */
export function meterSpan(scenario: Scenario, meter: MeterName): number {
  const nodes = new Map(scenario.nodes.map((node) => [node.id, node]));
  const memo = new Map<string, { high: number; low: number }>();
  const visiting = new Set<string>();
  const reach = (id: string): { high: number; low: number } => {
    const known = memo.get(id);
    if (known) return known;
    const node = nodes.get(id);
    if (!node || visiting.has(id)) return { high: 0, low: 0 };
    visiting.add(id);
    let high = -Infinity;
    let low = Infinity;
    for (const choice of node.choices) {
      const rest = reach(choice.next);
      high = Math.max(high, choice[meter] + rest.high);
      low = Math.min(low, choice[meter] + rest.low);
    }
    visiting.delete(id);
    const result = { high: Math.max(0, high), low: Math.min(0, low) };
    memo.set(id, result);
    return result;
  };
  const { high, low } = reach(scenario.start);
  return Math.max(MIN_SPAN, high, -low);
}

/** The bar's signed fill, −1…1, for a value on a meter of the given span; values past the span are clamped. */
export function meterFill(value: number, span: number): number {
  if (span <= 0) return 0;
  return Math.max(-1, Math.min(1, value / span));
}

export interface MeterTween {
  from: number;
  to: number;
  /** 0 when nothing should move (reduced motion, or no change). */
  duration: number;
}

/** How a meter moves from what is shown to the new value. */
export function meterTween(shown: number, value: number, reducedMotion: boolean): MeterTween {
  const moves = shown !== value && !reducedMotion;
  return { from: moves ? shown : value, to: value, duration: moves ? TWEEN_MS : 0 };
}
