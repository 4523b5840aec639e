import type { Db } from '../../db/open.ts';
import { articleTexts, documentsWithTerm, storyArticleIds } from '../../db/stories.ts';
import { isTopicWord, words } from './words.ts';

// Why an article is in its story, computed when asked: the terms it shares with most of the
// story's other articles, weighted by how rare they are in the project (so "coronavirus" in a
// project about the epidemic explains nothing, and "Belgrade" does; a term every article of the
// project uses weighs nothing). The same measure grouping
// uses (TF-IDF, names and titles weighing more), read back as words a person can check.

export interface SharedTerm {
  /** As the articles write it ("Belgrade", "ventilators"). */
  term: string;
  /** How many of the story's other articles use it. */
  articles: number;
}

export interface StoryWhy {
  /** The story's strongest terms. */
  storyTerms: string[];
  /** Articles of the story measured (a sample of a very large story). */
  measured: number;
  articles: { id: number; terms: SharedTerm[]; others: number }[];
}

/** Articles of a large story read to learn its terms. */
const SAMPLE = 300;
/** Terms whose rarity in the project is looked up. */
const CANDIDATES = 150;
const TERMS_SHOWN = 5;
/** Articles explained in one call. */
export const MAX_EXPLAINED = 500;

interface Profile {
  weights: Map<string, number>;
  /** Written with a capital letter in most uses: shown that way. */
  capitalised: Set<string>;
  /** How each term is written in the text where its case says something ("EU", "McAllister", "quota"). */
  forms: Map<string, Map<string, number>>;
  /** Uses in the body of each term, and of each two capitalised terms written one after the other ("red cross"). */
  uses: Map<string, number>;
  pairs: Map<string, number>;
}

const POSSESSIVE = /['’]s$/;
const CAPITAL = /\p{Lu}/u;
/**
 * Two terms are shown as one name ("Red Cross", "Francesco Rocca") when the first is written right
 * before the second, both capitalised, in at least this share of the first's uses.
 */
const NAME_SHARE = 0.6;

/** Counts `uses` more uses of a term written as `form`. */
function countForm(forms: Map<string, Map<string, number>>, term: string, form: string, uses = 1): void {
  let written = forms.get(term);
  if (!written) forms.set(term, (written = new Map<string, number>()));
  written.set(form, (written.get(form) ?? 0) + uses);
}

function profile(title: string | null, text: string): Profile {
  const counts = new Map<string, number>();
  const capitals = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const uses = new Map<string, number>();
  const pairs = new Map<string, number>();
  /** The body's last word, when it was a topic word written with a capital. */
  let previous: { norm: string; end: number } | null = null;
  for (const [source, weight] of [
    [text, 1],
    [title ?? '', 2],
  ] as const)
    for (const word of words(source)) {
      const topic = isTopicWord(word.norm, word.capitalised);
      if (source === text) {
        const upper = CAPITAL.test(source.charAt(word.start));
        if (topic) uses.set(word.norm, (uses.get(word.norm) ?? 0) + 1);
        if (topic && upper && previous && source.slice(previous.end, word.start) === ' ') {
          const pair = `${previous.norm} ${word.norm}`;
          pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
        }
        previous = topic && upper ? { norm: word.norm, end: word.end } : null;
      }
      if (!topic) continue;
      counts.set(word.norm, (counts.get(word.norm) ?? 0) + weight);
      if (word.capitalised) capitals.set(word.norm, (capitals.get(word.norm) ?? 0) + weight);
      // How the body writes it where the case says something: not at a sentence's start, and not
      // in a headline, whose capitals are its style.
      const form = source.slice(word.start, word.end).replace(POSSESSIVE, '');
      if (source === text && (word.capitalised || form === form.toLowerCase()))
        countForm(forms, word.norm, form);
    }
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * (capitals.has(term) ? 3 : 1);
    weights.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, weight] of weights) weights.set(term, weight / norm);
  const capitalised = new Set(
    [...capitals].filter(([term, n]) => n * 2 >= counts.get(term)!).map(([t]) => t),
  );
  return { weights, capitalised, forms, uses, pairs };
}

