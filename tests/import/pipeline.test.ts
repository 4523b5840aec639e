import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject, type Db } from '../../db/open.ts';
import { getArticle, listArticles } from '../../db/articles.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { brownText } from '../support/brown.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';

describe('importing files into a project', () => {
  const temp = useTempDir();
  const project = (): Db => openProject(join(temp.dir(), 'project.sqlite'));

  it('stores the seed with its title, all of its text and its repeated lead reported', async () => {
    const db = project();
    const summary = await importPaths(db, [SEED_PATH], { outlet: 'Reuters' });
    expect(summary.failures).toEqual([]);
    expect(summary.imported).toHaveLength(1);
    const article = getArticle(db, summary.imported[0]!.id)!;
    expect(article.title).toBe('‘From Russia with Love’: Putin sends aid to Italy to fight virus');
    expect(article.text.startsWith('‘From Russia with Love’: Putin sends aid')).toBe(true);
    expect(article.text).toContain('"No, this is unrelated absolutely," Peskov said.');
    expect(article.text.split('\n\n')).toHaveLength(18);
    expect(article.outlet).toBe('Reuters');
    expect(article.source_file).toBe('russia-italy-aid.txt');
    expect(article.word_count).toBe(500);
    expect(article.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(article.content_hash).toBe(createHash('sha256').update(article.text).digest('hex'));
    // The seed repeats its lead ("Russia's help to Italy ... told reporters on Monday.") as paragraph 7.
    expect(summary.repeatedParagraphs).toEqual([
      { id: article.id, title: article.title, file: SEED_PATH, pairs: [[3, 7]] },
    ]);
    db.close();
  });

  it('names every date it could not read, keeps it as written and month-only dates at month precision', async () => {
    const db = project();
    const file = join(temp.dir(), 'dates.jsonl');
    writeFileSync(
      file,
      [
        { title: 'Harbour reopens', text: 'The harbour reopened on a spring morning.', date: 'early spring' },
        { title: 'Ferry returns', text: 'The ferry came back to the island.', date: 'April 2021' },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n'),
    );
    const summary = await importPaths(db, [file]);
    const [harbour, ferry] = summary.imported.map((a) => getArticle(db, a.id)!);
    expect(summary.unreadDates).toEqual([
      { id: harbour!.id, title: 'Harbour reopens', file, where: 'line 1', raw: 'early spring' },
    ]);
    expect(harbour!.published_at).toBeNull();
    expect(harbour!.published_raw).toBe('early spring');
    expect(ferry!.published_at).toBe('2021-04');
    db.close();
  });

  it('skips an article whose text is already in the project and says which one it is', async () => {
    const db = project();
    const copy = join(temp.dir(), 'copy-of-seed.txt');
    copyFileSync(SEED_PATH, copy);
    const first = await importPaths(db, [SEED_PATH]);
    const second = await importPaths(db, [copy]);
    expect(second.imported).toEqual([]);
    expect(second.duplicates).toEqual([
      { file: copy, where: undefined, title: first.imported[0]!.title, duplicateOf: first.imported[0]!.id },
    ]);
    expect(listArticles(db)).toHaveLength(1);
    db.close();
  });

  it('imports a folder recursively, passing over hidden files and the assets of saved pages', async () => {
    const db = project();
    temp.file('coverage/reuters/ca01.txt', brownText('ca01'));
    temp.file('coverage/ap/ca02.md', `# A heading from Markdown\n\n${brownText('ca02')}`);
    temp.file('coverage/ap/page_files/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    temp.file('coverage/.DS_Store', new Uint8Array([0, 0, 0, 1]));
    temp.file('coverage/photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0]));
    const summary = await importPaths(db, [join(temp.dir(), 'coverage')]);
    expect(summary.failures).toEqual([]);
    expect(summary.skipped).toEqual([join(temp.dir(), 'coverage/photo.jpg')]);
    const titles = listArticles(db).map((a) => a.title);
    expect(titles).toEqual([
      'A heading from Markdown',
      // ca01 has no short first line, so its first paragraph would be too long; the file name serves.
      'ca01',
    ]);
    db.close();
  });

  it('takes a title from a real title line, else from the file name, never from a sentence of the text', async () => {
    const db = project();
    const body = 'The county said the mains would be flushed over the weekend and tested again on Monday.';
    const files = [
      // A short first paragraph that is a sentence of the story, not its title.
      temp.file('boil-notice.txt', `Residents of Dunmore were told to boil their water.\n\n${body}`),
      // A title line: short, no full stop, a blank line after it.
      temp.file(
        'titled.txt',
        `Boil-water notice for Dunmore\n\nResidents were told to boil their water.\n\n${body}`,
      ),
      // Rows with no title column: the same rule, then the file's name and the row.
      temp.file(
        'notices.csv',
        `text,outlet\n"Water was cut off in Kilrane on Sunday.\n\n${body}",Post\n"Mains burst in Kilrane\n\n${body} Again.",Post\n`,
      ),
    ];
    const summary = await importPaths(db, files);
    expect(summary.failures).toEqual([]);
    expect(summary.imported.map((one) => [one.file.split('/').pop(), one.title])).toEqual([
      ['boil-notice.txt', 'boil-notice'],
      ['titled.txt', 'Boil-water notice for Dunmore'],
      ['notices.csv', 'notices (row 2)'],
      ['notices.csv', 'Mains burst in Kilrane'],
    ]);
    db.close();
  });

  it('reports each bad file by name and reason, and imports the rest of the batch', async () => {
    const db = project();
    const good = temp.file('good.txt', brownText('ca03').slice(0, 900));
    const empty = temp.file('empty.txt', '');
    const blank = temp.file('blank.txt', '\n\n   \n');
    const binary = temp.file('binary.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
    const unknown = temp.file('scan.tiff', 'II*\0');
    const missing = join(temp.dir(), 'not-there.txt');
    const big = temp.file('big.txt', 'word '.repeat(300));
    const summary = await importPaths(db, [good, empty, blank, binary, unknown, missing, big], {
      maxFileBytes: 1000,
    });
    expect(summary.imported.map((a) => a.file)).toEqual([good]);
    expect(summary.failures).toEqual([
      { file: missing, reason: 'there is no such file or folder' },
      { file: empty, reason: 'the file is empty' },
      { file: blank, where: undefined, reason: 'it has no article text' },
      { file: binary, reason: 'it is a binary file, not text' },
      { file: unknown, reason: expect.stringMatching(/^\.tiff is not a format Framescope imports/) },
      {
        file: big,
        reason: 'the file is too large (1.5 KB; the limit is 1.0 KB); split it into smaller files',
      },
    ]);
    db.close();
  });

  it('normalises text once: NFC, line endings, spaces; paragraphs kept', async () => {
    const db = project();
    const file = temp.file(
      'windows.txt',
      'Conte\u00a0thanks   Moscow\r\n\r\nThe Kremlin\tsaid Putin had\r\nexpressed his support.\r\n\r\n\r\nCafe\u0301 owners in Rome agreed.',
    );
    const summary = await importPaths(db, [file]);
    const article = getArticle(db, summary.imported[0]!.id)!;
    expect(article.text).toBe(
      'Conte thanks Moscow\n\nThe Kremlin said Putin had expressed his support.\n\nCafé owners in Rome agreed.',
    );
    expect(article.title).toBe('Conte thanks Moscow');
    db.close();
  });

  it('keeps every article whole when the file is read back', async () => {
    const db = project();
    const texts = ['ca04', 'ca05', 'ca06'].map((s) => temp.file(`${s}.txt`, brownText(s)));
    await importPaths(db, texts);
    db.close();
    const reopened = openProject(join(temp.dir(), 'project.sqlite'));
    const stored = listArticles(reopened).map((a) => getArticle(reopened, a.id)!.text);
    expect(stored).toEqual(texts.map((path) => readFileSync(path, 'utf8')));
    reopened.close();
  });
});
