import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import type { MergeReport } from '../../core/merge/types.ts';
import { useTempDir } from '../support/temp.ts';
import { FIRST_MORALITY, cuesOf, makeOld, shipped } from '../engine/old-codebook.ts';
import { baseProject, coderCopy } from './support.ts';

// Issue 9: two copies of a project made by an older release, one brought to the newer shipped cues
// and one not, come back together. Neither copy's cues were edited by a person, so which release's
// cues each holds is no conflict between coders: each project keeps its own, and the one still
// behind is still offered the update. A cue a person edited stays a conflict, as any edit does.

describe('merging copies of a codebook at different shipped versions', () => {
  const temp = useTempDir();

  async function merged(mine: string, theirs: string, name: string) {
    const path = join(temp.dir(), name);
    copyFileSync(mine, path);
    const engine = new Engine(path);
    try {
      const report: MergeReport = await engine.invoke('project.merge', theirs);
      return {
        report,
        morality: await cuesOf(engine, 'morality'),
        behind: (await engine.invoke('codebooks.updates')).flatMap((book) =>
          book.frames.filter((frame) => frame.state === 'behind').map((frame) => frame.key),
        ),
      };
    } finally {
      await engine.close();
    }
  }

  const codeConflicts = (report: MergeReport) =>
    report.conflicts.filter((conflict) => conflict.kind === 'code').map((conflict) => conflict.what);

  it('keeps each project’s shipped cues without a conflict, and a person’s edit as a conflict', async () => {
    const dir = temp.dir();
    const base = await baseProject(dir);
    makeOld(base);
    const updated = await coderCopy(base, dir, 'Ada', async (engine) => {
      await engine.invoke('codebooks.update', { codebook: 'policy-frames' });
    });
    const behind = await coderCopy(base, dir, 'Ben', async () => {});
    const edited = await coderCopy(base, dir, 'Cleo', async (engine) => {
      const books = await engine.invoke('codebooks.list');
      const morality = books[0]!.codes.find((code) => code.key === 'morality')!;
      await engine.invoke('codes.update', morality.id, { cues: [...FIRST_MORALITY, 'solidarity'] });
    });

    // The copy still behind takes in the updated one: its own cues stay, and the update is still offered.
    const intoBehind = await merged(behind, updated, 'into-behind.sqlite');
    expect(codeConflicts(intoBehind.report)).toEqual([]);
    expect(intoBehind.morality).toEqual(FIRST_MORALITY);
    expect(intoBehind.behind).toEqual(['morality']);

    // The updated copy takes in the one behind: it stays updated, nothing to offer.
    const intoUpdated = await merged(updated, behind, 'into-updated.sqlite');
    expect(codeConflicts(intoUpdated.report)).toEqual([]);
    expect(intoUpdated.morality).toEqual(shipped('morality'));
    expect(intoUpdated.behind).toEqual([]);

    // Cleo's own Morality cues are a person's edit: reported, and this project's kept.
    const intoUpdatedFromCleo = await merged(updated, edited, 'from-cleo.sqlite');
    expect(codeConflicts(intoUpdatedFromCleo.report)).toEqual([
      'code “Morality” of codebook “Policy Frames Codebook”',
    ]);
    expect(intoUpdatedFromCleo.morality).toEqual(shipped('morality'));
  }, 120_000);
});
