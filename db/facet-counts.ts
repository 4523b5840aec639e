// The library's frame facets under a filter (issue 12), counted one of two ways by how
// many articles match. A few matching articles are looked up one by one in the article-ordered
// indexes. A broad filter (a frame asserted in 60,000 of 100,000 articles) instead reads the whole
// frame-ordered index once, keeping the rows of matching articles: the rows come grouped already,
// where the lookups gave pairs to sort by frame. (Entities and speakers are added up from each
// matching article's kept row: db/article-facets.ts.)
// Reading the whole index costs the same whatever matches, so it only pays for broad filters:
// measured on 100,000 articles, the lookups won below about a fifth of the articles matching
// and lost above about a quarter.

/** Whether the counts read whole indexes: the matching articles are at least a quarter of all. */
export function readsWholeIndexes(matching: number, total: number): boolean {
  return matching * 4 >= total;
}

/** Per frame present in a matching article: the articles asserting it and those denying it. */
export function frameCountSql(matching: string, whole: boolean): string {
  return whole
    ? // The frames in code order (migration 011's index), each frame's rows together.
      `SELECT c.id, c.name, c.kind, c.color, f.asserted, f.denied FROM (
         SELECT code_id, sum(denied = 0) AS asserted, sum(denied = 1) AS denied
         FROM frame_state INDEXED BY frame_state_code WHERE article_id IN (${matching}) GROUP BY code_id) f
       JOIN codes c ON c.id = f.code_id`
    : `SELECT c.id, c.name, c.kind, c.color, sum(f.denied = 0), sum(f.denied = 1)
       FROM frame_state f JOIN codes c ON c.id = f.code_id
       WHERE f.article_id IN (${matching})
       GROUP BY c.id`;
}
