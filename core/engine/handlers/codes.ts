import { z } from 'zod';
import { codeKeys, getCode, getCodebook, listCodebooks, listCodes, type CodeRow } from '../../../db/codes.ts';
import { annotationIdsOf, codeUse } from '../../../db/annotations.ts';
import { ensureShippedCodebooks } from '../../analyze/codebooks.ts';
import { codebookScopes, describeScope, type CodebookScope } from '../../analyze/scope.ts';
import { validateCodebook, type Codebook } from '../../../nlp/frames/index.ts';
import type { RowValues } from '../../../db/rows.ts';
import type { Session } from '../session.ts';
import { EngineError, notFound } from '../errors.ts';
import { hexColor, id, nonEmpty } from '../schemas.ts';
import { codeView, type CodeView } from '../views.ts';
import type { CuePreview } from '../frames.ts';
import type { RerunResult } from '../frames-rerun.ts';

export interface CodeWithUse extends CodeView {
  /** Annotations of the code by review status, and the articles with one not rejected. */
  accepted: number;
  suggested: number;
  rejected: number;
  articles: number;
}

export interface CodebookView {
  id: number;
  key: string;
  name: string;
  description: string | null;
  /** Which articles the codebook applies to. */
  scope: CodebookScope;
  /** The scope in words ("story 3", "the whole project"). */
  scopeText: string;
  codes: CodeWithUse[];
}

export const newCode = z.strictObject({
  codebookId: id,
  /** A frame is detected by its cues; a code is applied by hand. */
  kind: z.enum(['frame', 'code']),
  name: nonEmpty,
  description: z.string().optional(),
  color: hexColor,
  /** Cue phrases or ~patterns, one per entry (see nlp/frames/types.ts). */
  cues: z.array(z.string()).optional(),
  parentId: id.nullable().optional(),
});
export type NewCodeArgs = z.infer<typeof newCode>;

export const codePatch = z.strictObject({
  name: nonEmpty.optional(),
  description: z.string().nullable().optional(),
  color: hexColor.optional(),
  cues: z.array(z.string()).optional(),
  parentId: id.nullable().optional(),
});
export type CodePatch = z.infer<typeof codePatch>;

export const codeCreateArgs = z.tuple([newCode]);
export const codeUpdateArgs = z.tuple([id, codePatch]);
export const codeDeleteArgs = z.tuple([id]);
export const cuePreviewArgs = z.tuple([z.strictObject({ cues: z.array(z.string()) })]);

/** The project's codebooks with their codes and how much each is used. */
export function listCodebookViews(this: Session): CodebookView[] {
  ensureShippedCodebooks(this.db);
  const use = new Map(codeUse(this.db).map((row) => [row.code_id, row]));
  const codes = listCodes(this.db);
  const scopes = codebookScopes(this.db);
  return listCodebooks(this.db).map((book) => ({
    ...book,
    scope: scopes.get(book.key) ?? { kind: 'project' },
    scopeText: describeScope(scopes.get(book.key) ?? { kind: 'project' }),
    codes: codes
      .filter((code) => code.codebook_id === book.id)
      .map((code) => {
        const counts = use.get(code.id);
        return {
          ...codeView(code),
          accepted: counts?.accepted ?? 0,
          suggested: counts?.suggested ?? 0,
          rejected: counts?.rejected ?? 0,
          articles: counts?.articles ?? 0,
        };
      }),
  }));
}

/** Checks cues as frame detection will read them; a bad cue is named in a sentence. */
function checkedCues(name: string, color: string, cues: readonly string[]): string[] {
  try {
    const checked = validateCodebook({
      id: 'codebook',
      name: 'codebook',
      frames: [{ id: 'frame', name, color, cues: [...cues] }],
    });
    return checked.frames[0]!.cues;
  } catch (error) {
    const message = (error as Error).message.replace(/^Codebook "codebook", frame "frame", /, '');
    throw new EngineError('invalid-arguments', `The cues of “${name}” have a problem: ${message}`);
  }
}

export function uniqueKey(taken: Set<string>, name: string): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'code';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

