import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { openProject } from '../../db/open.ts';
import { fingerprint } from '../../torture/support/files.ts';
import { framescope } from '../support/cli.ts';
import { ARTICLES, baseProject, coderCopy, contentOf } from './support.ts';

// Issue #11: "annotations only". Ada codes her copy of the team's project and sends her work
// without the article texts (they may not be passed on); the recipients have the texts already.

let dir: string;
let base: string;
let ada: string;
let notes: string;

/** Ada's own codings, by the words they cover. */
const PASSAGES = ['the government had waited too long', 'blamed the ministry', 'sign of solidarity'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'framescope-annotations-only-'));
  base = await baseProject(dir);
  ada = await coderCopy(base, dir, 'Ada', async (engine, h) => {
    const articles = ['Relief convoy', 'Council debates', 'Field clinic'];
    for (const [i, words] of PASSAGES.entries()) {
      const article = h.article(articles[i]!);
      await h.codeWords(article, 'Blame', words, `Ada on ${articles[i]}`);
    }
    await engine.invoke('frames.decide', h.article('Relief convoy'), h.frame(), {
      present: true,
      coderId: h.coderId,
    });
  });
  notes = join(dir, 'ada-notes.sqlite');
  const shared = await framescope('share', '--db', ada, '--out', notes, '--annotations-only');
  expect(shared.code).toBe(0);
  expect(shared.out).toContain('without the article texts');
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The words under each of Ada's codings in a project, by coder name. */
function codedWords(path: string): string[] {
  const db = openProject(path, { readonly: true });
  try {
    return (
      db
        .prepare(
          `SELECT substr(a.text, an.start + 1, an.end - an.start) FROM annotations an
           JOIN articles a ON a.id = an.article_id JOIN coders c ON c.id = an.coder_id
           WHERE c.name = 'Ada' ORDER BY 1`,
        )
        .pluck()
        .all() as string[]
    ).sort();
  } finally {
    db.close();
  }
}

