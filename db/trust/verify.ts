import { realpathSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ProjectFileError } from '../errors.ts';
import { latestVersion } from '../migrations/index.ts';
import { expectedSchema, type SchemaObject } from './allowlist.ts';
import { readFactsFromPages, readFactsWithSqlite, readHeaderFacts, type FileFacts } from './facts.ts';
import { MalformedFileError } from './page-reader.ts';
import { privateCopy, sideFiles, type SideFiles } from './side-files.ts';

/** `PRAGMA application_id` of every Framescope project: "FScp". */
export const APPLICATION_ID = 0x46536370;

export type Verdict =
  /** Nothing there, or an empty file (or an empty SQLite database): a new project may be made there. */
  | { kind: 'new' }
  /** A Framescope project whose schema is exactly what the migrations up to `version` create. */
  | { kind: 'project'; version: number; sideFiles: SideFiles };

/** What the facts of a file say: fine (at a version), empty, or a problem worded as "it …". */
export type Judgement =
  | { ok: true; version: number }
  | { ok: true; empty: true }
  | { ok: false; problem: string; newer?: number; foreign?: boolean };

/**
 * The trust check every open goes through (and a merge can run on a private copy): the file must
 * carry Framescope's mark and a schema version this code knows, and hold exactly the tables,
 * indexes, triggers and views (with their SQL) and the FTS5 settings that the migrations create
 * for that version. Anything else is refused with a sentence naming it.
 *
 * Nothing is written. A file without a `-wal` or journal beside it is read with plain file reads
 * (milliseconds, whatever its size). What SQLite would replay from beside the file is checked as
 * replayed, with SQLite's quick_check as well, since a `-wal` from another copy can leave a schema
 * that looks whole over pages that do not fit: on a private copy, or, when the `-shm` index was
 * built from that very `-wal` (a connection is using it, or was killed), through a read-only
 * connection, the only consistent view while someone writes. That costs a read of the whole
 * file, which only happens after a crash or while another program is writing.
 */
export function verifyProjectFile(given: string): Verdict {
  let stat;
  let path: string;
  try {
    stat = statSync(given);
    // SQLite follows a symbolic link and keeps its -wal and journal beside the file it points to.
    path = realpathSync(given);
  } catch {
    return { kind: 'new' };
  }
  if (stat.isDirectory()) throw new ProjectFileError(`${path} is a folder, not a project file.`);
  if (!stat.isFile())
    throw new ProjectFileError(
      `${path} is not a regular file (it is a device or a pipe), so it is not a project.`,
    );
  const side = sideFiles(path);
  if (stat.size === 0) {
    if (side.wal > 0) throw new ProjectFileError(strayLog(path, 'the project file itself is empty', '-wal'));
    return { kind: 'new' };
  }
  checkHeader(path);

  const direct = !side.hotJournal && side.wal === 0;
  if (direct) {
    const judgement = attempt(() => readFactsFromPages(path, judgeFacts));
    if (judgement.ok) return verdictOf(judgement, side);
    throw refusal(path, judgement);
  }
  // SQLite would replay what lies beside the file: judge the file alone, then as replayed. In this
  // order, a session that starts meanwhile only lengthens the replayed lineage.
  let aloneLineage: string[] = [];
  const alone = attempt(() =>
    readFactsFromPages(path, (facts) => {
      const verdict = judgeFacts(facts);
      if (verdict.ok) aloneLineage = facts.lineage();
      return verdict;
    }),
  );
  let replayedLineage: string[] = [];
  const judgeReplayed = (facts: FileFacts) => {
    const judgement = judgeFacts(facts);
    if (judgement.ok) replayedLineage = facts.lineage();
    return judgement;
  };
  const judgement =
    side.wal > 0 && side.shmMatchesWal && !side.hotJournal
      ? attempt(() => readFactsWithSqlite(path, { readonly: true, structural: true }, judgeReplayed))
      : onPrivateCopy(path, (copy) =>
          readFactsWithSqlite(copy, { readonly: false, structural: true }, judgeReplayed),
        );
  if (judgement.ok) {
    // A log from a copy that forked from this file can fit its pages; it cannot continue its sessions.
    const [latest] = aloneLineage;
    if (!side.hotJournal && latest !== undefined && !replayedLineage.includes(latest))
      throw new ProjectFileError(
        strayLog(path, 'it would hold the work of another copy of the project, not of this file', '-wal'),
      );
    return verdictOf(judgement, side);
  }
  if (!alone.ok) throw refusal(path, alone);
  throw new ProjectFileError(strayLog(path, judgement.problem, side.hotJournal ? '-journal' : '-wal'));
}

