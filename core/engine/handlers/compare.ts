import { z } from 'zod';
import { frameEvidence, type EvidenceRow } from '../../compare/evidence.ts';
import { LinkageError } from '../../compare/linkage.ts';
import { compareOutlets, type CompareResult } from '../../compare/outlets.ts';
import { takeUnsavedTerms } from '../../compare/article-terms.ts';
import { takeUnsavedPrints } from '../../compare/article-prints.ts';
import { takeUnsavedPrior } from '../../compare/distinctive.ts';
import { alignArticles, wirePairs, type Alignment, type WirePairWithPassages } from '../../compare/pairs.ts';
import { SelectionError } from '../../compare/selection.ts';
import { EngineError, notFound } from '../errors.ts';
import { id, nonEmpty } from '../schemas.ts';
import type { Session } from '../session.ts';

// Compare (issue 5): per-outlet figures for a story or any selection, shared wire copy, and two
// articles side by side. Each call reads the project and computes; nothing is stored.

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
    if (error instanceof SelectionError || error instanceof LinkageError)
      throw new EngineError(
        /There is no story/.test(error.message) ? 'not-found' : 'invalid-arguments',
        error.message,
      );
    throw error;
  }
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Hands what the comparison just made counted from texts (the project had no stored counts for them)
 * to the engine to store, once the answer is on its way.
 */
function storeCounted(session: Session): void {
  if (!session.storeCompareFeatures) return;
  const db = session.db;
  setImmediate(() => {
    if (!db.open) return;
    const rows = { terms: takeUnsavedTerms(db), prints: takeUnsavedPrints(db), prior: takeUnsavedPrior(db) };
    if (rows.terms.length > 0 || rows.prints.length > 0 || rows.prior) session.storeCompareFeatures?.(rows);
  });
}

/** Frames, speakers, salient entities, distinctive words, linkage and reprints, per outlet. */
export function compareByOutlet(this: Session, args: CompareOutletsArgs): CompareResult {
  const { storyId, query, articleIds, ...options } = args;
  const result = asEngineErrors(() =>
    compareOutlets(this.db, defined({ storyId, query, articleIds }), defined(options)),
  );
  storeCounted(this);
  return result;
}

/** Pairs of articles sharing wire copy, most shared first, capped; their shared passages when asked. */
export function compareWire(this: Session, args: CompareWireArgs): WirePairWithPassages[] {
  const { storyId, query, articleIds, ...options } = args;
  const pairs = asEngineErrors(() =>
    wirePairs(this.db, defined({ storyId, query, articleIds }), defined(options)),
  );
  storeCounted(this);
  return pairs;
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