describe('saving annotations only', () => {
  it('leaves every article text out of the file (nothing in free pages or the search index), keeping what identifies each article', () => {
    const bytes = readFileSync(notes).toString('utf8');
    for (const sentence of ['carrying water pumps and tents', 'argued for three hours', 'fevers, nothing we'])
      expect(bytes).not.toContain(sentence);
    const read = (path: string) => {
      const db = openProject(path, { readonly: true });
      try {
        return db
          .prepare('SELECT uid, content_hash, title, outlet, word_count, text FROM articles ORDER BY uid')
          .all();
      } finally {
        db.close();
      }
    };
    const original = read(ada) as { text: string }[];
    const shared = read(notes) as { text: string }[];
    expect(shared.map((row) => row.text)).toEqual(['', '', '']);
    expect(shared.map((row) => ({ ...row, text: '' }))).toEqual(
      original.map((row) => ({ ...row, text: '' })),
    );
    // The codings themselves all travel.
    expect(contentOf(notes).codings).toBe(contentOf(ada).codings);
  });

  it('opens alone saying the texts are not included, and analysis leaves its suggestions alone', async () => {
    const alone = join(dir, 'notes-alone.sqlite');
    copyFileSync(notes, alone);
    const before = contentOf(alone);
    const engine = new Engine(alone);
    try {
      expect((await engine.invoke('project.info')).annotationsOnly).toBe(true);
      const rows = (await engine.invoke('articles.list', {})).rows;
      const detail = await engine.invoke('articles.get', rows[0]!.id);
      expect(detail.textIncluded).toBe(false);
      expect(detail.title).toBeTruthy();
      const summary = await engine.invoke('analysis.run', { all: true });
      expect(summary.analysed).toBe(0);
      expect(summary.withoutText).toBe(3);
    } finally {
      await engine.close();
    }
    expect(contentOf(alone)).toEqual(before);
    const shown = await framescope('show', '1', '--db', alone);
    expect(shown.out).toContain('Relief convoy reaches Portavela');
    expect(shown.out).toContain('Text not included');
  });

  it('is refused as a REFI-QDA export with a sentence, since its codings point into texts it lacks', async () => {
    const alone = join(dir, 'notes-qdpx.sqlite');
    copyFileSync(notes, alone);
    const out = join(dir, 'notes.qdpx');
    const refused = await framescope('export', '--format', 'qdpx', '--out', out, '--db', alone);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(
      /notes-qdpx\.sqlite holds annotations only.*cannot be written as a REFI-QDA project/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('says so when asked from the window too, and the project in use keeps its texts', async () => {
    const copy = join(dir, 'window-copy.sqlite');
    const engine = new Engine(ada);
    try {
      const saved = await engine.invoke('project.saveCopy', copy, { annotationsOnly: true });
      expect(saved.annotationsOnly).toBe(true);
      expect((await engine.invoke('project.info')).annotationsOnly).toBe(false);
    } finally {
      await engine.close();
    }
    expect(codedWords(copy)).toEqual(['', '', '']);
    expect(codedWords(ada)).toEqual([...PASSAGES].sort());
  });
});

describe('merging an annotations-only file', () => {
  it('puts every coding on the same words of the recipient’s texts, as the whole file would', async () => {
    const fromNotes = join(dir, 'mine-notes.sqlite');
    const fromWhole = join(dir, 'mine-whole.sqlite');
    copyFileSync(base, fromNotes);
    copyFileSync(base, fromWhole);
    const merged = await framescope('merge', notes, '--db', fromNotes, '--json');
    expect(merged.code).toBe(0);
    const report = JSON.parse(merged.out) as { codings: { added: number }; notAttached: unknown[] };
    expect(report.codings.added).toBe(3);
    expect(report.notAttached).toEqual([]);
    expect((await framescope('merge', ada, '--db', fromWhole)).code).toBe(0);
    expect(codedWords(fromNotes)).toEqual([...PASSAGES].sort());
    expect(contentOf(fromNotes)).toEqual(contentOf(fromWhole));
    // The recipient's texts are untouched.
    const db = openProject(fromNotes, { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) FROM articles WHERE text = ''").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    const again = await framescope('merge', notes, '--db', fromNotes, '--json');
    expect((JSON.parse(again.out) as { changed: boolean }).changed).toBe(false);
  }, 120_000);

  it('reports by title the articles the recipient does not have, and makes no empty article for them', async () => {
    // A colleague who imported two of the three texts on their own (other uids: matched by text).
    const partial = join(dir, 'partial.sqlite');
    const engine = new Engine(partial);
    try {
      const files = ['council.txt', 'clinic.txt'].map((name) => {
        const file = join(dir, `own-${name}`);
        writeFileSync(file, ARTICLES[name]!);
        return file;
      });
      await engine.invoke('import.paths', files);
      const report = await engine.invoke('project.merge', notes);
      expect(report.notAttached.map((article) => article.title)).toEqual(['Relief convoy reaches Portavela']);
      expect(report.articles).toMatchObject({ added: 0, matched: 2, matchedByHash: 2 });
      expect(report.codings.added).toBe(2);
      expect(report.frameDecisions.added).toBe(0);
      expect((await engine.invoke('articles.list', {})).rows).toHaveLength(2);
    } finally {
      await engine.close();
    }
    expect(codedWords(partial)).toEqual(['blamed the ministry', 'sign of solidarity']);
    const text = await framescope('merge', notes, '--db', partial);
    expect(text.out).toContain(
      "1 article's annotations could not be attached: you do not have this text (the file holds annotations only).",
    );
    expect(text.out).toContain('    Relief convoy reaches Portavela');
  }, 120_000);

  it('refuses an annotations-only file with a planted trigger, changing neither file', async () => {
    const hostile = join(dir, 'notes-hostile.sqlite');
    copyFileSync(notes, hostile);
    const db = new Database(hostile);
    db.exec('CREATE TRIGGER planted AFTER INSERT ON annotations BEGIN DELETE FROM articles; END');
    db.close();
    const mine = join(dir, 'mine-hostile.sqlite');
    copyFileSync(base, mine);
    const [mineBefore, theirsBefore] = [fingerprint(mine), fingerprint(hostile)];
    const { code, err } = await framescope('merge', hostile, '--db', mine);
    expect(code).toBe(1);
    expect(err).toContain('Nothing was merged; both projects are unchanged.');
    expect(fingerprint(mine)).toEqual(mineBefore);
    expect(fingerprint(hostile)).toEqual(theirsBefore);
  });
});