function verdictOf(judgement: Judgement & { ok: true }, side: SideFiles): Verdict {
  return 'empty' in judgement
    ? { kind: 'new' }
    : { kind: 'project', version: judgement.version, sideFiles: side };
}

/** Judges facts read by any means: a merge that checked a private copy itself can call this. */
export function judgeFacts(facts: FileFacts): Judgement {
  if (facts.damage.length > 0) {
    const lines = facts.damage
      .flatMap((report) => report.split('\n'))
      .filter((line) => !line.startsWith('***'));
    return { ok: false, problem: `SQLite finds it damaged (${lines.slice(0, 2).join('; ')})` };
  }
  if (facts.applicationId !== APPLICATION_ID) {
    if (facts.applicationId === 0 && facts.objects.length === 0 && facts.userVersion === 0)
      return { ok: true, empty: true };
    return { ok: false, problem: 'it is an SQLite database but not a Framescope project', foreign: true };
  }
  if (facts.userVersion > latestVersion || facts.userVersion < 0)
    return { ok: false, problem: `it was saved by a newer Framescope`, newer: facts.userVersion };
  const expected = expectedSchema(facts.userVersion);
  const differences = schemaDifferences(expected.objects, facts.objects);
  if (differences.length > 0)
    return { ok: false, problem: describeDifferences(differences, facts.userVersion) };
  for (const [name, rows] of expected.ftsConfig) {
    const actual = facts.ftsConfig(name);
    if (JSON.stringify(actual) !== JSON.stringify(rows))
      return {
        ok: false,
        problem: `its full-text index "${name}" has settings Framescope does not make (${actual.map(([k]) => k).join(', ')})`,
      };
  }
  return { ok: true, version: facts.userVersion };
}

/** The sentence for a file refused with this judgement. */
export function refusal(path: string, judgement: Judgement & { ok: false }): ProjectFileError {
  if (judgement.newer !== undefined)
    return new ProjectFileError(
      `${path} was saved by a newer Framescope (schema ${judgement.newer}, this version knows up to ${latestVersion}); ` +
        'update Framescope to open it. The file was left unchanged.',
    );
  if (judgement.foreign)
    return new ProjectFileError(
      `${path} is an SQLite database but not a Framescope project; it was left unchanged.`,
    );
  return new ProjectFileError(
    `${path} was not opened: ${judgement.problem}. A project file changed outside Framescope could run ` +
      'code or show altered data, so Framescope did not use it and left it unchanged.',
  );
}

function attempt(read: () => Judgement): Judgement {
  try {
    return read();
  } catch (error) {
    return { ok: false, problem: readFailure(error) };
  }
}

function onPrivateCopy(path: string, read: (copy: string) => Judgement): Judgement {
  let made;
  try {
    made = privateCopy(path);
  } catch (error) {
    return { ok: false, problem: readFailure(error) };
  }
  try {
    return attempt(() => read(made.copy));
  } finally {
    made.remove();
  }
}

interface Difference {
  kind: 'unknown' | 'changed' | 'missing';
  object: SchemaObject;
}

