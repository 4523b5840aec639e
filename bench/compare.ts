// Compare benchmarks (issue 5), printed beside their targets:
// - compare.outlets for a 1,000-article story (imported and analysed), target < 1 s;
// - grouping 100,000 articles into stories (imported without analysis), target: minutes.
// - compare.outlets for a search of about 12,000 articles in the cached 100,000-article project of
//   bench:scale (copied, since opening migrates it), target < 3 s: the first call, a toggle (voice), later
//   calls, what a new selection that size pays for its wire pairs, and the size of the answer and its parts;
// - what Compare's stored counts (migration 020) take in the file per 1,000 articles, and the search's
//   first call before they are stored (counting every text, as before) and after (a new connection);
// Sizes can be lowered for a quick run: BENCH_STORY_ARTICLES, BENCH_GROUP_ARTICLES (0 skips grouping).
// BENCH_SEARCH_PROJECT names a project file to search instead of a copy of the cached one (it is
// opened for writing, so upgraded if older: pass a copy); BENCH_SEARCH_QUERY the search.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../db/open.ts';
import { allArticleIds } from '../db/articles.ts';
import { importPaths } from '../core/import/pipeline.ts';
import { analyseArticles } from '../core/analyze/run.ts';
import { compareOutlets } from '../core/compare/outlets.ts';
import { alignArticles, wirePairs } from '../core/compare/pairs.ts';
import { printsFor } from '../core/compare/article-prints.ts';
import { findWirePairs } from '../core/compare/wire.ts';
import { articleIdsMatching, compareArticles } from '../db/compare.ts';
import { groupStories } from '../core/compare/grouping.ts';
import { writeArticles } from './articles.ts';
import { perThousand, storeCounted, storedBytes, timed, wallAndCpu } from './compare-stored.ts';

