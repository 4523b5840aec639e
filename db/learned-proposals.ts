import type { Db } from './open.ts';
import { statement } from './statements.ts';
import { articlesWhere, namesArticlesById } from './facet-matching.ts';
import { whereOf, withSearch, type LibraryFilters } from './library.ts';
import { liveRows } from './learned-generation.ts';

export { liveRows };

// The frames a model learned from a person's decisions proposes for undecided articles (migration
// 016): stored apart from the decisions, never counted as one, replaced by each learn run and
// removed by triggers when a person decides the article and frame.

export interface StoredProposal {
  articleId: number;
  codeId: number;
  probability: number;
}

/**
 * What a learn run changes in the codebook's stored proposals and review scores, and what it read:
 * the frames whose rows differ from the stored ones, with all their new rows, packed in numbers (a
 * worker's message of 360,000 objects took the receiving thread over 100 ms to unpack; these, next
 * to none). A frame whose decisions did not change gives the same rows (training is seeded) and is
 * left out: a refresh after decisions on one frame rewrites that frame only.
 */
export interface LearnedChanges {
  /** The frames (code ids) whose rows are replaced. */
  frames: number[];
  /** Their proposals: articleId, codeId, probability, one after the other. */
  proposals: Float64Array;
  /** Their review scores, likewise. */
  scores: Float64Array;
  /** When the stored rows compared with were trained (null: never): they must still be the stored ones. */
  basis: string | null;
}

/**
 * Replaces the codebook's stored proposals with these, and its review scores (the model's probability
 * below 0.5 in undecided articles with suggested evidence of the frame, migration 028) with `scores`, and
 * records the run, in one transaction (a Refresh asked for, the command line).
 *
 * Issue 12: only the frames whose rows changed are written; a frame whose decisions did not change
 * since the last run gives the same probabilities (training is seeded). The stored result is the same.
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
 * connection does it, so the engine's thread writes only the frames that changed).
 */
export function learnedChanges(
  db: Db,
  codebookId: number,
  proposals: readonly StoredProposal[],
  scores: readonly StoredProposal[],
): LearnedChanges {
  const basis = lastLearnRun(db, codebookId);
  const changed = new Set<number>();
  for (const [table, rows] of [
    ['learned_proposals', proposals],
    ['learned_scores', scores],
  ] as const)
    for (const codeId of framesChanged(db, table, codebookId, rows)) changed.add(codeId);
  // In the tables' key order, so that each short write fills neighbouring pages (written in random
  // order, every step rewrote thousands of pages).
  const pack = (rows: readonly StoredProposal[]) => {
    const packed: number[] = [];
    const sorted = rows
      .filter((row) => changed.has(row.codeId))
      .sort((a, b) => a.articleId - b.articleId || a.codeId - b.codeId);
    for (const row of sorted) packed.push(row.articleId, row.codeId, row.probability);
    return Float64Array.from(packed);
  };
  return {
    frames: [...changed].sort((a, b) => a - b),
    proposals: pack(proposals),
    scores: pack(scores),
    basis,
  };
}

/** The frames whose live rows in `table` are not exactly `rows`. */
function framesChanged(
  db: Db,
  table: 'learned_proposals' | 'learned_scores',
  codebookId: number,
  rows: readonly StoredProposal[],
): Set<number> {
  const stored = new Map<number, Map<number, number>>();
  const found = statement(
    db,
    `SELECT code_id, article_id, probability FROM ${table} t
     WHERE code_id IN (SELECT id FROM codes WHERE codebook_id = ?) AND ${liveRows('t')}`,
  )
    .raw()
    .all(codebookId) as [number, number, number][];
  for (const [codeId, articleId, probability] of found) {
    let frame = stored.get(codeId);
    if (!frame) stored.set(codeId, (frame = new Map<number, number>()));
    frame.set(articleId, probability);
  }
  const changed = new Set<number>();
  const seen = new Map<number, number>();
  for (const row of rows) {
    seen.set(row.codeId, (seen.get(row.codeId) ?? 0) + 1);
    if (stored.get(row.codeId)?.get(row.articleId) !== row.probability) changed.add(row.codeId);
  }
  for (const [codeId, frame] of stored) if (frame.size !== (seen.get(codeId) ?? 0)) changed.add(codeId);
  return changed;
}

const TABLES = ['learned_proposals', 'learned_scores'] as const;

/** Each frame's live generation and the one being written (null: none), for the frames listed. */
export function learnedGenerations(db: Db): Map<number, { live: number; pending: number | null }> {
  const rows = statement(db, 'SELECT code_id, live, pending FROM learned_frames').all() as {
    code_id: number;
    live: number;
    pending: number | null;
  }[];
  return new Map(rows.map((row) => [row.code_id, { live: row.live, pending: row.pending }]));
}

