// An inverted index from term ids to the keys (recent articles, open stories) that hold them, used
// to find the few candidates worth measuring. Entries that went stale (an article past the date
// window, a story closed or merged) are dropped as the lists are read, so the index only ever
// holds what is still open.
//
// Most terms are held by one key only (a name or a rare word of one article): such a list is kept
// as the key itself, in the map, rather than as an array of one (some 180 bytes less a term: at
// 100,000 articles the index holds tens of thousands of terms).

/** Lists longer than this are not read when finding candidates: such terms name no one event. */
const LONGEST_READ = 300;
/** Lists stop growing here (until a sweep drops their stale entries). */
const MAX_LIST = 2000;

/** A term's keys: one key alone, or several in the order they were added. */
type List = number | number[];

export class Postings {
  private readonly lists = new Map<number, List>();

  add(terms: Int32Array, key: number): void {
    for (const term of terms) {
      const list = this.lists.get(term);
      if (list === undefined) this.lists.set(term, key);
      else if (typeof list === 'number') this.lists.set(term, [list, key]);
      else if (list.length < MAX_LIST) list.push(key);
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
      if (list === undefined) continue;
      if (typeof list === 'number') {
        if (live(list)) hits.set(list, (hits.get(list) ?? 0) + 1);
        else this.lists.delete(term);
        continue;
      }
      if (list.length > LONGEST_READ) continue;
      let kept = 0;
      for (const key of list) {
        if (!live(key)) continue;
        list[kept++] = key;
        hits.set(key, (hits.get(key) ?? 0) + 1);
      }
      list.length = kept;
      if (kept === 0) this.lists.delete(term);
      else if (kept === 1) this.lists.set(term, list[0]!);
    }
    return [...hits]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([key]) => key);
  }

  /** Drops every stale entry; called now and then so lists of terms no longer read do not pile up. */
  sweep(live: (key: number) => boolean): void {
    for (const [term, list] of this.lists) {
      if (typeof list === 'number') {
        if (!live(list)) this.lists.delete(term);
        continue;
      }
      const kept = list.filter(live);
      if (kept.length === 0) this.lists.delete(term);
      else this.lists.set(term, kept.length === 1 ? kept[0]! : kept);
    }
  }
}
