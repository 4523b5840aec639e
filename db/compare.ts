import type { Db } from './open.ts';
import { statement } from './statements.ts';
import { SearchSyntaxError } from './search.ts';
import type { AnnotationRow } from './annotations.ts';

// What Compare reads for a selection of articles, in a few set-wise queries: ids go in as one JSON
// array (json_each), so a selection of any size is one statement, never SQL built from values.

export interface CompareArticleRow {
  id: number;
  title: string | null;
  outlet: string | null;
  published_at: string | null;
  word_count: number;
  text: string;
}

export type FrameHitRow = Pick<
  AnnotationRow,
  | 'id'
  | 'article_id'
  | 'code_id'
  | 'start'
  | 'end'
  | 'cue_start'
  | 'cue_end'
  | 'cue'
  | 'negated'
  | 'status'
  | 'in_quote'
>;

export interface FrameCodeRow {
  id: number;
  key: string;
  name: string;
  color: string | null;
  codebook: string;
}

export interface QuoteSpeakerRow {
  article_id: number;
  start: number;
  end: number;
  kind: 'direct' | 'reported';
  /** Whether analysis found the speaker named, unnamed ("a senior official") or a news outlet. */
  speaker_source: 'named' | 'unnamed' | 'media' | null;
  speaker_entity_id: number | null;
  speaker_text: string | null;
  speaker_type: 'person' | 'group' | null;
  entity_name: string | null;
  entity_type: 'person' | 'organization' | 'place' | null;
  /** The words that tie the quote to its speaker ("said", "claimed"), or how analysis tied them. */
  cue: string | null;
}

export interface MentionEntityRow {
  article_id: number;
  entity_id: number;
  role: string | null;
  name: string;
  type: 'person' | 'organization' | 'place';
}

const IDS = 'SELECT value FROM json_each(?)';

export function compareArticles(db: Db, ids: readonly number[]): CompareArticleRow[] {
  return statement(
    db,
    `SELECT id, title, outlet, published_at, word_count, text FROM articles WHERE id IN (${IDS}) ORDER BY id`,
  ).all(JSON.stringify(ids)) as CompareArticleRow[];
}

/** Frame evidence not rejected, in reading order. */
export function frameHitsOf(db: Db, ids: readonly number[]): FrameHitRow[] {
  return statement(
    db,
    `SELECT an.id, an.article_id, an.code_id, an.start, an.end, an.cue_start, an.cue_end, an.cue, an.negated, an.status,
       an.in_quote
     FROM annotations an JOIN codes c ON c.id = an.code_id
     WHERE an.article_id IN (${IDS}) AND c.kind = 'frame' AND an.status != 'rejected'
     ORDER BY an.article_id, an.start, an.cue_start`,
  ).all(JSON.stringify(ids)) as FrameHitRow[];
}

export interface FramePresenceRow {
  article_id: number;
  code_id: number;
  denied: 0 | 1;
  is_primary: 0 | 1;
}

/**
 * Frames present in these articles by the decisions that count: adjudicated, else the latest coder's,
 * else the machine's while any of its evidence stands, as stored in `frame_effective` (migration 014).
 */
export function framePresence(db: Db, ids: readonly number[]): FramePresenceRow[] {
  return statement(
    db,
    `SELECT article_id, code_id, denied, is_primary FROM frame_effective
     WHERE article_id IN (${IDS}) AND present = 1 ORDER BY article_id, code_id`,
  ).all(JSON.stringify(ids)) as FramePresenceRow[];
}

export interface FrameArticleRow extends FramePresenceRow {
  /** Evidence not rejected outside quotations (own voice) and inside them (quoted), and how much is negated. */
  own_hits: number;
  quoted_hits: number;
  own_negated: number;
  quoted_negated: number;
}

/**
 * The frames present in these articles by the decisions that count, each with its evidence counted
 * by voice: one stored row per article and frame (`frame_effective` and `frame_voice`, migrations
 * 014 and 017), whatever the evidence.
 */
