import type { Migration } from './types.ts';

// Issue 12: Compare's first call on a selection counted each article's words and phrases and hashed
// its wire-copy fingerprints from the text (22 s of CPU for an 11,267-article search), keeping them
// only in memory. Analysis now stores them beside the article's other analysis rows:
// - `compare_vocabulary`: the project's terms (words and two-word phrases), each once, by number;
// - `article_terms`: per article, its terms' numbers and counts, packed (db/compare-features.ts),
//   and how many content words it holds;
// - `article_prints`: per article, its sorted fingerprints, four bytes each;
// - `compare_prior`: the word and phrase counts of a sample of the project's texts that distinctive
//   words weigh against (core/compare/distinctive.ts), for the articles the project had then
//   (`articles`, as db/compare.ts's articlesVersion gives it); any article added, deleted or given
//   another text deletes it.
// `text_key` says which headline and text they were counted from; a row whose key is not the
// article's is never read. Changing a headline or a text, or deleting the article, deletes its rows
// in the same transaction, so no stale row outlives the text it was counted from. Projects made
// before get the rows at their first comparison (core/engine/compare-features.ts), not here: a
// migration cannot run the word counter, and counting a 100,000-article project takes minutes.
export const compareFeatures: Migration = {
  version: 20,
  name: "each article's words, phrases and wire fingerprints, stored for Compare",
  up: `
    CREATE TABLE compare_vocabulary (
      id INTEGER PRIMARY KEY,
      term TEXT NOT NULL UNIQUE
    ) STRICT;
    CREATE TABLE article_terms (
      article_id INTEGER PRIMARY KEY,
      text_key TEXT NOT NULL,
      words INTEGER NOT NULL,
      terms BLOB NOT NULL
    ) STRICT;
    CREATE TABLE article_prints (
      article_id INTEGER PRIMARY KEY,
      text_key TEXT NOT NULL,
      prints BLOB NOT NULL
    ) STRICT;
    CREATE TABLE compare_prior (
      articles TEXT NOT NULL,
      counts TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER compare_features_text AFTER UPDATE OF title, text ON articles
    WHEN OLD.title IS NOT NEW.title OR OLD.text IS NOT NEW.text BEGIN
      DELETE FROM article_terms WHERE article_id = OLD.id;
      DELETE FROM article_prints WHERE article_id = OLD.id;
      DELETE FROM compare_prior WHERE OLD.text IS NOT NEW.text;
    END;
    CREATE TRIGGER compare_features_article_insert AFTER INSERT ON articles BEGIN
      DELETE FROM compare_prior;
    END;
    CREATE TRIGGER compare_features_article_delete AFTER DELETE ON articles BEGIN
      DELETE FROM article_terms WHERE article_id = OLD.id;
      DELETE FROM article_prints WHERE article_id = OLD.id;
      DELETE FROM compare_prior;
    END;
  `,
};
