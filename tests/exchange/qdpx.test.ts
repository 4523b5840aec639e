import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openProject, type Db } from '../../db/open.ts';
import type { Engine } from '../../core/engine/engine.ts';
import { useEngines } from '../engine/support.ts';
import { framescope } from '../support/cli.ts';

const XSD = join(import.meta.dirname, '../fixtures/refi-qda/Project-mrt2019.xsd');

// An article of our own with characters outside the Basic Multilingual Plane before the coded words.
const EMOJI_STORY = [
  'Flags 🇮🇹🇷🇺 lined the runway at Pratica di Mare as the 𝒜-team of doctors landed.',
  'Critics 😠 blamed Moscow for staging the arrival, and said the aid was a "goodwill gesture" in name only.',
].join('\n\n');

async function codedProject(engines: ReturnType<typeof useEngines>): Promise<Engine> {
  const engine = await engines.seeded();
  await engine.invoke('import.paths', [engines.temp.file('flags.txt', EMOJI_STORY)]);
  const flags = (await engine.invoke('articles.list', {})).rows.find((row) =>
    row.title?.startsWith('flags'),
  )!.id;
  const codebookId = (await engine.invoke('codebooks.list')).find(
    (book) => book.key === 'russia-italy-aid',
  )!.id;
  const blame = await engine.invoke('codes.create', {
    codebookId,
    kind: 'code',
    name: 'Blame & shame',
    color: '#aa3377',
  });
  const anna = (await engine.invoke('coders.ensure', 'Anna')).id;
  const ben = (await engine.invoke('coders.ensure', 'Ben')).id;
  const at = (words: string) => ({
    start: EMOJI_STORY.indexOf(words),
    end: EMOJI_STORY.indexOf(words) + words.length,
  });
  await engine.invoke('annotations.create', {
    articleId: flags,
    codeId: blame.id,
    coderId: anna,
    ...at('blamed Moscow for staging the arrival'),
    memo: 'Blame <for> Moscow & “staging” 😠',
  });
  await engine.invoke('annotations.create', {
    articleId: flags,
    codeId: blame.id,
    coderId: ben,
    ...at('Critics 😠 blamed Moscow'),
  });
  const seed = await engine.invoke('articles.get', 1);
  const evidence = seed.annotations.filter((a) => a.origin === 'auto');
  await engine.invoke('annotations.update', evidence[0]!.id, {
    status: 'accepted',
    coderId: anna,
    memo: 'clear cue',
  });
  await engine.invoke('annotations.update', evidence[1]!.id, { status: 'rejected', coderId: ben });
  await engine.invoke('annotations.create', {
    articleId: 1,
    codeId: blame.id,
    coderId: ben,
    start: 0,
    end: 40,
  });
  return engine;
}

type Row = Record<string, string | number | null>;

/** Every annotation as it would be compared across projects: by article uid, code key and coder name. */
function annotations(db: Db, withSuggestionDates = false): Row[] {
  const rows = db
    .prepare(
      `SELECT a.uid, cb.key AS codebook, co.key AS code, co.name AS codeName, an.start, an.end, an.origin, an.status, c.name AS coder,
         an.memo, an.cue_start, an.cue_end, an.cue, an.negated, an.created_at
       FROM annotations an JOIN articles a ON a.id = an.article_id JOIN codes co ON co.id = an.code_id
       JOIN codebooks cb ON cb.id = co.codebook_id LEFT JOIN coders c ON c.id = an.coder_id
       ORDER BY a.uid, codebook, code, an.start, an.end, an.origin, coder`,
    )
    .all() as Row[];
  // Suggestions are made again by analysis after an import, with the time of that analysis.
  return rows.map((row) =>
    row.status === 'suggested' && !withSuggestionDates ? { ...row, created_at: null } : row,
  );
}

