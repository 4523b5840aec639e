import type { Db } from '../../db/open.ts';
import { ensureCodebook, listCodebooks, listCodes } from '../../db/codes.ts';
import { BUILT_IN_CODEBOOKS, validateCodebook, type Codebook } from '../../nlp/frames/index.ts';

/**
 * Every project starts with its own, editable copy of each built-in codebook. A project open
 * only to read keeps what it has.
 */
export function ensureShippedCodebooks(db: Db): void {
  if (db.pragma('query_only', { simple: true })) return;
  for (const codebook of BUILT_IN_CODEBOOKS) {
    ensureCodebook(
      db,
      { key: codebook.id, name: codebook.name, description: codebook.description },
      codebook.frames.map((frame) => ({
        key: frame.id,
        kind: 'frame' as const,
        name: frame.name,
        description: frame.description,
        color: frame.color,
        cues: frame.cues,
      })),
    );
  }
}

/**
 * The project's codebooks as frame detection takes them, and the code id of each frame under
 * its `codebookKey/frameKey`.
 */
export function loadProjectCodebooks(db: Db): { codebooks: Codebook[]; codeIds: Map<string, number> } {
  const codeIds = new Map<string, number>();
  const codebooks = listCodebooks(db).map((book) => {
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
    return validateCodebook({ id: book.key, name: book.name, description: book.description ?? '', frames });
  });
  return { codebooks, codeIds };
}
