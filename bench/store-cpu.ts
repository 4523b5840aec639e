// node bench/store-cpu.ts [PASSES]: the main thread's part of analysis, storing what it found, apart
// from the analysis itself. The Brown samples bench/nlp.ts reads are analysed once (worker threads, not
// counted), then stored PASSES times (default 3) into a fresh project each, one article per transaction
// in id order as `analyseArticles` stores them, and the CPU time of the storing is printed with one
// digest of every row the project then holds (tables kept by triggers included; timestamps blanked).
// A change to storage must leave the digest as it was: run this on both commits. With
// STORE_BENCH_CACHE=FILE the analyses are kept in FILE (outside the project) and read from it next time.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../db/open.ts';
import { importPaths } from '../core/import/pipeline.ts';
import { ensureShippedCodebooks, loadProjectCodebooks } from '../core/analyze/codebooks.ts';
import { getProjectLexicon } from '../core/analyze/lexicon.ts';
import { AnalysisPool, type Analysed } from '../core/analyze/pool.ts';
import { storeAnalysis } from '../core/analyze/store.ts';
import { scopeTest } from '../core/analyze/scope.ts';
import { ANALYSIS_VERSION } from '../core/analyze/run.ts';
import { cuesOf } from '../nlp/frames/index.ts';
import { cueSetId } from '../db/recorded-cue-hits.ts';
import { getArticle } from '../db/articles.ts';
import { brownText, pressSamples } from '../tests/support/brown.ts';
import { storedRowsDigest } from './stored-digest.ts';

const passes = Number(process.argv[2] ?? 3);
const samples = pressSamples();
const dir = mkdtempSync(join(tmpdir(), 'framescope-store-bench-'));
try {
  const files = samples.map((sample) => {
    const path = join(dir, `${sample}.txt`);
    writeFileSync(path, brownText(sample));
    return path;
  });
  const fresh = async (name: string) => {
    const db = openProject(join(dir, name));
    const { imported } = await importPaths(db, files);
    ensureShippedCodebooks(db);
    return { db, ids: imported.map((article) => article.id).sort((a, b) => a - b) };
  };

  // Analysed once, by text, on worker threads.
  const first = await fresh('analysed.sqlite');
  const { codebooks } = loadProjectCodebooks(first.db);
  const cache = process.env.STORE_BENCH_CACHE;
  let analysed: Map<string, Analysed>;
  if (cache && existsSync(cache)) analysed = deserialize(readFileSync(cache)) as Map<string, Analysed>;
  else {
    const pool = new AnalysisPool(2, { codebooks, lexicon: getProjectLexicon(first.db) });
    analysed = new Map();
    await Promise.all(
      first.ids.map(async (id) => {
        const article = getArticle(first.db, id)!;
        analysed.set(
          article.text,
          await pool.analyse({ articleId: id, title: article.title, text: article.text }),
        );
      }),
    );
    await pool.close();
    if (cache) writeFileSync(cache, serialize(analysed));
  }
  first.db.close();

  for (let pass = 1; pass <= passes; pass++) {
    const { db, ids } = await fresh(`store-${pass}.sqlite`);
    const { codeIds, scopes } = loadProjectCodebooks(db);
    const cueSet = cueSetId(db, ANALYSIS_VERSION, cuesOf(codebooks));
    const texts = ids.map((id) => getArticle(db, id)!.text);
    const started = process.cpuUsage();
    ids.forEach((id, i) => {
      const text = texts[i]!;
      const { analysis, features } = analysed.get(text)!;
      const applies = scopeTest(db, scopes, id);
      storeAnalysis(db, id, analysis, codeIds, ANALYSIS_VERSION, applies, features, {
        cueSet: cueSet!,
        text,
      });
    });
    const { user, system } = process.cpuUsage(started);
    console.log(
      `pass ${pass}: ${ids.length} articles stored in ${((user + system) / 1e6).toFixed(2)} s of CPU; stored rows ${storedRowsDigest(db)}`,
    );
    db.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