function validate(qde: string, dir: string): { ok: boolean; output: string } {
  const file = join(dir, 'project.qde');
  writeFileSync(file, qde);
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

describe('REFI-QDA exchange', () => {
  const engines = useEngines();

  it('exports a project that validates against Project-mrt2019.xsd, with positions in code points', async () => {
    const engine = await codedProject(engines);
    const out = join(engines.temp.dir(), 'aid.qdpx');
    const done = await engine.invoke('exchange.exportQdpx', out);
    expect(done).toMatchObject({ sources: 2, users: 3, memos: 2 });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const qde = await zip.file('project.qde')!.async('string');
    const validation = validate(qde, engines.temp.dir());
    expect(validation.output).toMatch(/validates/);
    expect(validation.ok).toBe(true);
    const flags = (await engine.invoke('articles.list', {})).rows.find((row) =>
      row.title?.startsWith('flags'),
    )!;
    const uid = (await engine.invoke('articles.get', flags.id)).uid;
    expect(await zip.file(`sources/${uid}.txt`)!.async('string')).toBe(EMOJI_STORY);
    const start = EMOJI_STORY.indexOf('blamed Moscow');
    const codePoints = [...EMOJI_STORY.slice(0, start)].length;
    expect(codePoints).toBeLessThan(start);
    expect(qde).toContain(`startPosition="${codePoints}"`);
    expect(qde).toContain('<User guid=');
    expect(qde).toContain('name="Anna"');
    expect(qde).toContain('Blame &lt;for&gt; Moscow &amp; “staging” 😠');

    // A broken export is caught by the same check.
    expect(validate(qde.replace('isCodable="true"', 'isCodable="maybe"'), engines.temp.dir()).ok).toBe(false);
  });

  it('round-trips every coding, coder and memo into a new project, and importing again adds nothing', async () => {
    const engine = await codedProject(engines);
    const out = join(engines.temp.dir(), 'aid.qdpx');
    await engine.invoke('exchange.exportQdpx', out);
    const before = annotations(engine.db);
    const coders = engine.db.prepare('SELECT name FROM coders ORDER BY name').pluck().all();
    const target = join(engines.temp.dir(), 'colleague.sqlite');

    const first = await framescope('import', out, '--db', target);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/From the REFI-QDA project aid\.qdpx: 2 new articles .*2 new coders/);
    const db = openProject(target);
    try {
      expect(annotations(db)).toEqual(before);
      expect(db.prepare('SELECT name FROM coders ORDER BY name').pluck().all()).toEqual(coders);
      expect(db.prepare('SELECT count(*) FROM annotations WHERE memo IS NOT NULL').pluck().get()).toBe(2);
      // The sample's codebook still applies to the sample story only, which came with it.
      const scope = JSON.parse(
        db.prepare("SELECT scope FROM codebooks WHERE key = 'russia-italy-aid'").pluck().get() as string,
      ) as { kind: string; stories: number[] };
      expect(scope.kind).toBe('stories');
      expect(db.prepare('SELECT name FROM stories WHERE id = ?').pluck().get(scope.stories[0])).toBe(
        'Russian aid to Italy (sample)',
      );
    } finally {
      db.close();
    }

    const again = await framescope('import', out, '--db', target, '--json');
    const report = JSON.parse(again.out) as {
      qdpx: { sources: { imported: number; matched: number }; codings: { imported: number } }[];
    };
    expect(report.qdpx[0]!.sources).toEqual({ imported: 0, matched: 2 });
    expect(report.qdpx[0]!.codings.imported).toBe(0);
    const reopened = openProject(target);
    try {
      expect(annotations(reopened)).toEqual(before);
    } finally {
      reopened.close();
    }
  });

  it("carries each coder's Present, Absent, Primary and Denied on whole articles, and adds them once", async () => {
    const engine = engines.engine();
    const file = engines.temp.file(
      'port-tax.txt',
      [
        'Port tax will cost dock jobs, workers fear',
        'Dock workers fear the new port tax will cost hundreds of jobs and cut their wages.',
        'The harbour board said the levy is not linked to the new cranes.',
      ].join('\n\n'),
    );
    await engine.invoke('import.paths', [file]);
    const [article] = (await engine.invoke('articles.list', {})).rows;
    const book = (await engine.invoke('codebooks.list')).find((b) => b.key === 'policy-frames')!;
    const codeOf = (key: string) => book.codes.find((code) => code.key === key)!.id;
    const ines = (await engine.invoke('coders.ensure', 'Ines')).id;
    const omar = (await engine.invoke('coders.ensure', 'Omar')).id;
    await engine.invoke('frames.decide', article!.id, codeOf('economic'), {
      present: true,
      primary: true,
      coderId: ines,
    });
    await engine.invoke('frames.decide', article!.id, codeOf('morality'), { present: false, coderId: ines });
    await engine.invoke('frames.decide', article!.id, codeOf('political'), {
      present: true,
      denied: true,
      coderId: omar,
    });
    const out = join(engines.temp.dir(), 'port.qdpx');
    await engine.invoke('exchange.exportQdpx', out);
    const decided = (db: Db) =>
      db
        .prepare(
          `SELECT co.key, c.name AS coder, d.present, d.is_primary, d.denied FROM frame_decisions d
           JOIN codes co ON co.id = d.code_id JOIN coders c ON c.id = d.coder_id
           WHERE d.origin = 'manual' ORDER BY co.key, c.name`,
        )
        .all();
    const before = decided(engine.db);
    expect(before).toHaveLength(3);

    const colleague = engines.engine('colleague.sqlite');
    const first = await colleague.invoke('exchange.importQdpx', out);
    expect(first.decisions).toEqual({ imported: 3, alreadyThere: 0 });
    expect(decided(colleague.db)).toEqual(before);
    // They count as there: the Reader shows Ines's Economic as the primary frame.
    const { decisions } = await colleague.invoke('articles.get', first.newArticleIds[0]!);
    expect(decisions.find((d) => d.codeId === codeOf('economic'))).toMatchObject({
      present: true,
      primary: true,
      origin: 'manual',
    });
    const again = await colleague.invoke('exchange.importQdpx', out);
    expect(again.decisions).toEqual({ imported: 0, alreadyThere: 3 });
    expect(decided(colleague.db)).toEqual(before);
  });

  it('keeps every coding, coder and memo from the standard part alone, as another tool would write it', async () => {
    const engine = await codedProject(engines);
    const out = join(engines.temp.dir(), 'aid.qdpx');
    await engine.invoke('exchange.exportQdpx', out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    zip.remove('framescope.json');
    const bare = join(engines.temp.dir(), 'bare.qdpx');
    writeFileSync(bare, await zip.generateAsync({ type: 'uint8array' }));
    const expected = annotations(engine.db)
      .filter((row) => row.status !== 'rejected')
      .map((row) => [
        row.uid,
        row.codeName,
        row.start,
        row.end,
        row.coder ?? 'Framescope (suggestions)',
        row.memo,
      ]);

    const target = join(engines.temp.dir(), 'bare.sqlite');
    const run = await framescope('import', bare, '--db', target, '--no-analyze');
    expect(run.code).toBe(0);
    const db = openProject(target);
    try {
      // Another tool knows codes by name only: Framescope's keys are not in the standard part.
      const got = annotations(db).map((row) => [
        row.uid,
        row.codeName,
        row.start,
        row.end,
        row.origin === 'auto' ? 'Framescope (suggestions)' : row.coder,
        row.memo,
      ]);
      const sort = (rows: unknown[][]) => rows.map((row) => JSON.stringify(row)).sort();
      expect(sort(got)).toEqual(sort(expected));
    } finally {
      db.close();
    }
  });

  it('imports a project from another tool: inline text normalised, codes in a codebook of their own, problems named', async () => {
    const text = 'Ein  Satz über 😀 Hilfe.\r\nNoch Satz eins.\r\n\r\nZweiter Absatz: Sanktionen.';
    const cp = (words: string) => [...text.slice(0, text.indexOf(words))].length;
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Seminar">
<Users><User guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="Mia"/></Users>
<CodeBook><Codes><Code guid="bbbbbbbb-0000-4000-8000-000000000001" name="Hilfe" isCodable="true" color="#117733">
<Code guid="bbbbbbbb-0000-4000-8000-000000000002" name="Sanktionen" isCodable="true"/></Code></Codes></CodeBook>
<Sources>
<TextSource guid="cccccccc-0000-4000-8000-000000000001" name="Artikel eins"><PlainTextContent>${text.replace(/\r/g, '&#13;')}</PlainTextContent>
<PlainTextSelection guid="dddddddd-0000-4000-8000-000000000001" startPosition="${cp('😀 Hilfe')}" endPosition="${cp('😀 Hilfe') + 7}" creatingUser="aaaaaaaa-0000-4000-8000-000000000001">
<Description>Hilfe als Gabe</Description>
<Coding guid="eeeeeeee-0000-4000-8000-000000000001" creatingUser="AAAAAAAA-0000-4000-8000-000000000001"><CodeRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
<PlainTextSelection guid="dddddddd-0000-4000-8000-000000000002" startPosition="${cp('Sanktionen')}" endPosition="${cp('Sanktionen') + 10}">
<Coding guid="eeeeeeee-0000-4000-8000-000000000002"><CodeRef targetGUID="bbbbbbbb-0000-4000-8000-000000000002"/></Coding>
<Coding guid="eeeeeeee-0000-4000-8000-000000000003"><CodeRef targetGUID="bbbbbbbb-0000-4000-8000-000000000099"/></Coding></PlainTextSelection>
</TextSource>
<TextSource guid="cccccccc-0000-4000-8000-000000000002" name="Artikel zwei" plainTextPath="internal://missing.txt"/>
</Sources></Project>`;
    expect(validate(qde, engines.temp.dir()).ok).toBe(true);
    const zip = new JSZip();
    zip.file('project.qde', qde);
    const file = engines.temp.file('seminar.qdpx', await zip.generateAsync({ type: 'uint8array' }));
    const engine = engines.engine();
    const result = await engine.invoke('exchange.importQdpx', file, { analyse: false });
    expect(result.sources).toEqual({ imported: 1, matched: 0 });
    expect(result.coders).toEqual({ added: 1, matched: 0 });
    expect(result.codings.imported).toBe(2);
    expect(result.failures.map((f) => `${f.where}: ${f.reason}`)).toEqual([
      expect.stringMatching(/Artikel eins.*code that is not in the codebook/),
      expect.stringMatching(/Artikel zwei.*missing from the archive/),
    ]);
    const article = await engine.invoke('articles.get', result.newArticleIds[0]!);
    expect(article.text).toBe('Ein Satz über 😀 Hilfe. Noch Satz eins.\n\nZweiter Absatz: Sanktionen.');
    const passages = article.annotations.map((a) => [
      a.codeName,
      article.text.slice(a.start, a.end),
      a.coderName,
      a.memo,
    ]);
    expect(passages).toEqual([
      ['Hilfe', '😀 Hilfe', 'Mia', 'Hilfe als Gabe'],
      ['Sanktionen', 'Sanktionen', null, null],
    ]);
    const book = (await engine.invoke('codebooks.list')).find((b) => b.name === 'Imported from Seminar')!;
    const hilfe = book.codes.find((c) => c.name === 'Hilfe')!;
    expect(book.codes.find((c) => c.name === 'Sanktionen')!.parentId).toBe(hilfe.id);
  });

  it('refuses a file that is not a REFI-QDA project with a sentence naming it', async () => {
    const engine = engines.engine();
    const file = engines.temp.file('notes.qdpx', 'just some notes');
    const envelope = await engine.call('exchange.importQdpx', [file]);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'import' } });
    expect(!envelope.ok && envelope.error.message).toMatch(
      /notes\.qdpx: the project file has no <Project> element|notes\.qdpx.*not well-formed/,
    );
    const cli = await framescope('import', file, '--db', join(engines.temp.dir(), 'x.sqlite'));
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/notes\.qdpx/);
  });

  it('validates with xmllint being present on this machine', () => {
    expect(
      execFileSync('xmllint', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    ).toBeDefined();
  });
});