function schemaDifferences(expected: readonly SchemaObject[], actual: readonly SchemaObject[]): Difference[] {
  const key = (o: SchemaObject) => `${o.type}\0${o.name}`;
  const wanted = new Map(expected.map((o) => [key(o), o]));
  const found = new Map(actual.map((o) => [key(o), o]));
  const differences: Difference[] = [];
  for (const object of actual) {
    const match = wanted.get(key(object));
    if (!match) differences.push({ kind: 'unknown', object });
    else if (match.sql !== object.sql || match.tbl_name !== object.tbl_name)
      differences.push({ kind: 'changed', object });
  }
  for (const object of expected) if (!found.has(key(object))) differences.push({ kind: 'missing', object });
  // Named first: a view standing in for a table, then what runs code (triggers), then the rest.
  const shadowed = new Set(differences.filter((d) => d.kind === 'missing').map((d) => d.object.name));
  const rank = ({ kind, object }: Difference) =>
    object.type === 'view' && shadowed.has(object.name)
      ? 0
      : object.type === 'trigger'
        ? kind === 'unknown'
          ? 1
          : 2
        : object.type === 'view'
          ? 3
          : 4;
  return differences.sort((a, b) => rank(a) - rank(b));
}

function describeDifferences(differences: Difference[], version: number): string {
  const phrases = differences.slice(0, 3).map(({ kind, object }) => {
    const what = `${object.type} "${object.name}"`;
    const a = object.type === 'index' ? 'an' : 'a';
    const on = object.type === 'trigger' || object.type === 'index' ? ` on ${object.tbl_name}` : '';
    if (kind === 'missing') return `the ${what}${on} is missing`;
    if (kind === 'changed') return `its ${what}${on} differs from the one Framescope creates`;
    const shadowed = differences.find((d) => d.kind === 'missing' && d.object.name === object.name);
    if (shadowed) return `${a} ${what} stands where Framescope keeps a ${shadowed.object.type}`;
    return `it holds ${a} ${what}${on} that Framescope did not create`;
  });
  const more = differences.length > 3 ? `, and ${differences.length - 3} more differences` : '';
  return `${phrases.join('; ')}${more} (compared with schema version ${version})`;
}

function checkHeader(path: string): void {
  let header;
  try {
    header = readHeaderFacts(path);
  } catch (error) {
    if (error instanceof MalformedFileError && error.message === 'it is not an SQLite database')
      throw new ProjectFileError(`${path} is not a Framescope project (it is not an SQLite database).`);
    throw refusal(path, { ok: false, problem: readFailure(error) });
  }
  if (header.encoding > 1)
    throw refusal(path, { ok: false, problem: 'it stores text as UTF-16, which Framescope never does' });
  const [write, read] = header.formatBytes;
  if (!((write === 1 && read === 1) || (write === 2 && read === 2)))
    throw refusal(path, {
      ok: false,
      problem: `its header names a journal format Framescope does not write (${write}, ${read})`,
    });
}

function readFailure(error: unknown): string {
  if (error instanceof MalformedFileError) return `it is damaged (${error.message})`;
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return `it is damaged (${message ?? code})`;
  if (code === 'EACCES' || code === 'EPERM') return 'Framescope may not read it (file permissions)';
  return `it could not be read (${message ?? String(error)})`;
}

function strayLog(path: string, problem: string, suffix: '-wal' | '-journal'): string {
  const side = `${basename(path)}${suffix}`;
  const what = problem.replace(/^it /, 'the project ');
  if (suffix === '-journal')
    return (
      `${path} was not opened: the ${side} file beside it holds an unfinished change, and undoing it ` +
      `(as SQLite would on opening) leaves a project that Framescope does not trust: ${what}. Nothing was changed. ` +
      'Ask whoever gave you the project for a copy made with Save a copy or "framescope share": one whole file, with nothing beside it.'
    );
  return (
    `${path} was not opened: the ${side} file beside it does not fit it (applied to it, ${what}). ` +
    'It may have been copied from another project or left behind by an older copy. Nothing was changed. ' +
    `To open the project as it was last saved whole, move ${side} out of the folder; if ${side} ` +
    'came with this very file, keep both and ask for a copy made with Save a copy or "framescope share".'
  );
}
