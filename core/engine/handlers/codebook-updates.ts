import { z } from 'zod';
import { codebookUpdates, shippedCuesOf, type CodebookUpdate } from '../../analyze/codebook-updates.ts';
import type { CodeRow } from '../../../db/codes.ts';
import { BUILT_IN_CODEBOOKS } from '../../../nlp/frames/index.ts';
import type { Session } from '../session.ts';
import { EngineError } from '../errors.ts';
import { nonEmpty } from '../schemas.ts';

// Issue 9: newer shipped cues are offered, never applied on their own (see codebook-updates.ts).

export const codebookUpdateArgs = z.tuple([
  z.strictObject({
    /** The shipped codebook's key, e.g. "policy-frames". */
    codebook: nonEmpty,
    /**
     * The frames (keys) to bring to the shipped cues. Left out: every frame nobody edited. A frame a
     * person edited is only replaced when named here.
     */
    frames: z.array(nonEmpty).optional(),
  }),
]);
export type CodebookUpdateArgs = z.infer<typeof codebookUpdateArgs>[0];

export interface CodebookUpdateResult {
  codebook: string;
  /** The frames now at the shipped cues, by name. */
  updated: string[];
  /** Frames a person edited, left as they are (none when they were named). */
  keptEdited: string[];
}

/** The shipped codebooks whose newer cues the project's copy lacks, frame by frame. Changes nothing. */
export function listCodebookUpdates(this: Session): CodebookUpdate[] {
  return codebookUpdates(this.db);
}

/**
 * Brings frames of the project's copy of a shipped codebook to the shipped cues, as one edit (undo
 * takes it back). Frames already detected keep their evidence until frames are run again.
 */
export function updateCodebookToShipped(this: Session, args: CodebookUpdateArgs): CodebookUpdateResult {
  const update = codebookUpdates(this.db).find((book) => book.key === args.codebook);
  if (!update) {
    if (!BUILT_IN_CODEBOOKS.some((book) => book.id === args.codebook))
      throw new EngineError(
        'not-found',
        `“${args.codebook}” is not a codebook shipped with Framescope, so there is nothing to update it to.`,
      );
    return { codebook: args.codebook, updated: [], keptEdited: [] };
  }
  const named = args.frames && new Set(args.frames);
  for (const key of named ?? [])
    if (!update.frames.some((frame) => frame.key === key) && shippedCuesOf(update.key, key) === undefined)
      throw new EngineError(
        'not-found',
        `The shipped codebook “${update.name}” has no frame “${key}”; the frames with newer cues are ${update.frames.map((f) => f.key).join(', ')}.`,
      );
  const chosen = update.frames.filter((frame) => (named ? named.has(frame.key) : frame.state === 'behind'));
  const keptEdited = update.frames
    .filter((frame) => frame.state === 'edited' && !chosen.includes(frame))
    .map((frame) => frame.name);
  if (chosen.length === 0) return { codebook: update.key, updated: [], keptEdited };
  const label =
    chosen.length === 1
      ? `Update the frame “${chosen[0]!.name}” to the shipped cues`
      : `Update ${chosen.length} frames of “${update.name}” to the shipped cues`;
  this.edit(
    label,
    (recorder) => {
      for (const frame of chosen) {
        const cues = shippedCuesOf(update.key, frame.key)!;
        recorder.update<CodeRow>('codes', { id: frame.codeId }, { cues, shipped_cues: cues });
      }
    },
    'codebook',
  );
  return { codebook: update.key, updated: chosen.map((frame) => frame.name), keptEdited };
}
