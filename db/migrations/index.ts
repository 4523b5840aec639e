import type { Migration } from './types.ts';
import { articles } from './001-articles.ts';
import { analysis } from './002-analysis.ts';
import { edits } from './003-edits.ts';
import { stories } from './004-stories.ts';
import { quoteConfidence } from './005-quote-confidence.ts';

/** Append-only: never edit a migration that has shipped; add the next number. */
export const migrations: readonly Migration[] = [articles, analysis, edits, stories, quoteConfidence];

export const latestVersion = migrations.length;