/** Upserts the run and its time: written with the generations it makes live. */
function recordRun(
  db: Db,
  codebookId: number,
  run: { trainedAt: string; decisions: number; proposals: number },
): void {
  statement(
    db,
    `INSERT INTO learn_runs (codebook_id, trained_at, decisions, proposals) VALUES (?, ?, ?, ?)
     ON CONFLICT (codebook_id) DO UPDATE SET trained_at = excluded.trained_at,
       decisions = excluded.decisions, proposals = excluded.proposals`,
  ).run(codebookId, run.trainedAt, run.decisions, run.proposals);
}

/**
 * Steps that delete the rows of these frames that are not of their live generation (a stopped run's,
 * or the ones a run replaced), an article range at a time in the tables' key order, about `limit`
 * rows a step; `rows` is about how many rows of these frames a table holds.
 */
function* deleteOtherGenerations(
  db: Db,
  frames: readonly number[],
  rows: Record<(typeof TABLES)[number], number>,
  limit: number,
): Generator<void> {
  if (frames.length === 0) return;
  const codes = JSON.stringify(frames);
  for (const table of TABLES) {
    const last = (statement(db, `SELECT max(article_id) FROM ${table}`).pluck().get() as number | null) ?? 0;
    const perArticle = Math.max(rows[table], 1) / Math.max(last, 1);
    const span = Math.max(1, Math.floor(limit / perArticle));
    const remove = statement(
      db,
      `DELETE FROM ${table} AS t WHERE article_id >= ? AND article_id < ?
         AND +code_id IN (SELECT value FROM json_each(?))
         AND born != coalesce((SELECT g.live FROM learned_frames g WHERE g.code_id = t.code_id), 0)`,
    );
    for (let from = 0; from <= last; from += span) {
      remove.run(from, from + span, codes);
      if (from + span <= last) yield;
    }
  }
}

/** How many rows one step of a stepped write touches at most (a short transaction). */
export const ROWS_PER_STEP = 2000;

/**
 * Writes a run's changes in steps, each of which the caller runs in a short transaction of its own,
 * letting other work in between (issue 9: every frame changed, as after a merge, held the engine's
 * thread 550 ms at 100,000 articles in one transaction). Each changed frame's rows are written as its
 * next generation, which no reader sees; one step makes them all live and records the run, at once
 * (it yields 'live'); later steps delete the replaced generations. Returns false, having changed
 * nothing a reader sees, when the stored rows are no longer the ones compared with (another run
 * stored since) or another write took a frame over (a Refresh on the engine's thread meanwhile); what
 * a write the caller stops leaves is discarded by the next write of its frames.
 */
export function* learnedWriteSteps(
  db: Db,
  codebookId: number,
  changes: LearnedChanges,
  run: { trainedAt: string; decisions: number; proposals: number },
  limit = ROWS_PER_STEP,
): Generator<'live' | void, boolean> {
  if (lastLearnRun(db, codebookId) !== changes.basis) return false;
  // Each changed frame's next generation, above any written before. A frame whose last write did
  // not end (stopped, or its replaced rows not all deleted yet: `pending` is still set) is tidied first.
  const next = new Map<number, number>();
  const untidy: number[] = [];
  const generations = learnedGenerations(db);
  for (const codeId of changes.frames) {
    const generation = generations.get(codeId) ?? { live: 0, pending: null };
    if (generation.pending !== null) untidy.push(codeId);
    next.set(codeId, Math.max(generation.live, generation.pending ?? 0) + 1);
  }
  const claim = statement(
    db,
    `INSERT INTO learned_frames (code_id, live, pending) VALUES (?, 0, ?)
     ON CONFLICT (code_id) DO UPDATE SET pending = excluded.pending`,
  );
  for (const [codeId, born] of next) claim.run(codeId, born);
  const rows = { learned_proposals: changes.proposals.length / 3, learned_scores: changes.scores.length / 3 };
  yield* deleteOtherGenerations(
    db,
    untidy,
    { learned_proposals: rows.learned_proposals * 2, learned_scores: rows.learned_scores * 2 },
    limit,
  );
  yield;
  const ours = () => {
    const now = learnedGenerations(db);
    return [...next].every(([codeId, born]) => now.get(codeId)?.pending === born);
  };
  let done = 0;
  for (const [table, rows] of [
    ['learned_proposals', changes.proposals],
    ['learned_scores', changes.scores],
  ] as const) {
    const insert = statement(
      db,
      table === 'learned_proposals'
        ? 'INSERT INTO learned_proposals (article_id, code_id, probability, trained_at, born) VALUES (?, ?, ?, ?, ?)'
        : 'INSERT INTO learned_scores (article_id, code_id, probability, born) VALUES (?, ?, ?, ?)',
    );
    for (let i = 0; i < rows.length; i += 3) {
      if (done > 0 && done % limit === 0) {
        yield;
        if (!ours()) return false;
      }
      const born = next.get(rows[i + 1]!)!;
      if (table === 'learned_proposals') insert.run(rows[i], rows[i + 1], rows[i + 2], run.trainedAt, born);
      else insert.run(rows[i], rows[i + 1], rows[i + 2], born);
      done++;
    }
  }
  yield;
  if (!ours() || lastLearnRun(db, codebookId) !== changes.basis) return false;
  // Live at once; `pending` stays set until the replaced rows are deleted.
  const swap = statement(db, 'UPDATE learned_frames SET live = pending WHERE code_id = ?');
  for (const codeId of next.keys()) swap.run(codeId);
  recordRun(db, codebookId, run);
  yield 'live';
  yield* deleteOtherGenerations(
    db,
    [...next.keys()],
    { learned_proposals: rows.learned_proposals * 2, learned_scores: rows.learned_scores * 2 },
    limit,
  );
  const tidy = statement(db, 'UPDATE learned_frames SET pending = NULL WHERE code_id = ? AND pending = live');
  for (const codeId of next.keys()) tidy.run(codeId);
  return true;
}

