import { useEffect, useRef } from 'react';
import type { ArticlePages } from '../../hooks/useArticlePages.ts';
import { readerSettings } from '../../hooks/reader-state.ts';
import { useStore } from '../../hooks/store.ts';
import { formatDate, formatNumber } from '../format.ts';
import { useVirtualPages } from '../../hooks/useVirtualPages.ts';

/** The library's current list beside the text (j/k walk it); folds away to a thin strip. */
export function ArticleList({ pages, currentId }: { pages: ArticlePages; currentId: number }) {
  const { listOpen } = useStore(readerSettings);
  const scroller = useRef<HTMLDivElement>(null);
  const { items, count, height, rowHeight, scrollToIndex } = useVirtualPages(pages, scroller, 52, 10);
  const currentIndex = pages.indexOf(currentId);
  useEffect(() => {
    if (currentIndex >= 0 && listOpen) scrollToIndex(currentIndex);
  }, [currentIndex, listOpen, scrollToIndex]);

  const toggle = () => readerSettings.set((s) => ({ ...s, listOpen: !s.listOpen }));
  if (!listOpen) {
    return (
      <nav className="reader-list collapsed" aria-label="Articles">
        <button
          type="button"
          className="icon-btn"
          aria-label="Show the article list"
          title="Show the article list"
          onClick={toggle}
        >
          »
        </button>
      </nav>
    );
  }
  return (
    <nav className="reader-list" aria-label="Articles">
      <div className="reader-list-head">
        <a href="#/library" className="back-link">
          ← Library
        </a>
        <span className="faint num">
          {currentIndex >= 0
            ? `${formatNumber(currentIndex + 1)} / ${formatNumber(count)}`
            : formatNumber(count)}
        </span>
        <button
          type="button"
          className="icon-btn"
          aria-label="Hide the article list"
          title="Hide the article list"
          onClick={toggle}
        >
          «
        </button>
      </div>
      <div ref={scroller} className="reader-list-scroll">
        <ul style={{ height, position: 'relative' }}>
          {items.map((item) => {
            const row = pages.row(item.index);
            return (
              <li key={item.index} style={{ transform: `translateY(${item.top}px)`, height: rowHeight }}>
                {row ? (
                  <a
                    href={`#/reader/${row.id}`}
                    className="reader-list-item"
                    aria-current={row.id === currentId ? 'page' : undefined}
                  >
                    <span className="reader-list-title">{row.title ?? `Untitled article ${row.id}`}</span>
                    <span className="faint reader-list-meta">
                      {[row.outlet, formatDate(row.published)].filter(Boolean).join(' · ')}
                    </span>
                  </a>
                ) : (
                  <span className="skeleton" style={{ margin: '12px 10px', width: '70%' }} />
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
