import { describe, expect, it } from 'vitest';
import { cuePrefilterQuery } from '../../core/analyze/cue-prefilter.ts';
import { previewCues } from '../../core/engine/frames.ts';
import { articleIdsMatching } from '../../db/search.ts';
import { codebook, everyArticle, project } from '../support/cue-preview.ts';
import { useTempDir } from '../support/temp.ts';

// Issue 12: the cue preview reads only the articles the full-text index says may hold a cue's words,
// and in them only the sentences that may hold one. It must find exactly what reading every article
// whole finds, on real text: the counts and the examples with their offsets.

const CUES: string[][] = [
  ['tax*'],
  ['united states', 'u.s.'],
  ["nation's", 'goodwill gesture'],
  ['président', 'aid'],
  ['?court', 'public school*'],
  ['~(united|several) states'],
  ['~[#Noun] of the world', 'communis*'],
  ['us'],
  ['~(win|won|lose|lost) (the|a)? (election|vote|seat)', 'ÉLECTION', 'city council'],
  ['unrelated', 'sanction*', '~(do|does) not #Verb'],
  // Asked for without their function words and one-letter contractions ("would" is also "'d").
  [
    '~(the|this|a) (bill|plan|program|law) would',
    'should be',
    'plan to',
    '~(is|was|are) (not)? (worth|working)',
  ],
];

describe('the cue preview prefiltered by the full-text index', () => {
  const temp = useTempDir();

  it.each(CUES.map((cues) => [cues.join(' | '), cues]))(
    'finds the same passages and examples as reading every article: %s',
    async (_name, cues) => {
      const db = project(temp.dir());
      try {
        const book = codebook(cues);
        const found = await previewCues(db, book, () => undefined);
        const expected = everyArticle(db, book);
        expect(expected.articles).toBeGreaterThan(0);
        expect(found).toEqual(expected);
      } finally {
        db.close();
      }
    },
  );

  it('reads only the articles that hold a rare cue word', () => {
    const db = project(temp.dir());
    try {
      const all = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
      const query = cuePrefilterQuery(['goodwill gesture', '?glued']);
      expect(query).not.toBeNull();
      const ids = articleIdsMatching(db, query!);
      expect(ids).toContain(2);
      expect(ids.length).toBeLessThan(all / 5);
    } finally {
      db.close();
    }
  });

  it('does not ask the index for function words, which are in nearly every text', () => {
    expect(cuePrefilterQuery(['plan to'])).toBe('(("plan"*))');
    const query = cuePrefilterQuery(['~(the|this|a) (bill|plan) would', 'should be']) ?? '';
    // "would" is also the "d" of "she'd": that term is left out as well.
    expect(query).toBe('(("bill"* OR "plan"*)) OR (("should"*))');
    // A cue of function words only is asked for by its first word.
    expect(cuePrefilterQuery(['to be'])).toBe('(("to"*))');
  });

  it('reads every article for a cue of word classes only, which no word can find', () => {
    expect(cuePrefilterQuery(['aid', '~#Adjective #Noun'])).toBeNull();
  });

  it('reads every article for a built-in cue, which is computed from the sentence, not from its words', () => {
    // A sentence naming two nations holds neither "two" nor "nations".
    expect(cuePrefilterQuery(['treaty', '@two-nations'])).toBeNull();
  });
});
