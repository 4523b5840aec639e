import {
  chmodSync,
  closeSync,
  copyFileSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import type { MergeReport } from '../../core/merge/types.ts';
import { fingerprint } from '../../torture/support/files.ts';
import { framescope } from '../support/cli.ts';
import { LATE_ARTICLE, baseProject, coderCopy, contentOf } from './support.ts';

// Issue #11: a team's files merged. A base project is handed to three coders (Ada, Ben, Cleo); each
// codes, decides frames and quotes, and two of them add the same late article on their own.

let dir: string;
let base: string;
let ada: string;
let ben: string;
let cleo: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'framescope-merge-'));
  base = await baseProject(dir);
  for (const name of ['late-ben.txt', 'late-cleo.txt']) writeFileSync(join(dir, name), LATE_ARTICLE);
  ada = await coderCopy(base, dir, 'Ada', async (engine, h) => {
    const harbour = h.article('Relief convoy');
    await h.codeWords(
      harbour,
      'Blame',
      'the government had waited too long',
      'blame aimed at the government',
    );
    await engine.invoke('frames.decide', harbour, h.frame(), {
      present: true,
      primary: true,
      coderId: h.coderId,
    });
    const quote = (await engine.invoke('articles.get', harbour)).quotes[0]!;
    await engine.invoke('quotes.update', quote.id, { status: 'accepted', coderId: h.coderId });
  });
  ben = await coderCopy(base, dir, 'Ben', async (engine, h) => {
    const council = h.article('Council debates');
    await h.codeWords(council, 'Blame', 'blamed the ministry');
    await engine.invoke('frames.decide', council, h.frame(), { present: false, coderId: h.coderId });
    await engine.invoke('import.paths', [join(dir, 'late-ben.txt')]);
    const late = (await engine.invoke('articles.list', {})).rows.find((row) =>
      row.title?.startsWith('Volunteers'),
    )!.id;
    await h.codeWords(late, 'Blame', 'Volunteers from four towns');
    await engine.invoke('stories.create', 'The bridge', [late]);
  });
  cleo = await coderCopy(base, dir, 'Cleo', async (engine, h) => {
    const clinic = h.article('Field clinic');
    await h.codeWords(
      clinic,
      'Blame',
      'Officials called the clinic a sign of solidarity',
      'not blame really; check',
    );
    const quote = (await engine.invoke('articles.get', clinic)).quotes[0]!;
    await engine.invoke('quotes.update', quote.id, { status: 'rejected', coderId: h.coderId });
    await engine.invoke('import.paths', [join(dir, 'late-cleo.txt')]);
    const late = (await engine.invoke('articles.list', {})).rows.find((row) =>
      row.title?.startsWith('Volunteers'),
    )!.id;
    await h.codeWords(late, 'Blame', 'we will cross it before the harvest');
  });
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Merges files into a fresh copy of the base project through the engine, as the window does. */
async function mergedInOrder(
  name: string,
  files: string[],
): Promise<{ path: string; reports: MergeReport[] }> {
  const path = join(dir, `${name}.sqlite`);
  copyFileSync(base, path);
  const engine = new Engine(path);
  const reports: MergeReport[] = [];
  try {
    for (const file of files) reports.push(await engine.invoke('project.merge', file));
  } finally {
    await engine.close();
  }
  return { path, reports };
}

