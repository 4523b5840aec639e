import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, type RunningServer } from '../../core/server/index.ts';
import { SEED_PATH } from '../../tests/support/temp.ts';
import { framescope } from '../../tests/support/cli.ts';
import type { Family, FamilyResult } from '../family.ts';
import { craftedFiles, MARKER_KEY, type CraftedFile } from '../support/crafted.ts';
import { changes, fingerprint, isSentenceAbout } from '../support/files.ts';
import { buildRichProject, writeBrownArticles } from '../support/project.ts';

const BIN = resolve(import.meta.dirname, '../../bin/framescope.js');

/** Every command, as a person would type it, against the project FILE; `out` is a scratch folder. */
function commands(file: string, out: string): { name: string; argv: string[]; writes: boolean }[] {
  const db = ['--db', file];
  return [
    { name: 'list', argv: ['list', ...db], writes: false },
    { name: 'show', argv: ['show', '1', ...db], writes: false },
    { name: 'search', argv: ['search', 'aid OR said', ...db], writes: false },
    {
      name: 'export',
      argv: ['export', '--format', 'json', '--out', join(out, 'export.json'), ...db],
      writes: false,
    },
    { name: 'compare', argv: ['compare', ...db], writes: false },
    { name: 'stories list', argv: ['stories', 'list', ...db], writes: false },
    { name: 'stories show', argv: ['stories', 'show', '1', ...db], writes: false },
    { name: 'lexicon', argv: ['lexicon', ...db], writes: false },
    { name: 'share', argv: ['share', '--out', join(out, 'shared.sqlite'), ...db], writes: false },
    { name: 'import', argv: ['import', SEED_PATH, ...db], writes: true },
    { name: 'analyze', argv: ['analyze', ...db], writes: true },
    { name: 'stories group', argv: ['stories', 'group', ...db], writes: true },
    { name: 'lexicon add', argv: ['lexicon', 'add', 'organization', 'Planted Org', ...db], writes: true },
  ];
}

interface Tally {
  files: number;
  opens: number;
  refusals: number;
  refusalsWithSentence: number;
  executions: number;
  changedOnRefusal: number;
  readOnlyReads: number;
  readOnlyReadsOk: number;
  readOnlyWrites: number;
  readOnlyWritesRefused: number;
  damagedOpens: number;
  damagedAnswered: number;
  processRuns: number;
}

/**
 * Crafted project files (planted triggers on every table, shadowing views, wrong marks, damaged
 * pages, foreign and stale logs, read-only files and folders), each opened by every command and
 * by the bridge: 0 executions of planted code, 0 bytes changed on refusal, a sentence each.
 */
export const craftedProjectFiles: Family = {
  name: 'crafted project files',
  async run({ short, log = () => {} }): Promise<FamilyResult> {
    const root = mkdtempSync(join(tmpdir(), 'framescope-torture-crafted-'));
    const failures: string[] = [];
    const tally: Tally = {
      files: 0,
      opens: 0,
      refusals: 0,
      refusalsWithSentence: 0,
      executions: 0,
      changedOnRefusal: 0,
      readOnlyReads: 0,
      readOnlyReadsOk: 0,
      readOnlyWrites: 0,
      readOnlyWritesRefused: 0,
      damagedOpens: 0,
      damagedAnswered: 0,
      processRuns: 0,
    };
    const started = Date.now();
    let server: RunningServer | undefined;
    try {
      const base = join(root, 'base.sqlite');
      const other = join(root, 'other.sqlite');
      await buildRichProject(base, writeBrownArticles(root, 3));
      await buildRichProject(other, writeBrownArticles(root, 2, 20));
      const good = join(root, 'good.sqlite');
      copyFileSync(base, good);
      server = await startServer({ dbPath: good, port: 0, log: () => {} });
      const cases = short ? shortList(craftedFiles()) : craftedFiles();
      for (const [i, crafted] of cases.entries()) {
        const dir = join(root, `case-${i}`);
        mkdirSync(dir);
        const path = crafted.make(base, dir, other);
        tally.files++;
        try {
          await tryEveryOpen(crafted, path, dir, server, !short, tally, failures);
        } finally {
          crafted.cleanup?.(path);
        }
        log(`  ${crafted.expect.padEnd(9)} ${crafted.name}`);
      }
    } finally {
      await server?.close();
      rmSync(root, { recursive: true, force: true });
    }
    return {
      figures: [
        ['crafted project files', tally.files],
        ['opens (every command, the bridge starting on it and switching to it)', tally.opens],
        ['  of them through a separate framescope process', tally.processRuns],
        ['refusals', tally.refusals],
        ['refusals with a sentence naming the file', tally.refusalsWithSentence],
        ['executions of planted code', tally.executions],
        ['refused files with any byte changed or a file left beside them', tally.changedOnRefusal],
        ['read-only projects: reads that worked', `${tally.readOnlyReadsOk} of ${tally.readOnlyReads}`],
        [
          'read-only projects: changes refused with a sentence',
          `${tally.readOnlyWritesRefused} of ${tally.readOnlyWrites}`,
        ],
        ['damaged data pages: answers or sentences', `${tally.damagedAnswered} of ${tally.damagedOpens}`],
        ['seconds', Math.round((Date.now() - started) / 1000)],
      ],
      failures,
    };
  },
};

