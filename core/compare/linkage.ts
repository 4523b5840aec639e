import { cueHitsByFrame, validateCodebook, type Codebook } from '../../nlp/frames/index.ts';
import { printsKey } from './features.ts';
import { paragraphOf, paragraphStarts } from '../../nlp/tokens.ts';
import { round } from './outlet.ts';

// Linkage: how often two concepts a scholar names (each a list of terms or cue patterns, in the
// codebook's cue syntax: "aid", "humanitarian*", "~(lift|ease) .? sanctions") meet in one sentence
// or one paragraph, per outlet. The concepts are matched by the frame detector itself, so a cue
// means the same here as in a codebook.

export interface Concept {
  name: string;
  terms: string[];
}

export interface LinkageExample {
  articleId: number;
  start: number;
  end: number;
  text: string;
}

export interface OutletLinkage {
  articles: number;
  /** Sentences naming the first concept, the second, and both. */
  sentencesA: number;
  sentencesB: number;
  sentencesBoth: number;
  /** Share of the sentences naming either concept that name both. */
  sentenceShare: number;
  paragraphsBoth: number;
  paragraphShare: number;
  /** Articles with both concepts in one sentence, and their share of the outlet's articles. */
  articlesBoth: number;
  articleShare: number;
  examples: LinkageExample[];
}

export interface LinkageResult {
  a: string;
  b: string;
  perOutlet: Record<string, OutletLinkage>;
}

/** A concept list a scholar typed is not usable; the message says which term and why. */
export class LinkageError extends Error {
  override name = 'LinkageError';
}

const EXAMPLES = 3;

/** The concepts as a codebook of one frame each, whose cues are the concept's terms. */
export function conceptCodebook(concepts: readonly Concept[]): Codebook {
  try {
    return validateCodebook({
      id: 'linkage',
      name: 'Linkage',
      description: '',
      frames: concepts.map((concept, i) => ({
        id: `c${i}`,
        name: concept.name,
        description: '',
        color: '#888888',
        cues: concept.terms,
      })),
    });
  } catch (error) {
    throw new LinkageError(`A linkage concept cannot be used: ${(error as Error).message}`);
  }
}

/** Per article: for each concept, the sentences (by start) and paragraphs naming it. */
interface ArticleConcepts {
  sentences: Set<number>[];
  paragraphs: Set<number>[];
  sentenceEnds: Map<number, number>;
}

const none = (codebook: Codebook): ArticleConcepts => ({
  sentences: codebook.frames.map(() => new Set()),
  paragraphs: codebook.frames.map(() => new Set()),
  sentenceEnds: new Map(),
});

/**
 * The sentences and paragraphs naming each concept: the frame detector's hits, found as the cue
 * preview finds them (`cueHitsByFrame`: only the sentences holding a word a cue can begin with are
 * split and matched, with the same offsets the whole text's detection gives), since most sentences of
 * a text that names a concept name none.
 */
function findConcepts(text: string, codebook: Codebook, nothing: ArticleConcepts): ArticleConcepts {
  const hits = cueHitsByFrame(text, codebook);
  if (hits.length === 0) return nothing;
  const found = none(codebook);
  const starts = paragraphStarts(text);
  for (const result of hits) {
    const index = Number(result.frame.slice(1));
    for (const hit of result.hits) {
      found.sentences[index]!.add(hit.sentenceStart);
      found.paragraphs[index]!.add(paragraphOf(starts, hit.sentenceStart));
      found.sentenceEnds.set(hit.sentenceStart, hit.sentenceEnd);
    }
  }
  return found;
}

/**
 * What linkage found in each article for one list of concepts, kept per project for the next call (a
 * toggle, the same search again): finding it reads every text with the frame detector, a second of
 * CPU for a search of thousands of articles. Each article's entry holds its text's length and CRC-32
 * (the key its stored fingerprints carry), so an edited text is read again.
 */
interface Kept {
  concepts: string;
  articles: Map<number, { key: string; found: ArticleConcepts }>;
}

