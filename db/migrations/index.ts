import type { Migration } from './types.ts';
import { articles } from './001-articles.ts';
import { analysis } from './002-analysis.ts';
import { edits } from './003-edits.ts';
import { stories } from './004-stories.ts';
import { frameDecisions } from './005-frame-decisions.ts';

/** Append-only: never edit a migration that has shipped; add the next number. */
export const migrations: readonly Migration[] = [articles, analysis, edits, stories, frameDecisions];

export const latestVersion = migrations.length;
