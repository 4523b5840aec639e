import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openProject } from '../../db/open.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { makeSeeds, type SeedFormat } from '../inputs/seeds.ts';
import { mutate } from '../inputs/mutate.ts';
import { seededRandom } from '../../nlp/random.ts';
import { specials } from '../inputs/specials.ts';

// Issue #10, "Measured how": at least 10,000 generated malformed inputs across every import format
// (mutated files, random bytes, bombs, deep nesting), each imported on its own: no crash, no file
// over 10 s, peak memory under 1 GB, and a sentence for every file that does not import.

export const name = 'malformed-input';

const FULL_INPUTS = 10_000;
const SHORT_INPUTS = 300;
/**
 * A file hangs when reading it takes more than 10 s of work (CPU time of all the process's
 * threads). Wall time is printed too, but on a machine shared by many (a 2-core box under a load
 * of 20) it measures the queue for the CPU more than the reader; 30 s of wall time counts as a
 * hang all the same.
 */
const HANG_MS = 10_000;
const HANG_WALL_MS = 30_000;
const MAX_RSS_BYTES = 1024 * 1024 * 1024;
const SEED = 20_261_201;

export interface FamilyResult {
  name: string;
  ok: boolean;
  figures: Record<string, string | number>;
  problems: string[];
}

/** A reason a person can act on: a sentence fragment, not a stack trace or a bare library word. */
function isSentence(reason: string): boolean {
  return (
    reason.length >= 12 && /\s/.test(reason) && !/\n\s+at |\bat Object\.|undefined|\[object /.test(reason)
  );
}

async function* inputs(short: boolean): AsyncGenerator<{ name: string; bytes: Buffer }> {
  for (const special of specials(short)) yield { name: special.name, bytes: await special.make() };
  const seeds = await makeSeeds();
  const formats = Object.keys(seeds) as SeedFormat[];
  const random = seededRandom(SEED);
  const total = short ? SHORT_INPUTS : FULL_INPUTS;
  for (let i = 0; ; i++) {
    const format = formats[i % formats.length]!;
    const other = seeds[formats[Math.floor(random() * formats.length)]!];
    const { bytes, how } = mutate(seeds[format], random, other);
    yield { name: `m${i}-${how.join('+')}.${format}`, bytes };
    if (i + specials(short).length + 1 >= total) return;
  }
}

export async function run({ short }: { short: boolean }): Promise<FamilyResult> {
  const dir = mkdtempSync(join(tmpdir(), 'framescope-torture-'));
  const db = openProject(join(dir, 'project.sqlite'));
  const problems: string[] = [];
  const figures = { inputs: 0, imported: 0, refused: 0, crashes: 0, hangs: 0, silent: 0, generic: 0 };
  let slowest = { name: '', ms: 0 };
  let slowestCpu = { name: '', ms: 0 };
  let peak = { name: '', kb: 0 };
  const generic = new Set<string>();
  const started = performance.now();
  try {
    for await (const input of inputs(short)) {
      const file = join(dir, input.name);
      writeFileSync(file, input.bytes);
      figures.inputs++;
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      try {
        const summary = await importPaths(db, [file]);
        const answered = summary.imported.length + summary.duplicates.length + summary.failures.length;
        if (summary.imported.length + summary.duplicates.length > 0) figures.imported++;
        if (summary.failures.length > 0) figures.refused++;
        if (answered === 0) {
          figures.silent++;
          problems.push(`${input.name}: neither imported nor refused with a reason`);
        }
        for (const failure of summary.failures) {
          if (/the reader said:/.test(failure.reason)) {
            figures.generic++;
            generic.add(failure.reason.replace(/^.*the reader said: /, '').slice(0, 80));
          }
          if (!isSentence(failure.reason)) problems.push(`${input.name}: not a sentence: ${failure.reason}`);
        }
      } catch (error) {
        figures.crashes++;
        problems.push(`${input.name}: the import itself failed: ${(error as Error).stack ?? String(error)}`);
      }
      const ms = performance.now() - t0;
      const cpuUsed = process.cpuUsage(cpu0);
      const cpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
      if (cpuMs > slowestCpu.ms) slowestCpu = { name: input.name, ms: cpuMs };
      const rss = process.resourceUsage().maxRSS;
      if (rss > peak.kb) peak = { name: input.name, kb: rss };
      if (ms > slowest.ms) slowest = { name: input.name, ms };
      if (cpuMs > HANG_MS || ms > HANG_WALL_MS) {
        figures.hangs++;
        problems.push(
          `${input.name}: took ${(cpuMs / 1000).toFixed(1)} s of work, ${(ms / 1000).toFixed(1)} s in all`,
        );
      }
      rmSync(file, { force: true });
    }
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;
  if (peakRss >= MAX_RSS_BYTES) problems.push(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
  const wanted = short ? SHORT_INPUTS : FULL_INPUTS;
  if (figures.inputs < wanted) problems.push(`only ${figures.inputs} inputs, not ${wanted}`);
  return {
    name,
    ok: problems.length === 0,
    figures: {
      ...figures,
      'slowest (work)': `${slowestCpu.name} (${(slowestCpu.ms / 1000).toFixed(2)} s of CPU)`,
      'slowest (wall)': `${slowest.name} (${(slowest.ms / 1000).toFixed(2)} s)`,
      'peak RSS': `${(peakRss / 1024 / 1024).toFixed(0)} MB (reached with ${peak.name})`,
      'library words': [...generic].slice(0, 5).join(' | ') || 'none',
      'wall time': `${((performance.now() - started) / 1000).toFixed(0)} s`,
    },
    problems,
  };
}

export default { name, run };
