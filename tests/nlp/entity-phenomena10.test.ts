// Entity phenomena of issue #8 seen on unseen news (seventh round), each with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.type}:${e.name}`);

describe('venues named by their head word', () => {
  it('takes a lounge, a restaurant, a cafe and a tavern as places', () => {
    const text =
      'The trio opens at the Harbor Lounge on Friday, then plays Gino Restaurant, the Blue Heron Cafe and the Old Mill Tavern.';
    expect(typed(text).sort()).toEqual([
      'place:Blue Heron Cafe',
      'place:Gino Restaurant',
      'place:Harbor Lounge',
      'place:Old Mill Tavern',
    ]);
  });
});

describe('a nickname in quotes', () => {
  it('opens the name before a surname, without its quotes', () => {
    expect(typed('The band features "Buzz" Orme on drums this week.')).toEqual(['person:Buzz Orme']);
    expect(typed('"Doc" Hanley is back in town after a summer on the lake.')).toEqual(['person:Doc Hanley']);
  });

  it('joins a later bare surname to the nicknamed person', () => {
    const text = 'Diners praised "Tex" Morrow for the chili. Morrow said the recipe was his mother\'s.';
    const e = analyzeText(text).entities;
    expect(e.map((x) => `${x.type}:${x.name}`)).toEqual(['person:Tex Morrow']);
  });

  it('stands between a given name and a surname', () => {
    expect(typed('The club signed Tom "Buzz" Orme for the season.')).toEqual(['person:Tom Buzz Orme']);
  });

  it('leaves a quoted word before a common noun or an institution alone', () => {
    expect(typed('They went to the "Kings" Club and then to the "Blue" Room.')).toEqual([]);
  });
});
