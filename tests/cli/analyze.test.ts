import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysedFile } from '../../core/analyze/files.ts';
import { framescope } from '../support/cli.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';

describe('framescope analyze', () => {
  const temp = useTempDir();

  it('prints the analysis of files as JSON, with offsets into the text it prints', async () => {
    const result = await framescope('analyze', SEED_PATH, '--json');
    expect(result.code).toBe(0);
    const { articles } = JSON.parse(result.out) as { articles: AnalysedFile[] };
    const [seed] = articles;
    expect(seed!.source).toBe(SEED_PATH);
    expect(seed!.title).toBe('‘From Russia with Love’: Putin sends aid to Italy to fight virus');

    const direct = seed!.quotes.filter((q) => q.kind === 'direct');
    const speakers = direct.map((q) => [q.speaker, q.speakerType, q.cue]);
    expect(speakers.filter(([speaker]) => speaker === 'Dmitry Peskov').map(([, , cue]) => cue)).toEqual([
      'said',
      'added',
      'said',
      'told',
    ]);
    expect(speakers).toContainEqual(['Kremlin', 'group', 'said']);
    for (const quote of seed!.quotes) expect(seed!.text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(seed!.quotes.filter((q) => q.text === 'From Russia with Love').map((q) => q.speaker)).toEqual([
      null,
      null,
      null,
    ]);

    const putin = seed!.entities.find((e) => e.name === 'Vladimir Putin')!;
    expect(putin.type).toBe('person');
    expect(putin.mentions.map((m) => seed!.text.slice(m.start, m.end))).toContain('Putin');

    // Loose files get every built-in codebook, with a decision per frame and one hit per evidence sentence.
    expect(new Set(seed!.frames.map((f) => f.codebook))).toEqual(
      new Set(['policy-frames', 'russia-italy-aid']),
    );
    const linkage = seed!.frames.find((f) => f.frame === 'Political linkage and sanctions')!;
    expect(linkage).toMatchObject({ present: true, denied: true, primary: false, origin: 'auto' });
    const aid = seed!.frames.find((f) => f.frame === 'Humanitarian aid and goodwill')!;
    expect(aid).toMatchObject({ present: true, denied: false, primary: true });
    expect(aid.salience).toBeGreaterThan(linkage.salience!);
    expect(seed!.frames.find((f) => f.frame === 'Military presence')).toMatchObject({
      present: false,
      hits: [],
    });
    const denial = linkage.hits.find((hit) =>
      hit.cues.some((cue) => seed!.text.slice(cue.start, cue.end).endsWith('sanctions')),
    )!;
    expect(denial).toMatchObject({ negated: true, inQuote: true, speaker: 'Dmitry Peskov' });
    expect(seed!.text.slice(denial.sentence.start, denial.sentence.end)).toMatch(
      /^Russia’s help to Italy .* does not imply any response measures of Rome, including the veto on extension of anti-Russian sanctions/,
    );
    for (const frame of seed!.frames)
      for (const hit of frame.hits) {
        expect(hit.start).toBeGreaterThanOrEqual(hit.sentence.start);
        expect(hit.end).toBeLessThanOrEqual(hit.sentence.end);
      }
  });

  it('applies only the codebooks --codebook names, and refuses one it does not know', async () => {
    const result = await framescope('analyze', SEED_PATH, '--json', '--codebook', 'russia-italy-aid');
    const [seed] = (JSON.parse(result.out) as { articles: AnalysedFile[] }).articles;
    expect(new Set(seed!.frames.map((f) => f.codebook))).toEqual(new Set(['russia-italy-aid']));
    const unknown = await framescope('analyze', SEED_PATH, '--codebook', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('No built-in codebook "nope"; choose from policy-frames, russia-italy-aid.\n');
  });

  it('analyses on import, shows the results, and exports them as JSON', async () => {
    const db = join(temp.dir(), 'analysed.sqlite');
    const imported = await framescope('import', SEED_PATH, '--db', db);
    expect(imported.out).toMatch(
      /Analysed 1 article: \d+ entity mentions, 8 quotes \(5 with a speaker\), 6 reported speech, \d+ frame evidence sentences\./,
    );

    const shown = await framescope('show', '1', '--db', db);
    expect(shown.out).toContain('Quotes (8)');
    expect(shown.out).toMatch(/“No, this is unrelated absolutely,” — Dmitry Peskov \(said, \d+% sure\)/);
    expect(shown.out).toContain('Reported speech (6)');
    expect(shown.out).toMatch(/ {2}Putin had expressed his support .* — Kremlin \(said, \d+% sure\)/);
    expect(shown.out).toMatch(/People: .*Vladimir Putin \(President\) ×\d/);

    const out = join(temp.dir(), 'export.json');
    await framescope('export', '--format', 'json', '--out', out, '--db', db);
    const [article] = (JSON.parse(readFileSync(out, 'utf8')) as { articles: AnalysedFile[] }).articles;
    const direct = article!.quotes.filter((q) => q.kind === 'direct');
    expect(direct.filter((q) => q.speaker === 'Dmitry Peskov')).toHaveLength(4);
    // The lead, printed twice in the article, is analysed once.
    expect(
      article!.quotes.filter((q) => q.kind === 'reported' && q.speaker === 'Dmitry Peskov'),
    ).toHaveLength(1);
    // A project starts with the policy frames only; the event's codebook applies once scoped.
    expect(article!.frames.map((f) => f.codebook)).not.toContain('russia-italy-aid');
    expect(article!.frames.filter((f) => f.present).length).toBeGreaterThan(1);
    await framescope('codebooks', 'scope', 'russia-italy-aid', '--project', '--db', db);
    await framescope('export', '--format', 'json', '--out', out, '--db', db);
    const [again] = (JSON.parse(readFileSync(out, 'utf8')) as { articles: AnalysedFile[] }).articles;
    expect(again!.frames.find((f) => f.frame === 'Political linkage and sanctions')).toMatchObject({
      present: true,
      denied: true,
    });
    expect(again!.frames.find((f) => f.primary && f.codebook === 'russia-italy-aid')!.frame).toBe(
      'Humanitarian aid and goodwill',
    );
  });

  it('imports without analysis when asked, and analyses what is pending later', async () => {
    const db = join(temp.dir(), 'later.sqlite');
    const imported = await framescope('import', SEED_PATH, '--db', db, '--no-analyze');
    expect(imported.out).not.toContain('Analysed');
    expect((await framescope('show', '1', '--db', db)).out).toContain('Not analysed yet');
    expect((await framescope('analyze', '--db', db)).out).toMatch(/^Analysed 1 article/);
    expect((await framescope('analyze', '--db', db)).out).toMatch(/^Analysed 0 articles/);
    expect((await framescope('analyze', '--all', '--db', db)).out).toMatch(/^Analysed 1 article/);
  });

  it('uses the organization and place names a project adds to its lexicon', async () => {
    const db = join(temp.dir(), 'lexicon.sqlite');
    const file = temp.file(
      'rpn.txt',
      'Rospotrebnadzor inspects aid\n\nRospotrebnadzor said the planes landed on Sunday. "We checked every crate," Rospotrebnadzor said.',
    );
    await framescope('import', file, '--db', db);
    const before = JSON.parse((await framescope('show', '1', '--db', db, '--json')).out) as AnalysedFile;
    const directOf = (file: AnalysedFile) => file.quotes.filter((q) => q.kind === 'direct');
    expect(directOf(before)[0]!.speakerType).toBe('person');

    const added = await framescope('lexicon', 'add', 'organization', 'Rospotrebnadzor', '--db', db);
    expect(added.out).toContain('Organizations: Rospotrebnadzor');
    await framescope('analyze', '--all', '--db', db);
    const after = JSON.parse((await framescope('show', '1', '--db', db, '--json')).out) as AnalysedFile;
    expect(directOf(after)[0]).toMatchObject({ speaker: 'Rospotrebnadzor', speakerType: 'group' });
    expect(after.entities.map((e) => [e.name, e.type])).toContainEqual(['Rospotrebnadzor', 'organization']);
  });

  it('refuses to mix files and a project', async () => {
    const result = await framescope('analyze', SEED_PATH, '--db', join(temp.dir(), 'x.sqlite'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('To add files to a project, import them');
  });
});
