import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { verifyProjectFile } from '../../db/trust/verify.ts';
import { framescope } from '../../tests/support/cli.ts';
import { brownSamples, brownText } from '../../tests/support/brown.ts';
import type { Family, FamilyResult } from '../family.ts';
import { unanalysed, wholenessProblems } from '../support/project.ts';

const BIN = resolve(import.meta.dirname, '../../bin/framescope.js');

/** A long operation to kill: the command, and what the next run and the checks expect of it. */
interface Operation {
  name: string;
  /** The project the trial starts from (copied), or null for a new one. */
  start: 'none' | 'imported' | 'analysed' | 'grouping';
  argv: (project: string, trial: string) => string[];
  /** The run after the kill, in-process, as a person would type it again. */
  nextRun: (project: string, trial: string) => string[];
  /**
   * Problems particular to the operation, after the kill and the next run; `reference` is the
   * project of the run that was not killed.
   */
  check?: (project: string, trial: string, articles: number, reference: string) => string[];
  /** Runs in the full torture only (the short run in npm test leaves it out). */
  fullOnly?: boolean;
  /** Articles the project holds after the next run, when that is the point (imports). */
  expectedArticles?: (sizes: Sizes) => number;
  /** Where in the work the kill landed, read from what it left (before the next run). */
  landed: (project: string, trial: string, articles: number) => string;
}

const OPERATIONS: Operation[] = [
  {
    // Kills land mostly while storing: a large file, imported without analysis (the next run too).
    name: 'import, storing only',
    start: 'none',
    fullOnly: true,
    argv: (project, trial) => ['import', join(trial, '..', 'many.jsonl'), '--no-analyze', '--db', project],
    nextRun: (project, trial) => ['import', join(trial, '..', 'many.jsonl'), '--no-analyze', '--db', project],
    expectedArticles: (sizes) => sizes.storingArticles,
    landed: (project, _trial, articles) =>
      count(project, 'SELECT count(*) FROM articles') < articles ? 'while storing articles' : 'at the end',
  },
  {
    name: 'import',
    start: 'none',
    argv: (project, trial) => ['import', join(trial, '..', 'corpus.jsonl'), '--db', project],
    nextRun: (project, trial) => ['import', join(trial, '..', 'corpus.jsonl'), '--db', project],
    expectedArticles: (sizes) => sizes.articles,
    landed: (project, _trial, articles) => {
      const stored = count(project, 'SELECT count(*) FROM articles');
      const analysed = count(project, 'SELECT count(*) FROM articles WHERE analyzed_at IS NOT NULL');
      return stored < articles
        ? 'while storing articles'
        : analysed < articles
          ? 'while analysing'
          : 'at the end';
    },
  },
  {
    name: 'analyze',
    start: 'imported',
    argv: (project) => ['analyze', '--db', project],
    nextRun: (project) => ['analyze', '--db', project],
    landed: (project, _trial, articles) => {
      const analysed = count(project, 'SELECT count(*) FROM articles WHERE analyzed_at IS NOT NULL');
      return analysed === 0 ? 'before the first was stored' : analysed < articles ? 'midway' : 'at the end';
    },
  },
  {
    name: 'grouping',
    start: 'grouping',
    argv: (project) => ['stories', 'group', '--db', project],
    nextRun: (project) => ['stories', 'group', '--db', project],
    landed: (project) =>
      count(project, 'SELECT count(*) FROM stories') === 0 ? 'before the stories were written' : 'after',
    check: (project, _trial, _articles, reference) => {
      const [found, expected] = [project, reference].map(storiesOf);
      return found === expected
        ? []
        : [`grouping again gave ${found}, where a run never killed gave ${expected}`];
    },
  },
  {
    name: 'share',
    start: 'analysed',
    argv: (project, trial) => ['share', '--db', project, '--out', join(trial, 'shared.sqlite')],
    nextRun: (project, trial) => [
      'share',
      '--db',
      project,
      '--out',
      join(trial, existsSync(join(trial, 'shared.sqlite')) ? 'shared-again.sqlite' : 'shared.sqlite'),
    ],
    landed: (_project, trial) =>
      readdirSync(trial).some((name) => name.endsWith('.part'))
        ? 'with a half-made copy beside the target'
        : existsSync(join(trial, 'shared.sqlite'))
          ? 'with the copy in place'
          : 'before the copy began',
    check: (_project, trial, articles, _reference) => {
      const problems: string[] = [];
      for (const name of ['shared.sqlite', 'shared-again.sqlite']) {
        const copy = join(trial, name);
        if (!existsSync(copy)) continue;
        problems.push(...wholenessProblems(copy).map((problem) => `${name}: ${problem}`));
        const db = new Database(copy, { readonly: true });
        const count = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
        db.close();
        if (count !== articles) problems.push(`${name} holds ${count} of ${articles} articles`);
      }
      const parts = readdirSync(trial).filter((name) => name.endsWith('.part'));
      if (parts.length > 0) problems.push(`the next share left ${parts.join(', ')} behind`);
      if (!existsSync(join(trial, 'shared.sqlite'))) problems.push('no copy after the next share');
      return problems;
    },
  },
  {
    // A colleague's analysed project (the grouping one: other articles) merged into an analysed one.
    name: 'merge',
    start: 'analysed',
    argv: (project, trial) => ['merge', join(trial, '..', 'grouping.sqlite'), '--db', project],
    nextRun: (project, trial) => ['merge', join(trial, '..', 'grouping.sqlite'), '--db', project],
    expectedArticles: (sizes) => sizes.articles + sizes.groupingArticles,
    landed: (project, _trial, articles) =>
      count(project, 'SELECT count(*) FROM articles') < articles ? 'before the merge was stored' : 'after',
    check: (project, trial, _articles, reference) => {
      const problems = wholenessProblems(join(trial, '..', 'grouping.sqlite')).map(
        (problem) => `their project: ${problem}`,
      );
      for (const table of ['annotations', 'quotes', 'mentions', 'frame_decisions']) {
        const [found, expected] = [project, reference].map((path) =>
          count(path, `SELECT count(*) FROM ${table}`),
        );
        if (found !== expected)
          problems.push(
            `${table}: ${found} after the kill and the next merge, ${expected} in a merge never killed`,
          );
      }
      return problems;
    },
  },
];

