import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject, type Db } from '../../db/open.ts';
import { getArticle } from '../../db/articles.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { MAX_ARTICLE_CHARS } from '../../core/import/prepare.ts';
import { checkZipBomb } from '../../core/import/zip-limits.ts';
import { docxBomb, pdfBomb } from '../../torture/inputs/bombs.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';

// Issue #10, "tiny inputs hang or exhaust memory": each limit ends with a sentence naming the file,
// and the rest of the batch goes on.

const SEED = readFileSync(SEED_PATH, 'utf8');
const PARAGRAPH =
  'Russian military planes carrying medical aid landed near Rome on Sunday, the defence ministry said.';

describe('limits on what one file may cost', () => {
  const temp = useTempDir();
  const project = (): Db => openProject(join(temp.dir(), 'project.sqlite'));

  it('refuses pages nested deeper than any article, from 1,500 to a million levels, and goes on', async () => {
    const db = project();
    const nested = (levels: number) =>
      `<html><body>${'<div>'.repeat(levels)}<p>${PARAGRAPH}</p>${'</div>'.repeat(levels)}</body></html>`;
    const files = [
      temp.file('a-1500.html', nested(1500)),
      temp.file('b-million.html', nested(1_000_000)),
      temp.file('c-seed.txt', SEED),
      temp.file('d-fine.html', nested(30)),
    ];
    const summary = await importPaths(db, files);
    expect(summary.failures).toEqual([
      {
        file: files[0],
        reason: expect.stringMatching(/nested more than 128 levels deep.*save the article as text/),
      },
      { file: files[1], reason: expect.stringMatching(/nested more than 128 levels deep/) },
    ]);
    expect(summary.imported.map((article) => article.file)).toEqual([files[2], files[3]]);
    db.close();
  });

  it('stops a reader that stalls, with a sentence, and reads the next file on a fresh thread', async () => {
    const db = project();
    // Readability's time grows with the cube of the depth: 127 levels and 3,000 paragraphs take over a
    // second on a quiet machine (600 took only about 200 ms, no longer than the stall allowed here).
    const slow = `<html><body>${'<div>'.repeat(127)}${`<p>${PARAGRAPH}</p>`.repeat(3000)}${'</div>'.repeat(127)}</body></html>`;
    const file = temp.file('slow.html', slow);
    const summary = await importPaths(db, [file], { parseStallMs: 200 });
    expect(summary.failures).toEqual([
      { file, reason: expect.stringMatching(/worked for 0 seconds without getting anywhere.*stopped it/) },
    ]);
    // The stopped thread is replaced: the next page reads.
    const next = await importPaths(db, [temp.file('next.html', `<p>${PARAGRAPH}</p>`)]);
    expect(next.imported).toHaveLength(1);
    db.close();
  });

  it('refuses Word and PDF compression bombs by name without inflating them', async () => {
    const db = project();
    const files = [
      temp.file('bomb.docx', await docxBomb(300)),
      temp.file('bomb-in-a-picture.docx', await docxBomb(300, 'word/media/image1.png')),
      temp.file('bomb.pdf', pdfBomb(300)),
      temp.file('after.txt', SEED),
    ];
    const before = process.memoryUsage().rss;
    const summary = await importPaths(db, files);
    expect(summary.failures).toEqual([
      { file: files[0], reason: expect.stringMatching(/zip bomb: its parts inflate to more than 100 MB/) },
      { file: files[1], reason: expect.stringMatching(/zip bomb/) },
      {
        file: files[2],
        reason: expect.stringMatching(/compression bomb: its content streams inflate to more than 100 MB/),
      },
    ]);
    expect(summary.imported).toHaveLength(1);
    // Nothing near the 300 MB a bomb holds was ever held at once.
    expect(process.memoryUsage().rss - before).toBeLessThan(280 * 1024 * 1024);
    db.close();
  });

  it('finds a bomb whose declared sizes lie', async () => {
    const bomb = await docxBomb(5);
    expect(() => checkZipBomb(bomb, 4 * 1024 * 1024)).toThrow(/zip bomb/);
    expect(() => checkZipBomb(bomb, 6 * 1024 * 1024)).not.toThrow();
  });

  it('imports the first 1,000,000 characters of a longer text and says so', async () => {
    const db = project();
    const paragraphs = Math.ceil((MAX_ARTICLE_CHARS * 1.3) / (PARAGRAPH.length + 2));
    const long = temp.file(
      'book.txt',
      Array.from({ length: paragraphs }, (_, i) => `${i}. ${PARAGRAPH}`).join('\n\n'),
    );
    const summary = await importPaths(db, [long]);
    expect(summary.failures).toEqual([]);
    const [shortened] = summary.shortened;
    expect(shortened).toMatchObject({ file: long, id: summary.imported[0]!.id });
    expect(shortened!.characters).toBeGreaterThan(MAX_ARTICLE_CHARS);
    expect(shortened!.kept).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    const text = getArticle(db, shortened!.id)!.text;
    expect(text.length).toBe(shortened!.kept);
    expect(text.endsWith(PARAGRAPH)).toBe(true); // cut at the end of a paragraph
    db.close();
  });

  it('never opens named pipes or devices, and reports links inside folders', async () => {
    const db = project();
    const fifo = join(temp.dir(), 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const folder = join(temp.dir(), 'coverage');
    temp.file('coverage/real.txt', SEED);
    temp.file('elsewhere/private.txt', 'A letter kept elsewhere, not for this project.');
    symlinkSync(join(temp.dir(), 'elsewhere/private.txt'), join(folder, 'link.txt'));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    const summary = await importPaths(db, [fifo, '/dev/zero', folder]);
    expect(summary.failures).toEqual(
      expect.arrayContaining([
        { file: fifo, reason: expect.stringMatching(/named pipe \(FIFO\), not a file/) },
        { file: '/dev/zero', reason: expect.stringMatching(/device, not a file/) },
        { file: join(folder, 'link.txt'), reason: expect.stringMatching(/symbolic link.*not followed/) },
        { file: join(folder, 'pipe.txt'), reason: expect.stringMatching(/named pipe/) },
      ]),
    );
    expect(summary.failures).toHaveLength(4);
    expect(summary.imported.map((article) => article.file)).toEqual([join(folder, 'real.txt')]);
    db.close();
  });

  it('reports a deeply nested JSON Lines record by its line and reads the rest of the file', async () => {
    const db = project();
    const deep = `${'['.repeat(200_000)}"x"${']'.repeat(200_000)}`;
    const lines = [
      JSON.stringify({ title: 'First', text: PARAGRAPH }),
      `{"title": "Deep", "text": ${deep}}`,
      `{"title": "Deeper", "text": "${PARAGRAPH} It came on Sunday.", "author": ${deep}}`,
      JSON.stringify({ title: 'Last', text: `${PARAGRAPH} Then the planes left.` }),
    ];
    const file = temp.file('feed.jsonl', lines.join('\n'));
    const summary = await importPaths(db, [file]);
    expect(summary.failures).toEqual([{ file, where: 'line 2', reason: expect.stringMatching(/no text/) }]);
    expect(summary.imported.map((article) => article.title)).toEqual(['First', 'Deeper', 'Last']);
    db.close();
  });

  it('names the line of a bad item in a JSON file, and reads UTF-16 JSON with a byte-order mark', async () => {
    const db = project();
    const pretty = JSON.stringify(
      [{ title: 'One', text: PARAGRAPH }, { title: 'Two', text: 7 }, 'stray'],
      null,
      2,
    );
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(
        JSON.stringify([
          { title: 'Ciao', text: 'Aiuti russi atterrati a Pratica di Mare, disse il ministero.' },
        ]),
        'utf16le',
      ),
    ]);
    const files = [temp.file('pretty.json', pretty), temp.file('utf16.json', utf16)];
    const summary = await importPaths(db, files);
    expect(summary.failures).toEqual([
      { file: files[0], where: 'item 3 (line 10)', reason: 'it is not a JSON object' },
    ]);
    expect(summary.imported.map((article) => article.title)).toEqual(['One', 'Two', 'Ciao']);
    db.close();
  });
});
