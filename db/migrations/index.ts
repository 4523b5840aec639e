import type { Migration } from './types.ts';
import { articles } from './001-articles.ts';
import { analysis } from './002-analysis.ts';
import { edits } from './003-edits.ts';
import { stories } from './004-stories.ts';
import { sortIndexes } from './005-sort-indexes.ts';

/** Append-only: never edit a migration that has shipped; add the next number. */
export const migrations: readonly Migration[] = [articles, analysis, edits, stories, sortIndexes];

export const latestVersion = migrations.length;