interface Sizes {
  /** Articles in the corpus that imports and analyses are killed in. */
  articles: number;
  /** Articles in the project that grouping is killed in. */
  groupingArticles: number;
  /** Articles in the file that an import without analysis is killed in. */
  storingArticles: number;
  trials: number;
}

/**
 * kill -9 during import, analysis, grouping, share and merge, at a random moment after the command has
 * opened the project; after each: the trust check accepts what the crash left, SQLite's
 * integrity check and the FTS5 index check pass, every article's text matches its hash, and
 * after the next run (the same command again) no article is left unanalysed.
 */
export const killsDuringWork: Family = {
  name: 'kill -9 during long operations',
  async run({ short, log = () => {} }): Promise<FamilyResult> {
    const sizes: Sizes = short
      ? { articles: 6, groupingArticles: 60, storingArticles: 0, trials: 1 }
      : { articles: 240, groupingArticles: 1500, storingArticles: 3000, trials: 20 };
    const root = mkdtempSync(join(tmpdir(), 'framescope-torture-kills-'));
    const failures: string[] = [];
    const figures: FamilyResult['figures'] = [];
    const started = Date.now();
    try {
      const bases = await prepare(root, sizes);
      for (const operation of OPERATIONS.filter((candidate) => !(short && candidate.fullOnly))) {
        const tally = await killRepeatedly(operation, root, bases, sizes, failures, log);
        figures.push([
          `${operation.name}: kills (finished before the kill, not counted)`,
          `${tally.kills} (${tally.finishedFirst})`,
        ]);
        figures.push([`${operation.name}: kills after which every check held`, tally.held]);
        figures.push([
          `${operation.name}: where the kills landed`,
          [...tally.landed].map(([where, n]) => `${n} ${where}`).join(', '),
        ]);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    figures.push(['seconds', Math.round((Date.now() - started) / 1000)]);
    return { figures, failures };
  },
};

type Bases = Record<Operation['start'], string | null> & { articles: number };

async function prepare(root: string, sizes: Sizes): Promise<Bases> {
  writeCorpus(join(root, 'corpus.jsonl'), sizes.articles, 0);
  const imported = join(root, 'imported.sqlite');
  const analysed = join(root, 'analysed.sqlite');
  const grouping = join(root, 'grouping.sqlite');
  await must(framescope('import', join(root, 'corpus.jsonl'), '--no-analyze', '--db', imported));
  copyFileSync(imported, analysed);
  await must(framescope('analyze', '--db', analysed));
  writeCorpus(join(root, 'grouping.jsonl'), sizes.groupingArticles, 1);
  await must(framescope('import', join(root, 'grouping.jsonl'), '--db', grouping));
  if (sizes.storingArticles > 0) writeCorpus(join(root, 'many.jsonl'), sizes.storingArticles, 2);
  return { none: null, imported, analysed, grouping, articles: sizes.articles };
}

async function must(run: Promise<{ code: number; err: string }>): Promise<void> {
  const { code, err } = await run;
  if (code !== 0) throw new Error(`preparing the torture projects failed: ${err}`);
}

/** Distinct articles recombined from Brown press paragraphs, from several outlets over a few weeks. */
function writeCorpus(path: string, count: number, seed: number): void {
  const paragraphs = brownSamples('ca').flatMap((sample) => brownText(sample).split('\n\n'));
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      title: `Report ${seed}-${i}`,
      outlet: `Outlet ${i % 9}`,
      published: new Date(Date.UTC(2020, 2, 1 + (i % 28), 8 + (i % 10))).toISOString(),
      text:
        [0, 1, 2].map((k) => paragraphs[(i * 11 + k * 157 + seed * 31) % paragraphs.length]).join('\n\n') +
        `\n\nReport ${seed}-${i}.`,
    }),
  );
  writeFileSync(path, lines.join('\n'));
}

