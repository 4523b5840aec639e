import { isContentWord, words } from './words.ts';

// Articles as sparse TF-IDF vectors over content words, for telling which report the same event.
// Names weigh double (an event is its people and places) and so does the title (it states the
// event). Only each article's strongest terms are kept: they carry the event, and short vectors
// keep grouping a large project in memory and in minutes.

/** Terms kept per article. */
export const TERMS_PER_ARTICLE = 80;

export function termCounts(title: string | null, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (source: string, weight: number) => {
    for (const word of words(source)) {
      if (!isContentWord(word.norm)) continue;
      counts.set(word.norm, (counts.get(word.norm) ?? 0) + weight * (word.capitalised ? 2 : 1));
    }
  };
  add(text, 1);
  if (title) add(title, 2);
  return counts;
}

/** Term ids and document frequencies over a project; the idf of a term follows from them. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private df: number[] = [];
  readonly terms: string[] = [];
  documents = 0;

  /** Counts one document's distinct terms. */
  addDocument(terms: Iterable<string>): void {
    this.documents++;
    for (const term of terms) {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.ids.set(term, id);
        this.terms.push(term);
        this.df.push(0);
      }
      this.df[id]!++;
    }
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Smoothed idf: terms in every document still weigh a little (a small project is all one event). */
  idf(id: number): number {
    return Math.log((this.documents + 1) / ((this.df[id] ?? 0) + 1)) + 1;
  }
}

export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** The article's strongest TF-IDF terms, scaled to unit length. */
export function topVector(
  counts: ReadonlyMap<string, number>,
  vocabulary: Vocabulary,
  size = TERMS_PER_ARTICLE,
): SparseVector {
  const scored: [number, number][] = [];
  for (const [term, count] of counts) {
    const id = vocabulary.idOf(term);
    if (id !== undefined) scored.push([id, (1 + Math.log(count)) * vocabulary.idf(id)]);
  }
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const kept = scored.slice(0, size);
  const norm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
  return {
    ids: Int32Array.from(kept, ([id]) => id),
    weights: Float32Array.from(kept, ([, weight]) => weight / norm),
  };
}
