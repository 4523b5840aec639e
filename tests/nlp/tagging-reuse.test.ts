// Analysis tags a sentence once however many questions it asks of it, and tags without compromise's
// chunks unless a cue asks for them: the answers must be those of tagging afresh each time.
import { describe, expect, it } from 'vitest';
import { detectFrames } from '../../nlp/frames/index.ts';
import type { Codebook } from '../../nlp/frames/index.ts';
import { isSubheading } from '../../nlp/frames/patterns.ts';
import { taggerType } from '../../nlp/compromise.ts';

const relief = (cue: string): Codebook => ({
  id: 'relief',
  name: 'Relief',
  description: '',
  frames: [{ id: 'help', name: 'Help', description: '', color: '#009E73', cues: [cue] }],
});

describe('tagging shared across questions', () => {
  it('answers each name of a sentence for itself, however often the sentence is asked about', () => {
    const sentence = 'Councillor Marta Okafor flew to Lisbon on Monday.';
    expect(taggerType(sentence, 'Marta Okafor')).toBe('person');
    expect(taggerType(sentence, 'Lisbon')).toBe('place');
    expect(taggerType(sentence, 'Marta Okafor')).toBe('person');
  });

  it('a pattern cue that asks for a chunk (<Noun>) still finds it', () => {
    const text = 'The volunteers brought relief to the flooded valley. Relief came late.';
    const [found] = detectFrames(text, relief('~<Noun> #Verb relief'));
    expect(found?.hits.map((hit) => text.slice(hit.start, hit.end))).toEqual([
      'The volunteers brought relief',
    ]);
  });

  it('a short line without a verb is still a subheading, and one with a verb is not', () => {
    expect(isSubheading('A harbour in winter.')).toBe(true);
    expect(isSubheading('Ferries resumed.')).toBe(false);
  });
});
