import type { DistinctiveTerm } from './distinctive.ts';
import { isContentWord, words } from './words.ts';

// How an outlet writes the terms Compare counts in lower case ("eu", "nato sanctions"), so that they
// are shown as its texts have them ("EU", "NATO sanctions", "McAllister", "quota"). The form most
// used where case says something: inside a sentence, not at its start and not in a headline (whose
// capitals are its style). A phrase met only where its case says nothing is shown as its words
// are written ("McAllister stated" after a quotation's closing mark); a word, as counted.

/**
 * Texts of one outlet read at most; fewer when every term has been seen often enough. A term an
 * outlet is distinctive for is common in its texts, so a few dozen show how it is written; a hundred
 * cost 46 ms of CPU per outlet on long texts (82 press samples, 167,000 words), paid by every Compare.
 */
const TEXTS_READ = 30;
/** Uses of a term, case telling, after which its form is taken as known. */
const ENOUGH = 5;

const POSSESSIVE = /['’]s$/;
const BREAK = /[.!?;:\n]/;

/** Each of `terms` (unigrams and bigrams as ngrams.ts counts them) as the texts most often write it. */
export function writtenForms(terms: readonly string[], texts: Iterable<string>): Map<string, string> {
  // The words of the phrases are followed too, for phrases met only where case says nothing.
  const followed = new Set([...terms, ...terms.flatMap((term) => term.split(' '))]);
  const forms = new Map<string, Map<string, number>>([...followed].map((term) => [term, new Map()]));
  const seen = new Map<string, number>();
  let unsure = followed.size;
  const count = (term: string, form: string) => {
    const written = forms.get(term);
    if (!written) return;
    written.set(form, (written.get(form) ?? 0) + 1);
    const uses = (seen.get(term) ?? 0) + 1;
    seen.set(term, uses);
    if (uses === ENOUGH) unsure--;
  };
  let read = 0;
  for (const text of texts) {
    if (unsure === 0 || read++ >= TEXTS_READ) break;
    let previous: { norm: string; end: number; form: string | null } | null = null;
    for (const word of words(text)) {
      if (!isContentWord(word.norm)) {
        previous = null;
        continue;
      }
      const raw = text.slice(word.start, word.end).replace(POSSESSIVE, '');
      // A capital at a sentence's start says nothing of how the word is written.
      const form = word.capitalised || raw === raw.toLowerCase() ? raw : null;
      if (form !== null) count(word.norm, form);
      if (
        previous &&
        !BREAK.test(text.slice(previous.end, word.start)) &&
        previous.form !== null &&
        form !== null
      )
        count(`${previous.norm} ${word.norm}`, `${previous.form} ${form}`);
      previous = { norm: word.norm, end: word.end, form };
    }
  }
  const best = (term: string) => [...forms.get(term)!].sort((a, b) => b[1] - a[1])[0]?.[0];
  return new Map(
    terms.map((term) => [
      term,
      best(term) ??
        term
          .split(' ')
          .map((word) => best(word) ?? word)
          .join(' '),
    ]),
  );
}

/** Each outlet's distinctive terms, written as its own texts most often write them. */
export function distinctiveAsWritten(
  ranked: Record<string, DistinctiveTerm[]>,
  outlets: ReadonlyMap<string, readonly number[]>,
  texts: ReadonlyMap<number, string>,
): Record<string, DistinctiveTerm[]> {
  const shown: Record<string, DistinctiveTerm[]> = {};
  for (const [outlet, terms] of Object.entries(ranked)) {
    const own = (outlets.get(outlet) ?? []).map((id) => texts.get(id) ?? '');
    const forms = writtenForms(
      terms.map((term) => term.term),
      own,
    );
    shown[outlet] = terms.map((term) => ({ ...term, written: forms.get(term.term) ?? term.term }));
  }
  return shown;
}
