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
 * Replaces the codebook's stored proposals with these, and its review scores (the model's probability
 * below 0.5 in undecided articles with suggested evidence of the frame, migration 026) with `scores`, and
 * records the run, in one transaction.
 */
export function replaceLearnedProposals(
  db: Db,
  codebookId: number,
  proposals: readonly StoredProposal[],
  run: { trainedAt: string; decisions: number; scores: readonly StoredProposal[] },
): void {
  db.transaction(() => {
    statement(
      db,
      `DELETE FROM learned_proposals WHERE code_id IN (SELECT id FROM codes WHERE codebook_id = ?)`,
    ).run(codebookId);
    const insert = statement(
      db,
      `INSERT INTO learned_proposals (article_id, code_id, probability, trained_at)
       VALUES (@articleId, @codeId, @probability, @trainedAt)`,
    );
    for (const proposal of proposals) insert.run({ ...proposal, trainedAt: run.trainedAt });
    statement(
      db,
      `DELETE FROM learned_scores WHERE code_id IN (SELECT id FROM codes WHERE codebook_id = ?)`,
    ).run(codebookId);
    const score = statement(
      db,
      `INSERT INTO learned_scores (article_id, code_id, probability) VALUES (@articleId, @codeId, @probability)`,
    );
    for (const item of run.scores) score.run(item);
    statement(
      db,
      `INSERT INTO learn_runs (codebook_id, trained_at, decisions, proposals) VALUES (?, ?, ?, ?)
       ON CONFLICT (codebook_id) DO UPDATE SET trained_at = excluded.trained_at,
         decisions = excluded.decisions, proposals = excluded.proposals`,
    ).run(codebookId, run.trainedAt, run.decisions, proposals.length);
  })();
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
 * a stored proposal's probability, or the one kept apart below 0.5 (migration 026).
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
