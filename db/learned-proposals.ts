import type { Db } from './open.ts';
import { statement } from './statements.ts';
import { articlesWhere, namesArticlesById } from './facet-matching.ts';
import { whereOf, withSearch, type LibraryFilters } from './library.ts';

// The frames a model learned from a person's decisions proposes for undecided articles (migration
// 016): stored apart from the decisions, never counted as one, replaced by each learn run and
// removed by triggers when a person decides the article and frame.

export interface StoredProposal {
  articleId: number;
  codeId: number;
  probability: number;
}

/**
 * What a learn run changes in a codebook's stored rows of one table, packed in numbers (a worker's
 * message of 360,000 objects took the receiving thread over 100 ms to unpack; these, next to none).
 */
export interface LearnedRowChanges {
  /** Rows new or of another probability: articleId, codeId, probability, one after the other. */
  write: Float64Array;
  /** Rows no longer there: articleId, codeId, one after the other. */
  remove: Float64Array;
}

/** What a learn run changes in the codebook's stored proposals and review scores, and what it read. */
export interface LearnedChanges {
  proposals: LearnedRowChanges;
  scores: LearnedRowChanges;
  /** When the stored rows compared with were trained (null: never): they must still be the stored ones. */
  basis: string | null;
}

/**
 * Replaces the codebook's stored proposals with these, and its review scores (the model's probability
 * below 0.5 in undecided articles with suggested evidence of the frame, migration 028) with `scores`, and
 * records the run, in one transaction.
 *
 * Issue 12: it writes only what changed. A frame whose decisions did not change since the last run
 * gives the same probabilities (training is seeded), and deleting and inserting every row again held
 * the engine's thread 1.1 s with 14 frames learned on 100,000 articles. The stored result is the same.
 */
export function replaceLearnedProposals(
  db: Db,
  codebookId: number,
  proposals: readonly StoredProposal[],
  run: { trainedAt: string; decisions: number; scores: readonly StoredProposal[] },
): void {
  db.transaction(() => {
    applyLearnedChanges(db, codebookId, learnedChanges(db, codebookId, proposals, run.scores), {
      ...run,
      proposals: proposals.length,
    });
  })();
}

/**
 * Compares a run's proposals and scores with the ones stored (only reads: the job thread's read-only
 * connection does it, so the engine's thread writes only the difference).
 */
export function learnedChanges(
  db: Db,
  codebookId: number,
  proposals: readonly StoredProposal[],
  scores: readonly StoredProposal[],
): LearnedChanges {
  return {
    basis: lastLearnRun(db, codebookId),
    proposals: rowChanges(db, 'learned_proposals', codebookId, proposals),
    scores: rowChanges(db, 'learned_scores', codebookId, scores),
  };
}

function rowChanges(
  db: Db,
  table: 'learned_proposals' | 'learned_scores',
  codebookId: number,
  rows: readonly StoredProposal[],
): LearnedRowChanges {
  const stored = new Map<number, Map<number, number>>();
  const found = statement(
    db,
    `SELECT code_id, article_id, probability FROM ${table}
     WHERE code_id IN (SELECT id FROM codes WHERE codebook_id = ?)`,
  )
    .raw()
    .all(codebookId) as [number, number, number][];
  for (const [codeId, articleId, probability] of found) {
    let frame = stored.get(codeId);
    if (!frame) stored.set(codeId, (frame = new Map<number, number>()));
    frame.set(articleId, probability);
  }
  const write: number[] = [];
  for (const row of rows) {
    const frame = stored.get(row.codeId);
    const before = frame?.get(row.articleId);
    if (before !== undefined) frame!.delete(row.articleId);
    if (before !== row.probability) write.push(row.articleId, row.codeId, row.probability);
  }
  const remove: number[] = [];
  for (const [codeId, frame] of stored) for (const articleId of frame.keys()) remove.push(articleId, codeId);
  return { write: Float64Array.from(write), remove: Float64Array.from(remove) };
}

