import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framescope } from '../support/cli.ts';
import { brownText } from '../support/brown.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';

const BIN = resolve(import.meta.dirname, '../../bin/framescope.js');

describe('the framescope command line', () => {
  const temp = useTempDir();

  it('imports, lists, shows, searches and exports a project', async () => {
    const db = join(temp.dir(), 'coverage.sqlite');
    const brown = temp.file('ca01.txt', brownText('ca01'));

    const imported = await framescope('import', SEED_PATH, brown, '--db', db, '--outlet', 'Wire');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain(`Imported 2 articles from 2 files into ${db}.`);
    expect(imported.out).toContain('paragraph 7 repeats paragraph 3');

    const again = await framescope('import', SEED_PATH, '--db', db);
    expect(again.out).toContain('Skipped 1 duplicate');
    expect(again.out).toContain(
      '"‘From Russia with Love’: Putin sends aid to Italy to fight virus" is article 1',
    );

    const list = await framescope('list', '--db', db);
    expect(list.out).toMatch(/^\s+1 .* Wire .*‘From Russia with Love’: Putin sends aid to Italy/m);
    expect(list.out).toMatch(/^\s+2 .* Wire .* ca01$/m);

    const listed = JSON.parse((await framescope('list', '--db', db, '--json', '--sort', 'words')).out) as {
      id: number;
    }[];
    expect(listed.map((a) => a.id)).toEqual([1, 2]);

    const shown = await framescope('show', '1', '--db', db);
    expect(shown.out).toContain('Outlet     Wire');
    expect(shown.out).toContain('Peskov told TASS.');

    const search = await framescope('search', '"goodwill gesture" OR jury', '--db', db);
    expect(search.code).toBe(0);
    expect(search.out).toContain('a **goodwill gesture** that Moscow');
    expect(search.out).toMatch(/^2\. ca01 \(Wire\)$/m);

    const prefix = JSON.parse((await framescope('search', 'sanction*', '--db', db, '--json')).out) as {
      id: number;
    }[];
    expect(prefix.map((hit) => hit.id)).toEqual([1]);

    const csv = join(temp.dir(), 'out.csv');
    expect((await framescope('export', '--format', 'csv', '--out', csv, '--db', db)).out).toBe(
      `Exported 2 articles to ${csv} (CSV).\n`,
    );
    const csvText = readFileSync(csv, 'utf8');
    expect(csvText.startsWith('\ufeffid,uid,title,outlet,author,url,published')).toBe(true);
    expect(csvText).toContain('""No, this is unrelated absolutely,"" Peskov said.');
    // The frame decisions that count: frames present (asserted), denied, and the primary ones.
    expect(
      csvText.split('\r\n')[0]!.endsWith(',wordCount,text,framesPresent,framesDenied,primaryFrames'),
    ).toBe(true);
    expect(csvText).toMatch(/,[^,\r\n]*Health and safety[^,\r\n]*,[^\r\n]*\r\n/);

    const json = join(temp.dir(), 'out.json');
    await framescope('export', '--format', 'json', '--out', json, '--db', db);
    const exported = JSON.parse(readFileSync(json, 'utf8')) as {
      articles: { title: string; text: string }[];
    };
    expect(exported.articles.map((a) => a.title)).toEqual([
      '‘From Russia with Love’: Putin sends aid to Italy to fight virus',
      'ca01',
    ]);
    expect(exported.articles[1]!.text).toBe(brownText('ca01'));
  });

  it('says what went wrong in a sentence and exits non-zero', async () => {
    const db = join(temp.dir(), 'errors.sqlite');
    const empty = temp.file('empty.txt', '');
    const result = await framescope('import', SEED_PATH, empty, '--db', db);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Imported 1 article from 2 files');
    expect(result.out).toContain(`${empty}: the file is empty`);

    const badQuery = await framescope('search', '"unclosed', '--db', db);
    expect(badQuery.code).toBe(1);
    expect(badQuery.err).toMatch(
      /^The search ""unclosed" is not valid search syntax \(unterminated string\)\./,
    );
    expect(badQuery.err).not.toMatch(/at .*\.ts:\d+/);

    const noProject = await framescope('list', '--db', join(temp.dir(), 'nope.sqlite'));
    expect(noProject.code).toBe(1);
    expect(noProject.err).toContain('nope.sqlite: no such project file.');

    const notAProject = await framescope('list', '--db', SEED_PATH);
    expect(notAProject.err).toContain('is not a Framescope project');

    expect((await framescope('show', '99', '--db', db)).err).toContain(
      'There is no article 99 in this project.',
    );
    expect((await framescope('export', '--format', 'xml', '--out', 'x', '--db', db)).code).toBe(2);
  });

  it('uses the default project in FRAMESCOPE_HOME when no --db is given', () => {
    const home = temp.dir();
    const env = { ...process.env, FRAMESCOPE_HOME: home };
    execFileSync(process.execPath, [BIN, 'import', SEED_PATH], { env });
    const listing = execFileSync(process.execPath, [BIN, 'list', '--json'], { env, encoding: 'utf8' });
    expect((JSON.parse(listing) as unknown[]).length).toBe(1);
    expect(readFileSync(join(home, 'default.sqlite')).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('prints help for every command', () => {
    const help = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    for (const command of ['import', 'list', 'show', 'search', 'export']) {
      expect(help).toContain(command);
      const commandHelp = execFileSync(process.execPath, [BIN, command, '--help'], { encoding: 'utf8' });
      expect(commandHelp).toContain(`Usage: framescope ${command}`);
    }
    // Eleven Node processes: on a shared 2-core machine under load each takes 10 s or more to start.
  }, 300_000);
});
