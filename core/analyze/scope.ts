import type { Db } from '../../db/open.ts';
import { statement } from '../../db/statements.ts';
import { storyMembership } from '../../db/stories.ts';
import { codebookScopeRows, setCodebookScopeJson } from '../../db/codes.ts';

/** Which articles a codebook applies to (issue 9): the whole project, chosen stories, or a search. */
export type CodebookScope =
  { kind: 'project' } | { kind: 'stories'; stories: number[] } | { kind: 'search'; query: string };

/** A scope as stored: anything unreadable counts as the whole project, so no codebook silently vanishes. */
export function parseScope(json: string): CodebookScope {
  try {
    const value = JSON.parse(json) as Partial<{ kind: string; stories: unknown; query: unknown }>;
    if (value.kind === 'stories' && Array.isArray(value.stories))
      return { kind: 'stories', stories: value.stories.filter((s): s is number => Number.isInteger(s)) };
    if (value.kind === 'search' && typeof value.query === 'string' && value.query.trim())
      return { kind: 'search', query: value.query };
  } catch {
    // fall through
  }
  return { kind: 'project' };
}

/** In words, for the codebook view and the CLI. */
export function describeScope(scope: CodebookScope): string {
  if (scope.kind === 'stories')
    return scope.stories.length === 1
      ? `story ${scope.stories[0]}`
      : `stories ${scope.stories.join(', ') || '(none)'}`;
  if (scope.kind === 'search') return `articles matching ${scope.query}`;
  return 'the whole project';
}

/** For one article, whether each codebook (by key) applies to it. */
export function scopeTest(db: Db, scopes: ReadonlyMap<string, CodebookScope>, articleId: number) {
  const story = storyMembership(db, articleId)?.story_id;
  return (codebook: string): boolean => {
    const scope = scopes.get(codebook) ?? { kind: 'project' };
    if (scope.kind === 'project') return true;
    if (scope.kind === 'stories') return story !== undefined && scope.stories.includes(story);
    try {
      return (
        statement(db, 'SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?').get(
          scope.query,
          articleId,
        ) !== undefined
      );
    } catch {
      return false; // a search that no longer parses matches nothing rather than stopping analysis
    }
  };
}

/** Each codebook's scope by key. */
export function codebookScopes(db: Db): Map<string, CodebookScope> {
  return new Map(codebookScopeRows(db).map((row) => [row.key, parseScope(row.scope)]));
}

export function setCodebookScope(db: Db, codebookId: number, scope: CodebookScope): void {
  setCodebookScopeJson(db, codebookId, JSON.stringify(scope));
}
