import type { CompareResult } from '../../api/contract.ts';
import { formatSpan, plural } from '../format.ts';

/** What is compared: its name, dates, articles and outlets, with wire reprints folded into their source. */
export function CompareHeader({
  title,
  result,
  onDiscount,
}: {
  title: string;
  result: CompareResult;
  onDiscount: (discount: boolean) => void;
}) {
  // An outlet whose every article reprints another's wire copy is shown under its source.
  const reprintsBySource = new Map<string, { outlet: string; articleId: number }[]>();
  for (const outlet of result.outlets)
    for (const reprint of outlet.reprints) {
      const list = reprintsBySource.get(reprint.sourceOutlet) ?? [];
      list.push({ outlet: outlet.outlet, articleId: reprint.articleId });
      reprintsBySource.set(reprint.sourceOutlet, list);
    }
  const reprints = result.outlets.reduce((sum, outlet) => sum + outlet.reprints.length, 0);
  const own = result.outlets.filter((outlet) => outlet.articles > outlet.reprints.length);
  return (
    <header className="compare-header">
      <div className="compare-title">
        <h1>{title}</h1>
        <p className="muted">
          {formatSpan(result.firstPublished, result.lastPublished) || 'no dates'} ·{' '}
          {plural(result.articles, 'article')} from {plural(result.outlets.length, 'outlet')}
          {reprints > 0 && <> · {plural(reprints, 'wire reprint')}</>}
        </p>
      </div>
      <ul className="outlet-chips" aria-label="Outlets">
        {own.map((outlet) => {
          const folded = reprintsBySource.get(outlet.outlet) ?? [];
          return (
            <li key={outlet.outlet} className="chip outlet-chip">
              <span>{outlet.outlet}</span>
              <span className="num faint">{outlet.articles - outlet.reprints.length}</span>
              {folded.length > 0 && (
                <span
                  className="reprint-count"
                  title={`Reprinted by ${[...new Set(folded.map((reprint) => reprint.outlet))].join(', ')}`}
                >
                  +{plural(folded.length, 'reprint')}
                  <span className="visually-hidden">
                    {' '}
                    by {[...new Set(folded.map((reprint) => reprint.outlet))].join(', ')}
                  </span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {reprints > 0 && (
        <label className="discount-toggle">
          <input
            type="checkbox"
            checked={result.discountReprints}
            onChange={(event) => onDiscount(event.target.checked)}
          />
          Discount reprints
          <span className="faint">(count wire copy once, under its source)</span>
        </label>
      )}
    </header>
  );
}
