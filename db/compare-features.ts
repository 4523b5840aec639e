import type { Db } from './open.ts';
import { statement } from './statements.ts';

// Each article's Compare features as stored by migration 020: its words and phrases as numbers
// into the project's vocabulary with their counts, and its sorted wire fingerprints. Terms are
// packed as variable-length integers (LEB128): the gap from the previous term's number, then the
// count, so a few hundred terms take about a kilobyte and unpack in microseconds. Fingerprints are
// four bytes each, little-endian, sorted: hashes have no pattern to pack.

const IDS = 'SELECT value FROM json_each(?)';

export interface StoredTermsRow {
  article_id: number;
  text_key: string;
  words: number;
  terms: Buffer;
}

export interface StoredPrintsRow {
  article_id: number;
  text_key: string;
  prints: Buffer;
}

/** One article's counted terms, by the words themselves: what the write path interns and stores. */
export interface ArticleTermCounts {
  articleId: number;
  /** Which headline and text they were counted from. */
  key: string;
  words: number;
  terms: readonly string[];
  counts: ArrayLike<number>;
}

export interface ArticlePrints {
  articleId: number;
  key: string;
  prints: Uint32Array;
}

/** Terms' numbers (any order) and their counts, packed. */
export function packTerms(ids: ArrayLike<number>, counts: ArrayLike<number>): Buffer {
  const order = Array.from({ length: ids.length }, (_, i) => i).sort((a, b) => ids[a]! - ids[b]!);
  const bytes: number[] = [];
  let previous = 0;
  for (const i of order) {
    pushVarint(bytes, ids[i]! - previous);
    pushVarint(bytes, counts[i]!);
    previous = ids[i]!;
  }
  return Buffer.from(bytes);
}

/** The terms' numbers (ascending) and their counts, from `packTerms`. */
export function unpackTerms(packed: Uint8Array): { terms: Int32Array; counts: Int32Array } {
  // Each byte below 0x80 ends a number, and a term is two numbers (its gap and its count): the
  // arrays are made their size at once, not twice too large and then copied.
  let ends = 0;
  for (let at = 0; at < packed.length; at++) if (packed[at]! < 0x80) ends++;
  const terms = new Int32Array(ends >> 1);
  const counts = new Int32Array(ends >> 1);
  let n = 0;
  let previous = 0;
  for (let at = 0; at < packed.length && n < terms.length; n++) {
    // Most gaps and counts take one byte.
    let byte = packed[at++]!;
    let gap = byte & 0x7f;
    for (let scale = 0x80; byte >= 0x80; scale *= 0x80) {
      byte = packed[at++]!;
      gap += (byte & 0x7f) * scale;
    }
    byte = packed[at++]!;
    let count = byte & 0x7f;
    for (let scale = 0x80; byte >= 0x80; scale *= 0x80) {
      byte = packed[at++]!;
      count += (byte & 0x7f) * scale;
    }
    previous += gap;
    terms[n] = previous;
    counts[n] = count;
  }
  return n === terms.length ? { terms, counts } : { terms: terms.slice(0, n), counts: counts.slice(0, n) };
}

