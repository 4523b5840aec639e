import type { AnnotationView } from './views.ts';

// Issue 9: the Reader reviews an article's suggested frame evidence least sure first, as it does
// quotes. Frame evidence carries no confidence of its own; where a frame's model has been trained on
// a person's decisions, its probability of the frame in this article is how sure the suggestion is:
// evidence the model finds unlikely (it disagrees with the cues) comes before evidence it agrees
// with. Evidence no model has weighed counts as least sure, as a quote of unknown confidence does,
// and keeps reading order, which is the whole order where no model is trained.

export interface EvidenceInOrder {
  /** The suggested evidence's annotation id. */
  id: number;
  /** How likely the frame's model finds the frame in the article (0–1), or null: no model weighed it. */
  learned: number | null;
}

/** An article's suggested frame evidence in review order, given each frame's learned probability. */
export function evidenceReviewOrder(
  annotations: readonly AnnotationView[],
  learned: ReadonlyMap<number, number>,
): EvidenceInOrder[] {
  return annotations
    .filter((a) => a.status === 'suggested')
    .map((a) => ({ id: a.id, start: a.start, learned: learned.get(a.codeId) ?? null }))
    .sort((a, b) => (a.learned ?? -1) - (b.learned ?? -1) || a.start - b.start || a.id - b.id)
    .map(({ id, learned: p }) => ({ id, learned: p }));
}
