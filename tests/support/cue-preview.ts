// A small project of real text for the cue preview's tests, and what the preview must find in it.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { previewCues, type CuePreview } from '../../core/engine/frames.ts';
import { openProject, type Db } from '../../db/open.ts';
import { detectFrames, type Codebook } from '../../nlp/frames/index.ts';
import { brownSamples, brownText } from './brown.ts';
import { SEED_PATH } from './temp.ts';

export function codebook(cues: string[]): Codebook {
  return {
    id: 'preview',
    name: 'Preview',
    description: '',
    frames: [{ id: 'preview', name: 'Preview', description: '', color: '#888888', cues }],
  };
}

/** The seed article, an article of our own with accents and glued symbols, and Brown editorials. */
export function project(dir: string): Db {
  const db = openProject(join(dir, 'project.sqlite'));
  const texts = [
    readFileSync(SEED_PATH, 'utf8'),
    'Le Président said the U.S.-backed aid was a goodwill-gesture, glued to a promise. The nation\u2019s taxes rose; US$5 billion in aid+relief.',
    'CITY COUNCIL LOSES A SEAT\n\n"We lost the election. The city council is\nunrelated to it," said the mayor.\n\nNo. 5 on the élection list won a seat.',
    ...brownSamples('cb').slice(0, 20).map(brownText),
  ];
  const insert = db.prepare(
    `INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
     VALUES (?, ?, ?, ?, 'text', '2020-04-01T00:00:00Z', 0)`,
  );
  texts.forEach((text, index) => insert.run(`a${index}`, `h${index}`, `Article ${index}`, text));
  return db;
}

/** Three more Brown editorials written straight into the project (as another window's import would). */
export function importMore(db: Db): void {
  const insert = db.prepare(
    `INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
     VALUES (?, ?, ?, ?, 'text', '2020-04-02T00:00:00Z', 0)`,
  );
  brownSamples('cb')
    .slice(20, 23)
    .forEach((sample, index) =>
      insert.run(`new${index}`, `new${index}`, `Imported ${index}`, brownText(sample)),
    );
}

/**
 * What the preview found before it read only the sentences that may hold a cue: every article read, each
 * whole text run through the detector, the first 20 hits kept as examples.
 */
export function everyArticle(db: Db, book: Codebook): CuePreview {
  const preview: CuePreview = { passages: 0, articles: 0, examples: [] };
  const rows = db.prepare('SELECT id, title, text FROM articles ORDER BY id').all() as {
    id: number;
    title: string | null;
    text: string;
  }[];
  for (const { id, title, text } of rows) {
    const hits = detectFrames(text, book).flatMap((found) => found.hits);
    const sentences = new Set(hits.map((hit) => hit.sentenceStart));
    if (sentences.size > 0) preview.articles++;
    preview.passages += sentences.size;
    for (const hit of hits.slice(0, Math.max(0, 20 - preview.examples.length)))
      preview.examples.push({
        articleId: id,
        title,
        sentence: text.slice(hit.sentenceStart, hit.sentenceEnd),
        cue: {
          start: hit.start - hit.sentenceStart,
          end: hit.end - hit.sentenceStart,
          text: text.slice(hit.start, hit.end),
        },
      });
  }
  return preview;
}

/**
 * One preview on its own connection, as a new process makes it, and how many article texts it counted
 * (rows recorded by analysis or a re-run are read under their own label; texts counted come without one).
 */
export async function previewCounting(
  path: string,
  cues: string[],
): Promise<{ found: CuePreview; read: number }> {
  const db = openProject(path);
  try {
    let read = 0;
    const found = await previewCues(db, codebook(cues), (_done, total, label) => {
      if (label === undefined) read = Math.max(read, total);
    });
    return { found, read };
  } finally {
    db.close();
  }
}

/** `use` on a connection of its own to the project at `path`, closed after. */
export function on<T>(path: string, use: (db: Db) => T): T {
  const db = openProject(path);
  try {
    return use(db);
  } finally {
    db.close();
  }
}
