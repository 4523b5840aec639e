import { describe, expect, it } from 'vitest';
import { frameLabels } from '../../core/learn/labels.ts';

// Which of a person's acts teach the model what (frames 1 and 2; articles 10–14).
describe('what a person has decided about a frame', () => {
  const { labels, setAside } = frameLabels(
    [1, 2],
    [
      { article_id: 10, code_id: 1, present: 1, denied: 0 },
      { article_id: 11, code_id: 1, present: 0, denied: 0 },
      { article_id: 12, code_id: 1, present: 1, denied: 1 },
      // The article-level decision counts over the evidence the same person reviewed.
      { article_id: 13, code_id: 1, present: 0, denied: 0 },
    ],
    [
      { article_id: 13, code_id: 1, kept: 1, rejected: 0 },
      { article_id: 14, code_id: 1, kept: 1, rejected: 0 },
      { article_id: 14, code_id: 2, kept: 0, rejected: 1 },
    ],
  );

  it('takes decisions first, then kept or rejected evidence', () => {
    expect([...labels.get(1)!].sort((a, b) => a[0] - b[0])).toEqual([
      [10, true],
      [11, false],
      [13, false],
      [14, true],
    ]);
    expect([...labels.get(2)!]).toEqual([[14, false]]);
  });

  it('sets a denied frame aside, and takes silence for no decision', () => {
    expect([...setAside.get(1)!]).toEqual([12]);
    expect(labels.get(2)!.has(10)).toBe(false);
  });
});
