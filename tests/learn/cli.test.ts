import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import { openProject } from '../../db/open.ts';
import type { LearnReport } from '../../core/contract.ts';
import { useTempDir } from '../support/temp.ts';
import { framescope } from '../support/cli.ts';
import { decide, learnProject } from './fixture.ts';

describe('framescope learn', () => {
  const temp = useTempDir();

  it('prints the per-frame figures, what is still needed, and the proposals', async () => {
    const path = join(temp.dir(), 'learn.sqlite');
    const engine = new Engine(path);
    const project = await learnProject(engine, temp.file);
    await decide(engine, project, project.ids.money, project.ids.care);
    await engine.close();

    const text = await framescope('learn', '--db', path, '--codebook', 'policy-frames');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/5-fold cross-validation, seed 1/);
    expect(text.out).toMatch(/^Economic\s+12\s+12\s+\d+\.\d%\s+\d+\.\d%\s+\d\.\d\d\s+1\/2$/m);
    expect(text.out).toMatch(/^Morality\s+0\s+0\s+needs 10 more with the frame and 10 more without it$/m);
    expect(text.out).toMatch(
      /Economic: 1 article, most likely first\n\s+0\.\d\d\s+#\d+\s+Wages and jobs at risk/,
    );
    // The proposal is kept in the project, for the reader and the codebook to show.
    expect(text.out).toMatch(/stored as learned suggestions/);
    const db = openProject(path, { readonly: true });
    const stored = db.prepare('SELECT count(*) FROM learned_proposals').pluck().get();
    db.close();
    expect(stored).toBe(1);

    const json = await framescope(
      'learn',
      '--db',
      path,
      '--codebook',
      'policy-frames',
      '--json',
      '--seed',
      '4',
    );
    const report = JSON.parse(json.out) as LearnReport & { method: string };
    expect(report.method).toBe('learn.refresh');
    expect(report.seed).toBe(4);
    const economic = report.frames.find((frame) => frame.key === 'economic')!;
    expect(economic.proposals[0]).toMatchObject({ origin: 'learned', proposed: true });
    const again = JSON.parse(
      (await framescope('learn', '--db', path, '--codebook', 'policy-frames', '--json', '--seed', '4')).out,
    ) as LearnReport;
    expect(again.frames.map((frame) => frame.crossValidation)).toEqual(
      report.frames.map((frame) => frame.crossValidation),
    );
  }, 60_000);

  it('says what is wrong with a bad codebook or folds', async () => {
    const path = join(temp.dir(), 'empty.sqlite');
    await new Engine(path).close();
    const missing = await framescope('learn', '--db', path, '--codebook', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(
      /There is no codebook “nope” in this project\. Codebooks: \d+ Policy Frames Codebook/,
    );
    const folds = await framescope('learn', '--db', path, '--codebook', 'policy-frames', '--folds', '1');
    expect(folds.code).toBe(2);
    expect(folds.err).toMatch(/--folds is a whole number from 2 to 20/);
  });
});
