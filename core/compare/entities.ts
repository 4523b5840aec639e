import type { MentionEntityRow } from '../../db/compare.ts';
import { round } from './outlet.ts';

// Salient entities per outlet: how often each is mentioned per 1,000 words of the outlet's
// articles, and how much more often than in the other outlets (lift), so a name every outlet
// repeats stands apart from one this outlet alone dwells on.

export interface SalientEntity {
  entityId: number;
  name: string;
  type: MentionEntityRow['type'];
  mentions: number;
  articles: number;
  per1000Words: number;
  /** Rate in this outlet over the rate in the others (smoothed by half a mention). */
  lift: number;
}

const LISTED = 15;

export function salientEntities(
  outlets: ReadonlyMap<string, readonly number[]>,
  mentions: readonly MentionEntityRow[],
  wordCounts: ReadonlyMap<number, number>,
): Record<string, SalientEntity[]> {
  const outletOf = new Map<number, string>();
  for (const [outlet, ids] of outlets) for (const id of ids) outletOf.set(id, outlet);
  const wordsOf = new Map<string, number>();
  for (const [outlet, ids] of outlets)
    wordsOf.set(
      outlet,
      ids.reduce((sum, id) => sum + (wordCounts.get(id) ?? 0), 0),
    );
  const totalWords = [...wordsOf.values()].reduce((a, b) => a + b, 0);

  type Tally = { row: MentionEntityRow; mentions: number; articles: Set<number> };
  const perOutlet = new Map<string, Map<number, Tally>>();
  const totals = new Map<number, number>();
  for (const mention of mentions) {
    const outlet = outletOf.get(mention.article_id);
    if (outlet === undefined) continue;
    let entities = perOutlet.get(outlet);
    if (!entities) perOutlet.set(outlet, (entities = new Map<number, Tally>()));
    let entry = entities.get(mention.entity_id);
    if (!entry) entities.set(mention.entity_id, (entry = { row: mention, mentions: 0, articles: new Set() }));
    entry.mentions++;
    entry.articles.add(mention.article_id);
    totals.set(mention.entity_id, (totals.get(mention.entity_id) ?? 0) + 1);
  }
  const result: Record<string, SalientEntity[]> = {};
  for (const outlet of outlets.keys()) {
    const words = Math.max(1, wordsOf.get(outlet) ?? 0);
    const restWords = Math.max(1, totalWords - words);
    result[outlet] = [...(perOutlet.get(outlet) ?? new Map<number, Tally>()).entries()]
      .map(([entityId, entry]): SalientEntity => {
        const rest = (totals.get(entityId) ?? 0) - entry.mentions;
        return {
          entityId,
          name: entry.row.name,
          type: entry.row.type,
          mentions: entry.mentions,
          articles: entry.articles.size,
          per1000Words: round((entry.mentions * 1000) / words, 3),
          lift: round(entry.mentions / words / ((rest + 0.5) / restWords), 3),
        };
      })
      .sort((a, b) => b.per1000Words - a.per1000Words || a.name.localeCompare(b.name))
      .slice(0, LISTED);
  }
  return result;
}
