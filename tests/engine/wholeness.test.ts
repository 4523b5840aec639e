import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine, IDLE_CHECKPOINT_MS } from '../../core/engine/engine.ts';
import { openProject } from '../../db/open.ts';
import { contentsOf } from '../../torture/support/project.ts';
import { framescope } from '../support/cli.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';
import { errorOf } from './support.ts';

/** Waits for a condition the engine brings about by itself (its idle checkpoint), failing after `ms`. */
async function until(condition: () => boolean, ms = 20 * IDLE_CHECKPOINT_MS): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const walSize = (path: string) => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);

/** A person's work, through the engine: articles, a story, an accepted quote, a code and a coded passage. */
async function work(engine: Engine): Promise<void> {
  await engine.invoke('import.paths', [SEED_PATH]);
  await engine.invoke('stories.create', 'Aid flights', [1]);
  const article = await engine.invoke('articles.get', 1);
  await engine.invoke('quotes.update', article.quotes[0]!.id, { status: 'accepted' });
  const [book] = await engine.invoke('codebooks.list');
  const code = await engine.invoke('codes.create', {
    codebookId: book!.id,
    kind: 'code',
    name: 'Gratitude',
    color: '#336699',
  });
  await engine.invoke('annotations.create', { articleId: 1, codeId: code.id, start: 0, end: 20 });
}

const EVERYTHING = {
  articles: 1,
  stories: 1,
  storyMembers: 1,
  acceptedQuotes: 1,
  handCodes: 1,
  handAnnotations: 1,
};

describe('a project file is whole whenever nobody is writing', () => {
  const temp = useTempDir();

  it('holds everything in the .sqlite alone once the engine has been idle, while it stays open', async () => {
    const path = join(temp.dir(), 'open.sqlite');
    const engine = new Engine(path);
    try {
      await work(engine);
      expect(walSize(path)).toBeGreaterThan(0);
      await until(() => walSize(path) === 0);
      // What a person does who emails the project while the app is open: copy the one file.
      const copy = join(temp.dir(), 'emailed.sqlite');
      copyFileSync(path, copy);
      expect(contentsOf(copy)).toMatchObject(EVERYTHING);
      expect(contentsOf(copy).quotes).toBeGreaterThan(5);
    } finally {
      await engine.close();
    }
  });

  it('holds everything in the .sqlite alone after close, and refuses calls made while closing', async () => {
    const path = join(temp.dir(), 'closed.sqlite');
    const engine = new Engine(path);
    await work(engine);
    const closing = engine.close();
    expect(errorOf(await engine.call('project.info')).message).toMatch(/closing/);
    await closing;
    await engine.close(); // a second close is the same close
    expect(existsSync(`${path}-wal`)).toBe(false);
    const copy = join(temp.dir(), 'copied.sqlite');
    copyFileSync(path, copy);
    expect(contentsOf(copy)).toMatchObject(EVERYTHING);
  });

  it('checkpoints while another program has the project open between its reads', async () => {
    const path = join(temp.dir(), 'shared.sqlite');
    const engine = new Engine(path);
    const reader = new Database(path, { readonly: true });
    try {
      await work(engine);
      await until(() => walSize(path) === 0);
      copyFileSync(path, join(temp.dir(), 'alone.sqlite'));
      expect(contentsOf(join(temp.dir(), 'alone.sqlite'))).toMatchObject(EVERYTHING);
    } finally {
      reader.close();
      await engine.close();
    }
  });
});

describe('saving a copy', () => {
  const temp = useTempDir();

  it('writes one whole, checked file through the engine (Save a copy) and never replaces a file', async () => {
    const path = join(temp.dir(), 'project.sqlite');
    const engine = new Engine(path);
    try {
      await work(engine);
      const target = join(temp.dir(), 'copy.sqlite');
      const saved = await engine.invoke('project.saveCopy', target);
      expect(saved.bytes).toBe(statSync(target).size);
      expect(existsSync(`${target}-wal`)).toBe(false);
      expect(contentsOf(target)).toMatchObject(EVERYTHING);
      const reopened = openProject(target, { readonly: true });
      expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
      reopened.close();
      const before = readFileSync(target);
      expect(errorOf(await engine.call('project.saveCopy', [target])).message).toMatch(/already exists/);
      expect(readFileSync(target).equals(before)).toBe(true);
    } finally {
      await engine.close();
    }
  });

  it('framescope share copies a read-only project and leaves nothing half written beside the copy', async () => {
    const path = join(temp.dir(), 'locked.sqlite');
    const engine = new Engine(path);
    await work(engine);
    await engine.close();
    chmodSync(path, 0o444);
    try {
      const out = join(temp.dir(), 'to-send.sqlite');
      const shared = await framescope('share', '--db', path, '--out', out);
      expect(shared.err).toBe('');
      expect(shared.code).toBe(0);
      expect(shared.out).toMatch(/Saved a copy of .*locked\.sqlite to .*to-send\.sqlite .*checked/);
      expect(contentsOf(out)).toMatchObject(EVERYTHING);
      const again = await framescope('share', '--db', path, '--out', out);
      expect(again.code).toBe(1);
      expect(again.err).toMatch(/to-send\.sqlite already exists; choose a new file name/);
      expect(existsSync(`${path}-wal`)).toBe(false);
    } finally {
      chmodSync(path, 0o644);
    }
  });
});

describe('a read-only project in the engine (the bridge, the app)', () => {
  const temp = useTempDir();

  it('is shown, and every change is refused with a sentence naming the file', async () => {
    const path = join(temp.dir(), 'handed-in.sqlite');
    const writer = new Engine(path);
    await work(writer);
    await writer.close();
    chmodSync(path, 0o444);
    const engine = new Engine(path);
    try {
      expect(engine.readOnly).toBe('the file is read-only');
      expect((await engine.invoke('project.info')).counts.articles).toBe(1);
      expect((await engine.invoke('stories.list')).map((story) => story.name)).toEqual(['Aid flights']);
      const refused = errorOf(await engine.call('stories.rename', [1, 'Renamed']));
      expect(refused.message).toMatch(
        /handed-in\.sqlite is read-only \(the file is read-only\), so this change was not made/,
      );
      expect(refused.code).toBe('project-file');
      expect(errorOf(await engine.call('import.paths', [[SEED_PATH]])).message).toMatch(/is read-only/);
    } finally {
      await engine.close();
      chmodSync(path, 0o644);
    }
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(contentsOf(path)).toMatchObject(EVERYTHING);
  });
});
