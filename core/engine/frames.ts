import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../../db/open.ts';
import { allArticleIds } from '../../db/articles.ts';
import { articleIdsMatching } from '../../db/search.ts';
import { statement } from '../../db/statements.ts';
import { cuePrefilterQuery } from '../analyze/cue-prefilter.ts';
import { cueHits, type Codebook } from '../../nlp/frames/index.ts';
import type { Progress } from './session.ts';

/** Articles handled between two returns to the event loop, so progress and other calls get through. */
const SLICE = 50;

export interface CuePreview {
  /** Sentences the cues match, across the project. */
  passages: number;
  articles: number;
  /** The first matches, for a keyword-in-context list; cue offsets are into `sentence`. */
  examples: {
    articleId: number;
    title: string | null;
    sentence: string;
    cue: { start: number; end: number; text: string };
  }[];
  /**
   * The preview stopped before it had read every article (a newer preview replaced it, or the person
   * stopped it): the counts are of the articles read so far.
   */
  stopped?: true;
}

const EXAMPLES = 20;

/**
 * How much of the project a frame's cues would find: the texts of the articles the full-text index
 * says may hold the cues' words (every article when a cue needs no word), each scanned with a
 * one-frame codebook, only in the sentences that may hold a cue (`cueHits`).
 */
export async function previewCues(
  db: Db,
  codebook: Codebook,
  progress: Progress,
  signal?: AbortSignal,
): Promise<CuePreview> {
  const preview: CuePreview = { passages: 0, articles: 0, examples: [] };
  const query = cuePrefilterQuery(codebook.frames.flatMap((frame) => frame.cues));
  const ids = query === null ? allArticleIds(db) : articleIdsMatching(db, query);
  // The title is only shown with the first examples: most articles need only their text.
  const readText = statement(db, 'SELECT text FROM articles WHERE id = ?').pluck();
  const readTitle = statement(db, 'SELECT title FROM articles WHERE id = ?').pluck();
  let done = 0;
  for (const id of ids) {
    if (signal?.aborted) return { ...preview, stopped: true };
    const text = (readText.get(id) as string | undefined) ?? '';
    const hits = cueHits(text, codebook);
    const sentences = new Set(hits.map((hit) => hit.sentenceStart));
    if (sentences.size > 0) {
      preview.articles++;
      preview.passages += sentences.size;
    }
    const examples = hits.slice(0, Math.max(0, EXAMPLES - preview.examples.length));
    const title = examples.length > 0 ? ((readTitle.get(id) as string | null | undefined) ?? null) : null;
    for (const hit of examples) {
      preview.examples.push({
        articleId: id,
        title,
        sentence: text.slice(hit.sentenceStart, hit.sentenceEnd),
        cue: {
          start: hit.start - hit.sentenceStart,
          end: hit.end - hit.sentenceStart,
          text: text.slice(hit.start, hit.end),
        },
      });
    }
    done++;
    if (done % SLICE === 0) {
      // The counts so far go with the progress, so the first matches show long before the end.
      progress(done, ids.length, undefined, { ...preview, examples: [...preview.examples] });
      await yieldToEventLoop();
    }
  }
  progress(done, ids.length);
  return preview;
}
