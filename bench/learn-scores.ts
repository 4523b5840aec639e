// The learn run's write of its proposals and review probabilities (migrations 016 and 028) on the
// engine's own thread, which answers clicks (issue 12): before, every row of the codebook deleted and
// inserted again; now the job thread compares the run with the stored rows on its own connection
// and the engine's thread writes only the rows that changed. Side by side on one fresh project of
// 100,000 articles, with the sizes of the 100,000-article bench project (bench-cache, 2 December
// 2026): 45,334 proposals, and with all 14 frames learned 360,000 articles-and-frames with suggested
// evidence. A refresh after a decision retrains every frame, but only the decided frame's model
// changes (training is seeded), so its probabilities are the ones that change.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject, type Db } from '../db/open.ts';
import { applyLearnedChanges, learnedChanges, type StoredProposal } from '../db/learned-proposals.ts';

type Run = { trainedAt: string; decisions: number; scores: readonly StoredProposal[] };

/** The write before issue 12's change: the codebook's rows deleted and all inserted again. */
function replaceAll(db: Db, book: number, proposals: readonly StoredProposal[], run: Run): void {
  db.transaction(() => {
    const ofBook = 'code_id IN (SELECT id FROM codes WHERE codebook_id = ?)';
    db.prepare(`DELETE FROM learned_proposals WHERE ${ofBook}`).run(book);
    const insert = db.prepare(
      `INSERT INTO learned_proposals (article_id, code_id, probability, trained_at)
       VALUES (@articleId, @codeId, @probability, @trainedAt)`,
    );
    for (const proposal of proposals) insert.run({ ...proposal, trainedAt: run.trainedAt });
    db.prepare(`DELETE FROM learned_scores WHERE ${ofBook}`).run(book);
    const score = db.prepare(
      'INSERT INTO learned_scores (article_id, code_id, probability) VALUES (@articleId, @codeId, @probability)',
    );
    for (const item of run.scores) score.run(item);
    db.prepare(
      `INSERT INTO learn_runs (codebook_id, trained_at, decisions, proposals) VALUES (?, ?, ?, ?)
       ON CONFLICT (codebook_id) DO UPDATE SET trained_at = excluded.trained_at,
         decisions = excluded.decisions, proposals = excluded.proposals`,
    ).run(book, run.trainedAt, run.decisions, proposals.length);
  })();
}

const ARTICLES = 100_000;
const dir = mkdtempSync(join(tmpdir(), 'framescope-learn-scores-'));
const db = openProject(join(dir, 'bench.sqlite'));
try {
  const insert = db.prepare(
    `INSERT INTO articles (uid, content_hash, text, source_format, imported_at, word_count)
     VALUES (?, ?, '', 'txt', '2026-12-02', 0)`,
  );
  db.transaction(() => {
    for (let i = 0; i < ARTICLES; i++) insert.run(`u${i}`, `h${i}`);
  })();
  const book = Number(
    db.prepare("INSERT INTO codebooks (key, name) VALUES ('bench', 'Bench')").run().lastInsertRowid,
  );
  const code = db.prepare("INSERT INTO codes (codebook_id, key, kind, name) VALUES (?, ?, 'frame', ?)");
  const frames = Array.from({ length: 14 }, (_, i) =>
    Number(code.run(book, `f${i}`, `Frame ${i}`).lastInsertRowid),
  );
  // Rows per frame in turn; `shift` moves the probabilities of the frames in `changed`.
  // `count` rows spread over the 14 frames, each frame's in articles `step` apart; `shift` moves the
  // probabilities of the first `changed` frames.
  const rows = (count: number, step: number, changed: number, shift: number): StoredProposal[] =>
    Array.from({ length: count }, (_, i) => {
      const frame = i % frames.length;
      return {
        articleId: ((Math.floor(i / frames.length) * step) % ARTICLES) + 1,
        codeId: frames[frame]!,
        probability: ((i + (frame < changed ? shift : 0)) % 97) / 97,
      };
    });
  const scores = (changed: number, shift: number) => rows(360_000, 1, changed, shift);
  const proposals = (changed: number, shift: number) => rows(45_334, 3, changed, shift);
  // Each timed write follows a write of the last run's rows, as a refresh follows the one before.
  const time = (changed: number) => {
    const before: number[] = [];
    const compare: number[] = [];
    const after: number[] = [];
    for (let run = 0; run < 5; run++) {
      const next = { trainedAt: `now ${run}`, decisions: 2, scores: scores(changed, 1 + run) };
      const props = proposals(changed, 1 + run);
      for (const [times, write] of [
        [before, () => replaceAll(db, book, props, next)],
        [
          after,
          (changes: ReturnType<typeof learnedChanges>) =>
            db.transaction(() =>
              applyLearnedChanges(db, book, changes, { ...next, proposals: props.length }),
            )(),
        ],
      ] as const) {
        replaceAll(db, book, proposals(0, 0), {
          trainedAt: 'then',
          decisions: 1,
          scores: scores(0, 0),
        });
        let started = performance.now();
        const changes = learnedChanges(db, book, props, next.scores);
        if (times === after) compare.push(performance.now() - started);
        started = performance.now();
        write(changes);
        times.push(performance.now() - started);
      }
    }
    const median = (times: number[]) =>
      times
        .sort((a, b) => a - b)[2]!
        .toFixed(0)
        .padStart(20);
    return `${median(before)} ${median(after)} ${median(compare)}`;
  };
  console.log(
    'median of 5, ms                            engine thread: before (all rows)   after (changes)   job thread: compare',
  );
  for (const [label, changed] of [
    ['a refresh after decisions on one frame   ', 1],
    ['nothing changed (a refresh again)        ', 0],
    ['every frame changed (a merge, say)       ', frames.length],
  ] as const)
    console.log(`${label} ${time(changed)}`);
  // The job thread's message, which the engine's thread unpacks: before, every proposal and score
  // as an object; now the changes packed in numbers (every frame changed: the most there is).
  const cloned = (message: unknown) => {
    const started = performance.now();
    structuredClone(message);
    return (performance.now() - started).toFixed(0);
  };
  const props = proposals(frames.length, 1);
  const all = scores(frames.length, 1);
  console.log(
    `the message, copied (every frame changed) ${cloned({ proposals: props, scores: all }).padStart(20)} ${cloned(learnedChanges(db, book, props, all)).padStart(20)}`,
  );
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
