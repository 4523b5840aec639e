import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { compareOutlets } from '../../core/compare/outlets.ts';
import { takeUnsavedTerms } from '../../core/compare/article-terms.ts';
import { takeUnsavedPrints } from '../../core/compare/article-prints.ts';
import { projectCounts, takeUnsavedPrior } from '../../core/compare/distinctive.ts';
import { termsKey, printsKey } from '../../core/compare/features.ts';
import { packTerms, unpackPrints, unpackTerms } from '../../db/compare-features.ts';
import { openProject, type Db } from '../../db/open.ts';
import { useEngines } from '../engine/support.ts';
import { LATE_ARTICLE, baseProject, coderCopy } from '../merge/support.ts';
import { articlesJsonl } from './fixture.ts';
import { compareFromText, priorFromText, printsFromText, termsFromText } from './reference-features.ts';

// Compare's words, phrases and wire fingerprints are stored per article when it is analysed
// (migration 020) and read back at the first comparison. Whatever happened to the project (an
// edited text or headline, a deleted article, re-analysis, a colleague's merge, a project analysed
// before the rows existed), the answers must be exactly those of counting every text, as main did.

const articleIds = (db: Db) => db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];

/** The articles whose stored rows were counted from their present text; every such row is checked against the text. */
function currentRows(db: Db): { terms: number[]; prints: number[] } {
  const names = new Map(
    (db.prepare('SELECT id, term FROM compare_vocabulary').all() as { id: number; term: string }[]).map(
      (row) => [row.id, row.term],
    ),
  );
  const texts = new Map(
    (
      db.prepare('SELECT id, title, text FROM articles').all() as {
        id: number;
        title: string;
        text: string;
      }[]
    ).map((row) => [row.id, row]),
  );
  const terms: number[] = [];
  for (const row of db.prepare('SELECT * FROM article_terms ORDER BY article_id').all() as {
    article_id: number;
    text_key: string;
    words: number;
    terms: Buffer;
  }[]) {
    const article = texts.get(row.article_id)!;
    if (row.text_key !== termsKey(article.title, article.text)) continue;
    const unpacked = unpackTerms(row.terms);
    const stored = new Map(Array.from(unpacked.terms, (id, i) => [names.get(id)!, unpacked.counts[i]!]));
    const counted = termsFromText(article.title, article.text);
    expect(stored).toEqual(counted);
    expect(row.words).toBe([...counted].reduce((sum, [term, n]) => (term.includes(' ') ? sum : sum + n), 0));
    terms.push(row.article_id);
  }
  const prints: number[] = [];
  for (const row of db.prepare('SELECT * FROM article_prints ORDER BY article_id').all() as {
    article_id: number;
    text_key: string;
    prints: Buffer;
  }[]) {
    const article = texts.get(row.article_id)!;
    if (row.text_key !== printsKey(article.text)) continue;
    expect(unpackPrints(row.prints)).toEqual(printsFromText(article.text));
    prints.push(row.article_id);
  }
  return { terms, prints };
}

/**
 * Compares every article on a connection of its own (nothing kept in memory from earlier calls),
 * expects main's answer, and says which articles it had to count from their text, and whether it
 * counted the project's sample of texts (the prior) too.
 */
function compareAfresh(path: string, reference: Db): { terms: number[]; prints: number[]; prior: boolean } {
  const db = openProject(path, { readonly: true });
  try {
    const ids = articleIds(db);
    const result = compareOutlets(db, { articleIds: ids });
    const old = compareFromText(reference, ids);
    expect(result.distinctive).toEqual(old.distinctive);
    expect(result.distinctiveBasis).toEqual(old.distinctiveBasis);
    expect(result.wire).toEqual(old.wire);
    expect(result.wirePairs).toBe(old.wirePairs);
    return {
      terms: takeUnsavedTerms(db).map((row) => row.articleId),
      prints: takeUnsavedPrints(db).map((row) => row.articleId),
      prior: takeUnsavedPrior(db) !== undefined,
    };
  } finally {
    db.close();
  }
}

