// Entity phenomena of issue #8 seen on unseen news (sixth round), each with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.type}:${e.name}`);

describe('business offices before a name', () => {
  it('leaves "Chief Executive" and "Chief Operating Officer" out of the person', () => {
    const text = "The firm's Chief Executive Tom Varga said on Monday that the deal would close soon.";
    expect(typed(text)).toEqual(['person:Tom Varga']);
    const coo = 'The board said Chief Operating Officer Anna Berg would leave in June.';
    expect(typed(coo)).toEqual(['person:Anna Berg']);
  });

  it('reads COO and CFO before a name as offices', () => {
    const text = 'The firm named COO Jim Ferrante and CFO Ruth Oakes to the new board on Friday.';
    expect(typed(text)).toEqual(['person:Jim Ferrante', 'person:Ruth Oakes']);
  });
});
