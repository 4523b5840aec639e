import type { Db } from '../../db/open.ts';
import { featuresStamp, learnArticles, machineCues } from '../../db/learn.ts';
import { FeatureSpace, textFeatures } from '../../nlp/learn/index.ts';

export interface ArticleFeatures {
  id: number;
  title: string | null;
  outlet: string | null;
  /** Its feature columns in the codebook's feature space. */
  columns: Int32Array;
}

type Features = { articles: ArticleFeatures[]; names: readonly string[] };

// Reading every article's words is most of the work on a large project, and what it reads changes
// only when articles or frame suggestions do, so the last reading per project and codebook is kept.
const cache = new WeakMap<Db, Map<number, { stamp: string; features: Features }>>();

/** The codebook's features, read again only when articles or frame suggestions have changed. */
export function cachedCodebookFeatures(db: Db, codebookId: number): Features {
  const stamp = featuresStamp(db, codebookId);
  const byCodebook = cache.get(db) ?? new Map<number, { stamp: string; features: Features }>();
  cache.set(db, byCodebook);
  const kept = byCodebook.get(codebookId);
  if (kept?.stamp === stamp) return kept.features;
  const features = codebookFeatures(db, codebookId);
  byCodebook.set(codebookId, { stamp, features });
  return features;
}

/**
 * Every article's features for one codebook: its headline and text as words and bigrams, and the cues
 * frame detection found for each of the codebook's frames (asserted or denied), so what the codebook
 * already knows counts beside the words.
 */
export function codebookFeatures(db: Db, codebookId: number): Features {
  const cues = new Map<number, Set<string>>();
  for (const row of machineCues(db, codebookId)) {
    const found = cues.get(row.article_id) ?? new Set<string>();
    for (const cue of cuesOf(row.cues, row.cue, row.negated === 1)) {
      const text = cue.cue.toLowerCase().replace(/\s+/g, ' ').trim();
      found.add(cue.negated ? `denied:${row.key}:${text}` : `cue:${row.key}:${text}`);
      found.add(cue.negated ? `denied:${row.key}` : `frame:${row.key}`);
    }
    cues.set(row.article_id, found);
  }
  const space = new FeatureSpace();
  const articles: ArticleFeatures[] = [];
  for (const row of learnArticles(db))
    articles.push({
      id: row.id,
      title: row.title,
      outlet: row.outlet,
      columns: space.vector(textFeatures(`${row.title ?? ''}\n${row.text}`, [...(cues.get(row.id) ?? [])])),
    });
  return { articles, names: space.names };
}

function cuesOf(
  json: string | null,
  cue: string | null,
  negated: boolean,
): { cue: string; negated: boolean }[] {
  if (json) {
    try {
      const parsed = JSON.parse(json) as { cue?: unknown; negated?: unknown }[];
      if (Array.isArray(parsed))
        return parsed
          .filter((item) => typeof item.cue === 'string')
          .map((item) => ({ cue: item.cue as string, negated: item.negated === true }));
    } catch {
      // an unreadable list falls back to the sentence's first cue
    }
  }
  return cue ? [{ cue, negated }] : [];
}
