// What Compare keeps in memory per project for its next call (a toggle, another selection over the
// same articles): one entry per article, oldest dropped first, and which of them were counted here
// from their text and are not yet stored (the engine takes those and writes them).

export interface KeptArticles<T> {
  articles: Map<number, T>;
  unsaved: Set<number>;
}

/** Keeps `entry` as the newest for article `id`, dropping the oldest kept article past `limit`. */
export function keepArticle<T>(kept: KeptArticles<T>, id: number, entry: T, limit: number): void {
  // Oldest first out: a Map iterates in insertion order.
  if (kept.articles.size >= limit) {
    const oldest = kept.articles.keys().next().value!;
    kept.articles.delete(oldest);
    kept.unsaved.delete(oldest);
  }
  kept.articles.delete(id);
  kept.articles.set(id, entry);
}
