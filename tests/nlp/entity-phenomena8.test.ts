// Entity phenomena of issue #8 seen on unseen news (fifth round), each with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.type}:${e.name}`);

describe('initials that spell a common word', () => {
  it('reads "Who" opening a question as the pronoun, and "the WHO" as the body', () => {
    const text = 'Clinics were told to wait.\n\nWho pays for the beds? The WHO said on Monday that it would.';
    expect(typed(text)).toEqual(['organization:WHO']);
  });

  it('does not take a sentence-opening "Who" for a body the text names in capitals', () => {
    const text = 'The WHO sent masks.\n\nWho asked for them? Nobody in the ward.';
    const who = analyzeText(text).entities.find((e) => e.name === 'WHO');
    expect(who?.aliases).toEqual(['WHO']);
  });
});

describe('a term shortened in brackets', () => {
  it('takes capitals that spell the lower-case words before them for a term, not a body', () => {
    const text =
      'The nurses trained in wound care management (WCM) and in pain and symptom control (PSC) last year.';
    expect(typed(text)).toEqual([]);
  });

  it('still takes a body named before its initials, and initials the words do not spell', () => {
    const text = 'The Harbour Pilots Guild (HPG) met the city council (CCB) on Monday.';
    expect(typed(text)).toEqual(['organization:Harbour Pilots Guild', 'organization:CCB']);
  });
});
