import type { Db } from '../../db/open.ts';
import { ensureCodebook, listCodebooks, listCodes } from '../../db/codes.ts';
import { POLICY_FRAMES, RUSSIA_ITALY_AID, validateCodebook, type Codebook } from '../../nlp/frames/index.ts';
import { codebookScopes, setCodebookScope, type CodebookScope } from './scope.ts';

/** Adds a shipped codebook to the project unless it has one with that key; returns its id. */
export function ensureBuiltInCodebook(db: Db, codebook: Codebook): number {
  return ensureCodebook(
    db,
    { key: codebook.id, name: codebook.name, description: codebook.description },
    codebook.frames.map((frame) => ({
      key: frame.id,
      kind: 'frame' as const,
      name: frame.name,
      description: frame.description,
      color: frame.color,
      cues: frame.cues,
      shipped: true,
    })),
  );
}

/**
 * Every project starts with its own, editable copy of the policy frames, which apply to the whole
 * project. Issue codebooks (like the sample story's) are added where they apply: see `ensureIssueCodebook`.
 * A project open only to read keeps what it has.
 */
export function ensureShippedCodebooks(db: Db): void {
  if (db.pragma('query_only', { simple: true })) return;
  ensureBuiltInCodebook(db, POLICY_FRAMES);
}

/**
 * The sample story's issue codebook, scoped to these stories (added to its scope if the project has it
 * already scoped to other stories; a codebook a person widened to the whole project stays so).
 */
export function ensureSampleCodebook(db: Db, storyIds: readonly number[]): void {
  db.transaction(() => {
    const id = ensureBuiltInCodebook(db, RUSSIA_ITALY_AID);
    const scope = codebookScopes(db).get(RUSSIA_ITALY_AID.id);
    if (scope?.kind === 'project' && !isFresh(db, id)) return;
    const stories = new Set([...(scope?.kind === 'stories' ? scope.stories : []), ...storyIds]);
    setCodebookScope(db, id, { kind: 'stories', stories: [...stories].sort((a, b) => a - b) });
  })();
}

/** A codebook nobody has applied yet: no decision or evidence of any of its frames. */
function isFresh(db: Db, codebookId: number): boolean {
  const used = db
    .prepare(
      `SELECT 1 FROM codes c WHERE c.codebook_id = ? AND (
         EXISTS (SELECT 1 FROM annotations a WHERE a.code_id = c.id)
         OR EXISTS (SELECT 1 FROM frame_decisions d WHERE d.code_id = c.id)) LIMIT 1`,
    )
    .get(codebookId);
  return used === undefined;
}

/**
 * The project's codebooks as frame detection takes them, the code id of each frame under its
 * `codebookKey/frameKey`, and each codebook's scope by key.
 */
export function loadProjectCodebooks(db: Db): {
  codebooks: Codebook[];
  codeIds: Map<string, number>;
  scopes: Map<string, CodebookScope>;
} {
  const codeIds = new Map<string, number>();
  // A codebook of codes applied by hand only (a scholar's own, say) has nothing to detect.
  const codebooks = listCodebooks(db).flatMap((book) => {
    const frames = listCodes(db, book.id)
      .filter((code) => code.kind === 'frame')
      .map((code) => {
        codeIds.set(`${book.key}/${code.key}`, code.id);
        return {
          id: code.key,
          name: code.name,
          description: code.description ?? '',
          color: code.color ?? '#888888',
          cues: JSON.parse(code.cues) as string[],
        };
      });
    if (frames.length === 0) return [];
    return [validateCodebook({ id: book.key, name: book.name, description: book.description ?? '', frames })];
  });
  return { codebooks, codeIds, scopes: codebookScopes(db) };
}