describe('merging coders’ project files', () => {
  it('gives the same project whatever the order of three coders’ files, with every coding of each', async () => {
    const coders = { ada, ben, cleo };
    const single = Object.fromEntries(Object.entries(coders).map(([name, path]) => [name, contentOf(path)]));
    const baseCodings = contentOf(base).codings;
    const orders = [
      ['ada', 'ben', 'cleo'],
      ['ada', 'cleo', 'ben'],
      ['ben', 'ada', 'cleo'],
      ['ben', 'cleo', 'ada'],
      ['cleo', 'ada', 'ben'],
      ['cleo', 'ben', 'ada'],
    ] as const;
    const results = [];
    for (const order of orders) {
      const { path, reports } = await mergedInOrder(
        order.join('-'),
        order.map((name) => coders[name]),
      );
      results.push(contentOf(path));
      expect(reports.every((report) => report.conflicts.length === 0)).toBe(true);
    }
    expect(new Set(results.map((result) => result.digest)).size).toBe(1);
    const [merged] = results;
    // Each coder's own codings (beyond the base's) all arrive; Ben's and Cleo's late article is one article.
    const own = (name: keyof typeof single) => single[name]!.codings - baseCodings;
    expect(merged!.codings).toBe(baseCodings + own('ada') + own('ben') + own('cleo'));
    expect(merged!.articles).toBe(4);
    expect(merged!.decisions).toBe(2);
  }, 300_000);

  it('changes nothing when the same file is merged twice, and never changes the file merged', async () => {
    const before = fingerprint(ben);
    const { path, reports } = await mergedInOrder('twice', [ben, ben]);
    const [first, second] = reports;
    expect(first!.changed).toBe(true);
    expect(first!.articles).toMatchObject({ added: 1, matched: 3, matchedByUid: 3 });
    expect(first!.codings.added).toBe(2);
    expect(second!.changed).toBe(false);
    expect(second!.articles).toMatchObject({ added: 0, matched: 4 });
    expect(second!.codings).toMatchObject({ added: 0, decided: 0 });
    const once = (await mergedInOrder('once', [ben])).path;
    expect(contentOf(path)).toEqual(contentOf(once));
    expect(fingerprint(ben)).toEqual(before);
  }, 120_000);

  it('matches an article a second coder imported on their own by its text, and brings their coder along', async () => {
    const { reports } = await mergedInOrder('late', [ben, cleo]);
    expect(reports[1]!.articles).toMatchObject({ added: 0, matchedByHash: 1 });
    expect(reports[1]!.coders.added).toBe(1);
    expect(reports[1]!.quoteDecisions.added).toBe(1);
    expect(reports[1]!.memos.added).toBe(1);
  }, 120_000);

  it('merges a colleague’s file that is marked read-only, and leaves it so', async () => {
    const theirs = join(dir, 'ada-read-only.sqlite');
    copyFileSync(ada, theirs);
    chmodSync(theirs, 0o444);
    const before = fingerprint(theirs);
    const { reports } = await mergedInOrder('from-read-only', [theirs]);
    expect(reports[0]!.codings.added).toBe(1);
    expect(fingerprint(theirs)).toEqual(before);
    expect(statSync(theirs).mode & 0o777).toBe(0o444);
    chmodSync(theirs, 0o644);
  }, 120_000);

  it('is one undoable step: undo gives the project as it was, redo the merge again', async () => {
    const path = join(dir, 'undo.sqlite');
    copyFileSync(base, path);
    let engine = new Engine(path);
    try {
      await engine.invoke('project.merge', ada);
      expect((await engine.invoke('history.state')).undoLabel).toBe('Merge Ada.sqlite');
      await engine.invoke('history.undo');
    } finally {
      await engine.close();
    }
    expect(contentOf(path).digest).toBe(contentOf(base).digest);
    engine = new Engine(path);
    try {
      await engine.invoke('history.redo');
    } finally {
      await engine.close();
    }
    expect(contentOf(path).digest).toBe(contentOf((await mergedInOrder('ada-only', [ada])).path).digest);
  }, 120_000);

  it('reports what both sides changed differently and keeps this project’s version', async () => {
    // Ada's own copy, and a later copy where she changed her mind and renamed the code.
    const later = await coderCopy(
      ada,
      dir,
      'Ada-later',
      async (engine, h) => {
        const harbour = h.article('Relief convoy');
        await engine.invoke('frames.decide', harbour, h.frame(), { present: false, coderId: h.coderId });
        await engine.invoke('codes.update', h.code('Blame'), { name: 'Blame and shame' });
      },
      'Ada',
    );
    const mine = join(dir, 'ada-mine.sqlite');
    copyFileSync(ada, mine);
    const before = contentOf(mine);
    const { code, out } = await framescope('merge', later, '--db', mine, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as MergeReport;
    expect(report.conflicts.map((conflict) => conflict.kind).sort()).toEqual(['code', 'frame decision']);
    expect(report.conflicts.every((conflict) => conflict.resolution === 'kept mine')).toBe(true);
    expect(report.conflicts.find((c) => c.kind === 'code')!.theirs).toContain('Blame and shame');
    expect(contentOf(mine)).toEqual(before);
    const text = await framescope('merge', later, '--db', mine);
    expect(text.out).toContain(
      "2 conflicts: both projects changed the same thing differently; this project's version was kept",
    );
  }, 120_000);
});

describe('merging a file that is not to be trusted', () => {
  const hostile: [string, (db: Database.Database) => void][] = [
    [
      'a planted trigger',
      (db) => db.exec('CREATE TRIGGER planted AFTER INSERT ON annotations BEGIN DELETE FROM quotes; END'),
    ],
    ['a planted view', (db) => db.exec('CREATE VIEW planted AS SELECT id, title FROM articles')],
    ['a wrong application_id', (db) => db.pragma('application_id = 1234')],
    ['a newer schema version', (db) => db.pragma('user_version = 999')],
  ];
  for (const [name, plant] of hostile)
    it(`refuses ${name} with a sentence naming the file, and leaves both files as they were`, async () => {
      const theirs = join(dir, `hostile-${name.replaceAll(' ', '-')}.sqlite`);
      copyFileSync(ada, theirs);
      const db = new Database(theirs);
      plant(db);
      db.close();
      await expectRefused(theirs);
    });

  it('refuses a file with a damaged page, and leaves both files as they were', async () => {
    const theirs = join(dir, 'hostile-corrupt.sqlite');
    copyFileSync(ada, theirs);
    const db = new Database(theirs);
    const page = db.pragma('page_size', { simple: true }) as number;
    const root = db
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'annotations'")
      .pluck()
      .get() as number;
    db.close();
    const fd = openSync(theirs, 'r+');
    writeSync(fd, Buffer.alloc(page, 0x5a), 0, page, (root - 1) * page);
    closeSync(fd);
    await expectRefused(theirs);
  });
});

async function expectRefused(theirs: string): Promise<void> {
  const mine = join(dir, 'mine-for-hostile.sqlite');
  copyFileSync(base, mine);
  const mineBefore = fingerprint(mine);
  const theirsBefore = fingerprint(theirs);
  const { code, err } = await framescope('merge', theirs, '--db', mine);
  expect(code).toBe(1);
  expect(err).toContain(theirs);
  expect(err).toContain('Nothing was merged; both projects are unchanged.');
  expect(fingerprint(mine)).toEqual(mineBefore);
  expect(fingerprint(theirs)).toEqual(theirsBefore);
  // Through the engine too (the window's way): refused, and the open project holds what it held.
  const engine = new Engine(mine);
  try {
    const before = (await engine.invoke('history.state')).undoCount;
    const result = await engine.call('project.merge', [theirs]);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toContain(theirs);
    expect((await engine.invoke('history.state')).undoCount).toBe(before);
  } finally {
    await engine.close();
  }
  expect(contentOf(mine).digest).toBe(contentOf(base).digest);
  expect(fingerprint(theirs)).toEqual(theirsBefore);
}
