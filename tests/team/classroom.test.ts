import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { useEngines } from '../engine/support.ts';
import { framescope } from '../support/cli.ts';

// The classroom flow (issue 11): a teacher's key, a copy for students without it, two students
// coding their copies, and each student's agreement with the key, per code, with the passages
// where they differ. Students hand their work back as REFI-QDA files the teacher imports.

const STORM = [
  'The storm cut power to the northern valleys for three days.',
  'Farmers said the regional government ignored warnings from the weather service.',
  'The governor promised compensation for lost livestock.',
  'Volunteers from the river towns carried generators up the valley roads.',
].join('\n\n');

describe('a class coding against the key', () => {
  const engines = useEngines();

  it('hides the key in a students’ copy and shows each student’s agreement with it', async () => {
    const teacher = engines.engine('teacher.sqlite');
    await teacher.invoke('import.paths', [engines.temp.file('storm.txt', STORM)]);
    const articleId = (await teacher.invoke('articles.list', {})).rows[0]!.id;
    const book = (await teacher.invoke('codebooks.list')).find((one) => one.key === 'policy-frames')!;
    const blame = await teacher.invoke('codes.create', {
      codebookId: book.id,
      kind: 'code',
      name: 'Blame',
      color: '#aa3377',
    });
    const help = await teacher.invoke('codes.create', {
      codebookId: book.id,
      kind: 'code',
      name: 'Help',
      color: '#228833',
    });
    const code = async (engine: Engine, codeId: number, coder: string, from: string, memo?: string) => {
      const coderId = (await engine.invoke('coders.ensure', coder)).id;
      const start = STORM.indexOf(from);
      const end = STORM.indexOf('.', start) + 1;
      await engine.invoke('annotations.create', {
        articleId,
        codeId,
        coderId,
        start,
        end,
        ...(memo ? { memo } : {}),
      });
    };
    await code(teacher, blame.id, 'Key', 'Farmers said', 'Blame for ignored warnings.');
    await code(teacher, help.id, 'Key', 'The governor');
    await code(teacher, help.id, 'Key', 'Volunteers');

    const refused = await teacher.call('project.saveStudentsCopy', [
      join(engines.temp.dir(), 'class.sqlite'),
    ]);
    expect(!refused.ok && refused.error.message).toMatch(/No coder is marked as the key yet/);
    await teacher.invoke('coders.setRole', 'Key', 'key');
    const copyPath = join(engines.temp.dir(), 'class.sqlite');
    const copy = await teacher.invoke('project.saveStudentsCopy', copyPath);
    expect(copy).toMatchObject({ key: 'Key', removed: { codings: 3 } });
    expect(readdirSync(engines.temp.dir()).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const again = await teacher.call('project.saveStudentsCopy', [copyPath]);
    expect(!again.ok && again.error.message).toMatch(/already exists/);

    // The copy holds the articles and the codebook, none of the key's codings, memos or history.
    const raw = new Database(copyPath, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    expect(raw.prepare("SELECT count(*) FROM codes WHERE name IN ('Blame', 'Help')").pluck().get()).toBe(2);
    expect(raw.prepare('SELECT count(*) FROM annotations WHERE origin = ?').pluck().get('manual')).toBe(0);
    expect(raw.prepare('SELECT count(*) FROM edits').pluck().get()).toBe(0);
    raw.close();

    // Two students code their own copies through the engine and hand back REFI-QDA files.
    const returned: string[] = [];
    for (const [student, work] of [
      [
        'Sam',
        [
          [blame.id, 'Farmers said'],
          [help.id, 'The governor'],
          [help.id, 'Volunteers'],
        ],
      ],
      [
        'Uma',
        [
          [blame.id, 'The storm cut'],
          [help.id, 'Volunteers'],
        ],
      ],
    ] as const) {
      const path = join(engines.temp.dir(), `${student}.sqlite`);
      copyFileSync(copyPath, path);
      const mine = new Engine(path);
      try {
        for (const [codeId, from] of work)
          await code(mine, codeId, student, from, student === 'Uma' ? 'Unsure here.' : undefined);
        const file = join(engines.temp.dir(), `${student}.qdpx`);
        await mine.invoke('exchange.exportQdpx', file);
        returned.push(file);
      } finally {
        await mine.close();
      }
    }
    for (const file of returned) await teacher.invoke('exchange.importQdpx', file);

    const result = await teacher.invoke('agreement.compute', {
      codebookId: book.id,
      unit: 'sentence',
      reference: 'Key',
      resamples: 0,
    });
    expect(result.comparisons.map((c) => c.title)).toEqual([
      'Sam and Key (the key)',
      'Uma and Key (the key)',
    ]);
    const percentOf = (i: number, label: string) =>
      result.comparisons[i]!.report.rows.find((row) => row.label === label)!.percent;
    expect(percentOf(0, 'Blame')).toBe(1); // Sam matches the key everywhere
    expect(percentOf(0, 'Help')).toBe(1);
    expect(percentOf(1, 'Blame')).toBe(0.5); // Uma: blame in the wrong sentence of four
    expect(percentOf(1, 'Help')).toBe(0.75); // Uma missed the governor's promise

    const places = await teacher.invoke('disagreements.list', {
      codebookId: book.id,
      coders: ['Key', 'Uma'],
    });
    expect(places.units.map((unit) => [unit.codeName, unit.text.slice(0, 16)])).toEqual([
      ['Blame', 'The storm cut po'],
      ['Blame', 'Farmers said the'],
      ['Help', 'The governor pro'],
    ]);
    expect(places.units[0]!.sides[1]).toMatchObject({ name: 'Uma', present: true, memos: ['Unsure here.'] });
    expect(places.units[1]!.sides[0]).toMatchObject({ name: 'Key', memos: ['Blame for ignored warnings.'] });

    // From the command line: the key, the copy, and agreement with the key.
    const cliCopy = join(engines.temp.dir(), 'class2.sqlite');
    const cli = await framescope('students-copy', '--out', cliCopy, '--db', teacher.path);
    expect(cli.err).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/3 codings.*of the key, Key, taken out/);
    expect(existsSync(cliCopy)).toBe(true);
    const table = await framescope(
      'agreement',
      '--codebook',
      'policy-frames',
      '--reference',
      'Key',
      '--unit',
      'sentence',
      '--db',
      teacher.path,
    );
    expect(table.out).toMatch(/Uma and Key \(the key\)/);
  });
});
