/**
 * Where everything goes on the branch map, left to right: one column per
 * step of the longest way to reach a decision, then a column of endings.
 * Pure geometry (no DOM), so it is cheap to test and to reason about.
 */
import type { Scenario, SceneNode } from '../../content/types.ts';
import { END } from '../../content/types.ts';

/** A run as the map draws it: letter A is the current run. */
export interface MapRun {
  letter: string;
  path: string[];
  endingId?: string;
  /** The decision an unfinished run is waiting on. */
  waitingAt?: string;
}

export const BOX_W = 300;
export const GAP_X = 84;
export const GAP_Y = 28;
export const ROW_H = 30;
export const LINE_H = 21;
export const MARGIN = 28;
export const ENDING_H = 78;
export const TITLE_CHARS = 28;
/**
 * Characters per line of an option's text: the row keeps room at its right
 * end for a badge per run the map draws (up to four), so no label runs under one.
 */
export const OPTION_CHARS = 22;
/** Most lines of an option's text; the full text is in its tooltip and the outline. */
export const OPTION_LINES = 3;
/** Room a row keeps at its right end for run badges (four of 22px). */
export const BADGE_ROOM = 4 * 22;

export interface OptionBox {
  id: string;
  /** The option's authored text, whole (tooltips, the outline). */
  label: string;
  /** The text as drawn, wrapped to the row. */
  lines: string[];
  next: string;
  /** Centre line of the option's row. */
  y: number;
  /** The row's height: one text line or more. */
  height: number;
}

export interface NodeBox {
  node: SceneNode;
  column: number;
  x: number;
  y: number;
  height: number;
  titleLines: string[];
  /** Where edges arrive: the middle of the title band. */
  entryY: number;
  options: OptionBox[];
}

export interface EndingBox {
  id: string;
  x: number;
  y: number;
  titleLines: string[];
}

export interface MapLayout {
  nodes: Map<string, NodeBox>;
  endings: Map<string, EndingBox>;
  /** The x where edges into the endings column meet. */
  endingsX: number;
  width: number;
  height: number;
}

/** Splits text into at most `max` lines of about `width` characters, ending in "…" if cut. */
export function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${(kept[max - 1] ?? '').slice(0, width - 1)}…`;
  return kept;
}

/**
 * A decision's heading: its authored title, else what is said first in it
 * (never its id turned into words).
 */
export function nodeHeading(node: SceneNode): string {
  return node.title ?? node.lines[0]?.text ?? 'A decision';
}

/** Column of each node: its longest distance from the start, ignoring choices that loop back. */
export function columnsOf(scenario: Scenario): Map<string, number> {
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  const order: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: { id: string; next: number }[] = [{ id: scenario.start, next: 0 }];
  state.set(scenario.start, 'open');
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { id: string; next: number };
    const choices = byId.get(top.id)?.choices ?? [];
    const choice = choices[top.next++];
    if (!choice) {
      state.set(top.id, 'done');
      order.push(top.id);
      stack.pop();
    } else if (choice.next !== END && byId.has(choice.next) && !state.has(choice.next)) {
      state.set(choice.next, 'open');
      stack.push({ id: choice.next, next: 0 });
    }
  }
  const column = new Map<string, number>([[scenario.start, 0]]);
  const position = new Map(order.map((id, i) => [id, i]));
  for (const id of order.reverse()) {
    const here = column.get(id) ?? 0;
    for (const choice of byId.get(id)?.choices ?? []) {
      // Only forward edges (to nodes later in topological order) push a column.
      const target = position.get(choice.next);
      if (target !== undefined && target < (position.get(id) ?? -1)) {
        column.set(choice.next, Math.max(column.get(choice.next) ?? 0, here + 1));
      }
    }
  }
  let last = Math.max(0, ...column.values());
  for (const node of scenario.nodes) if (!column.has(node.id)) column.set(node.id, ++last);
  return column;
}

function nodeBox(node: SceneNode, column: number): NodeBox {
  const titleLines = wrap(nodeHeading(node), TITLE_CHARS, 2);
  const header = 14 + titleLines.length * LINE_H + 8;
  let top = header;
  const options = node.choices.map((choice) => {
    const lines = wrap(choice.text, OPTION_CHARS, OPTION_LINES);
    const height = ROW_H + (lines.length - 1) * LINE_H;
    const option = {
      id: choice.id,
      label: choice.text,
      lines,
      next: choice.next,
      y: top + height / 2,
      height,
    };
    top += height;
    return option;
  });
  const height = top + 8;
  const x = MARGIN + column * (BOX_W + GAP_X);
  return {
    node,
    column,
    x,
    y: 0,
    height,
    titleLines,
    entryY: 12 + (titleLines.length * LINE_H) / 2,
    options,
  };
}

/**
 * Lays the scenario out. Column contents keep authored order (the map is the
 * author's view of the whole meeting; options are named by their text, not a number).
 */
export function layoutMap(scenario: Scenario): MapLayout {
  const columns = columnsOf(scenario);
  const boxes = scenario.nodes.map((node) => nodeBox(node, columns.get(node.id) ?? 0));
  const count = Math.max(0, ...boxes.map((box) => box.column)) + 1;
  const stacks = Array.from({ length: count }, (_, c) => boxes.filter((box) => box.column === c));
  const stackHeight = (list: NodeBox[]) =>
    list.reduce((sum, box) => sum + box.height, 0) + GAP_Y * Math.max(0, list.length - 1);
  const endingsHeight = scenario.endings.length * (ENDING_H + GAP_Y / 2);
  const tallest = Math.max(endingsHeight, ...stacks.map(stackHeight));
  const top = MARGIN + 34;
  for (const list of stacks) {
    let y = top + (tallest - stackHeight(list)) / 2;
    for (const box of list) {
      box.y = y;
      y += box.height + GAP_Y;
    }
  }
  const endingsX = MARGIN + count * (BOX_W + GAP_X);
  const endings = new Map<string, EndingBox>();
  scenario.endings.forEach((ending, i) => {
    const y = top + (tallest - endingsHeight) / 2 + i * (ENDING_H + GAP_Y / 2);
    endings.set(ending.id, {
      id: ending.id,
      x: endingsX,
      y,
      titleLines: wrap(ending.title, TITLE_CHARS - 3, 2),
    });
  });
  return {
    nodes: new Map(boxes.map((box) => [box.node.id, box])),
    endings,
    endingsX,
    width: endingsX + BOX_W + MARGIN,
    height: top + tallest + MARGIN,
  };
}
