import type { Migration } from './types.ts';

// Issue 9, the Reader's review order: the Reader steps through an article's suggested frame
// evidence least sure first, and where a frame has a trained model "how sure" is the model's
// probability of the frame in that article. Stored proposals (migration 016) hold only the articles
// at 0.5 or above, so each learn run also keeps here the probability of every undecided article in
// the codebook's scope that has suggested evidence of the frame (the only ones the Reader orders by
// it) and is not proposed (a proposal holds its own probability), replaced with the proposals in one
// transaction. Like a proposal it never counts as a decision: it only orders what a person reviews. A row outlives a person's decision on the article
// until the next run (the evidence it ordered is then decided, so it orders nothing).
export const learnedScores: Migration = {
  version: 28,
  name: 'the learned probability of each frame with suggested evidence, for the review order',
  up: `
    CREATE TABLE learned_scores (
      article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      code_id INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
      probability REAL NOT NULL CHECK (probability >= 0 AND probability <= 1),
      PRIMARY KEY (article_id, code_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX learned_scores_code ON learned_scores (code_id);
  `,
};
