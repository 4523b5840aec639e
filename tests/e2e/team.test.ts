import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { screenshot, useBrowserSession } from './browser.ts';

// Working as a team in the browser: who is coding is asked once, disagreements side by side with
// memos and settled by an adjudicator, and a class measured against its key.

const FLOOD = [
  'The river burst its banks at Lanmore on Sunday night and flooded two hundred homes.',
  'Residents said the county had delayed repairs to the flood wall for years.',
  'The county engineer said the wall had been inspected in spring.',
  'Neighbours from the hill farms brought tractors to pull cars from the water.',
].join(' ');

describe('working as a team, in a browser through the local bridge', () => {
  const session = useBrowserSession('team.sqlite');
  let codebookId = 0;

  beforeAll(async () => {
    const { engine } = session.server;
    const file = join(session.dir, 'flood.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, FLOOD);
    await engine.invoke('import.paths', [file]);
    const articleId = (await engine.invoke('articles.list', {})).rows[0]!.id;
    codebookId = (await engine.invoke('codebooks.list')).find((book) => book.key === 'policy-frames')!.id;
    const blame = await engine.invoke('codes.create', {
      codebookId,
      kind: 'code',
      name: 'Blame',
      color: '#aa3377',
    });
    const help = await engine.invoke('codes.create', {
      codebookId,
      kind: 'code',
      name: 'Help',
      color: '#228833',
    });
    const code = async (on: Engine, codeId: number, coder: string, from: string, memo?: string) => {
      const coderId = (await on.invoke('coders.ensure', coder)).id;
      const start = FLOOD.indexOf(from);
      const end = FLOOD.indexOf('.', start) + 1;
      await on.invoke('annotations.create', {
        articleId,
        codeId,
        coderId,
        start,
        end,
        ...(memo ? { memo } : {}),
      });
    };
    // The teacher's key, then a copy for the class.
    await code(engine, blame.id, 'Teacher', 'Residents said', 'Residents blame the county.');
    await code(engine, help.id, 'Teacher', 'Neighbours');
    await engine.invoke('coders.setRole', 'Teacher', 'key');
    const classCopy = join(session.dir, 'class.sqlite');
    await engine.invoke('project.saveStudentsCopy', classCopy);
    // Two students code their copies and hand back REFI-QDA files.
    for (const [student, work] of [
      [
        'Sam',
        [
          [blame.id, 'Residents said'],
          [help.id, 'Neighbours'],
        ],
      ],
      [
        'Uma',
        [
          [blame.id, 'The county engineer', 'The engineer defends the county: blame?'],
          [help.id, 'Neighbours'],
        ],
      ],
    ] as const) {
      const path = join(session.dir, `${student}.sqlite`);
      copyFileSync(classCopy, path);
      const mine = new Engine(path);
      try {
        for (const [codeId, from, memo] of work) await code(mine, codeId, student, from, memo);
        await mine.invoke('exchange.exportQdpx', join(session.dir, `${student}.qdpx`));
      } finally {
        await mine.close();
      }
      await engine.invoke('exchange.importQdpx', join(session.dir, `${student}.qdpx`));
    }
  }, 120_000);

  it('shows each student’s agreement with the key and the passages where they differ', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/agreement`);
    await page.getByLabel('Units').selectOption('sentence');
    await page.getByLabel('each coder with the key (Teacher)').check();
    const uma = page.getByRole('table', { name: 'Agreement of Uma and Teacher (the key)' });
    await uma.waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: 'Agreement of Sam and Teacher (the key)' }).waitFor();
    await expect.poll(() => uma.getByRole('row', { name: /Blame/ }).textContent()).toMatch(/50\.0%/);
    await expect.poll(() => uma.getByRole('row', { name: /Help/ }).textContent()).toMatch(/100\.0%/);
    await screenshot(page, '20-class-agreement-with-key');

    await page
      .getByRole('region', { name: 'Uma and Teacher (the key)' })
      .getByRole('link', { name: 'Passages where they differ →' })
      .click();
    const cards = page.getByRole('article');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(2);
    const engineer = page.getByRole('article').filter({ hasText: 'The county engineer said' });
    await expect
      .poll(() => engineer.textContent())
      .toMatch(/Teacher.*did not apply it.*Uma.*applied the code/);
    await expect.poll(() => engineer.textContent()).toMatch(/The engineer defends the county: blame\?/);
    expect(page.url()).toMatch(/#\/disagreements\?codebook=\d+&coders=Teacher%2CUma/);
  });

  it('asks who is coding before the first decision, then lets an adjudicator settle a place', async () => {
    const { server, page } = session;
    await page.goto(`${server.url}#/disagreements?codebook=${codebookId}&coders=Teacher,Uma`);
    await page.evaluate(() => localStorage.removeItem('framescope.coder'));
    await page.reload();
    await page.getByRole('button', { name: /Settle them as adjudicator/ }).click();
    const question = page.getByRole('dialog', { name: 'Who is coding?' });
    await question.waitFor();
    await screenshot(page, '21-who-is-coding');
    await question.getByLabel('Your name').fill('Rosa');
    await question.getByRole('button', { name: 'Start coding' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => localStorage.getItem('framescope.coder'))).toBe('Rosa');

    const engineer = page.getByRole('article').filter({ hasText: 'The county engineer said' });
    await engineer.getByLabel('Reason for the decision').fill('Defending the county is not blaming it.');
    await engineer.getByRole('button', { name: 'Does not apply' }).click();
    await expect
      .poll(() => engineer.textContent(), { timeout: 30_000 })
      .toMatch(
        /Adjudicated: the code does not apply here \(Rosa\) — Defending the county is not blaming it\./,
      );
    await expect
      .poll(() => page.getByText(/2 places differ between Teacher, Uma; 1 settled/).count())
      .toBe(1);
    await screenshot(page, '22-disagreements-adjudicated');
    const coders = await server.engine.invoke('coders.list');
    expect(coders.find((coder) => coder.name === 'Rosa')?.role).toBe('adjudicator');
  });
});
