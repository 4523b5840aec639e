import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../core/engine/engine.ts';
import { ANALYSIS_VERSION } from '../../core/analyze/run.ts';
import { brownSamples, brownText } from '../../tests/support/brown.ts';

/** What a person put into a project, counted: what must survive copies, kills and reopening. */
export interface ProjectContents {
  articles: number;
  stories: number;
  storyMembers: number;
  quotes: number;
  acceptedQuotes: number;
  handCodes: number;
  handAnnotations: number;
  entities: number;
  edits: number;
}

/** Counts what a project file holds, read straight from the file with no check (it may be a bare copy). */
export function contentsOf(path: string): ProjectContents {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      articles: count('SELECT count(*) FROM articles'),
      stories: count('SELECT count(*) FROM stories'),
      storyMembers: count('SELECT count(*) FROM story_articles'),
      quotes: count('SELECT count(*) FROM quotes'),
      acceptedQuotes: count("SELECT count(*) FROM quotes WHERE status = 'accepted'"),
      handCodes: count("SELECT count(*) FROM codes WHERE kind = 'code'"),
      handAnnotations: count("SELECT count(*) FROM annotations WHERE origin = 'manual'"),
      entities: count('SELECT count(*) FROM entities'),
      edits: count('SELECT count(*) FROM edits'),
    };
  } finally {
    db.close();
  }
}

/** Articles as text files in `folder`: the seed article's neighbours from the Brown press samples. */
export function writeBrownArticles(folder: string, count: number, offset = 0): string[] {
  const samples = brownSamples('ca');
  return Array.from({ length: count }, (_, i) => {
    const sample = samples[(i + offset) % samples.length]!;
    const path = join(folder, `${sample}-${i + offset}.txt`);
    writeFileSync(path, `${brownText(sample)}\n\nFile ${i + offset}.`);
    return path;
  });
}

/**
 * Makes a project the way a person would, through the engine: imports and analyses articles,
 * groups them into stories, makes a story by hand, accepts a quote, adds a code and codes a
 * passage with it. Returns what it holds; the engine is closed, so the file is whole.
 */
export async function buildRichProject(
  path: string,
  articleFiles: readonly string[],
): Promise<ProjectContents> {
  const engine = new Engine(path);
  try {
    await engine.invoke('import.paths', [...articleFiles]);
    await engine.invoke('stories.group', {});
    await engine.invoke('stories.create', 'Made by hand', [1]);
    const article = await engine.invoke('articles.get', 1);
    const quote = article.quotes[0];
    if (quote) await engine.invoke('quotes.update', quote.id, { status: 'accepted' });
    const [book] = await engine.invoke('codebooks.list');
    const code = await engine.invoke('codes.create', {
      codebookId: book!.id,
      kind: 'code',
      name: 'Gratitude',
      color: '#336699',
    });
    await engine.invoke('annotations.create', {
      articleId: 1,
      codeId: code.id,
      start: 0,
      end: Math.min(40, article.text.length),
      memo: 'coded by hand',
    });
  } finally {
    await engine.close();
  }
  return contentsOf(path);
}

/** Whole-file checks after a crash: SQLite's integrity check, the FTS5 index's own check, and whole articles. */
export function wholenessProblems(path: string): string[] {
  const problems: string[] = [];
  const db = new Database(path, { fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
    try {
      db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
    } catch (error) {
      problems.push(`FTS5 integrity-check: ${(error as Error).message}`);
    }
    for (const row of db.prepare('SELECT id, text, content_hash FROM articles').iterate() as Iterable<{
      id: number;
      text: string;
      content_hash: string;
    }>) {
      if (createHash('sha256').update(row.text).digest('hex') !== row.content_hash)
        problems.push(`article ${row.id}: its text does not match its hash (a partial article)`);
    }
  } finally {
    db.close();
  }
  return problems;
}

/** Articles without a current analysis. */
export function unanalysed(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT count(*) FROM articles WHERE analysis_version IS NULL OR analysis_version < ?')
      .pluck()
      .get(ANALYSIS_VERSION) as number;
  } finally {
    db.close();
  }
}
