import { useEffect, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticlePages } from './useArticlePages.ts';

/**
 * A virtualised list over the library's pages of articles: only the rows in view are drawn, and
 * the pages holding them are asked for as they scroll into view.
 */
export function useVirtualPages(
  pages: ArticlePages,
  scroller: RefObject<HTMLElement | null>,
  rowHeight: number,
  overscan: number,
) {
  const count = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (count > 0) pages.want(first, last);
  }, [first, last, count, pages]);
  return { virtualizer, items, count };
}
