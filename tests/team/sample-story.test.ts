import { describe, expect, it } from 'vitest';
import { useEngines } from '../engine/support.ts';

// The first-run sample story (issue 11): ten fictional articles from fictional outlets, a codebook
// and two fictional coders, so Stories, Compare, Agreement and Disagreements show something at once.

describe('the sample story', () => {
  const engines = useEngines();

  it('gives Stories, Compare, Agreement and Disagreements something to show at once', async () => {
    const engine = engines.engine();
    await engine.invoke('project.importSample');

    const stories = await engine.invoke('stories.list');
    const story = stories.find((one) => one.name === 'Velorian flood convoy (sample, fictional)')!;
    expect(story).toBeDefined();
    const detail = await engine.invoke('stories.get', story.id);
    expect(detail.articles).toHaveLength(10);
    const outlets = new Set(detail.articles.map((article) => article.outlet));
    expect(outlets.size).toBe(6);
    for (const outlet of outlets) expect(outlet).toMatch(/\(fictional\)$/);

    // Compare: every frame of the sample codebook is found in two outlets or more.
    const compared = await engine.invoke('compare.outlets', { storyId: story.id });
    const sampleFrames = compared.frames.matrix.frames.filter(
      (frame) => frame.codebook === 'velorian-convoy',
    );
    expect(sampleFrames.map((frame) => frame.name).sort()).toEqual([
      'Military presence',
      'Political pretext and leverage',
      'Relief and goodwill',
    ]);
    for (const frame of sampleFrames) {
      const using = Object.values(compared.frames.perOutlet).filter((frames) =>
        frames.some((one) => one.codeId === frame.codeId && one.articles > 0),
      );
      expect(using.length, frame.name).toBeGreaterThanOrEqual(2);
    }
    // The wire story reprinted by two outlets is found as such, credited to the agency its dateline names.
    expect(compared.wire.length).toBeGreaterThanOrEqual(1);
    expect(compared.wire[0]).toMatchObject({ agency: 'Continental Wire', reprint: true });

    // Agreement between the two sample coders, and the places where they differ.
    const codebookId = (await engine.invoke('codebooks.list')).find(
      (book) => book.key === 'velorian-convoy',
    )!.id;
    const agreement = await engine.invoke('agreement.compute', {
      codebookId,
      unit: 'sentence',
      resamples: 0,
    });
    expect(agreement.coders.map((coder) => coder.name)).toEqual([
      'Alex (sample coder)',
      'Bea (sample coder)',
    ]);
    const pooled = agreement.comparisons[0]!.report.pooled;
    expect(pooled.units).toBeGreaterThan(100);
    expect(pooled.alpha).toBeGreaterThan(0.5);
    expect(pooled.alpha).toBeLessThan(1);
    const places = await engine.invoke('disagreements.list', { codebookId });
    expect(places.total).toBeGreaterThanOrEqual(8);
    expect(places.units.some((place) => place.sides.some((side) => side.memos.length > 0))).toBe(true);
  });

  it("applies the sample's codebook to the sample story only, not to the seed article beside it", async () => {
    const engine = engines.engine();
    await engine.invoke('project.importSample');
    const book = (await engine.invoke('codebooks.list')).find((one) => one.key === 'velorian-convoy')!;
    const story = (await engine.invoke('stories.list')).find(
      (one) => one.name === 'Velorian flood convoy (sample, fictional)',
    )!;
    expect(book.scope).toEqual({ kind: 'stories', stories: [story.id] });
    const codes = new Set(book.codes.map((code) => code.id));
    const inStory = new Set((await engine.invoke('stories.get', story.id)).articles.map((a) => a.id));
    const { rows } = await engine.invoke('articles.list', { limit: 100 });
    const seed = rows.filter((row) => !inStory.has(row.id));
    expect(seed).toHaveLength(1);
    const decisions = (await engine.invoke('articles.get', seed[0]!.id)).decisions;
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.filter((decision) => codes.has(decision.codeId))).toEqual([]);
  });
});
