import type { AnnotationView, ArticleDetail, QuoteView } from '../api/contract.ts';
import type { Mark } from './segments.ts';

// What the reader marks in an article's text, one record per mark, built from articles.get.

export type Layer = 'person' | 'organization' | 'place' | 'quote' | 'frame' | 'code';
export const LAYERS: Layer[] = ['person', 'organization', 'place', 'quote', 'frame', 'code'];

/** What a click on a mark opens in the panel. */
export type Target =
  { kind: 'entity'; id: number } | { kind: 'quote'; id: number } | { kind: 'annotation'; id: number };

export interface TextMark extends Mark {
  layer: Layer | 'cue';
  target: Target;
  label: string;
  color: string | null;
  suggested: boolean;
  /** The code of a frame or code mark: margin marks of one code share a column. */
  group: number | null;
  /** Frame evidence that denies the frame's claim: drawn apart from evidence that asserts it. */
  denied?: boolean;
}

export function sameTarget(a: Target | null, b: Target | null): boolean {
  return a !== null && b !== null && a.kind === b.kind && a.id === b.id;
}

export function targetKey(target: Target): string {
  return `${target.kind}:${target.id}`;
}

export function speakerLabel(quote: { speakerName: string | null; speakerText: string | null }): string {
  return quote.speakerName ?? quote.speakerText ?? 'Unattributed';
}

const TYPE_LABEL = { person: 'Person', organization: 'Organization', place: 'Place' } as const;

/** Every mark of the visible layers; rejected quotes and annotations are left out of the text. */
export function buildMarks(detail: ArticleDetail, visible: ReadonlySet<Layer>): TextMark[] {
  const marks: TextMark[] = [];
  for (const entity of detail.entities) {
    if (!visible.has(entity.type)) continue;
    entity.mentions.forEach((mention, index) => {
      marks.push({
        id: `entity:${entity.id}:${index}`,
        start: mention.start,
        end: mention.end,
        layer: entity.type,
        target: { kind: 'entity', id: entity.id },
        label: `${TYPE_LABEL[entity.type]}: ${entity.name}${mention.role ? ` (${mention.role})` : ''}`,
        color: null,
        suggested: false,
        group: null,
      });
    });
  }
  if (visible.has('quote')) {
    for (const quote of detail.quotes) {
      if (quote.status === 'rejected') continue;
      marks.push({
        id: `quote:${quote.id}`,
        start: quote.start,
        end: quote.end,
        layer: 'quote',
        target: { kind: 'quote', id: quote.id },
        label: `Quote by ${speakerLabel(quote)}${quote.status === 'suggested' ? ' (suggested)' : ''}`,
        color: null,
        suggested: quote.status === 'suggested',
        group: null,
      });
    }
  }
  for (const annotation of detail.annotations) {
    if (annotation.status === 'rejected') continue;
    const layer = annotation.codeKind === 'frame' ? 'frame' : 'code';
    if (!visible.has(layer)) continue;
    const target: Target = { kind: 'annotation', id: annotation.id };
    const suggested = annotation.status === 'suggested';
    const what = layer === 'frame' ? 'Frame' : 'Code';
    marks.push({
      id: `annotation:${annotation.id}`,
      start: annotation.start,
      end: annotation.end,
      layer,
      target,
      label:
        `${what}: ${annotation.codeName}${annotation.negated ? ' (denied)' : ''}` +
        `${annotation.inQuote ? ` (quoting ${annotation.speaker ?? 'a source'})` : ''}${suggested ? ' (suggested)' : ''}`,
      color: annotation.color,
      suggested,
      group: annotation.codeId,
      denied: annotation.negated,
    });
    const cues = annotation.cues.length > 0 ? annotation.cues : annotation.cue ? [annotation.cue] : [];
    cues.forEach((cue, i) => {
      marks.push({
        id: `cue:${annotation.id}:${i}`,
        start: cue.start,
        end: cue.end,
        layer: 'cue',
        target,
        label: `Cue for ${annotation.codeName}: “${cue.text}”`,
        color: annotation.color,
        suggested,
        group: annotation.codeId,
      });
    });
  }
  return marks;
}

/** Least sure first; at equal confidence, in reading order. Unknown confidence counts as least sure. */
const byConfidence = (a: QuoteView, b: QuoteView) =>
  (a.confidence ?? -1) - (b.confidence ?? -1) || a.start - b.start;

/**
 * An article's suggested quotes in review order: those that need a person (least sure first), then
 * those analysis is sure of (which can be accepted together).
 */
export function reviewOrder(detail: ArticleDetail): { uncertain: QuoteView[]; sure: QuoteView[] } {
  const suggested = detail.quotes.filter((q) => q.status === 'suggested');
  return {
    uncertain: suggested.filter((q) => q.needsReview).sort(byConfidence),
    sure: suggested.filter((q) => !q.needsReview).sort(byConfidence),
  };
}

/**
 * The suggestions to review, in the order n and p step through them: quotes that need a person, least
 * sure first; frame evidence, least likely first by the model learned from the coders' decisions
 * where its frame has one (else first, in reading order); then the quotes analysis is sure of. Only those of one
 * kind when the panel shows that kind.
 */
export function suggestions(
  detail: ArticleDetail,
  only?: 'quote' | 'annotation',
): { target: Target; start: number }[] {
  const { uncertain, sure } = reviewOrder(detail);
  const asTarget = (q: QuoteView): { target: Target; start: number } => ({
    target: { kind: 'quote', id: q.id },
    start: q.start,
  });
  // The engine's order (articles.get): least likely first by the learned model where a frame has
  // one, else reading order.
  const starts = new Map(detail.annotations.map((a) => [a.id, a.start]));
  const evidence = detail.evidenceOrder.map((item): { target: Target; start: number } => ({
    target: { kind: 'annotation', id: item.id },
    start: starts.get(item.id) ?? 0,
  }));
  if (only === 'annotation') return evidence;
  if (only === 'quote') return [...uncertain, ...sure].map(asTarget);
  return [...uncertain.map(asTarget), ...evidence, ...sure.map(asTarget)];
}

/** Where a target is in the text (its first mention, for an entity). */
export function targetStart(detail: ArticleDetail, target: Target): number | undefined {
  if (target.kind === 'quote') return detail.quotes.find((q) => q.id === target.id)?.start;
  if (target.kind === 'annotation') return detail.annotations.find((a) => a.id === target.id)?.start;
  return detail.entities.find((e) => e.id === target.id)?.mentions[0]?.start;
}

/** Of the marks under the pointer, the one a click means: the shortest (most specific). */
export function pickMark(marks: readonly TextMark[]): TextMark | undefined {
  return [...marks]
    .filter((mark) => mark.layer !== 'cue')
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** The user's own coding (with a code or a frame), as against frame evidence that analysis found. */
export function isHandCoding(annotation: AnnotationView): boolean {
  return annotation.codeKind === 'code' || annotation.origin === 'manual';
}
