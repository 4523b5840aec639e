import { z } from 'zod';
import { frameEvidence, type EvidenceRow } from '../../compare/evidence.ts';
import type { CompareResult } from '../../compare/outlets.ts';
import { alignArticles, type Alignment, type WirePairWithPassages } from '../../compare/pairs.ts';
import { EngineError, notFound } from '../errors.ts';
import { id, nonEmpty } from '../schemas.ts';
import type { Session } from '../session.ts';
import { asEngineError, defined, type ComparisonOutcome, type ComparisonRequest } from '../comparison.ts';

// Compare (issue 5): per-outlet figures for a story or any selection, shared wire copy, and two
// articles side by side. Each call reads the project and computes (what it counted from texts for
// want of stored counts is stored: see core/engine/comparison.ts).

const selectionFields = {
  storyId: id.optional(),
  query: nonEmpty.optional(),
  articleIds: z.array(id).min(1).max(100_000).optional(),
};
const wireFields = {
  /** Pairs sharing less than this share of the shorter article are not listed (default 0.2). */
  minShare: z.number().min(0).max(1).optional(),
  /** Pairs sharing at least this are reprints (default 0.6). */
  reprintShare: z.number().gt(0).max(1).optional(),
};
const oneSelection = (value: { storyId?: unknown; query?: unknown; articleIds?: unknown }) =>
  [value.storyId, value.query, value.articleIds].filter((x) => x !== undefined).length === 1;
const ONE_SELECTION = { message: 'give one of storyId, query or articleIds' };

const concept = z.strictObject({ name: nonEmpty, terms: z.array(nonEmpty).min(1).max(200) });

export const compareOutletsArgs = z.tuple([
  z
    .strictObject({
      ...selectionFields,
      ...wireFields,
      /** Leave articles that reprint another's wire copy out of the per-outlet figures (default true). */
      discountReprints: z.boolean().optional(),
      /** Count reported speech as sourcing in "who is quoted" (default false: quotes in quote marks). */
      includeReported: z.boolean().optional(),
      /** Whose frames count: the outlet's own voice, its quoted sources', or both (default). */
      voice: z.enum(['own', 'quoted', 'both']).optional(),
      linkage: z.array(concept).min(2).max(6).optional(),
    })
    .refine(oneSelection, ONE_SELECTION),
]);
export const compareWireArgs = z.tuple([
  z
    .strictObject({
      ...selectionFields,
      ...wireFields,
      /** Pairs listed, most shared first (default 100). */
      limit: z.number().int().min(1).max(5000).optional(),
      /** Pairs skipped before the listed ones (default 0): the next page. */
      offset: z.number().int().min(0).optional(),
      /** Align every listed pair and give its passages (default false; compare.alignment aligns one). */
      passages: z.boolean().optional(),
    })
    .refine(oneSelection, ONE_SELECTION),
]);
export const compareAlignmentArgs = z.tuple([id, id]);
export const compareEvidenceArgs = z.tuple([
  z
    .strictObject({
      ...selectionFields,
      frameCodeId: id,
      outlet: z.string().optional(),
      limit: z.number().int().min(1).max(5000).optional(),
    })
    .refine(oneSelection, ONE_SELECTION),
]);

export type CompareOutletsArgs = z.infer<typeof compareOutletsArgs>[0];
export type CompareWireArgs = z.infer<typeof compareWireArgs>[0];
export type CompareEvidenceArgs = z.infer<typeof compareEvidenceArgs>[0];

function asEngineErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asEngineError(error);
  }
}

/** The comparison of each open project, per method, that the next one replaces. */
const latest = new WeakMap<object, Map<ComparisonRequest['method'], AbortController>>();

/**
 * Runs a comparison as a job that reports its stages and stops when asked (`tasks.cancel`) or when
 * a newer comparison of the same kind replaces it: a person who picks another selection, or turns a
 * toggle, wants only the last one's answer, and the thread should not go on counting the old one.
 */
async function comparing(
  session: Session,
  request: ComparisonRequest,
): Promise<Extract<ComparisonOutcome, { value: unknown }>> {
  let mine = latest.get(session.db);
  if (!mine) latest.set(session.db, (mine = new Map<ComparisonRequest['method'], AbortController>()));
  mine.get(request.method)?.abort();
  const superseded = new AbortController();
  mine.set(request.method, superseded);
  const outcome = await session.task(
    'compare',
    (progress, signal) => session.compare(request, progress, AbortSignal.any([signal, superseded.signal])),
    (done) => (done.stopped ? 'The comparison stopped before it finished.' : 'Compared.'),
    // It only reads: it need not wait for an import or a frames re-run to finish.
    { cancellable: true, alongside: true, stages: true },
  );
  if (mine.get(request.method) === superseded) mine.delete(request.method);
  if (outcome.stopped)
    throw new EngineError(
      'stopped',
      superseded.signal.aborted
        ? 'A newer comparison replaced this one before it finished.'
        : 'Stopped: the comparison was not finished.',
    );
  return outcome;
}

/** Frames, speakers, salient entities, distinctive words, linkage and reprints, per outlet. */
export async function compareByOutlet(this: Session, args: CompareOutletsArgs): Promise<CompareResult> {
  return (await comparing(this, { method: 'compare.outlets', args })).value as CompareResult;
}

/** Pairs of articles sharing wire copy, most shared first, capped; their shared passages when asked. */
export async function compareWire(this: Session, args: CompareWireArgs): Promise<WirePairWithPassages[]> {
  return (await comparing(this, { method: 'compare.wire', args })).value as WirePairWithPassages[];
}

/** Two articles side by side: segments shared, only left, only right, with offsets into each text. */
export function compareAlignment(this: Session, leftId: number, rightId: number): Alignment {
  const alignment = alignArticles(this.db, leftId, rightId);
  if (!alignment) throw notFound('article', alignArticles(this.db, leftId, leftId) ? rightId : leftId);
  return alignment;
}

/** A frame's evidence in a selection as keyword-in-context rows, optionally of one outlet. */
export function compareEvidence(
  this: Session,
  args: CompareEvidenceArgs,
): { total: number; rows: EvidenceRow[] } {
  return asEngineErrors(() => frameEvidence(this.db, defined(args)));
}
