import { formatNumber, plural } from '../format.ts';

/**
 * "12 articles from 4 outlets, 4 with no outlet named": the articles without an outlet are no
 * outlet (the Stories view counts only named ones); the engine keeps them out of every chart and test.
 */
export function articlesFromOutlets(
  articles: number,
  outlets: readonly unknown[],
  noOutlet: { articles: number } | null,
) {
  const unnamed = noOutlet?.articles ?? 0;
  return (
    `${plural(articles, 'article')} from ${plural(outlets.length, 'outlet')}` +
    (unnamed > 0 ? `, ${formatNumber(unnamed)} with no outlet named` : '')
  );
}

/** Said under the charts: the articles with no outlet are counted, but no chart or test has them. */
export function noOutletNote(noOutlet: { articles: number } | null): string | null {
  if (!noOutlet || noOutlet.articles === 0) return null;
  return noOutlet.articles === 1
    ? '1 article names no outlet: it is counted in the header, but left out of the charts and the tests, which compare outlets.'
    : `${formatNumber(noOutlet.articles)} articles name no outlet: they are counted in the header, but left out of the charts and the tests, which compare outlets.`;
}