/**
 * Writes a run's changes and records the run, in the caller's transaction; false (nothing written)
 * when the stored rows are no longer the ones compared with (another run stored since).
 */
export function applyLearnedChanges(
  db: Db,
  codebookId: number,
  changes: LearnedChanges,
  run: { trainedAt: string; decisions: number; proposals: number },
): boolean {
  if (lastLearnRun(db, codebookId) !== changes.basis) return false;
  const proposal = statement(
    db,
    `INSERT INTO learned_proposals (article_id, code_id, probability, trained_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id, code_id) DO UPDATE SET probability = excluded.probability`,
  );
  const written = changes.proposals.write;
  for (let i = 0; i < written.length; i += 3)
    proposal.run(written[i], written[i + 1], written[i + 2], run.trainedAt);
  const score = statement(
    db,
    `INSERT INTO learned_scores (article_id, code_id, probability) VALUES (?, ?, ?)
     ON CONFLICT (article_id, code_id) DO UPDATE SET probability = excluded.probability`,
  );
  const scored = changes.scores.write;
  for (let i = 0; i < scored.length; i += 3) score.run(scored[i], scored[i + 1], scored[i + 2]);
  for (const [table, removed] of [
    ['learned_proposals', changes.proposals.remove],
    ['learned_scores', changes.scores.remove],
  ] as const) {
    const remove = statement(db, `DELETE FROM ${table} WHERE article_id = ? AND code_id = ?`);
    for (let i = 0; i < removed.length; i += 2) remove.run(removed[i], removed[i + 1]);
  }
  // Every proposal of the codebook carries the time of the run that made it.
  statement(
    db,
    `UPDATE learned_proposals SET trained_at = ?
     WHERE code_id IN (SELECT id FROM codes WHERE codebook_id = ?)`,
  ).run(run.trainedAt, codebookId);
  statement(
    db,
    `INSERT INTO learn_runs (codebook_id, trained_at, decisions, proposals) VALUES (?, ?, ?, ?)
     ON CONFLICT (codebook_id) DO UPDATE SET trained_at = excluded.trained_at,
       decisions = excluded.decisions, proposals = excluded.proposals`,
  ).run(codebookId, run.trainedAt, run.decisions, run.proposals);
  return true;
}

/** How many proposals are stored per frame of the codebook (frames with none are left out). */
export function storedProposalCounts(db: Db, codebookId: number): Map<number, number> {
  const rows = statement(
    db,
    `SELECT p.code_id AS codeId, count(*) AS count FROM learned_proposals p
     JOIN codes c ON c.id = p.code_id WHERE c.codebook_id = ? GROUP BY p.code_id`,
  ).all(codebookId) as { codeId: number; count: number }[];
  return new Map(rows.map((row) => [row.codeId, row.count]));
}

/** The article and frame of every proposal stored for the codebook, as "articleId:codeId". */
export function storedProposalKeys(db: Db, codebookId: number): Set<string> {
  const rows = statement(
    db,
    `SELECT p.article_id || ':' || p.code_id FROM learned_proposals p
     JOIN codes c ON c.id = p.code_id WHERE c.codebook_id = ?`,
  )
    .pluck()
    .all(codebookId) as string[];
  return new Set(rows);
}

/** When the codebook's model was last trained, or null if never. */
export function lastLearnRun(db: Db, codebookId: number): string | null {
  const row = statement(db, 'SELECT trained_at FROM learn_runs WHERE codebook_id = ?').get(codebookId) as
    { trained_at: string } | undefined;
  return row?.trained_at ?? null;
}

export interface ArticleProposalRow {
  code_id: number;
  key: string;
  name: string;
  color: string | null;
  probability: number;
  trained_at: string;
}

