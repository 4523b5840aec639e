// npm run bench (last part), issue 9 "Learn from the scholar": how long the per-frame classifier
// takes on 1,000 decisions, to decide whether a project's model can be trained again on every call
// (it is: nothing is stored) or must be kept. Documents are thirds of Brown corpus samples (the
// held-out press samples left out); the "frame" a coder decided is whether a document is press
// (reportage, editorial, reviews), so the figures also show the classifier learning something real.
// Figures vary with the machine's load: read them side by side, not as absolutes.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../db/open.ts';
import { insertArticles } from '../db/articles.ts';
import { listCodebooks, listCodes } from '../db/codes.ts';
import { ensureShippedCodebooks } from '../core/analyze/codebooks.ts';
import { learnCodebook } from '../core/learn/learn.ts';
import { crossValidate, FeatureSpace, textFeatures, trainLogistic } from '../nlp/learn/index.ts';
import { brownSamples, brownText } from '../tests/support/brown.ts';
import { benchBackgroundRefresh } from './learn-background.ts';

const PRESS = new Set(['ca', 'cb', 'cc']);
const DECISIONS = 1_000;
const UNDECIDED = 200;

const documents = ['ca', 'cb', 'cc', 'cd', 'ce', 'cf', 'cg', 'ch', 'cj', 'ck', 'cl', 'cm', 'cn', 'cp', 'cr']
  .flatMap((genre) => brownSamples(genre))
  .flatMap((sample) => {
    const paragraphs = brownText(sample).split('\n\n');
    const third = Math.ceil(paragraphs.length / 3);
    return [0, 1, 2].map((part) => ({
      sample,
      press: PRESS.has(sample.slice(0, 2)),
      text: paragraphs.slice(part * third, (part + 1) * third).join('\n\n'),
    }));
  })
  .filter((doc) => doc.text.split(' ').length >= 100);
// Spread over the genres, so decided and undecided documents hold both kinds.
const spread = documents.filter((_, i) => i % 3 !== 2).concat(documents.filter((_, i) => i % 3 === 2));
const decided = spread.slice(0, DECISIONS);
const undecided = spread.slice(DECISIONS, DECISIONS + UNDECIDED);
const words = decided.reduce((sum, doc) => sum + doc.text.split(/\s+/).length, 0);
const ms = (start: number) => Math.round(performance.now() - start);

console.log(
  `Frame classifier: ${decided.length.toLocaleString('en')} decisions (${decided.filter((d) => d.press).length} with the frame), ` +
    `${words.toLocaleString('en')} words, ${undecided.length} undecided documents`,
);

let start = performance.now();
const space = new FeatureSpace();
const examples = decided.map((doc) => ({ columns: space.vector(textFeatures(doc.text)), label: doc.press }));
console.log(`  features (words, bigrams)          ${String(ms(start)).padStart(6)} ms`);
start = performance.now();
trainLogistic(examples);
console.log(`  one training                       ${String(ms(start)).padStart(6)} ms`);
start = performance.now();
const cv = crossValidate(examples, { folds: 5, seed: 1 });
console.log(`  5-fold cross-validation            ${String(ms(start)).padStart(6)} ms`);
const pct = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
console.log(`  cross-validated precision ${pct(cv.precision)}, recall ${pct(cv.recall)} (press or not)`);

// The same through a project file, as `framescope learn` and the Codebook view run it.
const dir = mkdtempSync(join(tmpdir(), 'framescope-bench-learn-'));
try {
  const db = openProject(join(dir, 'learn.sqlite'));
  ensureShippedCodebooks(db);
  const now = new Date().toISOString();
  const ids = insertArticles(
    db,
    [...decided, ...undecided].map((doc, i) => ({
      uid: randomUUID(),
      content_hash: createHash('sha256').update(`${i}\n${doc.text}`).digest('hex'),
      title: `${doc.sample} part ${i}`,
      outlet: null,
      author: null,
      url: null,
      published_at: null,
      published_raw: null,
      language: 'en',
      text: doc.text,
      source_file: null,
      source_format: 'txt',
      imported_at: now,
      word_count: doc.text.split(/\s+/).length,
    })),
  ).map((result) => (result.inserted ? result.id : result.duplicateOf));
  const codebook = listCodebooks(db).find((book) => book.key === 'policy-frames')!;
  const frame = listCodes(db, codebook.id).find((code) => code.key === 'economic')!;
  const coder = Number(db.prepare("INSERT INTO coders (name) VALUES ('Bench')").run().lastInsertRowid);
  const insert = db.prepare(
    `INSERT INTO frame_decisions (article_id, code_id, origin, coder_id, present, decided_at)
     VALUES (?, ?, 'manual', ?, ?, ?)`,
  );
  db.transaction(() =>
    decided.forEach((doc, i) => insert.run(ids[i], frame.id, coder, doc.press ? 1 : 0, now)),
  )();
  start = performance.now();
  const report = learnCodebook(db, codebook);
  const total = ms(start);
  // Called again (after a decision, say), the articles' features are not read again.
  start = performance.now();
  const again = learnCodebook(db, codebook);
  const second = ms(start);
  const learned = report.frames.find((f) => f.codeId === frame.id)!;
  console.log(
    `  learn.codebook on the project      ${String(total).padStart(6)} ms (reading ${(
      total - report.milliseconds
    ).toLocaleString('en')} ms, training and cross-validation ${report.milliseconds} ms)`,
  );
  console.log(
    `  learn.codebook again (features kept)${String(second).padStart(5)} ms (training and cross-validation ${again.milliseconds} ms)`,
  );
  console.log(
    `  proposals: ${learned.proposedCount} of ${learned.undecided} undecided documents ` +
      `(${undecided.filter((d) => d.press).length} of them press)`,
  );

  // Two more frames decided in every decided document (religion and belles lettres; learned
  // writing), so the background refresh below trains on a few thousand decisions.
  const more = [
    { key: 'morality', genres: ['cd', 'cg'] },
    { key: 'capacity-resources', genres: ['cj'] },
  ];
  db.transaction(() => {
    for (const { key, genres } of more) {
      const code = listCodes(db, codebook.id).find((c) => c.key === key)!;
      decided.forEach((doc, i) =>
        insert.run(ids[i], code.id, coder, genres.includes(doc.sample.slice(0, 2)) ? 1 : 0, now),
      );
    }
  })();
  const made = db
    .prepare("SELECT count(*) FROM frame_decisions WHERE origin = 'manual'")
    .pluck()
    .get() as number;
  db.close();
  console.log(
    `Proposals following decisions: ${made.toLocaleString('en')} decisions on 3 frames, ${(decided.length + undecided.length).toLocaleString('en')} documents`,
  );
  await benchBackgroundRefresh(
    join(dir, 'learn.sqlite'),
    frame.id,
    coder,
    ids.slice(DECISIONS, DECISIONS + 2),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