async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 20) {
    if (waited > 20_000) throw new Error('the engine did not store what the comparison counted');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Compare from stored words, phrases and fingerprints', () => {
  const { temp, engine } = useEngines();

  it('stores them when articles are analysed, and answers from them as counting every text does', async () => {
    const project = engine();
    await project.invoke('import.paths', [temp.file('coverage.jsonl', articlesJsonl())]);
    const db = project.db;
    const all = articleIds(db);
    expect(currentRows(db)).toEqual({ terms: all, prints: all });
    // The coverage has a reprint, so the wire copy and the discounting are exercised too.
    expect(compareOutlets(db, { articleIds: all }).wirePairs).toBeGreaterThan(0);
    // The project's sample of texts is counted at the first comparison after an import, and stored then.
    expect(compareAfresh(project.path, db)).toEqual({ terms: [], prints: [], prior: true });
    // It is summed from the articles' stored counts, which are their headline and body without page
    // furniture, so no text is counted again: exactly what counting those texts gives.
    expect(projectCounts(db)).toEqual(priorFromText(db));
    await project.invoke('compare.outlets', { articleIds: all });
    await new Promise((resolve) => setImmediate(resolve));
    await project.comparedFeaturesStored();
    expect(compareAfresh(project.path, db)).toEqual({ terms: [], prints: [], prior: false });
    // Each term is stored once, however many articles use it.
    expect(db.prepare('SELECT count(*) = count(DISTINCT term) FROM compare_vocabulary').pluck().get()).toBe(
      1,
    );
  });

  it('counts an edited text or headline again, forgets a deleted article, and stores again on re-analysis', async () => {
    const project = engine();
    await project.invoke('import.paths', [temp.file('coverage.jsonl', articlesJsonl())]);
    const db = project.db;
    const [first, second, , , last] = articleIds(db);
    db.prepare(
      "UPDATE articles SET text = replace(text, 'goodwill', 'good will and charity') WHERE id = ?",
    ).run(first);
    db.prepare("UPDATE articles SET title = 'A headline of its own' WHERE id = ?").run(second);
    db.prepare("UPDATE articles SET outlet = 'Renamed Daily' WHERE id = ?").run(last);
    const rows = currentRows(db);
    expect(rows.terms).not.toContain(first);
    expect(rows.terms).not.toContain(second);
    expect(rows.prints).not.toContain(first);
    // Another outlet changes no word: its rows stay.
    expect(rows.terms).toContain(last);
    expect(compareAfresh(project.path, db)).toMatchObject({
      terms: [first, second],
      prints: [first, second],
    });

    // A row counted from another text (say the engine stored it as the text changed) is never read.
    db.prepare("UPDATE article_prints SET text_key = '1:0' WHERE article_id = ?").run(last);
    expect(compareAfresh(project.path, db).prints).toEqual([first, second, last]);

    await project.invoke('analysis.run', { all: true });
    expect(currentRows(db)).toEqual({ terms: articleIds(db), prints: articleIds(db) });
    expect(compareAfresh(project.path, db)).toMatchObject({ terms: [], prints: [] });

    // The prior, once stored, is counted again after an article goes or a text changes.
    const prior = () => db.prepare('SELECT count(*) FROM compare_prior').pluck().get();
    const stored = async () => {
      await project.invoke('compare.outlets', { articleIds: articleIds(db) });
      await new Promise((resolve) => setImmediate(resolve));
      await project.comparedFeaturesStored();
      expect(prior()).toBe(1);
    };
    await stored();
    expect(compareAfresh(project.path, db)).toEqual({ terms: [], prints: [], prior: false });

    db.prepare('DELETE FROM articles WHERE id = ?').run(last);
    expect(db.prepare('SELECT count(*) FROM article_terms WHERE article_id = ?').pluck().get(last)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM article_prints WHERE article_id = ?').pluck().get(last)).toBe(0);
    expect(prior()).toBe(0);
    expect(compareAfresh(project.path, db)).toEqual({ terms: [], prints: [], prior: true });

    await stored();
    db.prepare("UPDATE articles SET text = text || ' More later.' WHERE id = ?").run(second);
    expect(prior()).toBe(0);
    expect(compareAfresh(project.path, db)).toEqual({ terms: [second], prints: [second], prior: true });
  });

  for (const readerThreads of [false, true])
    it(`stores, at the first comparison, the counts of a project analysed before (${readerThreads ? 'on a reader thread' : 'in process'})`, async () => {
      const setUp = engine(`before-${readerThreads}.sqlite`);
      await setUp.invoke('import.paths', [temp.file('coverage.jsonl', articlesJsonl())]);
      const path = setUp.path;
      await setUp.close();
      // What migration 020 leaves a project analysed before it: empty tables.
      const plain = openProject(path);
      plain.exec('DELETE FROM article_terms; DELETE FROM article_prints; DELETE FROM compare_vocabulary;');
      plain.close();

      const project = new Engine(path, { readerThreads });
      try {
        const all = articleIds(project.db);
        expect(compareAfresh(path, project.db).prints).toEqual(all);
        const result = await project.invoke('compare.outlets', { articleIds: all });
        const reprints = new Set(result.outlets.flatMap((outlet) => outlet.reprints.map((r) => r.articleId)));
        expect(reprints.size).toBeGreaterThan(0);
        // Reprints are left out of the outlets' words, but the project's sample (the prior) counts every
        // article, so each one's words are counted once and stored too.
        const stored = () => currentRows(project.db);
        await until(() => stored().prints.length === all.length && stored().terms.length === all.length);
        await project.comparedFeaturesStored();
        expect(stored()).toEqual({ terms: all, prints: all });
        await until(() => project.db.prepare('SELECT count(*) FROM compare_prior').pluck().get() === 1);
        expect(compareAfresh(path, project.db)).toEqual({ terms: [], prints: [], prior: false });
      } finally {
        await project.close();
      }
    });

  it('counts the articles a colleague’s merge brings in, stores them at the next comparison, and forgets them on undo', async () => {
    const dir = temp.dir();
    const base = await baseProject(dir);
    const theirs = await coderCopy(base, dir, 'Ada', async (project) => {
      const late = join(dir, 'late.txt');
      writeFileSync(late, LATE_ARTICLE);
      await project.invoke('import.paths', [late]);
    });
    const mine = new Engine(base);
    try {
      const before = articleIds(mine.db);
      await mine.invoke('project.merge', theirs);
      const late = articleIds(mine.db).filter((id) => !before.includes(id));
      expect(late).toHaveLength(1);
      expect(compareAfresh(base, mine.db)).toEqual({ terms: late, prints: late, prior: true });
      await mine.invoke('compare.outlets', { articleIds: articleIds(mine.db) });
      await new Promise((resolve) => setImmediate(resolve));
      await mine.comparedFeaturesStored();
      expect(currentRows(mine.db)).toEqual({ terms: articleIds(mine.db), prints: articleIds(mine.db) });
      expect(compareAfresh(base, mine.db)).toEqual({ terms: [], prints: [], prior: false });
      await mine.invoke('history.undo');
      expect(articleIds(mine.db)).toEqual(before);
      expect(currentRows(mine.db)).toEqual({ terms: before, prints: before });
      expect(compareAfresh(base, mine.db)).toEqual({ terms: [], prints: [], prior: true });
    } finally {
      await mine.close();
    }
  });

  it('leaves the words of the texts out of an annotations-only copy', async () => {
    const project = engine();
    await project.invoke('import.paths', [temp.file('coverage.jsonl', articlesJsonl())]);
    await project.invoke('compare.outlets', { articleIds: articleIds(project.db) });
    await new Promise((resolve) => setImmediate(resolve));
    await project.comparedFeaturesStored();
    const counts = (path: string) => {
      const db = openProject(path, { readonly: true });
      try {
        return ['compare_vocabulary', 'article_terms', 'article_prints', 'compare_prior'].map(
          (table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number,
        );
      } finally {
        db.close();
      }
    };
    const whole = join(temp.dir(), 'whole.sqlite');
    const bare = join(temp.dir(), 'bare.sqlite');
    await project.invoke('project.saveCopy', whole);
    await project.invoke('project.saveCopy', bare, { annotationsOnly: true });
    expect(counts(whole).every((n) => n > 0)).toBe(true);
    expect(counts(bare)).toEqual([0, 0, 0, 0]);
  });

  it('packs terms and counts of any size, in any order', () => {
    const ids = [5, 3, 200_000, 128, 2 ** 31 - 1, 1];
    const counts = [1, 127, 128, 70_000, 2, 3];
    const packed = packTerms(ids, counts);
    const { terms, counts: back } = unpackTerms(packed);
    expect([...terms]).toEqual([1, 3, 5, 128, 200_000, 2 ** 31 - 1]);
    expect([...back]).toEqual([3, 127, 1, 70_000, 128, 2]);
  });
});
