import { useEffect, useRef } from 'react';
import type { ArticleListRow } from '../../api/contract.ts';
import type { ArticlePages } from '../../hooks/useArticlePages.ts';
import { libraryState, type SortKey } from '../../hooks/library-state.ts';
import { useStore } from '../../hooks/store.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { formatDate, formatNumber } from '../format.ts';
import { FrameDots } from '../FrameDots.tsx';
import { Snippet } from './Snippet.tsx';
import { useVirtualPages } from '../../hooks/useVirtualPages.ts';

const COLUMNS: { key: SortKey | null; label: string; numeric?: boolean }[] = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'published', label: 'Date' },
  { key: 'words', label: 'Words', numeric: true },
  { key: null, label: 'Quotes', numeric: true },
  { key: null, label: 'Frames' },
  { key: null, label: 'Status' },
];

/**
 * Whether the article is analysed, and how many of the analysis's suggestions need a person; the ones
 * analysis is sure of are counted apart, since one click in the Reader accepts them.
 */
function ReviewStatus({ row }: { row: ArticleListRow }) {
  if (!row.analysed) return <span className="faint">not analysed</span>;
  const { waiting, sure, reviewed } = row.review;
  const detail =
    `${formatNumber(waiting)} suggestion${waiting === 1 ? '' : 's'} to review, ` +
    `${formatNumber(sure)} sure (accept them together in the Reader), ${formatNumber(reviewed)} reviewed`;
  if (waiting > 0 || sure > 0)
    return (
      <span className={waiting > 0 ? 'status-waiting' : 'faint'} title={detail}>
        {waiting > 0 ? `${formatNumber(waiting)} to review` : ''}
        {waiting > 0 && sure > 0 ? ' · ' : ''}
        {sure > 0 ? `${formatNumber(sure)} sure` : ''}
      </span>
    );
  if (reviewed > 0)
    return (
      <span className="status-done" title={detail}>
        ✓ reviewed
      </span>
    );
  return (
    <span className="faint" title="The analysis suggested nothing in this article">
      nothing to review
    </span>
  );
}

function SortHeader({ column }: { column: (typeof COLUMNS)[number] }) {
  const { sort, descending } = useStore(libraryState);
  const active = column.key !== null && sort === column.key;
  const className = column.numeric ? 'cell num' : 'cell';
  if (column.key === null) {
    return (
      <div role="columnheader" className={className}>
        {column.label}
      </div>
    );
  }
  const key = column.key;
  const arrow = (
    <span aria-hidden="true" className="sort-arrow">
      {active ? (descending ? '↓' : '↑') : ''}
    </span>
  );
  return (
    <div
      role="columnheader"
      className={className}
      aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort"
        onClick={() =>
          libraryState.set((state) => ({
            ...state,
            sort: key,
            // Numbers and dates read best largest/latest first; text A to Z.
            descending: state.sort === key ? !state.descending : key === 'words' || key === 'published',
          }))
        }
      >
        {column.numeric && arrow}
        {column.label}
        {!column.numeric && arrow}
      </button>
    </div>
  );
}

export function ArticleTable({ pages, searching }: { pages: ArticlePages; searching: boolean }) {
  const scroller = useRef<HTMLDivElement>(null);
  const { virtualizer, items, count } = useVirtualPages(pages, scroller, searching ? 64 : 36, 12);
  useEffect(() => virtualizer.measure(), [searching, virtualizer]);

  return (
    <div className="article-table" role="table" aria-label="Articles" aria-rowcount={count + 1}>
      <div role="rowgroup" className="thead">
        <div role="row" className="trow">
          {COLUMNS.map((column) => (
            <SortHeader key={column.label} column={column} />
          ))}
        </div>
      </div>
      <div ref={scroller} className="tbody-scroll" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = pages.row(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={row ? 'trow' : 'trow loading'}
                style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                onClick={() => row && navigate({ view: 'reader', articleId: row.id })}
              >
                {row ? (
                  <>
                    <div role="cell" className="cell title-cell">
                      <a
                        href={`#/reader/${row.id}`}
                        className="title-link"
                        onClick={(e) => e.stopPropagation()}
                      >
                        {row.title ?? <span className="faint">Untitled article {row.id}</span>}
                      </a>
                      {row.snippet && <Snippet parts={row.snippet} />}
                    </div>
                    <div role="cell" className="cell muted ellipsis">
                      {row.outlet ?? <span className="faint">—</span>}
                    </div>
                    <div role="cell" className="cell muted">
                      {formatDate(row.published) || <span className="faint">undated</span>}
                    </div>
                    <div role="cell" className="cell num">
                      {formatNumber(row.words)}
                    </div>
                    <div role="cell" className="cell num">
                      {row.analysed ? (
                        formatNumber(row.quotes)
                      ) : (
                        <span className="faint" title="Not analysed yet">
                          …
                        </span>
                      )}
                    </div>
                    <div role="cell" className="cell">
                      <FrameDots frames={row.frames} />
                    </div>
                    <div role="cell" className="cell ellipsis">
                      <ReviewStatus row={row} />
                    </div>
                  </>
                ) : (
                  <div role="cell" className="cell" style={{ gridColumn: '1 / -1' }}>
                    <span className="skeleton" style={{ width: `${40 + ((item.index * 37) % 45)}%` }} />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
