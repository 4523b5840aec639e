// What keeping the Reader's review probabilities (migration 026) adds to storing a learn run's
// proposals: the write on the engine's own thread, before (proposals only) and after (proposals and
// the probabilities below 0.5 of undecided articles with suggested evidence of a learned frame), side
// by side on one fresh project of 100,000 articles. The sizes are upper bounds from the 100,000-article
// bench project (bench-cache, 2 December 2026): 45,334 proposals with one frame learned, whose
// suggested evidence is in 43,810 articles (the proposed ones among them are not kept twice); with
// all 14 frames learned, 360,000 articles-and-frames with suggested evidence.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../db/open.ts';
import { replaceLearnedProposals, type StoredProposal } from '../db/learned-proposals.ts';

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
  const rows = (count: number, codes: number[]): StoredProposal[] =>
    Array.from({ length: count }, (_, i) => ({
      articleId: (i % ARTICLES) + 1,
      codeId: codes[Math.floor(i / ARTICLES) % codes.length]!,
      probability: (i % 97) / 97,
    }));
  const time = (proposals: StoredProposal[], scores: StoredProposal[]) => {
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      replaceLearnedProposals(db, book, proposals, { trainedAt: 'now', decisions: 1, scores });
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[2]!.toFixed(0);
  };
  const proposals = rows(45_334, frames.slice(0, 1));
  console.log('median of 5 writes, ms            before (proposals only)   after (and probabilities)');
  console.log(
    `one frame, at most 43,810 scores   ${time(proposals, []).padStart(10)} ${time(proposals, rows(43_810, frames.slice(0, 1))).padStart(26)}`,
  );
  console.log(
    `14 frames, at most 360,000         ${time(proposals, []).padStart(10)} ${time(proposals, rows(360_000, frames)).padStart(26)}`,
  );
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
