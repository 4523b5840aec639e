import { describe, expect, it } from 'vitest';
import { combineFinds, FindsBuilder, type CueFinds, type Hit } from '../../core/engine/cue-finds.ts';

// The preview adds up cues' kept hits: a sentence two cues find is one passage, overlapping hits keep
// the longest as one frame's detection does, and articles come in id order, however large the ids.

const hit = (start: number, end: number, sentenceStart: number, sentenceEnd: number): Hit => ({
  start,
  end,
  sentenceStart,
  sentenceEnd,
});

function finds(byArticle: [number, Hit[]][]): CueFinds {
  const builder = new FindsBuilder();
  for (const [article, hits] of byArticle) builder.add(article, hits);
  return builder.done();
}

/** "aid" and "humanitarian aid" in two articles, a third article only "aid" finds; ids and offsets scaled. */
function cues(first: number, second: number, third: number, at: number): CueFinds[] {
  const aid = finds([
    [first, [hit(at + 13, at + 16, at, at + 40), hit(at + 50, at + 53, at + 45, at + 70)]],
    [third, [hit(at + 4, at + 7, at, at + 20)]],
  ]);
  const humanitarian = finds([
    [first, [hit(at, at + 16, at, at + 40)]],
    [second, [hit(at + 2, at + 18, at, at + 30)]],
  ]);
  return [aid, humanitarian];
}

describe('adding up the hits kept per cue', () => {
  it.each([
    ['small ids and offsets', 1, 2, 3, 0],
    ['ids past 2^31 and offsets past 2^30', 2 ** 33, 2 ** 33 + 7, 2 ** 34, 2 ** 30],
  ])('counts shared sentences once and keeps the longest hit: %s', (_name, first, second, third, at) => {
    const combined = combineFinds(cues(first, second, third, at), 20);
    expect(combined.passages).toBe(4);
    expect(combined.articles).toBe(3);
    expect(combined.first).toEqual([
      { article: first, hits: [hit(at, at + 16, at, at + 40), hit(at + 50, at + 53, at + 45, at + 70)] },
      { article: second, hits: [hit(at + 2, at + 18, at, at + 30)] },
      { article: third, hits: [hit(at + 4, at + 7, at, at + 20)] },
    ]);
  });

  it('gives only as many example hits as asked for', () => {
    const combined = combineFinds(cues(1, 2, 3, 0), 2);
    expect(combined.first.flatMap(({ hits }) => hits)).toHaveLength(2);
    expect(combined.first.map(({ article }) => article)).toEqual([1]);
    expect(combined.passages).toBe(4);
  });
});
