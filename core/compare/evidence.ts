import type { Db } from '../../db/open.ts';
import { compareArticles, frameHitsOf } from '../../db/compare.ts';
import { outletOf } from './outlet.ts';
import { selectedArticleIds, type Selection } from './selection.ts';

// A frame's evidence as keyword-in-context rows (the list under a heatmap cell): the cue in the
// middle, the sentence around it to the left and right, offsets into the article's stored text.

export interface EvidenceRow {
  annotationId: number;
  articleId: number;
  title: string | null;
  outlet: string;
  published_at: string | null;
  left: string;
  cue: string;
  right: string;
  negated: boolean;
  status: string;
  sentenceStart: number;
  sentenceEnd: number;
  cueStart: number;
  cueEnd: number;
}

export interface EvidenceQuery extends Selection {
  frameCodeId: number;
  outlet?: string | undefined;
  limit?: number | undefined;
}

/** Context shown either side of the cue, at most, within its sentence. */
const CONTEXT = 90;

export function frameEvidence(db: Db, query: EvidenceQuery): { total: number; rows: EvidenceRow[] } {
  const { frameCodeId, outlet, limit = 200, ...selection } = query;
  const articles = new Map(compareArticles(db, selectedArticleIds(db, selection)).map((a) => [a.id, a]));
  const ids = [...articles.values()]
    .filter((a) => outlet === undefined || outletOf(a) === outlet)
    .map((a) => a.id);
  const hits = frameHitsOf(db, ids).filter((hit) => hit.code_id === frameCodeId);
  const rows = hits.slice(0, limit).map((hit): EvidenceRow => {
    const article = articles.get(hit.article_id)!;
    const cueStart = hit.cue_start ?? hit.start;
    const cueEnd = hit.cue_end ?? hit.end;
    const text = article.text;
    return {
      annotationId: hit.id,
      articleId: article.id,
      title: article.title,
      outlet: outletOf(article),
      published_at: article.published_at,
      left: text.slice(Math.max(hit.start, cueStart - CONTEXT), cueStart).replace(/\s+/g, ' '),
      cue: text.slice(cueStart, cueEnd),
      right: text.slice(cueEnd, Math.min(hit.end, cueEnd + CONTEXT)).replace(/\s+/g, ' '),
      negated: hit.negated === 1,
      status: hit.status,
      sentenceStart: hit.start,
      sentenceEnd: hit.end,
      cueStart,
      cueEnd,
    };
  });
  return { total: hits.length, rows };
}
