// An inverted index from term ids to the keys (recent articles, open stories) that hold them, used
// to find the few candidates worth measuring. Entries that went stale (an article past the date
// window, a story closed or merged) are dropped as the lists are read, so the index only ever
// holds what is still open.

/** Lists longer than this are not read when finding candidates: such terms name no one event. */
const LONGEST_READ = 300;
/** Lists stop growing here (until a sweep drops their stale entries). */
const MAX_LIST = 2000;

export class Postings {
  private readonly lists = new Map<number, number[]>();

  add(terms: Int32Array, key: number): void {
    for (const term of terms) {
      let list = this.lists.get(term);
      if (!list) this.lists.set(term, (list = []));
      if (list.length < MAX_LIST) list.push(key);
    }
  }

  /**
   * Keys sharing the most of `terms`, best first, at most `limit`; `live` says whether a key is
   * still open (those that are not leave the lists).
   */
  candidates(terms: Int32Array, live: (key: number) => boolean, limit: number): number[] {
    const hits = new Map<number, number>();
    for (const term of terms) {
      const list = this.lists.get(term);
      if (!list || list.length > LONGEST_READ) continue;
      let kept = 0;
      for (const key of list) {
        if (!live(key)) continue;
        list[kept++] = key;
        hits.set(key, (hits.get(key) ?? 0) + 1);
      }
      list.length = kept;
      if (kept === 0) this.lists.delete(term);
    }
    return [...hits]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([key]) => key);
  }

  /** Drops every stale entry; called now and then so lists of terms no longer read do not pile up. */
  sweep(live: (key: number) => boolean): void {
    for (const [term, list] of this.lists) {
      const kept = list.filter(live);
      if (kept.length === 0) this.lists.delete(term);
      else this.lists.set(term, kept);
    }
  }
}
