// Tagged cue patterns (`#Verb`) are tagged on a window around each anchor word instead of the whole
// sentence, to keep frame decisions cheap: they must find exactly what the whole sentence's tagging finds.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import '../../nlp/compromise.ts';
import { compileCodebook, detectFrames, validateCodebook } from '../../nlp/frames/index.ts';
import { sentenceMatcher } from '../../nlp/frames/patterns.ts';

const DUTY = '(should|must|ought) not? (#Verb|be)';
const book = (pattern: string) =>
  validateCodebook({
    id: 'duty',
    name: 'Duty',
    frames: [{ id: 'duty', name: 'Duty', color: '#123456', cues: [`~${pattern}`] }],
  });
const found = (text: string, pattern: string) =>
  (detectFrames(text, book(pattern))[0]?.hits ?? []).map((hit) => text.slice(hit.start, hit.end));
const wholeSentence = (text: string, pattern: string) => nlp(text).match(pattern).out('array') as string[];

describe('a tagged pattern matches in windows what it matches in the whole sentence', () => {
  const sentences = [
    'After three long evenings of argument over the harbour dues, the ferry timetable and the state of the old sea wall, the committee said the town should rebuild the pier.',
    'The town should rebuild the pier, the committee said after three long evenings of argument over the harbour dues and the ferry timetable, and the council must not delay the work again.',
    'Ought the council to pay for it, or should the harbour board, and who must sign the order?',
    "The wardens shouldn't close the path, and the rangers must keep it open through the winter months.",
    'The pier must be rebuilt before summer; the ferry should run twice a day.',
  ];
  for (const sentence of sentences)
    it(sentence.slice(0, 60), () => {
      expect(found(sentence, DUTY).map((m) => m.toLowerCase())).toEqual(
        wholeSentence(sentence, DUTY).map((m) => m.replace(/[,.;?]+$/, '').toLowerCase()),
      );
    });

  it('tags the whole sentence for a pattern whose reach has no bound', () => {
    const text = 'The council should, after all the talk of the summer and of the long winter, finally act.';
    expect(found(text, 'should * #Verb')).toEqual([
      'should, after all the talk of the summer and of the long winter, finally act',
    ]);
  });
});

describe('a tagged pattern is matched without tagging where its words alone decide', () => {
  const pattern = (cue: string) => compileCodebook(book(cue)).patterns[0];
  const windowsTagged = (text: string, cue: string) => {
    const match = sentenceMatcher(text);
    const compiled = pattern(cue);
    const spans = compiled ? match(compiled, { start: 0, end: text.length }) : [];
    return { found: spans.map((span) => text.slice(span.start, span.end)), tagged: match.tagged };
  };

  it('tags nothing when every "should" and "must" is followed by "be" or "not be"', () => {
    const text = 'The harbour wall must be repaired this year, and the ferry should not be delayed again.';
    expect(windowsTagged(text, DUTY)).toEqual({ found: ['must be', 'should not be'], tagged: 0 });
  });

  it('tags a window where a verb other than "be" follows, and finds what whole-sentence tagging finds', () => {
    const text = 'The harbour board must decide by June, and the ferry should be running by then.';
    const { found: hits, tagged } = windowsTagged(text, DUTY);
    expect(tagged).toBeGreaterThan(0);
    expect(hits).toEqual(['must decide', 'should be']);
  });

  it('tags a window with an apostrophe, where the tagger may split words the tokenizer keeps whole', () => {
    const text = "The pier's old timbers must be replaced before the storms.";
    expect(windowsTagged(text, DUTY)).toEqual({ found: ['must be'], tagged: 1 });
  });

  it('tags nothing for a pattern that first excludes a word, and keeps that word out of its matches', () => {
    const advice = `!(you|he) ${DUTY}`;
    expect(pattern(advice)?.untagged).not.toBeNull();
    const text = 'You should be careful, but the harbour wall must be repaired this year.';
    expect(windowsTagged(text, advice)).toEqual({ found: ['wall must be'], tagged: 0 });
    expect(wholeSentence(text, advice)).toEqual(['wall must be']);
  });

  it('only leaves out tag alternatives that take one word, after a word the match needs', () => {
    expect(pattern(DUTY)?.untagged).not.toBeNull();
    // An optional tag could take a word the pattern without it would not: always tagged.
    expect(pattern('(should|must) #Adverb? be')?.untagged).toBeNull();
    // A tag first: the match may begin at any word.
    expect(pattern('#Noun (should|must) be')?.untagged).toBeNull();
    // A term of tags only.
    expect(pattern('(should|must) #Verb')?.untagged).toBeNull();
  });

  const hard = [
    'Should be easy, the wardens said, though the path must, in places, be rebuilt.',
    'The rangers must must be told; the council should-be planners must not be ignored.',
    'The gate must be\nopened at dawn, and the wardens ought be thanked, they ought to be.',
    'MUST BE DONE: the council SHOULD NOT BE slow, and "must be" is what the notice said.',
    'The town cannot be blamed, and the wardens must not be, should be and must be heard.',
    'It is a must be seen show, the critic wrote; the council must be seen to act, and must.',
    'The boats must be (if they can) moved, and the sheds must be; the huts should not go.',
  ];
  for (const text of hard)
    it(`finds what whole-sentence tagging finds: ${text.slice(0, 50)}`, () => {
      expect(found(text, DUTY).map((m) => m.toLowerCase())).toEqual(
        wholeSentence(text, DUTY).map((m) => m.replace(/^["(]+|[,.;:?)"]+$/g, '').toLowerCase()),
      );
    });
});
