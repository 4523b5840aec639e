import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { APPLICATION_ID } from '../../db/open.ts';
import { framescope } from '../support/cli.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';

// Issue #10, "smaller": what imported files carry must not reach a terminal or a spreadsheet as
// commands, crafted project values must not break the window, and errors are sentences.

// Set the window title, clear the screen, forge a line, a C1 escape, a bell, a bidi override.
const HOSTILE_TITLE = 'Aid\x1b]0;pwned\x07 lands\x1b[2J\x1b[1A\r\nFAKE: all good\x9b31m\x07 \u202eeton';
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/; // eslint-disable-line no-control-regex

describe('what reaches a terminal', () => {
  const temp = useTempDir();

  it('strips escape sequences and control characters from titles in list, show, search and import', async () => {
    const db = join(temp.dir(), 'p.sqlite');
    const file = temp.file(
      `evil\x1b[31m.json`,
      JSON.stringify([
        { title: HOSTILE_TITLE, text: readFileSync(SEED_PATH, 'utf8'), outlet: 'Wire\x1b[5m' },
        { title: 'Broken\x1b]8;;http://evil.example\x07', text: 7 },
      ]),
    );
    const outputs = [
      await framescope('import', file, '--db', db, '--no-analyze'),
      await framescope('list', '--db', db),
      await framescope('show', '1', '--db', db),
      await framescope('search', 'Peskov', '--db', db),
      await framescope('list', '--db', db, '--json'),
    ];
    for (const { out, err } of outputs) {
      expect(out + err).not.toMatch(CONTROL);
      expect(out + err).not.toContain('\x1b');
    }
    expect(outputs[1]!.out).toMatch(/Aid lands/); // the words stay, the commands go
    // The JSON keeps the data, escaped.
    const listed = JSON.parse(outputs[4]!.out) as { title: string }[];
    expect(listed[0]!.title).toContain('\x1b]0;pwned');
  });

  it('exits 2 for a --map that names no article field, as documented', async () => {
    const file = temp.file('a.csv', 'body\nSome article text here.\n');
    const run = await framescope('import', file, '--map', 'nofield=x', '--db', join(temp.dir(), 'p.sqlite'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/nofield/);
  });

  it('names the file and what to do when SQLite finds it damaged or foreign', async () => {
    const foreign = join(temp.dir(), 'foreign.sqlite');
    const made = new Database(foreign);
    made.pragma(`application_id = ${APPLICATION_ID}`); // Framescope's mark, with a table it did not make
    made.exec('CREATE TABLE meta (x)');
    made.close();
    const run = await framescope('list', '--db', foreign);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      // The trust check every open makes names what it found that Framescope did not make.
      new RegExp(
        `^${foreign.replace(/[.]/g, '\\.')} was not opened: it holds a table "meta" that Framescope did not create`,
      ),
    );
    expect(run.err).not.toMatch(/^Framescope failed/);
  });
});

describe('project values from a file', () => {
  const temp = useTempDir();

  it('ignores a crafted project name and lexicon instead of handing them to the window', async () => {
    const path = join(temp.dir(), 'crafted.sqlite');
    const engine = new Engine(path);
    await engine.close();
    const db = new Database(path);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('name', ?)").run(
      JSON.stringify({ toString: 1 }),
    );
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('lexicon', ?)").run('{not json');
    db.close();
    const reopened = new Engine(path);
    try {
      expect(await reopened.invoke('project.info')).toMatchObject({ name: 'crafted' });
      const raw = new Database(path);
      raw
        .prepare("UPDATE meta SET value = ? WHERE key = 'name'")
        .run(JSON.stringify(`x${'\u0007'.repeat(10)}`));
      raw.close();
      expect(await reopened.invoke('project.info')).toMatchObject({ name: 'crafted' });
      expect(await reopened.invoke('analysis.run')).toMatchObject({ analysed: 0 });
    } finally {
      await reopened.close();
    }
  });
});
