// Merge benchmark (issue #11): a 10,000-article project into which a colleague's copy is merged,
// holding 10,000 and then 50,000 codings by five coders. Each merge runs in a process of its own,
// so its peak memory (RSS) is the merge's alone. Sizes can be lowered for a quick run:
// BENCH_MERGE_ARTICLES, BENCH_MERGE_CODINGS (a comma-separated list).
//   node bench/merge.ts
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeProject, openProject } from '../db/open.ts';
import { insertArticles, type NewArticle } from '../db/articles.ts';
import { ensureCoder } from '../db/coders.ts';
import { mergeProjectFile } from '../core/merge/run.ts';
import { seededRandom } from '../nlp/random.ts';

const ARTICLES = Number(process.env.BENCH_MERGE_ARTICLES ?? 10_000);
const CODINGS = (process.env.BENCH_MERGE_CODINGS ?? '10000,50000').split(',').map(Number);
const WORDS =
  'aid convoy council budget river clinic doctors minister ministry relief harbour bridge volunteers tents water pumps ' +
  'flood defences taxes solidarity regions officials critics capital government roads morning evening week month';

if (process.argv[2] === '--merge') {
  // The child: one merge, its time and the process's peak memory.
  const [mine, theirs] = process.argv.slice(3) as [string, string];
  const db = openProject(mine);
  const started = performance.now();
  const report = mergeProjectFile(db, mine, theirs);
  const ms = performance.now() - started;
  closeProject(db);
  console.log(
    JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, codings: report.codings.added }),
  );
} else {
  const dir = mkdtempSync(join(tmpdir(), 'framescope-bench-merge-'));
  try {
    const base = join(dir, 'base.sqlite');
    console.log(`Making a ${ARTICLES.toLocaleString('en')}-article project...`);
    makeBase(base);
    const rows: string[][] = [];
    for (const codings of CODINGS) {
      const theirs = join(dir, `theirs-${codings}.sqlite`);
      copyFileSync(base, theirs);
      addCodings(theirs, codings);
      const mine = join(dir, `mine-${codings}.sqlite`);
      copyFileSync(base, mine);
      const run = () =>
        JSON.parse(
          execFileSync(process.execPath, [import.meta.filename, '--merge', mine, theirs], {
            encoding: 'utf8',
          }),
        ) as { ms: number; maxRssKb: number; codings: number };
      const first = run();
      const again = run(); // the same file again: everything matches, nothing changes
      rows.push([
        `${ARTICLES.toLocaleString('en')} articles, ${first.codings.toLocaleString('en')} codings`,
        `${(first.ms / 1000).toFixed(2)} s`,
        `${Math.round(first.maxRssKb / 1024)} MB`,
        `${(again.ms / 1000).toFixed(2)} s`,
        `${Math.round(again.maxRssKb / 1024)} MB`,
      ]);
    }
    console.log('\nMerging a colleague’s copy (a process each; peak RSS of the whole process)');
    const head = ['project merged', 'merge', 'peak RSS', 'merged again', 'peak RSS'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    for (const row of [head, ...rows])
      console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A project of generated articles with a codebook of ten codes, as everyone on the team starts from. */
function makeBase(path: string): void {
  const db = openProject(path);
  const next = seededRandom(11);
  const words = WORDS.split(' ');
  const articles: NewArticle[] = Array.from({ length: ARTICLES }, (_, i) => {
    const text = Array.from({ length: 6 }, () =>
      Array.from({ length: 40 }, () => words[Math.floor(next() * words.length)]).join(' '),
    ).join('.\n\n');
    const body = `Report ${i}\n\n${text}.`;
    return {
      uid: `bench-${i}`,
      content_hash: createHash('sha256').update(body).digest('hex'),
      title: `Report ${i}`,
      outlet: `Outlet ${i % 12}`,
      author: null,
      url: null,
      published_at: null,
      published_raw: null,
      language: 'en',
      text: body,
      source_file: null,
      source_format: 'txt',
      imported_at: '2026-01-01T00:00:00Z',
      word_count: 240,
    };
  });
  insertArticles(db, articles);
  db.exec("INSERT INTO codebooks (key, name) VALUES ('team', 'Team codebook')");
  const book = db.prepare("SELECT id FROM codebooks WHERE key = 'team'").pluck().get() as number;
  const code = db.prepare("INSERT INTO codes (codebook_id, key, kind, name) VALUES (?, ?, 'code', ?)");
  for (let i = 0; i < 10; i++) code.run(book, `code-${i}`, `Code ${i}`);
  closeProject(db);
}

/** A colleague's codings: five coders, spread over every article, each with a memo now and then. */
function addCodings(path: string, count: number): void {
  const db = openProject(path);
  const next = seededRandom(count);
  const coders = ['Ada', 'Ben', 'Cleo', 'Dan', 'Eva'].map((name) => ensureCoder(db, name).id);
  const codes = db.prepare("SELECT id FROM codes WHERE key LIKE 'code-%'").pluck().all() as number[];
  const insert = db.prepare(
    `INSERT INTO annotations (article_id, code_id, start, end, memo, origin, status, coder_id, created_at)
     VALUES (?, ?, ?, ?, ?, 'manual', 'accepted', ?, '2026-01-02T00:00:00Z')`,
  );
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const start = Math.floor(next() * 1000);
      insert.run(
        1 + (i % ARTICLES),
        codes[Math.floor(next() * codes.length)],
        start,
        start + 20 + Math.floor(next() * 200),
        i % 10 === 0 ? `memo ${i}` : null,
        coders[i % coders.length],
      );
    }
  })();
  closeProject(db);
}
