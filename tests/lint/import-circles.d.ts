/** Types for import-circles.js, which ESLint's config loads as plain JavaScript. */
import type { Rule } from 'eslint';

export interface ImportEdge {
  to: string;
  specifier: string;
}
export function importGraph(root: string): Map<string, ImportEdge[]>;
export function circles(graph: Map<string, ImportEdge[]>): Map<string, string[]>;
export const noImportCircle: Rule.RuleModule;
