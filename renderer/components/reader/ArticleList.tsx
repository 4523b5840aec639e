import { useEffect, useRef } from 'react';
import type { ArticlePages } from '../../hooks/useArticlePages.ts';
import { readerSettings } from '../../hooks/reader-state.ts';
import { useStore } from '../../hooks/store.ts';
import { formatDate } from '../format.ts';
import { useVirtualPages } from '../../hooks/useVirtualPages.ts';

/** The library's current list beside the text (j/k walk it); folds away to a thin strip. */
export function ArticleList({ pages, currentId }: { pages: ArticlePages; currentId: number }) {
  const { listOpen } = useStore(readerSettings);
  const scroller = useRef<HTMLDivElement>(null);
  const { virtualizer, items, count } = useVirtualPages(pages, scroller, 52, 10);
  const currentIndex = pages.loadedIds().indexOf(currentId);
  useEffect(() => {
    if (currentIndex >= 0 && listOpen) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, listOpen, virtualizer]);

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
        <span className="faint num">{currentIndex >= 0 ? `${currentIndex + 1} / ${count}` : count}</span>
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
        <ul style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = pages.row(item.index);
            return (
              <li key={item.key} style={{ transform: `translateY(${item.start}px)`, height: item.size }}>
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
