import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../db/open.ts';
import { brownSamples, brownText } from '../support/brown.ts';
import { useTempDir } from '../support/temp.ts';

const BIN = resolve(import.meta.dirname, '../../bin/framescope.js');

describe('an import killed midway', () => {
  const temp = useTempDir();

  it('leaves a project that opens, passes integrity checks and holds only whole articles', async () => {
    // 2,000 distinct articles in one JSON Lines file: slow enough to be killed while writing.
    const paragraphs = brownSamples('ca').flatMap((sample) => brownText(sample).split('\n\n'));
    const lines = Array.from({ length: 2000 }, (_, i) =>
      JSON.stringify({
        title: `Article ${i}`,
        outlet: `Outlet ${i % 7}`,
        text:
          [0, 1, 2, 3].map((k) => paragraphs[(i * 7 + k * 131) % paragraphs.length]).join('\n\n') +
          `\n\n#${i}`,
      }),
    );
    const source = temp.file('many.jsonl', lines.join('\n'));
    const db = join(temp.dir(), 'killed.sqlite');

    const child = spawn(process.execPath, [BIN, 'import', source, '--db', db], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Plain progress prints a line per 10,000 articles only, so wait for the first rows to land instead.
    await new Promise<void>((resolveWait, reject) => {
      const poll = setInterval(() => {
        try {
          const probe = new Database(db, { readonly: true, fileMustExist: true });
          const count = probe.prepare('SELECT count(*) FROM articles').pluck().get() as number;
          probe.close();
          if (count >= 50) {
            clearInterval(poll);
            child.kill('SIGKILL');
            resolveWait();
          }
        } catch {
          // the file or its tables do not exist yet
        }
      }, 5);
      child.on('exit', () => {
        clearInterval(poll);
        reject(new Error('the import finished before it could be killed'));
      });
    });
    await new Promise((done) => child.on('exit', done));
    expect(child.signalCode).toBe('SIGKILL');

    const project = openProject(db);
    expect(project.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(() =>
      project.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run(),
    ).not.toThrow();
    const rows = project.prepare('SELECT title, text, content_hash, word_count FROM articles').all() as {
      title: string;
      text: string;
      content_hash: string;
      word_count: number;
    }[];
    expect(rows.length).toBeGreaterThanOrEqual(50);
    expect(rows.length).toBeLessThan(2000);
    for (const row of rows) {
      expect(row.text.split('\n\n')).toHaveLength(5);
      expect(createHash('sha256').update(row.text).digest('hex')).toBe(row.content_hash);
      expect(row.word_count).toBeGreaterThan(0);
    }
    project.close();
  });
});
