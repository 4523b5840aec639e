// Story grouping's own work, old code beside new, in one process (issue 9): reads the first N
// articles of a project (by date), then for each code in turn counts terms, builds the vectors
// and places the articles, timing each step in CPU seconds (process.cpuUsage), twice each, in
// turn. `npm run bench:grouping` measures the whole run through the engine; this one isolates
// the code a change touches, so two versions can be compared on a loaded machine.
// Run: node bench/grouping-cpu.ts PROJECT.sqlite OTHER_CHECKOUT_DIR [N]
import { resolve } from 'node:path';
import { openProject } from '../db/open.ts';
import type * as VectorsModule from '../core/compare/vectors.ts';
import type * as ClusterModule from '../core/compare/cluster.ts';
import type * as DatesModule from '../core/compare/dates.ts';

const [project, other, limit] = process.argv.slice(2);
if (!project || !other) {
  console.error('Usage: node bench/grouping-cpu.ts PROJECT.sqlite OTHER_CHECKOUT_DIR [N]');
  process.exit(2);
}
const db = openProject(project);
const articles = db
  .prepare('SELECT title, text, published_at FROM articles ORDER BY published_at, id LIMIT ?')
  .all(Number(limit ?? 20_000)) as { title: string | null; text: string; published_at: string | null }[];
db.close();

type Vectors = typeof VectorsModule;
type Cluster = typeof ClusterModule;
type Dates = typeof DatesModule;
const load = async (dir: string) => ({
  vectors: (await import(resolve(dir, 'core/compare/vectors.ts'))) as Vectors,
  cluster: (await import(resolve(dir, 'core/compare/cluster.ts'))) as Cluster,
  dates: (await import(resolve(dir, 'core/compare/dates.ts'))) as Dates,
});
const codes = [
  ['before', await load(other)],
  ['now', await load(resolve(import.meta.dirname, '..'))],
] as const;

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const results = new Map<string, number[][]>();
for (let round = 0; round < 2; round++)
  for (const [name, { vectors, cluster, dates }] of codes) {
    let at = cpu();
    const frequencies = new vectors.DocumentFrequencies();
    for (const a of articles) frequencies.add(vectors.distinctTerms(a.title, a.text));
    const counting = cpu() - at;
    at = cpu();
    const inputs = articles.map((a, i) => ({
      id: i + 1,
      day: dates.dayOf(a.published_at),
      // The old code's termCounts gives the words' map, the new one words and places: each its own.
      vector: vectors.articleVector(vectors.termCounts(a.title, a.text) as never, frequencies),
      titled: Boolean(a.title),
    }));
    const vectoring = cpu() - at;
    at = cpu();
    // Both at today's default (the places round compared 0.25 before with 0.2 now; BEFORE_THRESHOLD
    // sets the other checkout's, for code older than that round).
    const threshold = name === 'now' ? 0.2 : Number(process.env.BEFORE_THRESHOLD ?? 0.2);
    const clusterer = new cluster.StoryClusterer({ windowDays: 3, threshold });
    for (const input of inputs) clusterer.place(input);
    const placing = cpu() - at;
    results.set(name, [...(results.get(name) ?? []), [counting, vectoring, placing]]);
  }
console.log(
  `${articles.length.toLocaleString('en')} articles, CPU seconds (best of 2): counting / vectors / placing`,
);
for (const [name, runs] of results) {
  const best = [0, 1, 2].map((step) => Math.min(...runs.map((run) => run[step]!)));
  console.log(
    `  ${name.padEnd(7)} ${best.map((x) => x.toFixed(2)).join(' / ')}   total ${best.reduce((a, b) => a + b, 0).toFixed(2)}`,
  );
}
