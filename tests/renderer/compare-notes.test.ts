import { describe, expect, it } from 'vitest';
import { frameTest } from '../../core/compare/frame-tests.ts';
import { splitQuoted } from '../../renderer/components/compare/quoted-outlets.ts';
import {
  allTestSentences,
  frameTestLines,
  tooFewOutlets,
} from '../../renderer/components/compare/frame-test-lines.ts';

// Under the heatmap: whether outlets differ on each frame. A story whose outlets each have one or
// two articles (a scholar's first dozen pages on an event) cannot be tested on any frame; that is
// said once, not as seven identical sentences that differ only in the frame's name.

const FRAMES = ['Economic', 'Health and safety', 'Political', 'Public opinion'].map((name, i) => ({
  codeId: i + 1,
  name,
}));

describe('whether outlets differ, in words under the heatmap', () => {
  it('says once that no frame can be tested when fewer than two outlets have enough articles', () => {
    const tests = FRAMES.map((frame) => frameTest(frame, ['Capital Daily'], [2], [3]));
    const lines = frameTestLines(tests, 3);
    expect(allTestSentences(lines)).toEqual([
      'Only one outlet has 3 articles or more here: too few outlets to test whether they differ on any frame.',
    ]);
    const none = frameTestLines(
      FRAMES.map((frame) => frameTest(frame, [], [], [])),
      3,
    );
    expect(allTestSentences(none)).toEqual([
      'No outlet has 3 articles or more here: too few outlets to test whether they differ on any frame.',
    ]);
  });

  it('keeps one sentence per frame, those that differ first, when outlets can be compared', () => {
    const outlets = ['Capital Daily', 'Harbour Post'];
    const tests = [
      frameTest(FRAMES[0]!, outlets, [1, 9], [10, 10]),
      frameTest(FRAMES[1]!, outlets, [5, 5], [10, 10]),
    ];
    const lines = frameTestLines(tests, 3);
    expect(lines.differ.map((line) => line.sentence)).toEqual([
      expect.stringMatching(/^Outlets differ in how often they use Economic/),
    ]);
    expect(lines.others.map((line) => line.sentence)).toEqual([
      expect.stringMatching(/^No evidence that outlets differ in how often they use Health and safety/),
    ]);
  });

  it('names apart an outlet that has no row because every article of it is a reprint', () => {
    const outlets = [
      { outlet: 'Capital Daily', articles: 1, counted: 1 },
      { outlet: 'Harbour Post', articles: 4, counted: 4 },
      { outlet: 'Island News', articles: 1, counted: 0 },
    ];
    expect(tooFewOutlets(['Capital Daily', 'Island News'], outlets)).toEqual({
      faded: ['Capital Daily'],
      reprintsOnly: ['Island News'],
    });
  });
});

describe('who is quoted: outlets whose articles quote no one', () => {
  it('draws only outlets with quotes and names the others', () => {
    const rows = [
      { outlet: 'Capital Daily', quotes: 3 },
      { outlet: 'Island News', quotes: 0 },
      { outlet: 'Harbour Post', quotes: 1 },
    ];
    const { drawn, unquoted } = splitQuoted(rows);
    expect(drawn.map((row) => row.outlet)).toEqual(['Capital Daily', 'Harbour Post']);
    expect(unquoted).toEqual(['Island News']);
  });
});
