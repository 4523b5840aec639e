// Story grouping against a labelled dev set (issue 9): imports the set into a temporary project,
// groups it, and prints purity and completeness (bench/stories-score.ts) with what went where.
// The dev set is real coverage kept outside the repository (never committed): JSON Lines with
// title, text, outlet, date, url and a `label` naming the event each article reports.
// The labels can instead come from a separate gold file (`--gold GOLD.tsv`: url, a tab, the event).
// `--sample` scores the bundled sample instead: the seed article and the sample story's ten
// articles, which should make one story and leave the seed (another event) out.
// `--against DIR` also runs the grouping of another checkout (e.g. main's code unpacked with
// `git archive`) on the same articles, and prints both.
// Run: node bench/stories-eval.ts [FILE.jsonl] [--gold GOLD.tsv] [--sample] [--against DIR]
//        [--window N] [--threshold X] [--quiet]
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openProject } from '../db/open.ts';
import { importPaths } from '../core/import/pipeline.ts';
import { groupStories, type GroupOptions } from '../core/compare/grouping.ts';
import { listStories, storyArticleIds } from '../db/stories.ts';
import { SAMPLE_ARTICLE } from '../core/sample.ts';
import { sampleStoryArticlesPath } from '../core/sample-story.ts';
import { scoreGrouping, type Labelled } from './stories-score.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const toggle = (name: string) => {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
};
const options: GroupOptions = {};
const windowDays = flag('--window');
const threshold = flag('--threshold');
const goldFile = flag('--gold');
const against = flag('--against');
const sample = toggle('--sample');
const quiet = toggle('--quiet');
if (windowDays !== undefined) options.windowDays = Number(windowDays);
if (threshold !== undefined) options.threshold = Number(threshold);
const file = sample
  ? sampleStoryArticlesPath()
  : (args[0] ?? process.env.STORIES_DEV ?? '/work/devnews/stories-china/articles.jsonl');
if (!existsSync(file)) {
  console.error(
    `No dev set at ${file}: pass a JSON Lines file of labelled articles (see this file's header).`,
  );
  process.exit(2);
}
const gold =
  goldFile ?? (!sample && args[0] === undefined ? '/work/devnews/stories-china/GOLD.tsv' : undefined);

/** The event of each article, by url (by title for the sample, whose articles have none). */
function readLabels(): Map<string, string> {
  if (sample) {
    const items = JSON.parse(readFileSync(file, 'utf8')) as { title: string }[];
    return new Map(items.map((item) => [item.title, 'sample-story']));
  }
  if (gold)
    return new Map(
      readFileSync(gold, 'utf8')
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('#'))
        .map((line) => line.split('\t') as [string, string]),
    );
  return new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { url: string; label: string })
      .map((article) => [article.url, article.label]),
  );
}
const labels = readLabels();
const paths = sample ? [SAMPLE_ARTICLE, file] : [file];
type Group = typeof groupStories;
const codes: [string, Group][] = [['this code', groupStories]];
if (against) {
  const other = (await import(resolve(against, 'core/compare/grouping.ts'))) as { groupStories: Group };
  codes.unshift([`code in ${against}`, other.groupStories]);
}
for (const [name, group] of codes) {
  console.log(`== ${name}`);
  await evaluate(group);
}

async function evaluate(group: Group): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'framescope-stories-eval-'));
  try {
    const db = openProject(join(dir, 'dev.sqlite'));
    const { imported, failures } = await importPaths(db, paths);
    if (failures.length > 0) console.error(`Not imported: ${JSON.stringify(failures)}`);
    const summary = await group(db, options);
    const storyOf = new Map<number, number>();
    const stories = listStories(db);
    for (const story of stories) for (const id of storyArticleIds(db, story.id)) storyOf.set(id, story.id);
    const rows = db
      .prepare('SELECT id, url, title, outlet, published_at FROM articles ORDER BY published_at, id')
      .all() as {
      id: number;
      url: string;
      title: string | null;
      outlet: string;
      published_at: string | null;
    }[];
    const items: (Labelled & { row: (typeof rows)[number] })[] = rows.map((row) => ({
      label: labels.get(row.url) ?? labels.get(row.title ?? '') ?? (sample ? 'seed' : 'off:unlabelled'),
      story: storyOf.get(row.id) ?? null,
      row,
    }));
    const score = scoreGrouping(items);
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    console.log(`${imported.length} articles, ${summary.stories} stories, ${summary.grouped} grouped\n`);
    console.log(`purity (B-cubed precision)      ${pct(score.purity)}`);
    console.log(`completeness (B-cubed recall)   ${pct(score.completeness)}`);
    console.log(`F1                              ${pct(score.f1)}`);
    console.log(
      `pairwise same-story P / R / F1   ${pct(score.pairPrecision)} / ${pct(score.pairRecall)} / ${pct(score.pairF1)}`,
    );
    console.log(`events in one story, none out   ${score.eventsWhole} of ${score.events}`);
    console.log(`off-topic articles left out     ${score.offTopicLeftOut} of ${score.offTopic}\n`);
    for (const event of score.perEvent)
      console.log(
        `  ${event.label.padEnd(18)} ${String(event.articles).padStart(3)} articles → stories [${event.stories.join(', ')}]${event.leftOut ? `, ${event.leftOut} left out` : ''}`,
      );
    console.log('');
    if (quiet) {
      db.close();
      return;
    }
    for (const story of stories) {
      console.log(`story ${story.id}: ${story.name}`);
      for (const item of items.filter((i) => i.story === story.id))
        console.log(
          `    ${item.label.padEnd(18)} ${(item.row.published_at ?? 'undated').slice(0, 10)}  ${item.row.title ?? '(untitled)'}`.slice(
            0,
            150,
          ),
        );
    }
    console.log('left out:');
    for (const item of items.filter((i) => i.story === null))
      console.log(
        `    ${item.label.padEnd(18)} ${(item.row.published_at ?? 'undated').slice(0, 10)}  ${item.row.title ?? '(untitled)'}`.slice(
          0,
          150,
        ),
      );
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
