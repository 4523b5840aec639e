// What the triggers of the newest migration cost a write: the same synthetic articles, direct
// quotes and entity mentions inserted into a project at the schema before it and at the newest, twice each, in one
// transaction per run. Raw inserts only (no import, no analysis), so the difference is the triggers'.
//   node bench/scale/trigger-cost.ts [articles]
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../db/migrate.ts';
import { latestVersion } from '../../db/migrations/index.ts';

const ARTICLES = Number(process.argv[2] ?? 20_000);
const QUOTES_PER_ARTICLE = 4;
// Twelve mentions of eight entities, about what analysis finds in a news article.
const MENTIONS_PER_ARTICLE = 12;
const dir = mkdtempSync(join(tmpdir(), 'framescope-trigger-cost-'));

function timeWrites(version: number, run: number): number {
  const db = new Database(join(dir, `v${version}-${run}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  db.exec(`WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 300)
    INSERT INTO entities (name, type) SELECT 'Person ' || v, 'person' FROM n`);
  const article = db.prepare(
    `INSERT INTO articles (uid, content_hash, title, outlet, published_at, text, source_format, imported_at, word_count, analyzed_at)
     VALUES (?, ?, 'A title', ?, ?, 'Some text here.', 'text', 'now', 3, 'now')`,
  );
  const quote = db.prepare(
    `INSERT INTO quotes (article_id, start, end, kind, speaker_entity_id, speaker_text, status)
     VALUES (?, ?, ?, 'direct', ?, ?, 'suggested')`,
  );
  const mention = db.prepare('INSERT INTO mentions (article_id, entity_id, start, end) VALUES (?, ?, ?, ?)');
  const started = performance.now();
  db.transaction(() => {
    for (let i = 0; i < ARTICLES; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const id = article.run(`u${i}`, `h${i}`, `Outlet ${i % 20}`, `2020-03-${day}`).lastInsertRowid;
      for (let k = 0; k < QUOTES_PER_ARTICLE; k++)
        quote.run(id, k * 2, k * 2 + 1, k % 2 ? 1 + ((i * 7 + k) % 300) : null, `Speaker ${(i + k) % 500}`);
      for (let k = 0; k < MENTIONS_PER_ARTICLE; k++)
        mention.run(id, 1 + ((i * 13 + (k % 8)) % 300), k * 2, k * 2 + 1);
    }
  })();
  const ms = performance.now() - started;
  db.close();
  return ms;
}

try {
  for (let run = 0; run < 2; run++)
    for (const version of [latestVersion - 1, latestVersion])
      console.log(
        `schema ${version}: ${ARTICLES.toLocaleString('en')} articles and ${(ARTICLES * QUOTES_PER_ARTICLE).toLocaleString('en')} quotes and ${(ARTICLES * MENTIONS_PER_ARTICLE).toLocaleString('en')} mentions written in ${timeWrites(version, run).toFixed(0)} ms`,
      );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