/**
 * Writes a run's changes and records the run at once, in the caller's transaction (a Refresh asked
 * for, the command line); false (nothing written) when the stored rows are no longer the ones
 * compared with (another run stored since). A stepped write of the same frames under way is
 * discarded (it finds its frames taken over and stops).
 */
export function applyLearnedChanges(
  db: Db,
  codebookId: number,
  changes: LearnedChanges,
  run: { trainedAt: string; decisions: number; proposals: number },
): boolean {
  const steps = learnedWriteSteps(db, codebookId, changes, run, Number.MAX_SAFE_INTEGER);
  for (;;) {
    const result = steps.next();
    if (result.done) return result.value;
  }
}

/** How many proposals are stored per frame of the codebook (frames with none are left out). */
export function storedProposalCounts(db: Db, codebookId: number): Map<number, number> {
  const rows = statement(
    db,
    `SELECT p.code_id AS codeId, count(*) AS count FROM learned_proposals p
     JOIN codes c ON c.id = p.code_id WHERE c.codebook_id = ? AND ${liveRows('p')} GROUP BY p.code_id`,
  ).all(codebookId) as { codeId: number; count: number }[];
  return new Map(rows.map((row) => [row.codeId, row.count]));
}

/** The article and frame of every proposal stored for the codebook, as "articleId:codeId". */
export function storedProposalKeys(db: Db, codebookId: number): Set<string> {
  const rows = statement(
    db,
    `SELECT p.article_id || ':' || p.code_id FROM learned_proposals p
     JOIN codes c ON c.id = p.code_id WHERE c.codebook_id = ? AND ${liveRows('p')}`,
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
    `SELECT p.code_id, c.key, c.name, c.color, p.probability,
       coalesce(r.trained_at, p.trained_at) AS trained_at
     FROM learned_proposals p JOIN codes c ON c.id = p.code_id
     LEFT JOIN learn_runs r ON r.codebook_id = c.codebook_id
     WHERE p.article_id = ? AND ${liveRows('p')}
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
    `SELECT code_id, probability FROM learned_proposals p WHERE article_id = @articleId AND ${liveRows('p')}
     UNION ALL
     SELECT code_id, probability FROM learned_scores s WHERE article_id = @articleId AND ${liveRows('s')}
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
           SELECT p.code_id, count(*) AS articles FROM learned_proposals p
           WHERE ${liveRows('p')} ${narrowed.replace('WHERE', 'AND')} GROUP BY p.code_id
         ) n JOIN codes c ON c.id = n.code_id ORDER BY n.articles DESC, c.name`,
        ).all(where.params) as ProposedFacetRow[]),
  );
  const chosen = filters.proposedCodeId;
  if (chosen === undefined || rows.some((row) => row.id === chosen)) return rows;
  const code = statement(db, 'SELECT id, name, color, 0 AS articles FROM codes WHERE id = ?').get(chosen) as
    ProposedFacetRow | undefined;
  return code ? [...rows, code] : rows;
}
