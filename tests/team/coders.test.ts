import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { coderRoles } from '../../db/migrations/013-coder-roles.ts';
import { openProject } from '../../db/open.ts';
import { useEngines } from '../engine/support.ts';
import { framescope } from '../support/cli.ts';

// Coders and identity (issue 11): roles, and who made each human decision and when.

const FERRY = [
  '“The ferry will not sail tonight,” said harbour master Ilse Varga on Monday.',
  'Captain Tomas Oberg said the crew had warned the company twice.',
  'The Coastal Ferry Company blamed the weather for the delay.',
].join('\n\n');

describe('coders and who decided what', () => {
  const engines = useEngines();

  it('adds a role column that files written before it open with, every coder a plain coder', () => {
    const path = engines.temp.file('old.sqlite', '');
    const db = openProject(path);
    expect(
      db.prepare('SELECT name FROM pragma_table_info(?) WHERE name = ?').pluck().get('coders', 'role'),
    ).toBe('role');
    db.prepare("INSERT INTO coders (name) VALUES ('Anna')").run();
    expect(db.prepare('SELECT role FROM coders').pluck().get()).toBeNull();
    expect(() => db.prepare("UPDATE coders SET role = 'teacher'").run()).toThrow(/CHECK/);
    db.close();
    const raw = new Database(path);
    expect(raw.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(coderRoles.version);
    raw.close();
  });

  it('records the coder and the time of codes, memos, quote reviews, speaker changes, renames and merges', async () => {
    const engine = engines.engine();
    await engine.invoke('import.paths', [engines.temp.file('ferry.txt', FERRY)]);
    const [article] = (await engine.invoke('articles.list', {})).rows;
    const detail = await engine.invoke('articles.get', article!.id);
    const anna = await engine.invoke('coders.ensure', 'Anna');
    const codebookId = (await engine.invoke('codebooks.list')).find(
      (book) => book.key === 'policy-frames',
    )!.id;
    const blame = await engine.invoke('codes.create', {
      codebookId,
      kind: 'code',
      name: 'Blame',
      color: '#aa3377',
    });
    const start = FERRY.indexOf('The Coastal');
    const coded = await engine.invoke('annotations.create', {
      articleId: article!.id,
      codeId: blame.id,
      start,
      end: FERRY.length,
      coderId: anna.id,
    });
    const row = () =>
      engine.db.prepare('SELECT coder_id, decided_at FROM annotations WHERE id = ?').get(coded.id) as {
        coder_id: number;
        decided_at: string | null;
      };
    expect(row().coder_id).toBe(anna.id);
    const first = row().decided_at!;
    expect(first).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await new Promise((done) => setTimeout(done, 5));
    await engine.invoke('annotations.update', coded.id, { memo: 'The company points at the weather.' });
    expect(row().decided_at! > first).toBe(true);

    const quote = detail.quotes[0]!;
    await engine.invoke('quotes.update', quote.id, { speakerText: 'Ilse Varga', coderId: anna.id });
    const stored = engine.db
      .prepare('SELECT coder_id, decided_at, status FROM quotes WHERE id = ?')
      .get(quote.id);
    expect(stored).toMatchObject({ coder_id: anna.id, status: 'accepted' });
    expect((stored as { decided_at: string }).decided_at).toMatch(/^\d{4}-/);

    const people = await engine.invoke('entities.list', { type: 'person' });
    const varga = people.rows.find((entity) => entity.name.includes('Varga'))!;
    await engine.invoke('entities.rename', varga.id, 'Ilse Varga (harbour master)', { coderId: anna.id });
    expect(
      engine.db.prepare('SELECT coder_id, decided_at FROM entities WHERE id = ?').get(varga.id),
    ).toMatchObject({
      coder_id: anna.id,
    });
    const oberg = people.rows.find((entity) => entity.name.includes('Oberg'))!;
    await engine.invoke('entities.merge', oberg.id, varga.id, { coderId: anna.id });
    const merged = engine.db
      .prepare('SELECT coder_id, decided_at FROM entities WHERE id = ?')
      .get(varga.id) as {
      coder_id: number;
      decided_at: string;
    };
    expect(merged.coder_id).toBe(anna.id);
    // Undo takes the merge back, coder and time with it.
    await engine.invoke('history.undo');
    expect(engine.db.prepare('SELECT count(*) FROM entities WHERE id = ?').pluck().get(oberg.id)).toBe(1);
  });

  it('keeps one key: marking another coder as the key makes the first a coder again, from the CLI too', async () => {
    const engine = engines.engine();
    for (const name of ['Teacher', 'Assistant', 'Student']) await engine.invoke('coders.ensure', name);
    await engine.invoke('coders.setRole', 'teacher', 'key');
    const after = await engine.invoke('coders.setRole', 'Assistant', 'key');
    expect(after.map((coder) => [coder.name, coder.role])).toEqual([
      ['Assistant', 'key'],
      ['Student', null],
      ['Teacher', 'coder'],
    ]);
    const missing = await engine.call('coders.setRole', ['Zoe', 'key']);
    expect(!missing.ok && missing.error.message).toMatch(/no coder “Zoe”.*Assistant, Student, Teacher/);
    const path = engine.path;
    await engine.close();

    const set = await framescope('coders', 'role', 'Teacher', 'key', '--db', path);
    expect(set.code).toBe(0);
    expect(set.out).toMatch(/Teacher\tkey/);
    expect(set.out).toMatch(/Assistant\tcoder/);
    const wrong = await framescope('coders', 'role', 'Teacher', 'boss', '--db', path);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/coder\|adjudicator\|key/);
  });
});
