/**
 * How a saved run is named on screen and in file names, and how files are
 * handed to the player: shared by the history, compare and map screens.
 */
import type { Scenario } from '../../content/types.ts';
import type { SavedRun } from '../../engine/saved/types.ts';
import { ratingWords, signed } from '../labels.ts';

/** "25 Nov, 18:20": short, local, unambiguous enough to tell runs apart. */
export function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The outcome in words: the ending and its rating, or how far an unfinished run got. */
export function outcomeWords(run: SavedRun): string {
  const { summary } = run;
  if (summary.endingTitle && summary.rating) {
    return `${summary.endingTitle} (${ratingWords(summary.rating)})`;
  }
  const n = summary.decisions;
  return `Not finished — ${n} ${n === 1 ? 'decision' : 'decisions'} made`;
}

/** Meters in words, e.g. "Customer value +4 · Stakeholder pleasing −1". */
export function meterWords(run: SavedRun): string {
  return `Customer value ${signed(run.summary.customer)} · Stakeholder pleasing ${signed(run.summary.pleasing)}`;
}

/** A one-line label: "Run of 25 Nov, 18:20 — The bottleneck (Poor outcome)". */
export function runLabel(run: SavedRun): string {
  return `Run of ${when(run.createdAt)} — ${outcomeWords(run)}`;
}

/** The scenario a run was played on, if this build has it. */
export function scenarioOf(scenarios: readonly Scenario[], run: SavedRun): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === run.record.scenarioId);
}

/** A file-name-safe stamp for downloads, e.g. "2026-11-25-1820". */
export function fileStamp(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
}

/** Offers `text` as a file download. Returns false when the browser refused. */
export function download(fileName: string, text: string, type: string): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}

/** Copies text; false when the clipboard is not available (the caller then shows it). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The full address of a hash route, for "copy link". */
export function linkTo(hash: string): string {
  return `${window.location.href.split('#')[0] ?? ''}${hash}`;
}
