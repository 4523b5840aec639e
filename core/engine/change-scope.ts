import type { RowChange } from '../../db/edits.ts';

/**
 * What a change touched, so a window reloads only what shows it (issue 12): the tables written,
 * and, when every row written belongs to an article, those articles. Absent fields mean "anything".
 */
export interface ChangeScope {
  tables?: string[];
  articleIds?: number[];
}

/** The scope of an edit (or its undo): its rows' tables and articles, and the history itself. */
export function scopeOfRows(changes: readonly RowChange[]): ChangeScope {
  const tables = new Set<string>(['edits']);
  const articleIds = new Set<number>();
  let everyRowHasArticle = true;
  for (const change of changes) {
    tables.add(change.table);
    for (const row of [change.before, change.after]) {
      if (row === null) continue;
      const articleId = row.article_id;
      if (typeof articleId === 'number') articleIds.add(articleId);
      else everyRowHasArticle = false;
    }
  }
  return everyRowHasArticle ? { tables: [...tables], articleIds: [...articleIds] } : { tables: [...tables] };
}