export function frameArticles(db: Db, ids: readonly number[]): FrameArticleRow[] {
  return statement(
    db,
    `SELECT f.article_id, f.code_id, f.denied, f.is_primary, coalesce(v.own_hits, 0) AS own_hits,
       coalesce(v.quoted_hits, 0) AS quoted_hits, coalesce(v.own_negated, 0) AS own_negated,
       coalesce(v.quoted_negated, 0) AS quoted_negated
     FROM frame_effective f LEFT JOIN frame_voice v ON v.article_id = f.article_id AND v.code_id = f.code_id
     WHERE f.article_id IN (${IDS}) AND f.present = 1 ORDER BY f.article_id, f.code_id`,
  ).all(JSON.stringify(ids)) as FrameArticleRow[];
}

export function frameCodes(db: Db): FrameCodeRow[] {
  return statement(
    db,
    `SELECT c.id, c.key, c.name, c.color, b.key AS codebook FROM codes c JOIN codebooks b ON b.id = c.codebook_id
     WHERE c.kind = 'frame' ORDER BY b.id, c.id`,
  ).all() as FrameCodeRow[];
}

/**
 * Quoted speech not rejected, with its speaker entity where one is known, in reading order.
 * Quoted spans with neither a speaker nor a reporting cue (titles, slogans, scare quotes) are
 * not anyone's words and are left out. Direct quotes only, unless `reported`: then reported speech
 * ("Peskov told reporters that …") counts as sourcing too.
 */
export function quotesWithSpeakers(db: Db, ids: readonly number[], reported = false): QuoteSpeakerRow[] {
  return statement(
    db,
    `SELECT q.article_id, q.start, q.end, q.kind, q.speaker_source, q.speaker_entity_id, q.speaker_text,
       q.speaker_type, e.name AS entity_name, e.type AS entity_type, q.cue
     FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id
     WHERE q.article_id IN (${IDS}) AND q.status != 'rejected' AND (q.kind = 'direct' OR ?)
       AND (q.speaker_text IS NOT NULL OR q.speaker_entity_id IS NOT NULL OR q.cue IS NOT NULL)
     ORDER BY q.article_id, q.start`,
  ).all(JSON.stringify(ids), reported ? 1 : 0) as QuoteSpeakerRow[];
}

export function mentionsWithEntities(db: Db, ids: readonly number[]): MentionEntityRow[] {
  return statement(
    db,
    `SELECT m.article_id, m.entity_id, m.role, e.name, e.type
     FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN (${IDS})`,
  ).all(JSON.stringify(ids)) as MentionEntityRow[];
}

/** Every article a full-text search finds (no limit), in id order. */
export function articleIdsMatching(db: Db, query: string): number[] {
  try {
    return statement(db, 'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid')
      .pluck()
      .all(query) as number[];
  } catch (error) {
    const message = (error as Error).message;
    if (/fts5|syntax error|no such column|unterminated/i.test(message))
      throw new SearchSyntaxError(
        `The search "${query}" is not valid search syntax (${message}). Use words, "exact phrases", OR, NOT and prefix*.`,
      );
    throw error;
  }
}

/** Every `step`-th article: a sample of the project's wording, for background word rates. */
export function sampledArticles(db: Db, step: number): { id: number; title: string | null; text: string }[] {
  return statement(db, 'SELECT id, title, text FROM articles WHERE id % ? = 0 ORDER BY id').all(step) as {
    id: number;
    title: string | null;
    text: string;
  }[];
}

/** The ids of every `step`-th article (as `sampledArticles`), to read their texts a chunk at a time. */
export function sampledArticleIds(db: Db, step: number): number[] {
  return statement(db, 'SELECT id FROM articles WHERE id % ? = 0 ORDER BY id').pluck().all(step) as number[];
}

/** Changes whenever articles are added or removed: the key of cached project-wide counts. */
export function articlesVersion(db: Db): string {
  const row = statement(
    db,
    'SELECT count(*) AS n, coalesce(max(id), 0) AS top, coalesce(sum(id), 0) AS sum FROM articles',
  ).get() as {
    n: number;
    top: number;
    sum: number;
  };
  return `${row.n}:${row.top}:${row.sum}`;
}
