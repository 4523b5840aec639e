import type { Db } from './open.ts';
import { statement } from './statements.ts';

// One query per table of the tidy export: one row per observation, each carrying the article's
// uid, title, outlet and date so that a table can be read on its own in R or pandas.

export type TidyValue = string | number | null;
export type TidyRow = Record<string, TidyValue>;

const ARTICLE_COLUMNS = `a.uid AS article_uid, a.title AS article_title, a.outlet, a.published_at AS published`;

export const TIDY_QUERIES: Record<string, string> = {
  articles: `SELECT a.id AS article_id, a.uid AS article_uid, a.title, a.outlet, a.author, a.url,
      a.published_at AS published, a.published_raw, a.language, a.word_count AS words,
      sa.story_id, s.name AS story, a.source_file, a.source_format, a.imported_at, a.analyzed_at, a.text
    FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id LEFT JOIN stories s ON s.id = sa.story_id
    ORDER BY a.id`,
  quotes: `SELECT q.id AS quote_id, q.article_id, ${ARTICLE_COLUMNS}, q.start, q.end,
      q.kind,
      coalesce(e.name, q.speaker_text) AS speaker, q.speaker_entity_id, q.speaker_type, q.cue,
      q.suggested_speaker, q.origin, q.status, c.name AS coder
    FROM quotes q JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities e ON e.id = q.speaker_entity_id LEFT JOIN coders c ON c.id = q.coder_id
    ORDER BY q.article_id, q.start`,
  entity_mentions: `SELECT m.id AS mention_id, m.article_id, ${ARTICLE_COLUMNS}, m.entity_id, e.name AS entity,
      e.type AS entity_type, m.start, m.end, m.role, m.origin
    FROM mentions m JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id
    ORDER BY m.article_id, m.start`,
  frame_evidence: `SELECT an.id AS evidence_id, an.article_id, ${ARTICLE_COLUMNS}, cb.key AS codebook,
      co.key AS frame_key, co.name AS frame, an.start, an.end,
      an.cue, an.negated, an.in_quote, an.speaker, an.origin, an.status, c.name AS coder, an.memo, an.created_at
    FROM annotations an JOIN codes co ON co.id = an.code_id AND co.kind = 'frame'
    JOIN codebooks cb ON cb.id = co.codebook_id JOIN articles a ON a.id = an.article_id
    LEFT JOIN coders c ON c.id = an.coder_id
    ORDER BY an.article_id, an.start`,
  article_frames: `SELECT an.article_id, ${ARTICLE_COLUMNS}, cb.key AS codebook, co.key AS frame_key, co.name AS frame,
      count(*) AS hits, sum(an.negated) AS negated_hits, sum(an.status = 'accepted') AS accepted_hits,
      round(count(*) * 100.0 / max(a.word_count, 1), 3) AS hits_per_100_words
    FROM annotations an JOIN codes co ON co.id = an.code_id AND co.kind = 'frame'
    JOIN codebooks cb ON cb.id = co.codebook_id JOIN articles a ON a.id = an.article_id
    WHERE an.status != 'rejected'
    GROUP BY an.article_id, co.id ORDER BY an.article_id, cb.key, co.key`,
  // The decision that counts per article and frame (a person's, adjudicated, else the analysis's
  // while its evidence stands), as the library's facets, Compare and agreement count it: an absent
  // frame a person decided is a row too, and a denied one is present and denied, never asserted.
  article_frame_decisions: `SELECT fe.article_id, ${ARTICLE_COLUMNS}, cb.key AS codebook, co.key AS frame_key, co.name AS frame,
      fe.present, fe.is_primary AS "primary", fe.denied, round(fe.salience, 3) AS salience,
      d.origin AS decided_by, c.name AS coder, d.decided_at
    FROM frame_effective fe JOIN frame_decisions d ON d.id = fe.decision_id
    JOIN codes co ON co.id = fe.code_id JOIN codebooks cb ON cb.id = co.codebook_id
    JOIN articles a ON a.id = fe.article_id LEFT JOIN coders c ON c.id = d.coder_id
    ORDER BY fe.article_id, cb.key, co.key`,
  codes: `SELECT co.id AS code_id, cb.key AS codebook_key, cb.name AS codebook, co.key, co.kind, co.name,
      co.description, co.color, co.parent_id, co.cues
    FROM codes co JOIN codebooks cb ON cb.id = co.codebook_id ORDER BY cb.id, co.id`,
  codings: `SELECT an.id AS coding_id, an.article_id, ${ARTICLE_COLUMNS}, cb.key AS codebook, co.id AS code_id,
      co.name AS code, an.start, an.end, an.memo,
      an.origin, an.status, c.name AS coder, an.created_at
    FROM annotations an JOIN codes co ON co.id = an.code_id AND co.kind = 'code'
    JOIN codebooks cb ON cb.id = co.codebook_id JOIN articles a ON a.id = an.article_id
    LEFT JOIN coders c ON c.id = an.coder_id
    ORDER BY an.article_id, an.start`,
  coders: `SELECT id AS coder_id, name FROM coders ORDER BY id`,
};

/**
 * Tables whose rows point into the article's text get the words themselves in this column, cut
 * by the caller: offsets count UTF-16 code units, and SQLite's substr counts characters.
 */
export const TIDY_EXCERPTS: Record<string, string> = {
  quotes: 'quote',
  entity_mentions: 'surface',
  frame_evidence: 'sentence',
  codings: 'passage',
};

/** The column names of a table, in order (even when it has no rows). */
export function tidyColumns(db: Db, table: string): string[] {
  return statement(db, TIDY_QUERIES[table]!)
    .columns()
    .map((column) => column.name);
}

export function iterateTidy(db: Db, table: string): IterableIterator<TidyRow> {
  return statement(db, TIDY_QUERIES[table]!).iterate() as IterableIterator<TidyRow>;
}
