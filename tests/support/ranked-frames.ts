// Migration 008's view of the frame decision that counts, computed from every decision of the
// project (adjudicated, else the latest coder's, else the machine's while its evidence stands): what
// the stored rows of migration 014 must always equal.
export const RANKED_FRAME_DECISIONS = `
  SELECT d.* FROM frame_decisions d WHERE d.id = (
    SELECT e.id FROM frame_decisions e
    WHERE e.article_id = d.article_id AND e.code_id = d.code_id
      AND (e.origin != 'auto' OR EXISTS (
        SELECT 1 FROM annotations a
        WHERE a.article_id = e.article_id AND a.code_id = e.code_id AND a.status != 'rejected'))
    ORDER BY CASE e.origin WHEN 'adjudicated' THEN 0 WHEN 'manual' THEN 1 ELSE 2 END,
      e.decided_at DESC, e.id DESC
    LIMIT 1)`;
