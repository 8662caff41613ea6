/**
 * Maps a data path such as `['nodes', 1, 'choices', 0, 'next']` back to the
 * line and column it came from in the YAML source, so every problem points
 * at the text an author has to change.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

export type DataPath = readonly PropertyKey[];

export interface Position {
  line: number;
  col: number;
}

/** Where a problem sits: at a value, or at the key that introduces it. */
export interface Located {
  path: DataPath;
  /** Point at the key rather than its value (unknown keys, bad record keys). */
  atKey?: boolean;
}

type AnyNode = { range?: [number, number, number] | null | undefined } | null | undefined;

function startOf(node: AnyNode): number | undefined {
  return node?.range ? node.range[0] : undefined;
}

/**
 * The position of the node at `path`, or of the nearest parent that exists
 * (a missing field is reported at the mapping that should hold it).
 */
export function locate(doc: Document, lines: LineCounter, where: Located): Position {
  let node: unknown = doc.contents;
  let offset = startOf(doc.contents as AnyNode) ?? 0;
  for (let depth = 0; depth < where.path.length; depth++) {
    const segment = where.path[depth];
    if (isAlias(node)) node = node.resolve(doc);
    const isLast = depth === where.path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      const keyStart = startOf(pair.key as AnyNode);
      const valueStart = startOf(pair.value as AnyNode);
      if (isLast && where.atKey) return lines.linePos(keyStart ?? offset);
      // An empty value (`next:`) has no range of its own: point at its key.
      offset = valueStart ?? keyStart ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined) break;
      offset = startOf(item as AnyNode) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return lines.linePos(offset);
}
