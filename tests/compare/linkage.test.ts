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

  it('keeps what it found per project for the next call, and reads a text edited in its middle again', () => {
    const project = {};
    const opening =
      'The harbour board met on Tuesday evening to hear the port engineers report on the dredging. ';
    const closing =
      ' The board will meet again next month, when the engineers bring the final figures for the work.';
    const texts = new Map([
      [1, TEXTS.get(1)!],
      [2, `${opening}It approved the tax on cargo.${closing}`],
    ]);
    const outlets = new Map([['Harbour Gazette', [1, 2]]]);
    const first = linkage(outlets, texts, CONCEPTS, project);
    expect(linkage(outlets, texts, CONCEPTS, project)).toEqual(first);
    expect(first[0]!.perOutlet['Harbour Gazette']!.sentencesA).toBe(1);
    // The same length, the same beginning and end: only the middle says "aid" now.
    texts.set(2, `${opening}It approved the aid to cargo.${closing}`);
    const edited = linkage(outlets, texts, CONCEPTS, project);
    expect(edited).toEqual(linkage(outlets, texts, CONCEPTS));
    expect(edited[0]!.perOutlet['Harbour Gazette']!.sentencesA).toBe(2);
    // Other concepts are found afresh.
    const others = [CONCEPTS[1]!, { name: 'levy', terms: ['tax'] }];
    expect(linkage(outlets, texts, others, project)).toEqual(linkage(outlets, texts, others));
  });
});