interface Tally {
  kills: number;
  held: number;
  finishedFirst: number;
  landed: Map<string, number>;
}

async function killRepeatedly(
  operation: Operation,
  root: string,
  bases: Bases,
  sizes: Sizes,
  failures: string[],
  log: (line: string) => void,
): Promise<Tally> {
  const tally: Tally = { kills: 0, held: 0, finishedFirst: 0, landed: new Map() };
  // An unkilled run measures how long the work lasts once the project is open.
  const reference = `${operation.name}-unkilled`;
  const calibration = await runOnce(operation, root, bases, reference, null);
  if (!calibration.exited || calibration.code !== 0) {
    failures.push(`${operation.name}: the unkilled run failed: ${calibration.stderr.slice(0, 300)}`);
    return tally;
  }
  let window = Math.max(50, calibration.exitedAt - calibration.openedAt);
  log(`  ${operation.name}: ${window} ms of work once the project is open`);
  for (let attempt = 0; tally.kills < sizes.trials && attempt < sizes.trials * 5; attempt++) {
    const name = `${operation.name}-${attempt}`;
    const delay = Math.floor(Math.random() * window);
    const outcome = await runOnce(operation, root, bases, name, delay);
    if (outcome.exited) {
      // The work went faster this time: aim within what it took.
      tally.finishedFirst++;
      window = Math.max(20, Math.min(window, outcome.exitedAt - outcome.openedAt));
      continue;
    }
    tally.kills++;
    const problems = await afterKill(
      operation,
      join(root, name),
      operation.expectedArticles?.(sizes) ?? bases.articles,
      join(root, reference, 'project.sqlite'),
      (where) => tally.landed.set(where, (tally.landed.get(where) ?? 0) + 1),
    );
    if (problems.length === 0) tally.held++;
    for (const problem of problems)
      failures.push(`${operation.name}, killed ${delay} ms into the work: ${problem}`);
    rmSync(join(root, name), { recursive: true, force: true });
  }
  if (tally.kills < sizes.trials)
    failures.push(
      `${operation.name}: only ${tally.kills} of ${sizes.trials} kills landed before the work ended`,
    );
  log(`  ${operation.name}: ${tally.kills} kills, ${tally.held} held`);
  return tally;
}

