// The library's entities and speakers facets when only outlets are chosen (issue 12): sums of
// each chosen outlet's kept rows (migration 021) instead of counting what 50,000 matching articles
// hold. Each article has one outlet, so the sum over the outlets is the count over their articles.

/** The chosen outlets' keys in the kept rows (`@outlets` a JSON array of names). */
const KEYS = `SELECT '=' || value FROM json_each(@outlets)`;

/** Articles per entity in the chosen outlets, the `top` most mentioned first; ties by name. */
export const OUTLET_ENTITIES = `
  SELECT e.id, e.name, e.type, t.articles FROM (
    SELECT entity_id, sum(articles) AS articles FROM outlet_entity_use WHERE key IN (${KEYS})
    GROUP BY entity_id HAVING sum(articles) > 0) t
  JOIN entities e ON e.id = t.entity_id ORDER BY t.articles DESC, e.name LIMIT @top`;

/**
 * Quotes and articles per speaker name in the chosen outlets, as the library counts them over `quote_speaker`; the
 * entity shown for a name is the highest entity of that name quoted in those outlets (its
 * max(entity_id)), looked up for the `top` names only.
 */
export const OUTLET_SPEAKERS = `
  SELECT t.name,
    (SELECT max(e.id) FROM entities e WHERE e.name = t.name AND EXISTS (
       SELECT 1 FROM quote_speaker k JOIN articles a INDEXED BY articles_facet ON a.id = k.article_id
       WHERE k.entity_id = e.id AND a.id != 0 AND a.outlet IN (SELECT value FROM json_each(@outlets)))) AS entity_id,
    t.articles, t.quotes
  FROM (
    SELECT name, sum(articles) AS articles, sum(quotes) AS quotes FROM outlet_speaker_use
    WHERE key IN (${KEYS}) GROUP BY name HAVING sum(quotes) > 0
    ORDER BY articles DESC, quotes DESC, name LIMIT @top) t
  ORDER BY t.articles DESC, t.quotes DESC, t.name`;
