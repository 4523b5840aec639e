import { describe, expect, it } from 'vitest';
import { conceptCodebook, linkage } from '../../core/compare/linkage.ts';
import { detectFrames } from '../../nlp/frames/index.ts';
import { paragraphOf, paragraphStarts } from '../../nlp/tokens.ts';
import { brownSamples, brownText } from '../support/brown.ts';

// Linkage reads with the frame detector only the sentences that may name a concept: a sentence (or a
// whole article) holding none of the words a concept's cues can begin with is passed over. What it
// counts stays what reading every article whole gives: capitals, a cue's stem, a pattern, a word that
// names a concept only once its accent is folded away, and news texts of many paragraphs.

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

  it('counts in news texts what running the frame detector over each whole text counts', () => {
    // Press reportage and editorials, several paragraphs each: linkage reads only the sentences that
    // may hold a cue's word, and must find every sentence and paragraph the whole text's detection does.
    const samples = [...brownSamples('cb'), ...brownSamples('cc')].slice(0, 24);
    const texts = new Map(samples.map((sample, i) => [i + 1, brownText(sample)]));
    const concepts = [
      { name: 'government', terms: ['government', 'state*', 'federal'] },
      { name: 'money', terms: ['tax*', 'budget', 'million', '~(cut|raise)* .? .? tax*'] },
    ];
    const outlets = new Map([
      ['Harbour Gazette', samples.slice(0, 12).map((_, i) => i + 1)],
      ['Hill Courier', samples.slice(12).map((_, i) => i + 13)],
    ]);
    const [link] = linkage(outlets, texts, concepts);
    const book = conceptCodebook(concepts);
    for (const [outlet, ids] of outlets) {
      const expected = { sentencesA: 0, sentencesB: 0, sentencesBoth: 0, paragraphsBoth: 0, articlesBoth: 0 };
      for (const id of ids) {
        const text = texts.get(id)!;
        const starts = paragraphStarts(text);
        const sentences = [new Set<number>(), new Set<number>()];
        const paragraphs = [new Set<number>(), new Set<number>()];
        for (const result of detectFrames(text, book))
          for (const hit of result.hits) {
            sentences[Number(result.frame.slice(1))]!.add(hit.sentenceStart);
            paragraphs[Number(result.frame.slice(1))]!.add(paragraphOf(starts, hit.sentenceStart));
          }
        const both = [...sentences[0]!].filter((start) => sentences[1]!.has(start)).length;
        expected.sentencesA += sentences[0]!.size;
        expected.sentencesB += sentences[1]!.size;
        expected.sentencesBoth += both;
        expected.paragraphsBoth += [...paragraphs[0]!].filter((p) => paragraphs[1]!.has(p)).length;
        if (both > 0) expected.articlesBoth++;
      }
      // Enough to mean something: both concepts met in several sentences of several articles.
      expect(expected.sentencesBoth).toBeGreaterThan(3);
      expect(link!.perOutlet[outlet]).toMatchObject(expected);
      for (const example of link!.perOutlet[outlet]!.examples)
        expect(texts.get(example.articleId)!.slice(example.start, example.end)).toBe(example.text);
    }
  });
});
