import { cueBody } from './compile.ts';
import { compilePattern } from './patterns.ts';
import { cueWords } from './words.ts';

/**
 * The words an article must hold for `cue` to match it: groups, each of which needs one of its words
 * (folded for case and accents, as the detector folds them) at least as a word's beginning. Null when
 * the cue can match without any particular word (a pattern of tags only, a built-in cue such as
 * `@two-nations`). A pattern's groups come most selective first.
 */
export function cueNeeds(cue: string): string[][] | null {
  const body = cueBody(cue);
  if (body.startsWith('@')) return null;
  const needs: string[][] = body.startsWith('~')
    ? compilePattern(body, 0).required.map((words) => [...words])
    : cueWords(body).words.map((word) => [word]);
  if (needs.length === 0 || needs.some((words) => words.length === 0)) return null;
  return needs;
}
