import type { PersonDecisionRow, ReviewedEvidenceRow } from '../../db/learn.ts';

/** Per frame (code id), the articles a person has decided and whether the frame is there. */
export interface FrameLabels {
  labels: Map<number, Map<number, boolean>>;
  /** Per frame, articles a person decided in a way the classifier does not learn from (denied frames). */
  setAside: Map<number, Set<number>>;
}

/**
 * What a person has decided about each frame in each article (issue 9), and nothing else: their
 * article-level decision where they made one (present or absent; a frame marked denied is neither,
 * so it is set aside); else evidence of the frame they accepted or coded by hand makes it present,
 * and evidence they rejected, every sentence of it, makes it absent. A frame nobody decided in an
 * article is not taken as absent there, even where the coder decided other frames: a model taught
 * that silence means "no" would learn the coder's order of work, not the frame.
 */
export function frameLabels(
  frameIds: readonly number[],
  decisions: readonly PersonDecisionRow[],
  evidence: readonly ReviewedEvidenceRow[],
): FrameLabels {
  const labels = new Map<number, Map<number, boolean>>(frameIds.map((id) => [id, new Map()]));
  const setAside = new Map<number, Set<number>>(frameIds.map((id) => [id, new Set()]));
  for (const row of evidence) labels.get(row.code_id)?.set(row.article_id, row.kept === 1);
  for (const row of decisions) {
    if (row.denied) {
      labels.get(row.code_id)?.delete(row.article_id);
      setAside.get(row.code_id)?.add(row.article_id);
    } else labels.get(row.code_id)?.set(row.article_id, row.present === 1);
  }
  return { labels, setAside };
}
