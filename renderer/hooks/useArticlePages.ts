import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api/client.ts';
import { useDataVersion } from '../api/freshness.ts';
import type { ArticleListOptions, ArticleListRow } from '../api/contract.ts';

const PAGE = 200;

export interface ArticlePages {
  total: number | undefined;
  error: Error | undefined;
  row(index: number): ArticleListRow | undefined;
  /** Loads the pages holding rows first…last when they are not loaded yet. */
  want(first: number, last: number): void;
  /** Every id loaded so far, in list order (for j/k in the reader). */
  loadedIds(): number[];
}

/** The library's rows, fetched a page at a time as the table scrolls to them. */
export function useArticlePages(options: ArticleListOptions): ArticlePages {
  const version = useDataVersion();
  const key = JSON.stringify(options);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [, setTick] = useState(0);
  const pages = useRef(new Map<number, ArticleListRow[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);

  const load = useCallback(
    (page: number) => {
      if (loading.current.has(page) || pages.current.has(page)) return;
      loading.current.add(page);
      const mine = generation.current;
      const query = { ...(JSON.parse(key) as ArticleListOptions), offset: page * PAGE, limit: PAGE };
      call('articles.list', query).then(
        (result) => {
          if (mine !== generation.current) return;
          loading.current.delete(page);
          pages.current.set(page, result.rows);
          setTotal(result.total);
          setError(undefined);
          setTick((tick) => tick + 1);
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

  useEffect(() => {
    generation.current += 1;
    // Keep showing the old rows until the new first page arrives, so a reload does not flash.
    const previous = pages.current;
    pages.current = new Map();
    loading.current = new Set();
    const keepLoaded = [...previous.keys()];
    if (keepLoaded.length === 0) keepLoaded.push(0);
    for (const page of keepLoaded.slice(0, 5)) load(page);
  }, [key, version, load]);

  return {
    total,
    error,
    row: (index) => pages.current.get(Math.floor(index / PAGE))?.[index % PAGE],
    want: (first, last) => {
      for (let page = Math.floor(first / PAGE); page <= Math.floor(last / PAGE); page++) load(page);
    },
    loadedIds: () =>
      [...pages.current.entries()].sort(([a], [b]) => a - b).flatMap(([, rows]) => rows.map((row) => row.id)),
  };
}