export function whyInStory(db: Db, storyId: number, articleIds?: readonly number[]): StoryWhy {
  const members = storyArticleIds(db, storyId);
  const step = Math.max(1, members.length / SAMPLE);
  const sample = new Set(
    Array.from({ length: Math.min(SAMPLE, members.length) }, (_, i) => members[Math.floor(i * step)]!),
  );
  const inStory = new Set(members);
  const wanted = (articleIds ?? members).filter((id) => inStory.has(id)).slice(0, MAX_EXPLAINED);
  const texts = articleTexts(db, [...new Set([...sample, ...wanted])]);
  const profiles = new Map(texts.map((row) => [row.id, profile(row.title, row.text)]));

  const share = new Map<string, number>();
  const strength = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const uses = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const id of sample) {
    const { weights, capitalised: caps, forms: written, uses: used, pairs: together } = profiles.get(id)!;
    for (const [term, n] of used) uses.set(term, (uses.get(term) ?? 0) + n);
    for (const [pair, n] of together) pairs.set(pair, (pairs.get(pair) ?? 0) + n);
    for (const [term, weight] of weights) {
      share.set(term, (share.get(term) ?? 0) + 1);
      strength.set(term, (strength.get(term) ?? 0) + weight);
      if (caps.has(term)) capitalised.set(term, (capitalised.get(term) ?? 0) + 1);
    }
    for (const [term, counts] of written)
      for (const [form, uses] of counts) countForm(forms, term, form, uses);
  }
  const candidates = [...strength]
    .filter(([term]) => (share.get(term) ?? 0) >= 2 || sample.size < 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, CANDIDATES)
    .map(([term]) => term);
  const documents = documentsWithTerm(db, candidates);
  const projectSize = documents.total;
  // Grouping's idf less the share of the project that uses the term: a term in every article of
  // the project (the city a project about one city names throughout) weighs nothing, as it says
  // nothing about why an article is in this story rather than another.
  const idf = (term: string) => {
    const used = documents.counts.get(term) ?? 0;
    return Math.log((projectSize + 1) / (used + 1)) + 1 - used / Math.max(1, projectSize);
  };
  // A term is shown as the articles write it most often inside a sentence ("EU", "McAllister", not
  // "Eu", "Mcallister"); one met only at sentences' starts or in headlines as most articles case it.
  const shown = (term: string) => {
    const written = [...(forms.get(term) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (written !== undefined) return written;
    return (capitalised.get(term) ?? 0) * 2 >= (share.get(term) ?? 1)
      ? term.charAt(0).toUpperCase() + term.slice(1)
      : term;
  };

  const names = nameJoiner(candidates, uses, pairs);

  const storyTerms = names(
    candidates
      .map((term) => [term, strength.get(term)! * idf(term)] as const)
      .sort((a, b) => b[1] - a[1])
      .map(([term]) => term),
  )
    .slice(0, 8)
    .map((parts) => parts.map(shown).join(' '));

  const articles = wanted.map((id) => {
    const own = profiles.get(id)!.weights;
    const others = sample.size - (sample.has(id) ? 1 : 0);
    const scored = candidates
      .map((term) => {
        const used = (share.get(term) ?? 0) - (sample.has(id) && own.has(term) ? 1 : 0);
        return { term, used, score: (own.get(term) ?? 0) * (used / Math.max(1, others)) * idf(term) };
      })
      .filter((term) => term.score > 0)
      .sort((a, b) => b.score - a.score);
    const usedBy = new Map(scored.map(({ term, used }) => [term, used]));
    // A name is shared by the articles that share each of its words.
    const terms = names(scored.map(({ term }) => term))
      .slice(0, TERMS_SHOWN)
      .map((parts) => ({
        term: parts.map(shown).join(' '),
        articles: Math.min(...parts.map((part) => usedBy.get(part)!)),
      }));
    return { id, terms, others };
  });
  return { storyTerms, measured: sample.size, articles };
}

/**
 * Joins ranked terms that the articles write as one name ("Red Cross", "Francesco Rocca", not
 * "Cross, Red" or "Francesco, Rocca"): a term joins the one it comes right before, both capitalised,
 * in at least NAME_SHARE of its uses. The name takes the place of its best-ranked word, and its
 * other words leave the list. Only terms in `ranked` are joined.
 */
function nameJoiner(
  candidates: readonly string[],
  uses: ReadonlyMap<string, number>,
  pairs: ReadonlyMap<string, number>,
): (ranked: readonly string[]) => string[][] {
  const known = new Set(candidates);
  const next = new Map<string, string>();
  for (const [pair, n] of pairs) {
    const [first, second] = pair.split(' ') as [string, string];
    if (first === second || !known.has(first) || !known.has(second)) continue;
    if (n < 2 || n < NAME_SHARE * (uses.get(first) ?? 0)) continue;
    const best = next.get(first);
    if (best === undefined || (pairs.get(`${first} ${best}`) ?? 0) < n) next.set(first, second);
  }
  const before = new Map<string, string>();
  for (const [first, second] of next)
    if (
      !before.has(second) ||
      (pairs.get(`${before.get(second)} ${second}`) ?? 0) < (pairs.get(`${first} ${second}`) ?? 0)
    )
      before.set(second, first);
  return (ranked) => {
    const inList = new Set(ranked);
    const taken = new Set<string>();
    const names: string[][] = [];
    for (const term of ranked) {
      if (taken.has(term)) continue;
      let head = term;
      for (let steps = 0; steps < 3; steps++) {
        const earlier = before.get(head);
        if (earlier === undefined || !inList.has(earlier) || taken.has(earlier) || earlier === term) break;
        head = earlier;
      }
      const parts = [head];
      for (let word = next.get(head); word !== undefined && parts.length < 4; word = next.get(word)) {
        if (!inList.has(word) || taken.has(word) || parts.includes(word)) break;
        parts.push(word);
      }
      if (!parts.includes(term)) parts.splice(0, parts.length, term);
      for (const part of parts) taken.add(part);
      names.push(parts);
    }
    return names;
  };
}
