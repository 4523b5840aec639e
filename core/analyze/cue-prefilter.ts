import { cueNeeds } from '../../nlp/frames/needs.ts';

/**
 * An FTS5 query that every article a cue could match also matches, or null when one of the cues can
 * match without any particular word (a pattern of tags only, a built-in cue), so every article must be
 * read.
 *
 * A cue matches whole words, folded for case and accents as the full-text index folds them, so an
 * article it matches holds each of its words. Each word is asked for as a prefix ("aid"* also finds
 * "aid's" and "aid+relief", which the index keeps as one token): the query may find more articles
 * than the cues, never fewer. A pattern needs one word of each of its required terms.
 */
export function cuePrefilterQuery(cues: readonly string[]): string | null {
  const alternatives: string[] = [];
  for (const cue of cues) {
    // A built-in cue (`@two-nations`) is computed from the sentence, not from words it must hold.
    const needs = cueNeeds(cue);
    if (!needs) return null;
    alternatives.push(
      needs
        .map((words) => `(${words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' OR ')})`)
        .join(' AND '),
    );
  }
  if (alternatives.length === 0) return null;
  return alternatives.map((alternative) => `(${alternative})`).join(' OR ');
}
