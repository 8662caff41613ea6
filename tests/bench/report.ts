/** Small helpers shared by bench parts: timing, number formats, plain-text tables. */
import { availableParallelism, loadavg } from 'node:os';

export interface Timing {
  /** Median wall-clock ms. */
  wall: number;
  /** Median CPU ms of this process (user + system): less skewed by other work on the machine. */
  cpu: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median times of `runs` calls, after one warm-up call. */
export function timeRuns(runs: number, work: () => unknown): Timing {
  work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startedCpu = process.cpuUsage();
    const started = performance.now();
    work();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(startedCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export function formatMs(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}

/** A bigint as "1.2e477", or in full when it is short. */
export function formatCount(count: bigint): string {
  const digits = count.toString();
  if (digits.length <= 9) return digits;
  return `${digits[0]}.${digits[1]}e${digits.length - 1}`;
}

/** Columns padded to fit; numbers (cells starting with a digit) right-aligned, text left-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((r) => r[c]!.length)));
  const numeric = header.map((_, c) => rows.every((row) => /^[\d.]/.test(row[c]!)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The machine's load average: other work on these shared cores skews every timing. */
export function loadNote(): string {
  const [one, five] = loadavg();
  const cores = availableParallelism();
  const busy =
    one! > cores
      ? ` — more runnable work than ${cores} cores, so wall times include waiting for a core;` +
        ' CPU time is the steadier figure'
      : '';
  return `load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min)${busy}`;
}
