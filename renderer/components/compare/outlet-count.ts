import { formatNumber, plural } from '../format.ts';

/** The name the engine gives the articles whose outlet nobody named (core/compare/outlet.ts). */
export const NO_OUTLET = '(no outlet)';

/**
 * "12 articles from 4 outlets, 4 with no outlet named": the articles without an outlet are not
 * another outlet (the Stories view counts only named ones), though Compare charts them as one row.
 */
export function articlesFromOutlets(
  articles: number,
  outlets: readonly { outlet: string; articles: number }[],
) {
  const named = outlets.filter((outlet) => outlet.outlet !== NO_OUTLET).length;
  const unnamed = outlets.find((outlet) => outlet.outlet === NO_OUTLET)?.articles ?? 0;
  return (
    `${plural(articles, 'article')} from ${plural(named, 'outlet')}` +
    (unnamed > 0 ? `, ${formatNumber(unnamed)} with no outlet named` : '')
  );
}