function pushVarint(bytes: number[], value: number): void {
  while (value >= 0x80) {
    bytes.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  bytes.push(value);
}

export function packPrints(prints: Uint32Array): Buffer {
  const buffer = Buffer.alloc(prints.length * 4);
  for (let i = 0; i < prints.length; i++) buffer.writeUInt32LE(prints[i]!, i * 4);
  return buffer;
}

/** Whether this machine keeps numbers little-endian, as the stored fingerprints are: then they are copied as bytes. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

export function unpackPrints(packed: Uint8Array): Uint32Array {
  const prints = new Uint32Array(packed.byteLength >> 2);
  if (LITTLE_ENDIAN) {
    new Uint8Array(prints.buffer).set(packed.subarray(0, prints.length * 4));
    return prints;
  }
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  for (let i = 0; i < prints.length; i++) prints[i] = view.getUint32(i * 4, true);
  return prints;
}

export function storedTerms(db: Db, ids: readonly number[]): StoredTermsRow[] {
  return statement(
    db,
    `SELECT article_id, text_key, words, terms FROM article_terms WHERE article_id IN (${IDS})`,
  ).all(JSON.stringify(ids)) as StoredTermsRow[];
}

export function storedPrints(db: Db, ids: readonly number[]): StoredPrintsRow[] {
  return statement(
    db,
    `SELECT article_id, text_key, prints FROM article_prints WHERE article_id IN (${IDS})`,
  ).all(JSON.stringify(ids)) as StoredPrintsRow[];
}

/** The vocabulary's terms of these numbers. */
export function vocabularyTerms(db: Db, ids: readonly number[]): { id: number; term: string }[] {
  return statement(db, `SELECT id, term FROM compare_vocabulary WHERE id IN (${IDS})`).all(
    JSON.stringify(ids),
  ) as { id: number; term: string }[];
}

/** Terms' numbers the writing connection has looked up or added, for the next article's terms. */
const known = new WeakMap<Db, Map<string, number>>();
/** Past this many, the numbers are looked up afresh: a large project has millions of phrases. */
const KNOWN = 300_000;

/**
 * Forgets the numbers looked up so far: a transaction that added terms was rolled back, so numbers
 * it gave out may be given to other terms. Called by every writer whose transaction failed.
 */
export function forgetTermNumbers(db: Db): void {
  known.delete(db);
}

function termNumbers(db: Db, terms: readonly string[]): number[] {
  let cache = known.get(db);
  if (!cache || cache.size > KNOWN) known.set(db, (cache = new Map<string, number>()));
  const find = statement(db, 'SELECT id FROM compare_vocabulary WHERE term = ?').pluck();
  const add = statement(db, 'INSERT INTO compare_vocabulary (term) VALUES (?)');
  return terms.map((term) => {
    let id = cache.get(term);
    if (id === undefined) {
      id = (find.get(term) as number | undefined) ?? Number(add.run(term).lastInsertRowid);
      cache.set(term, id);
    }
    return id;
  });
}

/**
 * Stores an article's counted terms (inside the caller's transaction), replacing what it had; an
 * article deleted meanwhile gets none. The caller calls `forgetTermNumbers` if its transaction fails.
 */
export function writeArticleTerms(db: Db, row: ArticleTermCounts): void {
  statement(
    db,
    `INSERT OR REPLACE INTO article_terms (article_id, text_key, words, terms)
     SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)`,
  ).run(row.articleId, row.key, row.words, packTerms(termNumbers(db, row.terms), row.counts), row.articleId);
}

/** Stores an article's sorted fingerprints, replacing what it had; an article deleted meanwhile gets none. */
export function writeArticlePrints(db: Db, row: ArticlePrints): void {
  statement(
    db,
    `INSERT OR REPLACE INTO article_prints (article_id, text_key, prints)
     SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)`,
  ).run(row.articleId, row.key, packPrints(row.prints), row.articleId);
}

/** The stored counts of the project's sample of texts, as JSON, when counted for these articles (`articlesVersion`). */
export function storedPrior(db: Db, articles: string): string | undefined {
  return statement(db, 'SELECT counts FROM compare_prior WHERE articles = ?').pluck().get(articles) as
    string | undefined;
}

/** Stores the counts of the project's sample of texts in place of any before (inside the caller's transaction). */
export function writePrior(db: Db, articles: string, counts: string): void {
  statement(db, 'DELETE FROM compare_prior').run();
  statement(db, 'INSERT INTO compare_prior (articles, counts) VALUES (?, ?)').run(articles, counts);
}

/** Deletes every stored feature and the vocabulary: they hold the texts' words (an annotations-only copy). */
export function deleteCompareFeatures(db: Db): void {
  db.exec(
    'DELETE FROM article_terms; DELETE FROM article_prints; DELETE FROM compare_vocabulary; DELETE FROM compare_prior;',
  );
  forgetTermNumbers(db);
}