const STORY = Number(process.env.BENCH_STORY_ARTICLES ?? 1000);
const GROUP = Number(process.env.BENCH_GROUP_ARTICLES ?? 100_000);
const CACHED_100K = join(import.meta.dirname, '../../bench-cache/scale-v2-analysed-100000.sqlite');
const SEARCH_QUERY = process.env.BENCH_SEARCH_QUERY ?? 'aid OR tax';
const LINKAGE = [
  { name: 'politics', terms: ['president', 'senate', 'vote*', 'election*'] },
  { name: 'money', terms: ['tax*', 'budget', 'dollars', 'cost*'] },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (value: unknown) => `${(JSON.stringify(value).length / 1e6).toFixed(2)} MB`;
const rows: [string, string, string, string][] = [];
const dir = mkdtempSync(join(tmpdir(), 'framescope-bench-compare-'));

try {
  // 1. The Compare data of one story.
  mkdirSync(join(dir, 'story'));
  const storyFiles = await writeArticles(join(dir, 'story'), STORY, STORY, 2020);
  const storyDb = openProject(join(dir, 'story.sqlite'));
  await importPaths(storyDb, storyFiles);
  const ids = allArticleIds(storyDb);
  console.log(`Analysing the ${ids.length.toLocaleString('en')}-article story...`);
  let started = performance.now();
  await analyseArticles(storyDb, ids);
  console.log(`  analysed in ${seconds(performance.now() - started)}`);
  console.log(`  Compare's stored counts: ${perThousand(storedBytes(storyDb))}`);

  const coldRun = timed(() => compareOutlets(storyDb, { articleIds: ids }, { linkage: LINKAGE }));
  const cold = coldRun.value;
  const coldMs = coldRun.wall;
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    compareOutlets(storyDb, { articleIds: ids }, { linkage: LINKAGE });
    warm.push(performance.now() - started);
  }
  warm.sort((a, b) => a - b);
  started = performance.now();
  const pairs = wirePairs(storyDb, { articleIds: ids });
  const wireMs = performance.now() - started;
  started = performance.now();
  if (pairs[0]) alignArticles(storyDb, pairs[0].sourceId, pairs[0].copyId);
  const alignMs = performance.now() - started;
  storyDb.close();
  rows.push(
    [
      `compare.outlets, 1st call after analysis (counts the project prior), ${(coldRun.cpu / 1000).toFixed(2)} s CPU`,
      seconds(coldMs),
      '< 1 s',
      coldMs < 1000 ? 'ok' : 'SLOW',
    ],
    ['compare.outlets, median of 5 later calls', seconds(warm[2]!), '< 1 s', warm[2]! < 1000 ? 'ok' : 'SLOW'],
    [
      `compare.wire (${pairs.length} pairs listed of ${cold.wirePairs}, aligned when opened)`,
      seconds(wireMs),
      '< 1 s',
      wireMs < 1000 ? 'ok' : 'SLOW',
    ],
    ['compare.alignment of one pair', seconds(alignMs), '< 0.1 s', alignMs < 100 ? 'ok' : 'SLOW'],
  );
  console.log(
    `  ${cold.outlets.length} outlets, ${cold.frames.matrix.frames.length} frames, ${cold.wire.filter((p) => p.reprint).length} reprints, answer ${megabytes(cold)}`,
  );

  // 2. The Compare data of a large search in a 100,000-article project.
  const searchPath = process.env.BENCH_SEARCH_PROJECT ?? join(dir, 'search.sqlite');
  if (!process.env.BENCH_SEARCH_PROJECT && existsSync(CACHED_100K)) {
    console.log('Copying the cached 100,000-article project...');
    copyFileSync(CACHED_100K, searchPath);
  }
  if (existsSync(searchPath)) {
    started = performance.now();
    let searchDb = openProject(searchPath);
    console.log(`  opened (and brought to the latest schema) in ${seconds(performance.now() - started)}`);
    const selection = { query: SEARCH_QUERY };
    const storedBefore = storedBytes(searchDb).prints;
    const firstRun = timed(() => compareOutlets(searchDb, selection));
    const first = firstRun.value;
    const firstMs = firstRun.wall;
    console.log(
      `  1st call, ${storedBefore.toLocaleString('en')} articles with stored counts: ${wallAndCpu(firstRun)}`,
    );
    // A toggle: the same articles, another voice; the wire pairs are kept from the first call.
    started = performance.now();
    compareOutlets(searchDb, selection, { voice: 'own' });
    const toggleMs = performance.now() - started;
    const later: number[] = [];
    for (let i = 0; i < 3; i++) {
      started = performance.now();
      compareOutlets(searchDb, selection);
      later.push(performance.now() - started);
    }
    later.sort((a, b) => a - b);
    // What another selection of the same size pays for its wire pairs (fingerprints already kept).
    const searchArticles = compareArticles(searchDb, articleIdsMatching(searchDb, SEARCH_QUERY));
    started = performance.now();
    findWirePairs(searchArticles, {}, printsFor(searchDb));
    const pairingMs = performance.now() - started;
    const page = wirePairs(searchDb, selection, { limit: 100, offset: 100 });
    // What the engine does after a comparison: store what it counted from the texts.
    started = performance.now();
    const counted = await storeCounted(searchDb);
    console.log(
      `  stored the counts of ${counted.toLocaleString('en')} articles in ${seconds(performance.now() - started)}`,
    );
    console.log(`  Compare's stored counts: ${perThousand(storedBytes(searchDb))}`);
    searchDb.close();
    // A new connection: nothing kept in memory, everything read from the stored rows.
    searchDb = openProject(searchPath);
    const storedRun = timed(() => compareOutlets(searchDb, selection));
    console.log(`  1st call on a new connection, counts stored: ${wallAndCpu(storedRun)}`);
    const laterStored = [0, 1, 2].map(() => timed(() => compareOutlets(searchDb, selection)));
    laterStored.sort((a, b) => a.wall - b.wall);
    console.log(`  median of 3 later calls: ${wallAndCpu(laterStored[1]!)}`);
    searchDb.close();
    const what = `a search of ${first.articles.toLocaleString('en')} articles (${first.wirePairs.toLocaleString('en')} wire pairs)`;
    rows.push(
      [
        `compare.outlets, ${what}, 1st call, ${storedBefore ? 'counts stored' : 'nothing stored: counts every text'}`,
        seconds(firstMs),
        '< 3 s',
        firstMs < 3000 ? 'ok' : 'SLOW',
      ],
      [
        `compare.outlets, same search, 1st call on a new connection, counts stored (${(storedRun.cpu / 1000).toFixed(2)} s CPU)`,
        seconds(storedRun.wall),
        '< 3 s',
        storedRun.wall < 3000 ? 'ok' : 'SLOW',
      ],
      [
        'compare.outlets, same search, a toggle (voice: own)',
        seconds(toggleMs),
        '< 3 s',
        toggleMs < 3000 ? 'ok' : 'SLOW',
      ],
      [
        `compare.outlets, same search, median of 3 later calls`,
        seconds(later[1]!),
        '< 3 s',
        later[1]! < 3000 ? 'ok' : 'SLOW',
      ],
      ['  of which: wire pairs of another selection that size', seconds(pairingMs), '', ''],
      [
        `compare.outlets answer for that search (JSON)`,
        megabytes(first),
        '< 50 MB',
        JSON.stringify(first).length < 50e6 ? 'ok' : 'TOO BIG',
      ],
      [`compare.wire, second page of 100 pairs (JSON)`, megabytes(page), '', ''],
    );
    const parts = Object.entries(first)
      .map(([key, value]) => `${key} ${megabytes(value)}`)
      .filter((part) => !part.endsWith(' 0.00 MB'));
    console.log(`  parts of the answer: ${parts.join(', ')}`);
  } else
    console.log(
      `No 100,000-article project at ${CACHED_100K} (npm run bench:scale builds it); search skipped.`,
    );

  // 3. Grouping a large project.
  if (GROUP > 0) {
    mkdirSync(join(dir, 'group'));
    console.log(`Writing ${GROUP.toLocaleString('en')} articles...`);
    const groupFiles = await writeArticles(join(dir, 'group'), GROUP, 10_000);
    const groupDb = openProject(join(dir, 'group.sqlite'));
    console.log('Importing (no analysis)...');
    started = performance.now();
    await importPaths(groupDb, groupFiles);
    console.log(`  imported in ${seconds(performance.now() - started)}`);
    console.log('Grouping into stories...');
    let lastTenth = -1;
    started = performance.now();
    const summary = await groupStories(groupDb, {}, (done, total, label) => {
      const tenth = Math.floor((done / total) * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        console.log(`  ${tenth * 10}% ${label ?? ''} (${seconds(performance.now() - started)})`);
      }
    });
    const groupMs = performance.now() - started;
    groupDb.close();
    rows.push([
      `grouping ${summary.articles.toLocaleString('en')} articles (${summary.stories.toLocaleString('en')} stories, ${summary.grouped.toLocaleString('en')} grouped)`,
      seconds(groupMs),
      'minutes (< 5 min)',
      groupMs < 300_000 ? 'ok' : 'SLOW',
    ]);
    console.log(`  peak memory ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB RSS now`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('');
const width = Math.max(...rows.map((row) => row[0].length));
for (const [what, figure, target, verdict] of rows)
  console.log(`${what.padEnd(width)}  ${figure.padStart(9)}  target ${target.padEnd(18)} ${verdict}`);
