import type { ArticleFacets } from '../../api/contract.ts';
import { formatDate } from '../format.ts';

interface Props {
  facets: ArticleFacets;
  from: string | undefined;
  to: string | undefined;
  onPick: (from: string | undefined, to: string | undefined) => void;
}

/** Articles per day or month; click a bar to keep that day, shift-click another to keep the span. */
export function DateHistogram({ facets, from, to, onPick }: Props) {
  const { dates } = facets;
  const max = Math.max(1, ...dates.map((d) => d.articles));
  const inRange = (bucket: string) =>
    (!from || bucket >= from.slice(0, bucket.length)) && (!to || bucket <= to);
  return (
    <section className="facet" aria-label="Dates">
      <h3>
        Dates <span className="faint">by {facets.bucket}</span>
      </h3>
      {dates.length === 0 ? (
        <p className="faint facet-empty">No dated articles here.</p>
      ) : (
        <>
          <div className="histogram">
            {dates.map((d) => (
              <button
                key={d.bucket}
                type="button"
                className={from || to ? (inRange(d.bucket) ? 'bar on' : 'bar off') : 'bar'}
                style={{ height: `${Math.max(8, (d.articles / max) * 100)}%` }}
                title={`${formatDate(d.bucket)}: ${d.articles} article${d.articles === 1 ? '' : 's'}`}
                aria-label={`${formatDate(d.bucket)}: ${d.articles} articles`}
                onClick={(event) => {
                  if (event.shiftKey && from) {
                    const [a, b] = [from, d.bucket].sort();
                    onPick(a, b);
                  } else onPick(d.bucket, d.bucket);
                }}
              />
            ))}
          </div>
          <div className="histogram-axis faint">
            <span>{formatDate(dates[0]?.bucket)}</span>
            <span>{formatDate(dates[dates.length - 1]?.bucket)}</span>
          </div>
        </>
      )}
      {facets.undated > 0 && <p className="faint facet-empty">{facets.undated} undated</p>}
    </section>
  );
}
