import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api/client.ts';
import { onDataChange } from '../api/changes.ts';
import { listTouched } from '../api/reads.ts';
import type { ArticleListOptions, ArticleListRow } from '../api/contract.ts';

const PAGE = 200;

export interface ArticlePages {
  total: number | undefined;
  error: Error | undefined;
  row(index: number): ArticleListRow | undefined;
  /** Loads the pages holding rows first…last when they are not loaded yet. */
  want(first: number, last: number): void;
  /** Where an article is in the list, when the page holding it is loaded; else -1. */
  indexOf(id: number): number;
  /** Loads the page holding an article (the reader opened one deep in the list), if it is in the list. */
  locate: (id: number) => void;
}

/**
 * The library's rows, fetched a page at a time as the table scrolls to them. A page next to one
 * already loaded is asked for by key (the articles after that page's last one), which costs the
 * engine the same at row 900,000 as at row 0; only a jump is asked for by offset.
 */
export function useArticlePages(
  options: ArticleListOptions,
  /** The tables the view shows of each row (see listTouched); all that a row holds by default. */
  shown?: readonly string[],
): ArticlePages {
  const key = JSON.stringify(options);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [, setTick] = useState(0);
  const pages = useRef(new Map<number, ArticleListRow[]>());
  /** Rows from before a reload, shown until their page arrives again, so a reload does not flash. */
  const stale = useRef(new Map<number, ArticleListRow[]>());
  const loading = useRef(new Set<number>());
  const wanted = useRef<[number, number]>([0, 0]);
  const generation = useRef(0);
  const located = useRef(new Set<number>());

  const load = useCallback(
    (page: number) => {
      if (loading.current.has(page)) return;
      loading.current.add(page);
      const mine = generation.current;
      const query: ArticleListOptions = {
        ...(JSON.parse(key) as ArticleListOptions),
        offset: page * PAGE,
        limit: PAGE,
      };
      const before = pages.current.get(page - 1);
      const after = pages.current.get(page + 1);
      if (before?.length === PAGE) query.after = before[PAGE - 1]!.id;
      else if (after && after.length > 0) query.before = after[0]!.id;
      call('articles.list', query).then(
        (result) => {
          if (mine !== generation.current) return;
          loading.current.delete(page);
          pages.current.set(page, result.rows);
          stale.current.delete(page);
          setTotal(result.total);
          setError(undefined);
          setTick((tick) => tick + 1);
          fill();
        },
        (failure: unknown) => {
          if (mine !== generation.current) return;
          loading.current.delete(page);
          setError(failure instanceof Error ? failure : new Error(String(failure)));
        },
      );
    },
    [key],
  );

  /**
   * Loads the wanted pages that are missing: those next to a loaded page by key; when none is,
   * one of them by offset, and the rest by key once it has arrived.
   */
  const fill = useCallback(() => {
    const [first, last] = wanted.current;
    const firstPage = Math.floor(first / PAGE);
    const lastPage = Math.floor(last / PAGE);
    let waiting = false;
    for (let page = firstPage; page <= lastPage; page++) if (loading.current.has(page)) waiting = true;
    for (let page = firstPage; page <= lastPage; page++) {
      if (pages.current.has(page) || loading.current.has(page)) continue;
      if (pages.current.has(page - 1) || pages.current.has(page + 1)) load(page);
      else if (!waiting) {
        load(page);
        waiting = true;
      }
    }
  }, [load]);

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    stale.current = new Map();
    loading.current = new Set();
    located.current = new Set();
    fill();
  }, [key, fill]);

  /**
   * Reads again the rows of a loaded page that a change touched, by key from the row before them
   * (or after them), so a correction reads its article's row again instead of the page's 200 rows,
   * by offset when the page lies deep in the list (issue 12). The change left the list's order and
   * membership alone (listTouched says so); should other rows come back, the page is read whole.
   */
  const reloadRows = useCallback(
    (page: number, touched: ReadonlySet<number>) => {
      const rows = pages.current.get(page);
      const places = rows?.flatMap((row, place) => (touched.has(row.id) ? [place] : [])) ?? [];
      if (!rows || places.length === 0) return;
      const options = JSON.parse(key) as ArticleListOptions;
      // Best matches first are read by offset: an anchor means nothing to that order.
      const byRank = Boolean(options.search?.trim()) && (options.sort ?? 'relevance') === 'relevance';
      const first = places[0]!;
      const last = places[places.length - 1]!;
      const anchor =
        first > 0
          ? { after: rows[first - 1]!.id }
          : last + 1 < rows.length
            ? { before: rows[last + 1]!.id }
            : null;
      if (byRank || !anchor || loading.current.has(page)) {
        load(page);
        return;
      }
      const mine = generation.current;
      const wantedIds = rows.slice(first, last + 1).map((row) => row.id);
      call('articles.list', { ...options, ...anchor, limit: wantedIds.length }).then(
        (result) => {
          if (mine !== generation.current) return;
          const current = pages.current.get(page);
          const same =
            current === rows &&
            result.rows.length === wantedIds.length &&
            result.rows.every((row, i) => row.id === wantedIds[i]);
          if (!same) {
            load(page);
            return;
          }
          pages.current.set(page, [...rows.slice(0, first), ...result.rows, ...rows.slice(last + 1)]);
          setTotal(result.total);
          setTick((tick) => tick + 1);
        },
        () => load(page),
      );
    },
    [key, load],
  );

  const locate = useCallback(
    (id: number) => {
      if (located.current.has(id)) return;
      located.current.add(id);
      const mine = generation.current;
      const query: ArticleListOptions = {
        ...(JSON.parse(key) as ArticleListOptions),
        around: id,
        limit: PAGE,
      };
      call('articles.list', query).then(
        (result) => {
          if (mine !== generation.current || result.offset === undefined) return;
          const page = result.offset / PAGE;
          if (!pages.current.has(page)) pages.current.set(page, result.rows);
          setTotal(result.total);
          setTick((tick) => tick + 1);
        },
        () => {
          // Not finding the article in the list only means the list does not show where it is.
        },
      );
    },
    [key],
  );

  useEffect(
    () =>
      onDataChange((change) => {
        const options = JSON.parse(key) as ArticleListOptions;
        const touched = listTouched(options, change, shown);
        if (touched === 'none') return;
        if (touched === 'all') {
          generation.current += 1;
          stale.current = new Map([...stale.current, ...pages.current]);
          pages.current = new Map();
          loading.current = new Set();
          fill();
          return;
        }
        // Only some articles changed, and not whether they match: read their rows again.
        for (const page of pages.current.keys()) reloadRows(page, touched);
      }),
    [key, fill, reloadRows, shown],
  );

  return {
    total,
    error,
    row: (index) => {
      const page = Math.floor(index / PAGE);
      return (pages.current.get(page) ?? stale.current.get(page))?.[index % PAGE];
    },
    want: (first, last) => {
      wanted.current = [first, last];
      fill();
    },
    locate,
    indexOf: (id) => {
      for (const [page, rows] of pages.current) {
        const at = rows.findIndex((row) => row.id === id);
        if (at >= 0) return page * PAGE + at;
      }
      return -1;
    },
  };
}