async function tryEveryOpen(
  crafted: CraftedFile,
  path: string,
  dir: string,
  server: RunningServer,
  separateProcess: boolean,
  tally: Tally,
  failures: string[],
): Promise<void> {
  const fail = (what: string) => failures.push(`${crafted.name}: ${what}`);
  const out = join(dir, 'out');
  const before = fingerprint(path);
  const readsFirst = commands(path, out).sort((a, b) => Number(a.writes) - Number(b.writes));
  for (const command of readsFirst) {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    const result = await framescope(...command.argv);
    judge(crafted, path, command.name, command.writes, result.code === 0, result.err, tally, fail);
    if (crafted.expect !== 'damaged' || !command.writes) {
      const changed = changes(before, fingerprint(path));
      if (changed.length > 0 && crafted.expect !== 'damaged') fail(`${command.name} ${changed.join(', ')}`);
      if (changed.length > 0 && crafted.expect === 'damaged')
        fail(`${command.name} (a read) ${changed.join(', ')}`);
    }
  }
  await bridgeStart(crafted, path, tally, fail);
  await bridgeSwitch(crafted, path, server, tally, fail);
  if (separateProcess) {
    const child = spawnSync(process.execPath, [BIN, 'list', '--db', path], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    tally.processRuns++;
    judge(crafted, path, 'list (own process)', false, child.status === 0, child.stderr, tally, fail);
  }
  const after = fingerprint(path);
  const changed = changes(before, after);
  if (crafted.expect !== 'damaged') {
    if (changed.length > 0) {
      tally.changedOnRefusal++;
      fail(`after every open, ${changed.join(', ')}`);
    }
  }
  if (markerFound(path, dir)) {
    tally.executions++;
    fail('planted code ran: its marker row is in the file');
  }
}

function judge(
  crafted: CraftedFile,
  path: string,
  what: string,
  writes: boolean,
  succeeded: boolean,
  message: string,
  tally: Tally,
  fail: (what: string) => void,
): void {
  const sentence = isSentenceAbout(message, path);
  tally.opens++;
  if (crafted.expect === 'refused') {
    tally.refusals++;
    if (succeeded) fail(`${what} opened it`);
    else if (!sentence)
      fail(`${what} said ${JSON.stringify(message.slice(0, 300))}, not a sentence naming the file`);
    else tally.refusalsWithSentence++;
  } else if (crafted.expect === 'read-only') {
    if (writes) {
      tally.readOnlyWrites++;
      if (succeeded) fail(`${what} changed a read-only project`);
      else if (!sentence) fail(`${what} said ${JSON.stringify(message.slice(0, 300))}`);
      else tally.readOnlyWritesRefused++;
    } else {
      tally.readOnlyReads++;
      if (succeeded) tally.readOnlyReadsOk++;
      else fail(`${what} could not read it: ${message.slice(0, 300)}`);
    }
  } else {
    tally.damagedOpens++;
    if (succeeded || sentence) tally.damagedAnswered++;
    else fail(`${what} said ${JSON.stringify(message.slice(0, 300))}`);
  }
}

/** `framescope serve` on the file: the bridge must refuse to start, or serve it read-only. */
async function bridgeStart(crafted: CraftedFile, path: string, tally: Tally, fail: (what: string) => void) {
  let server: RunningServer | undefined;
  try {
    server = await startServer({ dbPath: path, port: 0, log: () => {} });
  } catch (error) {
    judge(crafted, path, 'serve', false, false, (error as Error).message, tally, fail);
    return;
  }
  try {
    judge(crafted, path, 'serve', false, true, '', tally, fail);
    if (crafted.expect === 'read-only') {
      const envelope = await server.engine.call('stories.rename', [1, 'Renamed']);
      judge(
        crafted,
        path,
        'serve: stories.rename',
        true,
        envelope.ok,
        envelope.ok ? '' : envelope.error.message,
        tally,
        fail,
      );
    }
  } finally {
    await server.close();
  }
}

/** The running bridge asked to switch to the file (project.open), as the app's Open does. */
async function bridgeSwitch(
  crafted: CraftedFile,
  path: string,
  server: RunningServer,
  tally: Tally,
  fail: (what: string) => void,
) {
  const good = server.engine.path;
  const envelope = await server.engine.call('project.open', [path]);
  judge(
    crafted,
    path,
    'project.open',
    false,
    envelope.ok,
    envelope.ok ? '' : envelope.error.message,
    tally,
    fail,
  );
  // A damaged project may be switched to and then fail to describe itself: switch back either way.
  if (server.engine.path !== good) {
    const back = await server.engine.call('project.open', [good]);
    if (!back.ok) fail(`the bridge could not switch back: ${back.error.message}`);
  }
}

/** Whether the marker a planted trigger writes is in the file (read from a private copy, so nothing runs there). */
function markerFound(path: string, dir: string): boolean {
  if (!existsSync(path) || !statSync(path).isFile()) return false;
  const copy = join(dir, 'marker-check.sqlite');
  copyFileSync(path, copy);
  for (const suffix of ['-wal', '-journal'])
    if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
  try {
    const db = new Database(copy, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) FROM meta WHERE key = ?').pluck().get(MARKER_KEY) as number) > 0;
    } finally {
      db.close();
    }
  } catch {
    return false; // not a database SQLite reads, or without a meta table: nothing could have run
  } finally {
    for (const suffix of ['', '-wal', '-journal', '-shm']) rmSync(copy + suffix, { force: true });
  }
}

/** A few of each kind for npm test: some planted triggers, a view, marks, damage, logs, read-only. */
function shortList(all: CraftedFile[]): CraftedFile[] {
  const wanted = [
    'trigger AFTER INSERT on annotations',
    'trigger deleting every quote',
    'a view standing in',
    'schema version newer',
    'file cut off',
    'a data page of articles',
    'a -wal from another project beside it',
    'a -wal from a copy that forked',
    'a hot -journal',
    'a named pipe',
    'a read-only project file',
    'a project in a read-only folder',
  ];
  return all.filter((crafted) => wanted.some((name) => crafted.name.startsWith(name)));
}
