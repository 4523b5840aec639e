// Storing frame decisions (issue 9) on real SQLite files: migration 005, re-analysis that replaces only
// the machine's suggestions, and codebook scopes.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.ts';
import { frameDecisions } from '../../db/migrations/008-frame-decisions.ts';
import { openProject, type Db } from '../../db/open.ts';
import { effectiveDecisions, listDecisionRows } from '../../db/frame-decisions.ts';
import { listAnnotations } from '../../db/annotations.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { analyseArticles } from '../../core/analyze/run.ts';
import { codebookScopes, setCodebookScope } from '../../core/analyze/scope.ts';
import { placeInSampleStory } from '../../core/sample.ts';
import { redetectFrames } from '../../core/engine/frames-rerun.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';

const NOW = '2020-03-24T00:00:00Z';

describe('migration 005: frame decisions', () => {
  const temp = useTempDir();

  it('keeps the machine, each coder and an adjudicator apart, and shows the decision that counts', () => {
    const db = new Database(join(temp.dir(), 'm5.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, frameDecisions.version - 1);
    db.exec(`
      INSERT INTO articles (uid, content_hash, title, text, source_format, imported_at, word_count)
        VALUES ('u1', 'h1', 'Aid', 'Planes landed with aid.', 'text', '${NOW}', 4);
      INSERT INTO codebooks (key, name) VALUES ('issue', 'Issue');
      INSERT INTO codes (codebook_id, key, kind, name) VALUES (1, 'aid', 'frame', 'Aid');
      INSERT INTO coders (name) VALUES ('Ada'), ('Ben');
      INSERT INTO annotations (article_id, code_id, start, end, created_at) VALUES (1, 1, 0, 23, '${NOW}');`);
    migrate(db, frameDecisions.version);
    expect(db.pragma('user_version', { simple: true })).toBe(frameDecisions.version);
    // Old evidence and codebooks get the new columns' defaults.
    expect(db.prepare('SELECT cues, in_quote, speaker FROM annotations').get()).toEqual({
      cues: null,
      in_quote: 0,
      speaker: null,
    });
    expect(db.prepare('SELECT scope FROM codebooks').pluck().get()).toBe('{"kind":"project"}');

    const insert = db.prepare(
      `INSERT INTO frame_decisions (article_id, code_id, origin, coder_id, present, is_primary, denied, decided_at)
       VALUES (1, 1, ?, ?, ?, ?, ?, ?)`,
    );
    const counts = () => db.prepare('SELECT origin, coder_id, present FROM effective_frame_decisions').get();
    insert.run('auto', null, 1, 1, 0, NOW);
    expect(counts()).toEqual({ origin: 'auto', coder_id: null, present: 1 });
    insert.run('manual', 1, 0, 0, 0, '2020-03-25T00:00:00Z');
    insert.run('manual', 2, 1, 0, 1, '2020-03-26T00:00:00Z');
    expect(counts()).toEqual({ origin: 'manual', coder_id: 2, present: 1 }); // the latest coder's
    insert.run('adjudicated', null, 0, 0, 0, '2020-03-20T00:00:00Z');
    expect(counts()).toEqual({ origin: 'adjudicated', coder_id: null, present: 0 });

    expect(() => insert.run('manual', 1, 1, 0, 0, NOW)).toThrow(/UNIQUE/); // one row per coder
    expect(() => insert.run('auto', 1, 1, 0, 0, NOW)).toThrow(/CHECK/); // the machine has no coder
    expect(() => insert.run('manual', null, 0, 1, 0, NOW)).toThrow(/CHECK/); // absent yet primary
    // A machine decision whose evidence a person rejected, all of it, no longer counts.
    db.exec("DELETE FROM frame_decisions WHERE origin != 'auto'; UPDATE annotations SET status = 'rejected'");
    expect(counts()).toBeUndefined();
    db.exec('DELETE FROM articles');
    expect(db.prepare('SELECT count(*) FROM frame_decisions').pluck().get()).toBe(0);
    db.close();
  });
});

describe('storing and re-deciding frames', () => {
  const temp = useTempDir();

  async function sampleProject(name: string): Promise<{ db: Db; id: number }> {
    const db = openProject(join(temp.dir(), name));
    const { imported } = await importPaths(db, [SEED_PATH]);
    const id = imported[0]!.id;
    placeInSampleStory(db, [id]);
    await analyseArticles(db, [id], { threads: 1 });
    return { db, id };
  }

  it('stores a decision per frame present and one evidence row per sentence, with denial and speaker', async () => {
    const { db, id } = await sampleProject('stored.sqlite');
    const decisions = new Map(effectiveDecisions(db, id).map((d) => [d.key, d]));
    expect(decisions.get('humanitarian-aid')).toMatchObject({ origin: 'auto', present: 1, is_primary: 1 });
    expect(decisions.get('political-linkage')).toMatchObject({ present: 1, denied: 1, is_primary: 0 });
    expect(decisions.has('military-presence')).toBe(false);
    const evidence = listAnnotations(db, id);
    const perSentence = new Set(evidence.map((a) => `${a.code_id}:${a.start}`));
    expect(perSentence.size).toBe(evidence.length);
    const linkage = evidence.filter((a) => a.code_id === decisions.get('political-linkage')!.code_id);
    expect(linkage.every((a) => a.negated === 1 && a.in_quote === 1 && a.speaker === 'Dmitry Peskov')).toBe(
      true,
    );
    for (const a of evidence) expect((JSON.parse(a.cues!) as unknown[]).length).toBeGreaterThan(0);
    db.close();
  });

  it('replaces only the machine’s decisions on re-analysis; a coder’s decision and reviewed evidence stay', async () => {
    const { db, id } = await sampleProject('reanalysed.sqlite');
    const aid = effectiveDecisions(db, id).find((d) => d.key === 'humanitarian-aid')!;
    const linkage = effectiveDecisions(db, id).find((d) => d.key === 'political-linkage')!;
    db.prepare("INSERT INTO coders (name) VALUES ('Ada')").run();
    db.prepare(
      `INSERT INTO frame_decisions (article_id, code_id, origin, coder_id, present, decided_at)
       VALUES (?, ?, 'manual', 1, 0, ?)`,
    ).run(id, linkage.code_id, NOW);
    const rejected = listAnnotations(db, id).find((a) => a.code_id === aid.code_id)!;
    db.prepare("UPDATE annotations SET status = 'rejected' WHERE id = ?").run(rejected.id);
    const machineBefore = listDecisionRows(db, id)
      .filter((r) => r.origin === 'auto')
      .map((r) => r.id);

    await analyseArticles(db, [id], { threads: 1 });
    const rows = listDecisionRows(db, id);
    const machineAfter = rows.filter((r) => r.origin === 'auto').map((r) => r.id);
    expect(machineAfter.length).toBe(machineBefore.length);
    expect(machineAfter.some((rowId) => machineBefore.includes(rowId))).toBe(false); // replaced
    expect(rows.filter((r) => r.origin === 'manual')).toHaveLength(1);
    expect(effectiveDecisions(db, id).find((d) => d.key === 'political-linkage')).toMatchObject({
      origin: 'manual',
      present: 0,
    });
    // The rejected sentence stays rejected and is not suggested again.
    const same = listAnnotations(db, id).filter(
      (a) => a.code_id === aid.code_id && a.start === rejected.start,
    );
    expect(same.map((a) => a.status)).toEqual(['rejected']);
    db.close();
  });

  it('applies a codebook only where its scope says: a new project has the policy frames only', async () => {
    const db = openProject(join(temp.dir(), 'scoped.sqlite'));
    const { imported } = await importPaths(db, [SEED_PATH]);
    const id = imported[0]!.id;
    await analyseArticles(db, [id], { threads: 1 });
    expect([...codebookScopes(db).keys()]).toEqual(['policy-frames']);
    expect(effectiveDecisions(db, id).map((d) => d.key)).toContain('health-safety');

    placeInSampleStory(db, [id]); // the sample story's codebook, scoped to that story
    const story = db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?').pluck().get(id);
    expect(codebookScopes(db).get('russia-italy-aid')).toEqual({ kind: 'stories', stories: [story] });
    await redetectFrames(db, () => {});
    expect(effectiveDecisions(db, id).map((d) => d.key)).toContain('humanitarian-aid');

    // A search that does not find the article takes the codebook off it; one that does, puts it back.
    const bookId = db
      .prepare("SELECT id FROM codebooks WHERE key = 'russia-italy-aid'")
      .pluck()
      .get() as number;
    setCodebookScope(db, bookId, { kind: 'search', query: 'volcano' });
    await redetectFrames(db, () => {});
    expect(effectiveDecisions(db, id).map((d) => d.key)).not.toContain('humanitarian-aid');
    setCodebookScope(db, bookId, { kind: 'search', query: 'sanction*' });
    await redetectFrames(db, () => {});
    expect(effectiveDecisions(db, id).map((d) => d.key)).toContain('humanitarian-aid');
    db.close();
  });
});