interface Outcome {
  exited: boolean;
  code: number | null;
  stderr: string;
  openedAt: number;
  exitedAt: number;
}

/** Runs the operation in its own process; with a delay, kills it that long after it opened the project. */
function runOnce(
  operation: Operation,
  root: string,
  bases: Bases,
  name: string,
  killAfter: number | null,
): Promise<Outcome> {
  const trial = join(root, name);
  mkdirSync(trial, { recursive: true });
  const project = join(trial, 'project.sqlite');
  const base = bases[operation.start];
  if (base) copyFileSync(base, project);
  const child = spawn(process.execPath, [BIN, ...operation.argv(project, trial)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolveRun) => {
    let openedAt = 0;
    let killed = false;
    // The -shm file appears when a connection opens the project in write-ahead-log mode.
    const poll = setInterval(() => {
      if (openedAt === 0 && existsSync(`${project}-shm`)) {
        openedAt = Date.now();
        if (killAfter !== null)
          setTimeout(() => {
            killed = child.exitCode === null && child.kill('SIGKILL');
          }, killAfter);
      }
    }, 2);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolveRun({ exited: !killed, code, stderr, openedAt: openedAt || Date.now(), exitedAt: Date.now() });
    });
  });
}

async function afterKill(
  operation: Operation,
  trial: string,
  articles: number,
  reference: string,
  landed: (where: string) => void,
): Promise<string[]> {
  const project = join(trial, 'project.sqlite');
  const problems: string[] = [];
  if (!existsSync(project)) return []; // killed before the new project file was made: nothing to check
  try {
    verifyProjectFile(project);
  } catch (error) {
    problems.push(`the trust check refused what the crash left: ${(error as Error).message}`);
    return problems;
  }
  problems.push(...wholenessProblems(project));
  landed(operation.landed(project, trial, articles));
  const next = await framescope(...operation.nextRun(project, trial));
  if (next.code !== 0) problems.push(`the next run failed: ${next.err.slice(0, 300)}`);
  problems.push(...wholenessProblems(project).map((problem) => `after the next run, ${problem}`));
  const left = unanalysed(project);
  if (left > 0 && !operation.argv(project, trial).includes('--no-analyze'))
    problems.push(`${left} articles left unanalysed after the next run`);
  problems.push(...foreignKeyProblems(project));
  if (operation.expectedArticles) {
    const stored = count(project, 'SELECT count(*) FROM articles');
    if (stored !== articles) problems.push(`${stored} of ${articles} articles after the next import`);
  }
  problems.push(...(operation.check?.(project, trial, articles, reference) ?? []));
  return problems;
}

function foreignKeyProblems(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.pragma('foreign_key_check') as { table: string }[];
    return rows.length > 0
      ? [`${rows.length} rows point to rows that are gone (first in ${rows[0]!.table})`]
      : [];
  } finally {
    db.close();
  }
}

/** Stories and their memberships, as one comparable phrase. */
function storiesOf(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return `${count('SELECT count(*) FROM stories')} stories of ${count('SELECT count(*) FROM story_articles')} articles`;
  } finally {
    db.close();
  }
}

function count(path: string, sql: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}
