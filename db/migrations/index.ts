import type { Migration } from './types.ts';
import { articles } from './001-articles.ts';
import { analysis } from './002-analysis.ts';

/** Append-only: never edit a migration that has shipped; add the next number. */
export const migrations: readonly Migration[] = [articles, analysis];

export const latestVersion = migrations.length;
