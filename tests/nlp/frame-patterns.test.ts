// Tagged cue patterns (`#Verb`) are tagged on a window around each anchor word instead of the whole
// sentence, to keep frame decisions cheap: they must find exactly what the whole sentence's tagging finds.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import '../../nlp/compromise.ts';
import { detectFrames, validateCodebook } from '../../nlp/frames/index.ts';

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
