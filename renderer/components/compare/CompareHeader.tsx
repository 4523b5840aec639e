import type { CompareResult } from '../../api/contract.ts';
import { formatSpan, plural } from '../format.ts';
import { articlesFromOutlets } from './outlet-count.ts';

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
  for (const outlet of [...result.outlets, ...(result.noOutlet ? [result.noOutlet] : [])])
    for (const reprint of outlet.reprints) {
      const list = reprintsBySource.get(reprint.sourceOutlet) ?? [];
      list.push({ outlet: outlet.outlet, articleId: reprint.articleId });
      reprintsBySource.set(reprint.sourceOutlet, list);
    }
  const reprints = [...reprintsBySource.values()].reduce((sum, list) => sum + list.length, 0);
  const own = result.outlets.filter((outlet) => outlet.articles > outlet.reprints.length);
  // A news agency the texts credit is no outlet of the selection: its reprints get a chip of their
  // own, so they are not folded out of sight.
  const agencies = [...reprintsBySource.keys()].filter(
    (source) => !own.some((outlet) => outlet.outlet === source),
  );
  return (
    <header className="compare-header">
      <div className="compare-title">
        <h1>{title}</h1>
        <p className="muted">
          {formatSpan(result.firstPublished, result.lastPublished) || 'no dates'} ·{' '}
          {articlesFromOutlets(result.articles, result.outlets, result.noOutlet)}
          {reprints > 0 && <> · {plural(reprints, 'wire reprint')}</>}
        </p>
      </div>
      <ul className="outlet-chips" aria-label="Outlets">
        {own.map((outlet) => (
          <li key={outlet.outlet} className="chip outlet-chip">
            <span>{outlet.outlet}</span>
            <span className="num faint">{outlet.articles - outlet.reprints.length}</span>
            <Reprints folded={reprintsBySource.get(outlet.outlet) ?? []} />
          </li>
        ))}
        {agencies.map((agency) => (
          <li key={`agency:${agency}`} className="chip outlet-chip" title="A news agency the texts credit">
            <span>{agency}</span>
            <span className="faint">news agency</span>
            <Reprints folded={reprintsBySource.get(agency)!} />
          </li>
        ))}
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

/** "+2 reprints", with who reprinted them. */
function Reprints({ folded }: { folded: { outlet: string }[] }) {
  if (folded.length === 0) return null;
  const by = [...new Set(folded.map((reprint) => reprint.outlet))].join(', ');
  return (
    <span className="reprint-count" title={`Reprinted by ${by}`}>
      +{plural(folded.length, 'reprint')}
      <span className="visually-hidden"> by {by}</span>
    </span>
  );
}
