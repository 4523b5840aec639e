import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import type { MergeReport } from '../../core/merge/types.ts';
import { contentLines } from '../../db/merge.ts';
import { openProject } from '../../db/open.ts';
import { framescope } from '../support/cli.ts';
import { baseProject, coderCopy, contentOf } from './support.ts';

// Issue #11: entity renames and merges made in a colleague's copy come across for the articles
// both hold. Ada renames the convoy leader and merges two people the analysis kept apart; Ben
// renames the same leader differently; Cleo renames the aid league. The base project is the team's.

let dir: string;
let base: string;
let ada: string;
let ben: string;
let cleo: string;

async function entityId(engine: Engine, name: string): Promise<number> {
  const page = await engine.invoke('entities.list', {});
  const found = page.rows.find((row) => row.name === name);
  if (!found) throw new Error(`no entity ${name}`);
  return found.id;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'framescope-entity-edits-'));
  base = await baseProject(dir);
  ada = await coderCopy(base, dir, 'Ada', async (engine, h) => {
    await engine.invoke('entities.rename', await entityId(engine, 'Marta Quell'), 'Marta Quell-Berg', {
      coderId: h.coderId,
    });
    await engine.invoke(
      'entities.merge',
      await entityId(engine, 'Ilse Varga'),
      await entityId(engine, 'Oskar Lind'),
      { coderId: h.coderId },
    );
  });
  ben = await coderCopy(base, dir, 'Ben', async (engine, h) => {
    await engine.invoke('entities.rename', await entityId(engine, 'Marta Quell'), 'M. Quell', {
      coderId: h.coderId,
    });
  });
  cleo = await coderCopy(base, dir, 'Cleo', async (engine, h) => {
    await engine.invoke('entities.rename', await entityId(engine, 'Northern Aid League'), 'Northern Aid', {
      coderId: h.coderId,
    });
  });
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function merged(name: string, files: string[]): Promise<{ path: string; reports: MergeReport[] }> {
  const path = join(dir, `${name}.sqlite`);
  copyFileSync(base, path);
  const engine = new Engine(path);
  const reports: MergeReport[] = [];
  try {
    for (const file of files) reports.push(await engine.invoke('project.merge', file));
  } finally {
    await engine.close();
  }
  return { path, reports };
}

/** Entities, their mentions and quotes' speakers, by name: what a reader of the project sees of them. */
function entityLines(path: string): string[] {
  const db = openProject(path, { readonly: true });
  try {
    return contentLines(db).filter((line) => /^\["(entity|mention|quote)"/.test(line));
  } finally {
    db.close();
  }
}

function entityFacts(
  path: string,
  name: string,
): { aliases: string[]; coder: string | null; mentions: number } {
  const db = openProject(path, { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT e.id, c.name coder, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) mentions
         FROM entities e LEFT JOIN coders c ON c.id = e.coder_id WHERE e.name = ?`,
      )
      .get(name) as { id: number; coder: string | null; mentions: number };
    const aliases = db
      .prepare('SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias')
      .pluck()
      .all(row.id) as string[];
    return { aliases, coder: row.coder, mentions: row.mentions };
  } finally {
    db.close();
  }
}

describe('entity renames and merges in a merged file', () => {
  it('renames and merges here as the colleague did, moving mentions and quotes, with their coder', async () => {
    const { path, reports } = await merged('from-ada', [ada]);
    expect(reports[0]!.entities).toEqual({ renamed: 1, merged: 1 });
    expect(reports[0]!.conflicts).toEqual([]);
    expect(entityLines(path)).toEqual(entityLines(ada));
    expect(entityFacts(path, 'Marta Quell-Berg')).toEqual({
      aliases: ['Marta Quell', 'Marta Quell-Berg'],
      coder: 'Ada',
      mentions: 1,
    });
    expect(entityFacts(path, 'Oskar Lind')).toMatchObject({ coder: 'Ada', mentions: 2 });
    copyFileSync(base, join(dir, 'from-ada-cli.sqlite'));
    const again = await framescope('merge', ada, '--db', join(dir, 'from-ada-cli.sqlite'));
    expect(again.out).toContain('entities: 1 rename and 1 merge made here too');
  }, 120_000);

  it('changes nothing when merged twice', async () => {
    const { path, reports } = await merged('ada-twice', [ada, ada]);
    expect(reports[1]!.changed).toBe(false);
    expect(reports[1]!.entities).toEqual({ renamed: 0, merged: 0 });
    expect(entityLines(path)).toEqual(entityLines(ada));
  }, 120_000);

  it('gives the same project in either order when the colleagues edited different entities', async () => {
    const one = await merged('ada-cleo', [ada, cleo]);
    const two = await merged('cleo-ada', [cleo, ada]);
    expect(contentOf(one.path).digest).toBe(contentOf(two.path).digest);
    expect(entityFacts(one.path, 'Northern Aid').coder).toBe('Cleo');
  }, 120_000);

  it('reports two different renames of the same entity and keeps this project’s', async () => {
    const { path, reports } = await merged('ada-ben', [ada, ben]);
    expect(reports[1]!.entities).toEqual({ renamed: 0, merged: 0 });
    expect(reports[1]!.conflicts).toEqual([
      {
        kind: 'entity',
        what: 'the person “M. Quell”',
        mine: 'here renamed or merged into “Marta Quell-Berg”',
        theirs: 'renamed or merged into “M. Quell”',
        resolution: 'kept mine',
      },
    ]);
    expect(entityFacts(path, 'Marta Quell-Berg').mentions).toBe(1);
    const db = openProject(path, { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) FROM entities WHERE name = 'M. Quell'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    // The other way round, Ben's name is kept and Ada's reported: the first merged wins.
    const other = await merged('ben-ada', [ben, ada]);
    expect(other.reports[1]!.conflicts.map((c) => c.what)).toEqual(['the person “Marta Quell-Berg”']);
    expect(other.reports[1]!.entities).toEqual({ renamed: 0, merged: 1 });
  }, 120_000);
});
