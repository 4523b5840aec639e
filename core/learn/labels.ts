import type { PersonDecisionRow, ReviewedEvidenceRow } from '../../db/learn.ts';

/** Per frame (code id), the articles a person has decided and whether the frame is there. */
export interface FrameLabels {
  labels: Map<number, Map<number, boolean>>;
  /** Per frame, articles a person decided in a way the classifier does not learn from (denied frames). */
  setAside: Map<number, Set<number>>;
}

/**
 * What a person has decided about each frame in each article (issue 9): their article-level decision
 * where they made one (present or absent; a frame marked denied is neither, so it is set aside);
 * else evidence they accepted or coded by hand makes it present; else, in an article where they
 * decided or reviewed anything of the codebook, a frame they did not apply is absent, as the
 * Agreement view counts it ("missing is not absent": an article nobody looked at teaches nothing).
 */
export function frameLabels(
  frameIds: readonly number[],
  decisions: readonly PersonDecisionRow[],
  evidence: readonly ReviewedEvidenceRow[],
): FrameLabels {
  const looked = new Set([...decisions, ...evidence].map((row) => row.article_id));
  const decided = new Map(decisions.map((row) => [`${row.article_id}:${row.code_id}`, row]));
  const kept = new Set(evidence.filter((row) => row.kept).map((row) => `${row.article_id}:${row.code_id}`));
  const labels = new Map<number, Map<number, boolean>>();
  const setAside = new Map<number, Set<number>>();
  for (const frame of frameIds) {
    const byArticle = new Map<number, boolean>();
    const aside = new Set<number>();
    for (const article of [...looked].sort((a, b) => a - b)) {
      const decision = decided.get(`${article}:${frame}`);
      if (decision?.denied) aside.add(article);
      else if (decision) byArticle.set(article, decision.present === 1);
      else byArticle.set(article, kept.has(`${article}:${frame}`));
    }
    labels.set(frame, byArticle);
    setAside.set(frame, aside);
  }
  return { labels, setAside };
}
