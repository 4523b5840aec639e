// Entity phenomena of issue #8 seen on unseen news (ninth round: press reviews, read blind a round before),
// each with sentences written for the test.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const typed = (text: string) =>
  analyzeText(text)
    .entities.map((e) => `${e.type}:${e.name}`)
    .sort();

describe('a surname alone, typed by what is said of it', () => {
  it('takes a possessive before what only a person has or does as a person', () => {
    const text =
      "Critics praised Tavrosi's playing, and Vellmark's first message to the council was read aloud.";
    expect(typed(text)).toEqual(['person:Tavrosi', 'person:Vellmark']);
  });

  it('takes a surname joined to "his" or "her" by "and" as a person', () => {
    expect(typed('In the end Dunmerrow and his librettists get the last laugh.')).toEqual([
      'person:Dunmerrow',
    ]);
  });

  it('takes a surname after "the great" or "the late" as a person', () => {
    const text = 'Fans of the great Ravelloni came, and so did friends of the late Okonsky.';
    expect(typed(text)).toEqual(['person:Okonsky', 'person:Ravelloni']);
  });

  it('leaves a place owning a message, and a possessive before an ordinary noun, alone', () => {
    expect(typed("Idaho's message was clear, and Brindlecombe's share of the vote fell.")).toEqual([
      'place:Idaho',
    ]);
  });
});

describe('makers named as examples of a class', () => {
  it('takes names after "composers such as" as people', () => {
    const text = 'She sang arrangements of composers such as Varlikov, Dessaline and Hornbruck.';
    expect(typed(text)).toEqual(['person:Dessaline', 'person:Hornbruck', 'person:Varlikov']);
  });

  it('takes both ends of "writers from X to Y" as people', () => {
    expect(typed('He has read writers from Ostrakis to Pellerune.')).toEqual([
      'person:Ostrakis',
      'person:Pellerune',
    ]);
  });

  it('leaves a place after "composers from" alone', () => {
    expect(typed('Two composers from Spokane and a painter were there.')).toEqual(['place:Spokane']);
  });
});

describe('a maker before a work, past its adjectives', () => {
  it('takes a surname before a described work as the person', () => {
    const text = "We heard Tarrowby's little one-act operetta, then the Vessinov symphonic poem.";
    expect(typed(text)).toEqual(['person:Tarrowby', 'person:Vessinov']);
  });

  it('takes the makers in a list of chansons by them as people', () => {
    expect(typed('They sang chansons by Morlaix and Quintavel.')).toEqual([
      'person:Morlaix',
      'person:Quintavel',
    ]);
  });
});

describe('a list of people and bare surnames', () => {
  it('takes bare surnames listed with a person no list knows well as people', () => {
    const text = 'Anna Brevik is still played, but Castor De Vane, Quillet and Mordaunt are forgotten.';
    expect(typed(text)).toEqual([
      'person:Anna Brevik',
      'person:Castor De Vane',
      'person:Mordaunt',
      'person:Quillet',
    ]);
  });

  it('leaves a list with a place in it alone', () => {
    expect(typed('Exports went to Tucson, Verlund and Ossory last year.')).toEqual(['place:Tucson']);
  });
});

describe('a double given name', () => {
  it('keeps both halves of a hyphened given name, opening the sentence or not', () => {
    const text = 'Jean-Luc Vardamme opened the show. The next act was by Jean-Paul Orsini.';
    expect(typed(text)).toEqual(['person:Jean-Luc Vardamme', 'person:Jean-Paul Orsini']);
  });
});

describe('the place of a dateline in capitals', () => {
  it('takes a town that is also a given name as the place, before a dash, a credit or a province', () => {
    expect(typed('CHARLOTTE — Crews cleared the road on Monday.')).toEqual(['place:CHARLOTTE']);
    expect(typed('BETHANY (Reuters) - The mill closed.')).toEqual(['organization:Reuters', 'place:BETHANY']);
    expect(typed('VICTORIA, British Columbia (CP) — The ferry ran late.')).toEqual([
      'organization:CP',
      'place:British Columbia',
      'place:VICTORIA',
    ]);
  });

  it('takes a town no list knows as the place before an agency in parentheses', () => {
    expect(typed('QUARRENDON (Reuters) - The mill closed on Friday.')).toEqual([
      'organization:Reuters',
      'place:QUARRENDON',
    ]);
  });

  it('takes a town that is a common word as the place before a state and a dash', () => {
    expect(typed('HOPE, Ark. — The vote was close.')).toEqual(['place:Ark.', 'place:HOPE']);
  });

  it('splits an agency run into the capitals, or glued to them, from the place', () => {
    expect(typed('OSLO Reuters - The fund sold its stake.')).toEqual(['organization:Reuters', 'place:OSLO']);
    expect(typed('OSLO(Reuters) - The fund sold its stake.')).toEqual(['organization:Reuters', 'place:OSLO']);
  });

  it('takes both places of a dateline joined by a slash', () => {
    expect(typed('OSLO/HELSINKI (Reuters) - Talks resumed.')).toEqual([
      'organization:Reuters',
      'place:HELSINKI',
      'place:OSLO',
    ]);
  });

  it('names no place in a label in capitals before a dash', () => {
    expect(typed('EXCLUSIVE — The fund sold its stake.')).toEqual([]);
  });
});

describe('venues and regions by their head word', () => {
  it('takes a theatre named for a town or a person as a place, a ballet theatre as a company', () => {
    const text = 'The Orrin Musical Theater opened its season with the Wendish Ballet Theatre.';
    expect(typed(text)).toEqual(['organization:Wendish Ballet Theatre', 'place:Orrin Musical Theater']);
  });

  it('takes a group of isles as a place', () => {
    expect(typed('Ballads of the Wendish Isles closed the evening.')).toEqual(['place:Wendish Isles']);
  });

  it("takes a possessive before a concert's capitalised title as its maker", () => {
    expect(typed("Tarrowby's Six Concerts En Trio were played with care.")).toEqual(['person:Tarrowby']);
  });
});
