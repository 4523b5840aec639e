import { describe, expect, it } from 'vitest';
import { linkage } from '../../core/compare/linkage.ts';

// Linkage reads with the frame detector only the articles that may name a concept: an article
// holding none of the words a concept's cues need is passed over. What it counts stays what reading
// every article gives: capitals, a cue's stem, a pattern, and a word that names a concept only once
// its accent is folded away.

const CONCEPTS = [
  { name: 'help', terms: ['aid', 'humanitar*'] },
  { name: 'relief', terms: ['~(lift|ease) .? sanctions', 'cafe'] },
];

const TEXTS = new Map([
  [1, 'Officials promised AID to the port. They also moved to ease the sanctions on grain.'],
  [2, 'Humanitarian convoys arrived while the council voted to lift sanctions.'],
  [3, 'The tax bill passed without debate.'],
  [4, 'Volunteers at the café handed out parcels.\n\nThe square was quiet by noon.'],
  [5, 'Said the mayor: the raid was unpaid.'],
  [6, 'FOOD AID LANDS TONIGHT'],
]);

describe('linkage', () => {
  it('counts the sentences naming each concept, both, in capitals, by stem, pattern and folded accent', () => {
    const outlets = new Map([
      ['Harbour Gazette', [1, 2, 3]],
      ['Hill Courier', [4, 5, 6]],
    ]);
    const [link] = linkage(outlets, TEXTS, CONCEPTS);
    expect(link!.perOutlet['Harbour Gazette']).toMatchObject({
      articles: 3,
      sentencesA: 2,
      sentencesB: 2,
      sentencesBoth: 1,
      articlesBoth: 1,
    });
    expect(link!.perOutlet['Harbour Gazette']!.examples).toEqual([
      { articleId: 2, start: 0, end: TEXTS.get(2)!.length, text: TEXTS.get(2) },
    ]);
    // "café" names the second concept ("cafe") only once folded, "AID" the first in capitals: both
    // articles are read, not passed over; "raid" and "unpaid" name nothing.
    expect(link!.perOutlet['Hill Courier']).toMatchObject({
      articles: 3,
      sentencesA: 1,
      sentencesB: 1,
      sentencesBoth: 0,
      articlesBoth: 0,
    });
  });
});
