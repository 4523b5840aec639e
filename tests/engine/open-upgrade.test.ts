import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../core/contract.ts';
import { Engine } from '../../core/engine/engine.ts';
import { latestVersion } from '../../db/migrations/index.ts';
import { BEFORE_FRAME_SUMS, projectBeforeFrameSums, versionOf } from '../support/old-project.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';
import { expectFrameSums } from './counted-facets.ts';
import { errorOf } from './support.ts';

// Issue 12: an older project opened from the window (`project.open`: the desktop app's Open… and
// Open Recent, a browser window's Open…) is upgraded on a thread of its own, as `framescope serve`
// upgrades the project it starts with: the window is told how far it got and its calls on the
// project still open are answered meanwhile. Killed part way, the file stays at its old version.

function upgradeEvents(engine: Engine): EngineEvent[] {
  const events: EngineEvent[] = [];
  engine.subscribe((event) => {
    if (event.type !== 'changed' && event.task === 'upgrade') events.push(event);
  });
  return events;
}

describe('an older project opened from the window', () => {
  const temp = useTempDir();

  it('is upgraded off the thread that answers calls, telling how far it got, then replaces the open project', async () => {
    const { old, first, engine, events, opening, goOn } = await heldHalfWay();
    let opened = false;
    void opening.then(() => (opened = true));
    try {
      // Half way through the upgrade: the project still open answers, and the window knows which
      // project is being upgraded and how far it got.
      expect((await engine.invoke('project.info')).path).toBe(first);
      expect(opened).toBe(false);
      expect(events[0]).toMatchObject({ type: 'progress', done: 0, total: 1 });
      expect((events[0] as { label: string }).label).toMatch(
        /^Upgrading old\.sqlite: 0% — closing will stop it/,
      );
      expect(events.at(-1)).toMatchObject({ type: 'progress', done: 10, total: 20 });
      // Which project, how far, and what closing does.
      expect((events.at(-1) as { label: string }).label).toMatch(
        /^Upgrading old\.sqlite: 50% — closing will stop it; the file stays at its old version, and the next open upgrades it\. Now: .+\.$/,
      );
      // A task on this one is told to wait.
      expect(errorOf(await engine.call('import.paths', [[SEED_PATH]])).code).toBe('busy');
      expect(versionOf(old)).toEqual({ version: BEFORE_FRAME_SUMS, sums: false });

      goOn();
      const envelope = await opening;
      expect(envelope.ok).toBe(true);
      expect((await engine.invoke('project.info')).path).toBe(old);
      expect((await engine.invoke('articles.list', {})).rows).toHaveLength(1);
      // The opening line, the sums in twenty steps, the kept rows put in article order (one step),
      // then the upgrade written into the file (tens of seconds at 100,000 articles), said too.
      const progress = events.filter((event) => event.type === 'progress');
      expect(progress.map((event) => event.done)).toEqual([0, ...Array(21).keys(), 0, 1, 0]);
      expect(progress.at(-1)!.label).toBe(
        'Upgraded old.sqlite: writing the upgraded project into its file; it opens once that is done.',
      );
      expect(events.at(-1)).toMatchObject({ type: 'finished', ok: true });
      expect(versionOf(old)).toEqual({ version: latestVersion, sums: true });
      expectFrameSums(engine.db);
    } finally {
      goOn(); // a failed expectation must not leave the upgrade held, or closing would wait for ever
      await engine.close();
    }
  });

  it('killed half way through the upgrade, leaves the file at its old version; the next open upgrades it', async () => {
    const old = join(temp.dir(), 'old.sqlite');
    await projectBeforeFrameSums(old);
    const first = join(temp.dir(), 'first.sqlite');
    const child = spawn(
      process.execPath,
      [join(import.meta.dirname, '../support/open-held.ts'), first, old],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const said = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.trim());
      });
      child.on('exit', (code) =>
        reject(new Error(`the engine ended before its upgrade was half done (${code})`)),
      );
    });
    const ended = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await ended;
    expect(said).toBe('held');
    // Half the sums were added in the upgrade's transaction, which never committed.
    expect(versionOf(old)).toEqual({ version: BEFORE_FRAME_SUMS, sums: false });

    const engine = new Engine(first);
    const events = upgradeEvents(engine);
    try {
      expect((await engine.invoke('project.open', old)).counts.articles).toBe(1);
      expect(events.at(-1)).toMatchObject({ type: 'finished', ok: true });
      expect(versionOf(old)).toEqual({ version: latestVersion, sums: true });
      expectFrameSums(engine.db);
    } finally {
      await engine.close();
    }
  });

  it('refuses a project changed outside Framescope, or made by a later version, naming the file; the open project stays', async () => {
    const changed = join(temp.dir(), 'changed.sqlite');
    await projectBeforeFrameSums(changed);
    const outside = new Database(changed);
    outside.exec('CREATE TABLE notes_of_mine (body TEXT)');
    outside.close();
    const later = join(temp.dir(), 'later.sqlite');
    await new Engine(later).close();
    const ahead = new Database(later);
    ahead.pragma(`user_version = ${latestVersion + 1}`);
    ahead.close();

    const first = join(temp.dir(), 'first.sqlite');
    const engine = new Engine(first);
    const events = upgradeEvents(engine);
    try {
      const refused = errorOf(await engine.call('project.open', [changed]));
      expect(refused.code).toBe('project-file');
      expect(refused.message).toContain(changed);
      expect(events.at(-1)).toMatchObject({ type: 'finished', ok: false, message: refused.message });
      const newer = errorOf(await engine.call('project.open', [later]));
      expect(newer.code).toBe('project-file');
      expect(newer.message).toContain(later);
      expect(newer.message).toMatch(/newer|later/);
      expect((await engine.invoke('project.info')).path).toBe(first);
      expect(versionOf(changed).version).toBe(BEFORE_FRAME_SUMS);
    } finally {
      await engine.close();
    }
  });

  /** An engine on `first` opening `old`, held half way through the upgrade. */
  async function heldHalfWay() {
    const old = join(temp.dir(), 'old.sqlite');
    await projectBeforeFrameSums(old);
    const first = join(temp.dir(), 'first.sqlite');
    let halfWay!: () => void;
    const reached = new Promise<void>((resolve) => (halfWay = resolve));
    let goOn!: () => void;
    const held = new Promise<void>((resolve) => (goOn = resolve));
    const engine = new Engine(first, {
      onUpgrade: (done, total) => {
        if (done * 2 !== total) return;
        halfWay();
        return held;
      },
    });
    const events = upgradeEvents(engine);
    const opening = engine.call('project.open', [old]);
    await reached;
    return { old, first, engine, events, opening, goOn };
  }

  it('stops the upgrade when another project is opened: the file keeps its old version, the other opens', async () => {
    const { old, engine, events, opening, goOn } = await heldHalfWay();
    const other = join(temp.dir(), 'other.sqlite');
    try {
      // Opened without waiting for the held upgrade to go on.
      expect((await engine.invoke('project.create', other)).path).toBe(other);
      const stopped = errorOf(await opening);
      expect(stopped.message).toBe(
        'The upgrade of old.sqlite was stopped; the file stays at its old version, and the next open upgrades it.',
      );
      expect(events.at(-1)).toMatchObject({ type: 'finished', ok: false, cancelled: true });
      expect((await engine.invoke('project.info')).path).toBe(other);
      expect(versionOf(old)).toEqual({ version: BEFORE_FRAME_SUMS, sums: false });
      // The next open upgrades it whole (this engine's hold let go).
      goOn();
      expect((await engine.invoke('project.open', old)).counts.articles).toBe(1);
      expect(versionOf(old)).toEqual({ version: latestVersion, sums: true });
      expectFrameSums(engine.db);
    } finally {
      goOn();
      await engine.close();
    }
  });

  it('stops the upgrade when the project is closed, instead of waiting for it; the file keeps its old version', async () => {
    const { old, first, engine, events, opening, goOn } = await heldHalfWay();
    try {
      // The hold is never released: closing returns because it stops the upgrade.
      await engine.close();
      expect(errorOf(await opening).message).toMatch(/^The upgrade of old\.sqlite was stopped/);
      expect(events.at(-1)).toMatchObject({ type: 'finished', ok: false, cancelled: true });
      expect(versionOf(old)).toEqual({ version: BEFORE_FRAME_SUMS, sums: false });
    } finally {
      goOn();
      await engine.close();
    }
    const again = new Engine(first);
    try {
      expect((await again.invoke('project.open', old)).counts.articles).toBe(1);
      expect(versionOf(old)).toEqual({ version: latestVersion, sums: true });
    } finally {
      await again.close();
    }
  });
});
