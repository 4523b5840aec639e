import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cuePrefilterQuery } from '../../core/analyze/cue-prefilter.ts';
import { previewCues, type CuePreview } from '../../core/engine/frames.ts';
import { articleIdsMatching } from '../../db/search.ts';
import { openProject, type Db } from '../../db/open.ts';
import { detectFrames, type Codebook } from '../../nlp/frames/index.ts';
import { brownSamples, brownText } from '../support/brown.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';

// Issue 12: the cue preview reads only the articles the full-text index says may hold a cue's words,
// and in them only the sentences that may hold one. It must find exactly what reading every article
// whole finds, on real text: the counts and the examples with their offsets.

function codebook(cues: string[]): Codebook {
  return {
    id: 'preview',
    name: 'Preview',
    description: '',
    frames: [{ id: 'preview', name: 'Preview', description: '', color: '#888888', cues }],
  };
}

/** The seed article, an article of our own with accents and glued symbols, and Brown editorials. */
function project(dir: string): Db {
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

/**
 * What the preview found before it read only the sentences that may hold a cue: every article read, each
 * whole text run through the detector, the first 20 hits kept as examples.
 */
function everyArticle(db: Db, book: Codebook): CuePreview {
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

const CUES: string[][] = [
  ['tax*'],
  ['united states', 'u.s.'],
  ["nation's", 'goodwill gesture'],
  ['président', 'aid'],
  ['?court', 'public school*'],
  ['~(united|several) states'],
  ['~[#Noun] of the world', 'communis*'],
  ['us'],
  ['~(win|won|lose|lost) (the|a)? (election|vote|seat)', 'ÉLECTION', 'city council'],
  ['unrelated', 'sanction*', '~(do|does) not #Verb'],
];

describe('the cue preview prefiltered by the full-text index', () => {
  const temp = useTempDir();

  it.each(CUES.map((cues) => [cues.join(' | '), cues]))(
    'finds the same passages and examples as reading every article: %s',
    async (_name, cues) => {
      const db = project(temp.dir());
      try {
        const book = codebook(cues);
        const found = await previewCues(db, book, () => undefined);
        const expected = everyArticle(db, book);
        expect(expected.articles).toBeGreaterThan(0);
        expect(found).toEqual(expected);
      } finally {
        db.close();
      }
    },
  );

  it('reads only the articles that hold a rare cue word', () => {
    const db = project(temp.dir());
    try {
      const all = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
      const query = cuePrefilterQuery(['goodwill gesture', '?glued']);
      expect(query).not.toBeNull();
      const ids = articleIdsMatching(db, query!);
      expect(ids).toContain(2);
      expect(ids.length).toBeLessThan(all / 5);
    } finally {
      db.close();
    }
  });

  it('reads every article for a cue of word classes only, which no word can find', () => {
    expect(cuePrefilterQuery(['aid', '~#Adjective #Noun'])).toBeNull();
  });

  it('reads every article for a built-in cue, which is computed from the sentence, not from its words', () => {
    // A sentence naming two nations holds neither "two" nor "nations".
    expect(cuePrefilterQuery(['treaty', '@two-nations'])).toBeNull();
  });
});
