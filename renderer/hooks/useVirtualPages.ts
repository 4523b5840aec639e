import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ArticlePages } from './useArticlePages.ts';
import {
  followScroll,
  revealRow,
  rowTop,
  scrollSpace,
  scrollToReal,
  visibleRows,
  type ScrollPage,
} from './scaled-scroll.ts';

export interface VirtualRow {
  index: number;
  /** px from the top of the scrolling box. */
  top: number;
}

/**
 * A virtualised list over the library's pages of articles: only the rows in view are drawn, the
 * pages holding them are asked for as they scroll into view, and a list of any length scrolls
 * through a space a browser can draw (scaled-scroll.ts), so its last row can be reached.
 */
export function useVirtualPages(
  pages: ArticlePages,
  scroller: RefObject<HTMLElement | null>,
  rowHeight: number,
  overscan: number,
) {
  const count = pages.total ?? 0;
  const [viewport, setViewport] = useState(0);
  const space = useMemo(() => scrollSpace(count, rowHeight, viewport), [count, rowHeight, viewport]);
  const position = useRef<{ at: ScrollPage; top: number }>({ at: { page: 0, offset: 0 }, top: 0 });
  const [, setTick] = useState(0);

  const apply = useCallback(
    (next: { at: ScrollPage; scrollTop: number }) => {
      const element = scroller.current;
      position.current = { at: next.at, top: next.scrollTop };
      if (element && Math.abs(element.scrollTop - next.scrollTop) >= 1) element.scrollTop = next.scrollTop;
      setTick((tick) => tick + 1);
    },
    [scroller],
  );

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    setViewport(element.clientHeight);
    const observer = new ResizeObserver(() => setViewport(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const onScroll = () => {
      const { at, top } = position.current;
      apply(followScroll(space, at, element.scrollTop, top));
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [scroller, space, apply]);

  // When the list's length or row height changes, stay at the same place in it.
  useLayoutEffect(() => {
    const { at, top } = position.current;
    apply(scrollToReal(space, top + at.offset));
  }, [space, apply]);

  const { at, top } = position.current;
  const { first, last } = visibleRows(space, at, top, count, overscan);
  const items: VirtualRow[] = [];
  for (let index = first; index <= last; index++) items.push({ index, top: rowTop(space, at, index) });

  useEffect(() => {
    if (count > 0) pages.want(first, last);
  }, [first, last, count, pages]);

  const scrollToIndex = useCallback(
    (index: number, center = false) => {
      const { at: current, top: currentTop } = position.current;
      apply(revealRow(space, current, currentTop, index, center));
    },
    [space, apply],
  );

  return { items, count, height: space.height, rowHeight, scrollToIndex };
}
