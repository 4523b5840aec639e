import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Where npm run bench:scale keeps the projects it builds: outside git, beside the checkout, so
// every worktree of this repository reuses one build (an analysed 100,000-article project takes
// hours on a shared 2-core machine). FRAMESCOPE_BENCH_CACHE names another folder.

/** Raise when what the builders write changes, so older builds are not measured as if current. */
export const BENCH_DATA_VERSION = 2;

export function cacheDir(): string {
  return resolve(process.env.FRAMESCOPE_BENCH_CACHE ?? join(import.meta.dirname, '../../../bench-cache'));
}

export type BuildKind = 'analysed' | 'synthetic';

/** The project file of a build, e.g. bench-cache/scale-v1-analysed-100000.sqlite. */
export function buildPath(kind: BuildKind, articles: number): string {
  return join(cacheDir(), `scale-v${BENCH_DATA_VERSION}-${kind}-${articles}.sqlite`);
}

/** What a builder records beside the project: how far it got and how long each stage took. */
export interface BuildRecord {
  kind: BuildKind;
  articles: number;
  complete: boolean;
  /** Seconds per stage ("write sources", "import", "analysis", ...), summed over resumed runs. */
  seconds: Record<string, number>;
  /** Peak RSS of the builder process per stage, bytes. */
  peakRssBytes: Record<string, number>;
  notes: string[];
}

export function recordPath(project: string): string {
  return project.replace(/\.sqlite$/, '.build.json');
}

export function readRecord(project: string, kind: BuildKind, articles: number): BuildRecord {
  const path = recordPath(project);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as BuildRecord;
  return { kind, articles, complete: false, seconds: {}, peakRssBytes: {}, notes: [] };
}

/** Writes the record whole or not at all, so a killed builder never leaves half a record. */
export function writeRecord(project: string, record: BuildRecord): void {
  const path = recordPath(project);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

export function isBuilt(kind: BuildKind, articles: number): boolean {
  const project = buildPath(kind, articles);
  return existsSync(project) && readRecord(project, kind, articles).complete;
}

/** The builder running on a project now, if any: its lock file names its process. */
export function runningBuilder(project: string): number | undefined {
  const lock = `${project}.lock`;
  if (!existsSync(lock)) return undefined;
  const pid = Number(readFileSync(lock, 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined; // a builder that died left its lock behind
  }
}

/** Marks a project as being built by this process until it exits; refuses when another builds it. */
export function lockBuild(project: string): void {
  const other = runningBuilder(project);
  if (other !== undefined && other !== process.pid)
    throw new Error(`${project} is being built by process ${other}; wait for it to finish.`);
  writeFileSync(`${project}.lock`, String(process.pid));
  process.on('exit', () => rmSync(`${project}.lock`, { force: true }));
}
