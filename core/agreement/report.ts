import { presenceData, type CodedArticle, type CodingSet } from './codings.ts';
import { agreementFigures, type AgreementFigures, type AgreementOptions } from './statistics.ts';
import type { UnitKind } from './units.ts';

export type Breakdown = 'code' | 'outlet';

export interface AgreementRow extends AgreementFigures {
  /** The code's key, or the outlet's name. */
  key: string;
  label: string;
}

export interface AgreementReport {
  /** What was compared ("hand codes and frame evidence"). */
  source: string;
  unit: UnitKind;
  by: Breakdown;
  /** Every code in every unit, each unit counted once per code. */
  pooled: AgreementFigures;
  rows: AgreementRow[];
}

const NO_OUTLET = '(no outlet)';

/**
 * Presence agreement per code (or per outlet, all codes pooled) and over all codes: nominal alpha
 * on present/absent (for two values the ordinal and interval metrics give the same alpha), kappa
 * when two coders are compared, and percent agreement, each with its bootstrap interval.
 */
export function agreementReport(
  set: CodingSet,
  labels: ReadonlyMap<string, string>,
  options: AgreementOptions & { unit: UnitKind; by: Breakdown },
): AgreementReport {
  const figures = { resamples: options.resamples, seed: options.seed, metric: 'nominal' as const };
  const all = presenceData(set, options.unit);
  const rows: AgreementRow[] = [];
  if (options.by === 'code') {
    for (const [code, data] of all.perCode)
      rows.push({ key: code, label: labels.get(code) ?? code, ...agreementFigures(data, figures) });
  } else {
    const outlets = [...new Set(set.articles.map((article) => article.group ?? NO_OUTLET))].sort();
    for (const outlet of outlets) {
      const inOutlet = (article: CodedArticle) => (article.group ?? NO_OUTLET) === outlet;
      const data = presenceData(set, options.unit, inOutlet).pooled;
      rows.push({ key: outlet, label: outlet, ...agreementFigures(data, figures) });
    }
  }
  return {
    source: set.source,
    unit: options.unit,
    by: options.by,
    pooled: agreementFigures(all.pooled, figures),
    rows,
  };
}
