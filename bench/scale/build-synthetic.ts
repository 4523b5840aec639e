// Builds (or goes on building) the million-article project npm run bench:scale measures, without
// NLP: the analysed 100,000-article build's articles are written again and again (each copy with
// its own uid and hash, and dates moved on by three months a copy), and their entity mentions,
// quotes, frame evidence and article-level frame decisions with them, pointing into the same texts
// (the decisions' triggers fill the frame state the frame filter and facets read). So the rows have the shape
// real analysis gives, in ten times the number. Every copy of a text is word for word the same:
// searches match ten copies and Compare would see them as reprints of each other, so the bench
// measures Compare at this size on a story only. Resumable: a copy is written in batches, each in
// one transaction, and a run goes on after the last batch written.
// Run by bench/scale.ts, or: node bench/scale/build-synthetic.ts [articles] [source articles].
import type { Db } from '../../db/open.ts';
import { openProject } from '../../db/open.ts';
import { buildPath, isBuilt, lockBuild, readRecord, writeRecord } from './cache.ts';
import { ensureStory } from './fixtures.ts';

const ARTICLES = Number(process.argv[2] ?? 1_000_000);
const SOURCE_ARTICLES = Number(process.argv[3] ?? 100_000);
const BATCH = 2000;

const log = (line: string) => console.log(`[build ${ARTICLES.toLocaleString('en')}] ${line}`);
const project = buildPath('synthetic', ARTICLES);
const source = buildPath('analysed', SOURCE_ARTICLES);
const record = readRecord(project, 'synthetic', ARTICLES);

if (record.complete) {
  log(`already built: ${project}`);
  process.exit(0);
}
if (!isBuilt('analysed', SOURCE_ARTICLES)) {
  console.error(
    `The synthetic ${ARTICLES.toLocaleString('en')}-article project is made from the analysed ` +
      `${SOURCE_ARTICLES.toLocaleString('en')}-article one, which is not built yet (${source}).`,
  );
  process.exit(1);
}

/** The columns both projects have (the source may be older or newer than this code's schema). */
function sharedColumns(db: Db, table: string, leave: string[]): string[] {
  const names = (schema: string) =>
    (db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema) as { name: string }[]).map(
      (column) => column.name,
    );
  const theirs = new Set(names('src'));
  return names('main').filter((name) => theirs.has(name) && !leave.includes(name));
}

lockBuild(project);
const db = openProject(project);
try {
  db.prepare('ATTACH DATABASE ? AS src').run(source);
  const span = db.prepare('SELECT min(id) AS first, max(id) AS last FROM src.articles').get() as {
    first: number;
    last: number;
  };
  const copies = Math.ceil(ARTICLES / SOURCE_ARTICLES);

  if ((db.prepare('SELECT count(*) FROM codes').pluck().get() as number) === 0) {
    // Codebooks, codes and entities keep their ids, so the copied rows point at the right ones.
    db.transaction(() => {
      for (const table of ['codebooks', 'codes', 'coders', 'entities', 'entity_aliases']) {
        const columns = sharedColumns(db, table, []).join(', ');
        db.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM src.${table}`);
      }
    })();
  }

  const articleColumns = sharedColumns(db, 'articles', ['id', 'uid', 'content_hash', 'published_at']);
  const copyArticles = db.prepare(
    `INSERT INTO main.articles (id, uid, content_hash, published_at, ${articleColumns.join(', ')})
     SELECT @copy * @stride + id,
       lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a'
         || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       content_hash || '-' || @copy,
       CASE WHEN published_at GLOB '2020-03*'
         THEN printf('%04d-%02d', 2020 + (2 + 3 * @copy) / 12, (2 + 3 * @copy) % 12 + 1) || substr(published_at, 8)
         ELSE published_at END,
       ${articleColumns.join(', ')}
     FROM src.articles WHERE id > @from AND id <= @to AND @copy * @stride + id <= @limit`,
  );
  const rowCopies = ['mentions', 'quotes', 'annotations', 'frame_decisions'].map((table) => {
    const columns = sharedColumns(db, table, ['id', 'article_id']).join(', ');
    return db.prepare(
      `INSERT INTO main.${table} (article_id, ${columns})
       SELECT @copy * @stride + article_id, ${columns} FROM src.${table}
       WHERE article_id > @from AND article_id <= @to AND @copy * @stride + article_id <= @limit`,
    );
  });

  const stride = span.last;
  const written = (db.prepare('SELECT max(id) FROM main.articles').pluck().get() as number | null) ?? 0;
  const started = performance.now();
  let lastLog = started;
  let accounted = started;
  let done = 0;
  // Time is added up after every copy, so a build stopped and started again reports its whole cost.
  const account = () => {
    const now = performance.now();
    record.seconds.write = (record.seconds.write ?? 0) + (now - accounted) / 1000;
    record.peakRssBytes.write = Math.max(
      record.peakRssBytes.write ?? 0,
      process.resourceUsage().maxRSS * 1024,
    );
    accounted = now;
    writeRecord(project, record);
  };
  for (let copy = 0; copy < copies; copy++) {
    for (let from = span.first - 1; from < span.last; from += BATCH) {
      if (copy * stride + from + BATCH <= written) continue;
      const params = { copy: BigInt(copy), stride: BigInt(stride), from, to: from + BATCH, limit: ARTICLES };
      db.transaction(() => {
        done += copyArticles.run(params).changes;
        for (const statement of rowCopies) statement.run(params);
      })();
      if (performance.now() - lastLog > 30_000) {
        lastLog = performance.now();
        const rate = done / ((lastLog - started) / 1000);
        const total = db.prepare('SELECT max(id) FROM main.articles').pluck().get() as number;
        log(
          `${total.toLocaleString('en')} of ${ARTICLES.toLocaleString('en')} written (${Math.round(rate)} articles/s, ` +
            `about ${Math.round((ARTICLES - total) / rate / 60)} min left)`,
        );
      }
    }
    account();
  }

  db.exec('DETACH DATABASE src');
  const fixturesStarted = performance.now();
  ensureStory(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  record.seconds.fixtures = (performance.now() - fixturesStarted) / 1000;
  record.complete = true;
  record.notes.push(
    `Made from ${source}: ${copies} copies of its ${SOURCE_ARTICLES.toLocaleString('en')} articles and their analysis rows.`,
  );
  writeRecord(project, record);
  log(`done: ${project}`);
} finally {
  db.close();
}