export function createCode(this: Session, input: NewCodeArgs): CodeView {
  if (!getCodebook(this.db, input.codebookId)) throw notFound('codebook', input.codebookId);
  if (input.parentId != null && !getCode(this.db, input.parentId)) throw notFound('code', input.parentId);
  const cues = checkedCues(input.name, input.color, input.cues ?? []);
  const row = this.edit(
    `Add the ${input.kind} “${input.name}”`,
    (recorder) =>
      recorder.insert<CodeRow>('codes', {
        codebook_id: input.codebookId,
        key: uniqueKey(codeKeys(this.db, input.codebookId), input.name),
        kind: input.kind,
        name: input.name,
        description: input.description?.trim() || null,
        color: input.color,
        cues: JSON.stringify(cues),
        parent_id: input.parentId ?? null,
      }),
    'codebook',
  );
  return codeView(row);
}

/** Edits a code; new cues take effect in articles with frames.rerun. */
export function updateCode(this: Session, codeId: number, patch: CodePatch): CodeView {
  const code = getCode(this.db, codeId);
  if (!code) throw notFound('code', codeId);
  if (patch.parentId === codeId)
    throw new EngineError('invalid-arguments', 'A code cannot be its own parent.');
  if (patch.parentId != null && !getCode(this.db, patch.parentId)) throw notFound('code', patch.parentId);
  const name = patch.name ?? code.name;
  const values: RowValues = {};
  if (patch.name !== undefined) values.name = patch.name;
  if (patch.description !== undefined) values.description = patch.description?.trim() || null;
  if (patch.color !== undefined) values.color = patch.color;
  if (patch.parentId !== undefined) values.parent_id = patch.parentId;
  if (patch.cues !== undefined)
    values.cues = JSON.stringify(checkedCues(name, patch.color ?? code.color ?? '#888888', patch.cues));
  const row = this.edit(
    `Edit the ${code.kind} “${code.name}”`,
    (recorder) => recorder.update<CodeRow>('codes', { id: codeId }, values),
    'codebook',
  )!;
  return codeView(row);
}

/** Deletes a code with all its annotations (undo brings them back). */
export function deleteCode(this: Session, codeId: number): { deleted: number; annotations: number } {
  const code = getCode(this.db, codeId);
  if (!code) throw notFound('code', codeId);
  const annotations = annotationIdsOf(this.db, codeId);
  this.edit(
    `Delete the ${code.kind} “${code.name}”`,
    (recorder) => {
      for (const child of listCodes(this.db).filter((other) => other.parent_id === codeId))
        recorder.update('codes', { id: child.id }, { parent_id: null });
      for (const annotationId of annotations) recorder.delete('annotations', { id: annotationId });
      recorder.delete('codes', { id: codeId });
    },
    'codebook',
  );
  return { deleted: codeId, annotations: annotations.length };
}

/** How many passages in how many articles these cues match across the project. */
export function previewCodeCues(this: Session, input: { cues: string[] }): Promise<CuePreview> {
  const cues = checkedCues('the frame', '#888888', input.cues);
  if (cues.length === 0) return Promise.resolve({ passages: 0, articles: 0, examples: [] });
  const codebook: Codebook = {
    id: 'preview',
    name: 'Preview',
    description: '',
    frames: [{ id: 'preview', name: 'Preview', description: '', color: '#888888', cues }],
  };
  // Each edit of the cues asks again: the preview still counting (or waiting) for the cues as they
  // were is stopped, so the newest answers without waiting behind the ones it replaces.
  latestPreview.get(this.db)?.abort();
  const superseded = new AbortController();
  latestPreview.set(this.db, superseded);
  return this.task(
    'preview',
    (progress, signal) => this.previewCues(codebook, progress, AbortSignal.any([signal, superseded.signal])),
    (found) =>
      found.stopped
        ? 'The preview stopped.'
        : `The cues match ${found.passages} passages in ${found.articles} articles.`,
    // It only reads: it need not wait for an import or a frames re-run to finish.
    { cancellable: true, alongside: true },
  );
}

/** The preview of each open project that the next one replaces. */
const latestPreview = new WeakMap<object, AbortController>();

/** Detects frames again in every article with the codebooks as they are now; reviewed evidence stays. */
export async function rerunFrames(this: Session): Promise<RerunResult> {
  const result = await this.task(
    'frames',
    (progress, signal) => this.rerunFrames(progress, signal),
    (found) =>
      found.stopped
        ? `Frames re-run stopped after ${found.articles} articles (${found.hits} suggested passages); the rest keep their frames.`
        : `Frames detected again in ${found.articles} articles: ${found.hits} suggested passages.`,
    { cancellable: true },
  );
  this.changed('analysis');
  return result;
}
