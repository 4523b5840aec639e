import { z } from 'zod';
import { getCodebook, listCodebooks, type CodebookRow } from '../../../db/codes.ts';
import { getStory } from '../../../db/stories.ts';
import { setCodebookScope, type CodebookScope } from '../../analyze/scope.ts';
import { ensureBuiltInCodebook } from '../../analyze/codebooks.ts';
import { BUILT_IN_CODEBOOKS } from '../../../nlp/frames/index.ts';
import type { Session } from '../session.ts';
import { EngineError, notFound } from '../errors.ts';
import { id, nonEmpty } from '../schemas.ts';
import { uniqueKey } from './codes.ts';

export const codebookScope = z.union([
  z.strictObject({ kind: z.literal('project') }),
  z.strictObject({ kind: z.literal('stories'), stories: z.array(id).min(1) }),
  z.strictObject({ kind: z.literal('search'), query: nonEmpty }),
]);
export const codebookScopeArgs = z.tuple([id, codebookScope]);

/**
 * Sets which articles a codebook applies to: the whole project, chosen stories, or the articles a
 * search finds. Takes effect on the next frame re-run (`frames.rerun`), which the caller starts.
 */
export function setCodebookScopeOf(this: Session, codebookId: number, scope: CodebookScope): CodebookScope {
  const book = getCodebook(this.db, codebookId);
  if (!book) throw notFound('codebook', codebookId);
  if (scope.kind === 'stories')
    for (const story of scope.stories) if (!getStory(this.db, story)) throw notFound('story', story);
  if (scope.kind === 'search') {
    try {
      this.db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').get(scope.query);
    } catch (error) {
      throw new EngineError(
        'invalid-arguments',
        `The search "${scope.query}" is not valid search syntax (${(error as Error).message}).`,
      );
    }
  }
  setCodebookScope(this.db, codebookId, scope);
  this.changed('codebook');
  return scope;
}

export const builtInArgs = z.tuple([nonEmpty]);

/** Adds a codebook shipped with Framescope (by id) to the project, for the whole project until scoped. */
export function addBuiltInCodebook(this: Session, key: string): { id: number; key: string; name: string } {
  const book = BUILT_IN_CODEBOOKS.find((b) => b.id === key);
  if (!book)
    throw new EngineError(
      'not-found',
      `No codebook "${key}" ships with Framescope; choose from ${BUILT_IN_CODEBOOKS.map((b) => b.id).join(', ')}.`,
    );
  const codebookId = ensureBuiltInCodebook(this.db, book);
  this.changed('codebook');
  return { id: codebookId, key: book.id, name: book.name };
}

export const codebookCreateArgs = z.tuple([
  z.strictObject({
    name: nonEmpty,
    description: z.string().optional(),
    /** Where it applies; the whole project unless said. */
    scope: codebookScope.optional(),
  }),
]);

/**
 * Makes a codebook of the scholar's own, empty, for their frames and codes. Its key never takes a
 * shipped codebook's, so adding that one later does not find this one in its place. Undo removes it.
 */
export function createCodebook(
  this: Session,
  input: { name: string; description?: string; scope?: CodebookScope },
): { id: number; key: string; name: string } {
  const name = input.name.trim();
  if (listCodebooks(this.db).some((book) => book.name.toLowerCase() === name.toLowerCase()))
    throw new EngineError(
      'invalid-arguments',
      `There is a codebook “${name}” already; give the new one another name.`,
    );
  const taken = new Set([
    ...listCodebooks(this.db).map((book) => book.key),
    ...BUILT_IN_CODEBOOKS.map((book) => book.id),
  ]);
  const row = this.edit(
    `Add the codebook “${name}”`,
    (recorder) =>
      recorder.insert<CodebookRow & { scope: string }>('codebooks', {
        key: uniqueKey(taken, name),
        name,
        description: input.description?.trim() || null,
        scope: JSON.stringify(input.scope ?? { kind: 'project' }),
      }),
    'codebook',
  );
  return { id: row.id, key: row.key, name: row.name };
}
