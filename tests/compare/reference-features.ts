import { distinctiveAsWritten } from '../../core/compare/written-forms.ts';
import { articlesVersion, compareArticles, sampledArticles } from '../../db/compare.ts';
import type { Db } from '../../db/open.ts';
import { analysedText, textBlocks } from '../../nlp/structure.ts';
import { FeatureSpace } from '../../nlp/learn/space.ts';
import { distinctiveBasis, distinctiveTerms } from '../../core/compare/distinctive.ts';
import type { ArticleTerms } from '../../core/compare/article-terms.ts';
import { fingerprints } from '../../core/compare/fingerprint.ts';
import { addNgramCounts } from '../../core/compare/ngrams.ts';
import { byOutlet, NO_OUTLET, outletOf } from '../../core/compare/outlet.ts';
import { WIRE_LISTED } from '../../core/compare/outlets.ts';
import { findWirePairs, reprintsOf } from '../../core/compare/wire.ts';

// Compare's distinctive words and wire copy as main computed them before migration 020: every
// article's words and phrases counted, its fingerprints hashed and the project's sample of texts
// counted from the texts at each call. Kept
// here, apart from the code under test, as the reference the answers from stored rows must equal.

/** An article's terms and counts as main counted them: headline and analysed body. */
export function termsFromText(title: string | null, text: string): Map<string, number> {
  const found = new Map<string, number>();
  addNgramCounts(`${title ?? ''}\n\n${analysedText(text, textBlocks(text))}`, found);
  return found;
}

/**
 * The project's counts distinctive words weigh against, counted from the texts: every article up to
 * 5,000, else a sample, each counted as its distinctive words are (headline and analysed body).
 */
export function priorFromText(db: Db): Map<string, number> {
  const articles = Number(articlesVersion(db).split(':')[0]);
  const counts = new Map<string, number>();
  for (const article of sampledArticles(db, Math.max(1, Math.ceil(articles / 5000))))
    for (const [term, n] of termsFromText(article.title, article.text))
      counts.set(term, (counts.get(term) ?? 0) + n);
  return counts;
}

/** An article's sorted fingerprints as main hashed them. */
export const printsFromText = (text: string) => Uint32Array.from(fingerprints(text)).sort();

export function compareFromText(db: Db, ids: readonly number[]) {
  const articles = compareArticles(db, ids);
  const wire = findWirePairs(articles, {}, (article) => printsFromText(article.text));
  const reprints = reprintsOf(wire);
  const counted = articles.filter((article) => !reprints.has(article.id));
  const outlets = new Map(
    [...byOutlet(counted, outletOf)].map(([outlet, list]) => [outlet, list.map((article) => article.id)]),
  );
  for (const article of articles) if (!outlets.has(outletOf(article))) outlets.set(outletOf(article), []);
  outlets.delete(NO_OUTLET);
  const vocabulary = new FeatureSpace();
  const terms = new Map<number, ArticleTerms>();
  for (const article of counted) {
    const found = termsFromText(article.title, article.text);
    let words = 0;
    for (const [term, n] of found) if (!term.includes(' ')) words += n;
    terms.set(article.id, {
      terms: vocabulary.vector([...found.keys()]),
      counts: Int32Array.from(found.values()),
      words,
    });
  }
  return {
    wire: wire.slice(0, WIRE_LISTED),
    wirePairs: wire.length,
    distinctive: distinctiveAsWritten(
      distinctiveTerms(outlets, { vocabulary, terms }, priorFromText(db)),
      outlets,
      new Map(counted.map((article) => [article.id, article.text])),
    ),
    distinctiveBasis: distinctiveBasis(outlets, terms),
  };
}
