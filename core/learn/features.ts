import type { Db } from '../../db/open.ts';
import { learnArticles, machineCues } from '../../db/learn.ts';
import { textFeatures } from '../../nlp/learn/index.ts';

export interface ArticleFeatures {
  id: number;
  title: string | null;
  outlet: string | null;
  features: string[];
}

/**
 * Every article's features for one codebook: its headline and text as words and bigrams, and the cues
 * frame detection found for each of the codebook's frames (asserted or denied), so what the codebook
 * already knows counts beside the words.
 */
export function codebookFeatures(db: Db, codebookId: number): ArticleFeatures[] {
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
  const articles: ArticleFeatures[] = [];
  for (const row of learnArticles(db))
    articles.push({
      id: row.id,
      title: row.title,
      outlet: row.outlet,
      features: textFeatures(`${row.title ?? ''}\n${row.text}`, [...(cues.get(row.id) ?? [])]),
    });
  return articles;
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