/** Articles kept per project: a few numbers each. */
const KEPT = 20_000;
const kept = new WeakMap<object, Kept>();

/** `project`: what to keep the articles' findings under for the next call (Compare passes its connection). */
export function linkage(
  outlets: ReadonlyMap<string, readonly number[]>,
  texts: ReadonlyMap<number, string>,
  concepts: readonly Concept[],
  project?: object,
): LinkageResult[] {
  if (concepts.length < 2) return [];
  const codebook = conceptCodebook(concepts);
  const found = new Map<number, ArticleConcepts>();
  // What an article naming no concept holds: one object for all of them (never written to).
  const nothing = none(codebook);
  const key = JSON.stringify(concepts.map((concept) => [concept.name, concept.terms]));
  let cache = project ? kept.get(project) : undefined;
  if (project && cache?.concepts !== key) kept.set(project, (cache = { concepts: key, articles: new Map() }));
  for (const ids of outlets.values())
    for (const id of ids) {
      const text = texts.get(id) ?? '';
      const textAt = cache ? printsKey(text) : '';
      const known = cache?.articles.get(id);
      if (known?.key === textAt) {
        found.set(id, known.found);
        continue;
      }
      const concepts = findConcepts(text, codebook, nothing);
      found.set(id, concepts);
      if (cache) {
        // Oldest first out: a Map iterates in insertion order.
        cache.articles.delete(id);
        if (cache.articles.size >= KEPT) cache.articles.delete(cache.articles.keys().next().value!);
        cache.articles.set(id, { key: textAt, found: concepts });
      }
    }

  const results: LinkageResult[] = [];
  for (let a = 0; a < concepts.length; a++)
    for (let b = a + 1; b < concepts.length; b++) {
      const perOutlet: Record<string, OutletLinkage> = {};
      for (const [outlet, ids] of outlets) {
        const tally: OutletLinkage = {
          articles: ids.length,
          sentencesA: 0,
          sentencesB: 0,
          sentencesBoth: 0,
          sentenceShare: 0,
          paragraphsBoth: 0,
          paragraphShare: 0,
          articlesBoth: 0,
          articleShare: 0,
          examples: [],
        };
        let sentencesEither = 0;
        let paragraphsEither = 0;
        for (const id of ids) {
          const concept = found.get(id)!;
          const both = intersect(concept.sentences[a]!, concept.sentences[b]!);
          tally.sentencesA += concept.sentences[a]!.size;
          tally.sentencesB += concept.sentences[b]!.size;
          tally.sentencesBoth += both.length;
          sentencesEither += union(concept.sentences[a]!, concept.sentences[b]!);
          tally.paragraphsBoth += intersect(concept.paragraphs[a]!, concept.paragraphs[b]!).length;
          paragraphsEither += union(concept.paragraphs[a]!, concept.paragraphs[b]!);
          if (both.length > 0) tally.articlesBoth++;
          for (const start of both.sort((x, y) => x - y)) {
            if (tally.examples.length >= EXAMPLES) break;
            const end = concept.sentenceEnds.get(start)!;
            tally.examples.push({ articleId: id, start, end, text: (texts.get(id) ?? '').slice(start, end) });
          }
        }
        tally.sentenceShare = round(tally.sentencesBoth / Math.max(1, sentencesEither));
        tally.paragraphShare = round(tally.paragraphsBoth / Math.max(1, paragraphsEither));
        tally.articleShare = round(tally.articlesBoth / Math.max(1, ids.length));
        perOutlet[outlet] = tally;
      }
      results.push({ a: concepts[a]!.name, b: concepts[b]!.name, perOutlet });
    }
  return results;
}

function intersect(x: ReadonlySet<number>, y: ReadonlySet<number>): number[] {
  return [...x].filter((value) => y.has(value));
}

function union(x: ReadonlySet<number>, y: ReadonlySet<number>): number {
  let size = x.size;
  for (const value of y) if (!x.has(value)) size++;
  return size;
}