/** The learned proposals stored for one article, most likely first. */
export function articleProposals(db: Db, articleId: number): ArticleProposalRow[] {
  return statement(
    db,
    `SELECT p.code_id, c.key, c.name, c.color, p.probability, p.trained_at
     FROM learned_proposals p JOIN codes c ON c.id = p.code_id WHERE p.article_id = ?
     ORDER BY p.probability DESC, p.code_id`,
  ).all(articleId) as ArticleProposalRow[];
}

/**
 * The articles with frame evidence nobody has reviewed yet, per frame of the codebook, as
 * "articleId:codeId": the ones the Reader orders by the learned probability.
 */
export function suggestedEvidenceKeys(db: Db, codebookId: number): Set<string> {
  const rows = statement(
    db,
    `SELECT DISTINCT a.article_id || ':' || a.code_id FROM annotations a
     JOIN codes c ON c.id = a.code_id
     WHERE c.codebook_id = ? AND c.kind = 'frame' AND a.status = 'suggested'`,
  )
    .pluck()
    .all(codebookId) as string[];
  return new Set(rows);
}

export interface ArticleScoreRow {
  code_id: number;
  probability: number;
}

/**
 * How likely each frame's model (the last run) finds the frame in one article, where it weighed it:
 * a stored proposal's probability, or the one kept apart below 0.5 (migration 028).
 */
export function articleScores(db: Db, articleId: number): ArticleScoreRow[] {
  return statement(
    db,
    `SELECT code_id, probability FROM learned_proposals WHERE article_id = @articleId
     UNION ALL
     SELECT code_id, probability FROM learned_scores WHERE article_id = @articleId
     ORDER BY code_id`,
  ).all({ articleId }) as ArticleScoreRow[];
}

/** False for a project opened only to read (a query-only or read-only connection). */
export function canStoreProposals(db: Db): boolean {
  return !db.readonly && !(db.pragma('query_only', { simple: true }) as number);
}

export interface ProposedFacetRow {
  id: number;
  name: string;
  color: string | null;
  /** Articles matching the other filters that the frame is proposed for. */
  articles: number;
}

/**
 * Per frame, how many of the articles matching the library's filters have a stored proposal of it.
 * Counted without the proposal filter itself, so another frame can be picked instead; unfiltered,
 * a count over the (code_id, article_id) index. The frame filtered on is listed even when none are
 * left (every one decided since), so the filter keeps its name and can be taken off.
 */
export function proposedFacet(db: Db, filters: LibraryFilters): ProposedFacetRow[] {
  const where = whereOf(filters, ['proposedCodeId']);
  // Issue 12: the matching articles through the narrow facet index by id (migration 018), not
  // their own rows, which hold their texts (a search matching 300,000 of a million: 3 s of reads);
  // and no count at all while no model has proposed anything.
  const articles = articlesWhere(namesArticlesById(filters, ['proposedCodeId']));
  const narrowed =
    where.sql === '1' ? '' : `WHERE p.article_id IN (SELECT a.id FROM ${articles} ${where.sql})`;
  const proposals = statement(db, 'SELECT EXISTS (SELECT 1 FROM learned_proposals) AS any').get() as {
    any: number;
  };
  const rows = withSearch(filters, () =>
    !proposals.any
      ? []
      : (statement(
          db,
          `SELECT c.id, c.name, c.color, n.articles FROM (
           SELECT p.code_id, count(*) AS articles FROM learned_proposals p ${narrowed} GROUP BY p.code_id
         ) n JOIN codes c ON c.id = n.code_id ORDER BY n.articles DESC, c.name`,
        ).all(where.params) as ProposedFacetRow[]),
  );
  const chosen = filters.proposedCodeId;
  if (chosen === undefined || rows.some((row) => row.id === chosen)) return rows;
  const code = statement(db, 'SELECT id, name, color, 0 AS articles FROM codes WHERE id = ?').get(chosen) as
    ProposedFacetRow | undefined;
  return code ? [...rows, code] : rows;
}
