import { useState } from 'react';
import type { AlignmentSegment } from '../../api/contract.ts';
import { useEngine } from '../../hooks/useEngine.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { formatDate, percent } from '../format.ts';
import { ChartCard } from './ChartCard.tsx';
import type { SelectionArgs } from './selection.ts';

export interface ArticleChoice {
  id: number;
  title: string | null;
  outlet: string | null;
}

function label(article: ArticleChoice): string {
  return `${article.outlet ?? 'No outlet'} — ${article.title ?? `Article ${article.id}`}`;
}

/** Two articles as a split diff: shared passages aligned and greyed, each one's own sentences marked. */
export function SideBySide({
  selection,
  articles,
  subject,
}: {
  selection: SelectionArgs;
  articles: ArticleChoice[];
  subject: string;
}) {
  const wire = useEngine('compare.wire', [selection]);
  const [chosen, setChosen] = useState<[number, number] | null>(null);
  const top = wire.data?.[0];
  const fallback = (): [number, number] | null => {
    const first = articles[0];
    const other = articles.find((article) => article.outlet !== first?.outlet) ?? articles[1];
    return first && other ? [first.id, other.id] : null;
  };
  const pair = chosen ?? (top ? [top.sourceId, top.copyId] : wire.data ? fallback() : null);
  const alignment = useEngine('compare.alignment', pair && pair[0] !== pair[1] ? pair : null);
  const text = (side: 'left' | 'right', span: { start: number; end: number }) =>
    alignment.data ? alignment.data[side].text.slice(span.start, span.end) : '';

  const csv = () => [
    ['segment', alignment.data?.left.outlet ?? 'left', alignment.data?.right.outlet ?? 'right'],
    ...(alignment.data?.segments ?? []).map((segment: AlignmentSegment) => [
      segment.kind === 'shared' ? (segment.exact ? 'shared' : 'shared, edited') : `only ${segment.kind}`,
      segment.kind === 'right' ? '' : text('left', segment.left),
      segment.kind === 'left' ? '' : text('right', segment.right),
    ]),
  ];

  return (
    <ChartCard
      title="Side by side"
      subject={subject}
      rows={csv}
      image={false}
      note={
        alignment.data
          ? `${percent(alignment.data.share)} of the shorter article's wording is in the other. Grey: shared; highlighted: each outlet's own sentences.`
          : 'Pick two articles; the pair sharing most wire copy comes first.'
      }
      controls={
        pair && (
          <>
            {[0, 1].map((side) => (
              <select
                key={side}
                className="input small pick-article"
                aria-label={side === 0 ? 'Left article' : 'Right article'}
                value={pair[side]}
                onChange={(event) => {
                  const next: [number, number] = [pair[0], pair[1]];
                  next[side] = Number(event.target.value);
                  setChosen(next);
                }}
              >
                {articles.map((article) => (
                  <option key={article.id} value={article.id}>
                    {label(article)}
                  </option>
                ))}
              </select>
            ))}
          </>
        )
      }
    >
      {wire.error && (
        <ErrorNotice error={wire.error} title="Shared wire copy could not be found" hint="Try again." />
      )}
      {alignment.error && (
        <ErrorNotice
          error={alignment.error}
          title="The two articles could not be aligned"
          hint="Pick another pair."
        />
      )}
      {pair && pair[0] === pair[1] && <p className="muted chart-empty">Pick two different articles.</p>}
      {!pair && wire.data && <p className="muted chart-empty">Side by side needs two articles.</p>}
      {alignment.data ? (
        <div className="split-diff" role="table" aria-label="The two articles aligned">
          <div className="diff-row diff-head" role="row">
            {(['left', 'right'] as const).map((side) => {
              const article = alignment.data![side];
              return (
                <div key={side} role="columnheader" className="diff-cell">
                  <a href={`#/reader/${article.id}`}>{article.title ?? `Article ${article.id}`}</a>
                  <div className="muted">
                    {article.outlet}
                    {article.published_at && ` · ${formatDate(article.published_at)}`}
                  </div>
                </div>
              );
            })}
          </div>
          {alignment.data.segments.map((segment, index) => (
            <div key={index} className={`diff-row ${segment.kind}`} role="row">
              <div
                role="cell"
                className={
                  segment.kind === 'right'
                    ? 'diff-cell gap'
                    : `diff-cell ${segment.kind === 'left' ? 'own' : 'shared'}`
                }
              >
                {segment.kind !== 'right' && text('left', segment.left)}
                {segment.kind === 'shared' && !segment.exact && <span className="diff-edited">edited</span>}
              </div>
              <div
                role="cell"
                className={
                  segment.kind === 'left'
                    ? 'diff-cell gap'
                    : `diff-cell ${segment.kind === 'right' ? 'own' : 'shared'}`
                }
              >
                {segment.kind !== 'left' && text('right', segment.right)}
              </div>
            </div>
          ))}
        </div>
      ) : (
        pair &&
        pair[0] !== pair[1] &&
        !alignment.error && (
          <div className="list-skeleton" aria-busy="true" aria-label="Aligning the two articles">
            {Array.from({ length: 4 }, (_, index) => (
              <div key={index} className="skeleton-block">
                <span className="skeleton" style={{ width: '95%' }} />
              </div>
            ))}
          </div>
        )
      )}
    </ChartCard>
  );
}
