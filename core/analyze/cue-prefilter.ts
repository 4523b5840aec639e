import { cueNeeds } from '../../nlp/frames/needs.ts';
import { COMMON } from '../../nlp/frames/patterns.ts';

/**
 * An FTS5 query that every article a cue could match also matches, or null when one of the cues can
 * match without any particular word (a pattern of tags only, a built-in cue), so every article must be
 * read.
 *
 * A cue matches whole words, folded for case and accents as the full-text index folds them, so an
 * article it matches holds each of its words. Each word is asked for as a prefix ("aid"* also finds
 * "aid's" and "aid+relief", which the index keeps as one token): the query may find more articles
 * than the cues, never fewer. A pattern needs one word of each of its required terms.
 *
 * A function word ("the", "to", "be") or a word of one or two letters (the "d" a pattern's "would"
 * also stands for, as in "she'd") is not asked for: it is in nearly every text, so it narrows
 * nothing, and as a prefix it is the costliest thing to ask the index for ("the"* is also "their",
 * "them", "there" and every other word it begins). A cue is then asked for by its other words,
 * which finds more articles, never fewer; one of only function words, by its first (a pattern's
 * most selective) term.
 */
export function cuePrefilterQuery(cues: readonly string[]): string | null {
  const alternatives: string[] = [];
  for (const cue of cues) {
    // A built-in cue (`@two-nations`) is computed from the sentence, not from words it must hold.
    const needs = cueNeeds(cue);
    if (!needs) return null;
    const telling = needs.filter((words) => !words.some((word) => COMMON.has(word) || word.length < 3));
    alternatives.push(
      (telling.length > 0 ? telling : needs.slice(0, 1))
        .map((words) => `(${words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' OR ')})`)
        .join(' AND '),
    );
  }
  if (alternatives.length === 0) return null;
  return alternatives.map((alternative) => `(${alternative})`).join(' OR ');
}
