// Entity phenomena of issue #8 seen on unseen news (eighth round: press reviews), each with sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const typed = (text: string) =>
  analyzeText(text)
    .entities.map((e) => `${e.type}:${e.name}`)
    .sort();

describe('a maker named by surname alone before a work', () => {
  it('takes a possessive before a work noun, past an ordinal or an adjective, as a person', () => {
    const text =
      "The evening began with Vostrikov's Fifth Symphony and ended with a reading from Pellworth's last novel.";
    expect(typed(text)).toEqual(['person:Pellworth', 'person:Vostrikov']);
  });

  it('takes a possessive before a quoted title as a person, and the title as no entity', () => {
    expect(typed('The choir sang two movements of Albrandi\'s "Gloria Patri" with care.')).toEqual([
      'person:Albrandi',
    ]);
  });

  it('keeps the capitalised work after the possessive out of the entities', () => {
    expect(typed("She closed with Korvanek's Variations Brillantes, played from memory.")).toEqual([
      'person:Korvanek',
    ]);
  });

  it('takes the surname before a capitalised work as the person, without the work', () => {
    const text = 'He played the Halvorsen Concerto and then the Tarkanian Second Sonata without a break.';
    expect(typed(text)).toEqual(['person:Halvorsen', 'person:Tarkanian']);
  });

  it('takes the surname after an article and before a lower-case work noun as the person', () => {
    expect(typed('A boy sang a Merovani solo motet in the second half.')).toEqual(['person:Merovani']);
  });

  it('takes every name listed after "by" after works as a person', () => {
    const text = 'Works by Ostrakis, Velbrunn, Mr. Dunmore himself and Castellaro filled the first half.';
    expect(typed(text)).toEqual([
      'person:Castellaro',
      'person:Dunmore',
      'person:Ostrakis',
      'person:Velbrunn',
    ]);
  });

  it('names no maker for an instrument, a people or a song title before the work', () => {
    const text =
      'She played the Dorrit C minor Piano Concerto, then an English madrigal and the songs "Across The Bay", "Linden".';
    expect(typed(text)).toEqual(['person:Dorrit']);
  });

  it('names no maker in a place or a genre before a play', () => {
    expect(typed('She signed to do a Westbank play for the fall season.')).toEqual([]);
  });

  it("leaves a place's possessive before a work and an orchestra's name alone", () => {
    expect(typed("Tulsa's opera season opened as the Boston Symphony played the Fifth.")).toEqual([
      'organization:Boston Symphony',
      'place:Tulsa',
    ]);
  });
});

describe('performing companies', () => {
  it('takes a ballet, an opera company and a philharmonic as organizations, a town in the name or not', () => {
    const text =
      'The Marlow Civic Opera shares a stage with the Royal Wendish Ballet, and the Tulsa Philharmonic plays in May.';
    expect(typed(text)).toEqual([
      'organization:Marlow Civic Opera',
      'organization:Royal Wendish Ballet',
      'organization:Tulsa Philharmonic',
    ]);
  });
});

describe('a peer named by title and surname', () => {
  it('joins "Viscount" and the surname to the peer named in full', () => {
    const text = 'Edmund Arthur Pellow wrote the memoir in 1950. Viscount Pellow is plain about defeat.';
    expect(typed(text)).toEqual(['person:Edmund Arthur Pellow']);
  });
});

describe('a given name before a surname that a town shares', () => {
  it('takes the two as a person, even after "from"', () => {
    expect(typed('The tour ran from Harold Everett to a quartet of fiddlers.')).toEqual([
      'person:Harold Everett',
    ]);
  });
});

describe('a name listed among people', () => {
  it('takes a member no rule could type as a person when two others surely are', () => {
    const text = 'The bill had Joe Vance, Brisk Orr, Tiny Lamb and Ida Fenn on one stage.';
    expect(typed(text)).toEqual([
      'person:Brisk Orr',
      'person:Ida Fenn',
      'person:Joe Vance',
      'person:Tiny Lamb',
    ]);
  });

  it('takes a lone unknown name after two given names as a person', () => {
    expect(typed('The story follows Martha, Esther and Ezrom across the desert.')).toEqual([
      'person:Esther',
      'person:Ezrom',
      'person:Martha',
    ]);
  });
});

describe('a list that is no list of people', () => {
  it('types no plural noun joined by "and" to people', () => {
    expect(typed('The town was full of Journals and Amos T. Pride and Lucy Crane in those years.')).toEqual([
      'person:Amos T. Pride',
      'person:Lucy Crane',
    ]);
  });
});

describe("a given name that is also a peer's title", () => {
  it('stays inside the name', () => {
    expect(typed('Mourners remembered Thomas Earl Doakes Jr. on Sunday.')).toEqual([
      'person:Thomas Earl Doakes Jr.',
    ]);
  });
});

describe('a name the text introduces with what it names', () => {
  it('types a name after "called" or "named" by the noun before it', () => {
    const text =
      'A grain broker called Pimlott meets a folk troupe called Zoryana, and a clerk named Ossory sells them a cottage called Quillwater.';
    expect(typed(text)).toEqual([
      'organization:Zoryana',
      'person:Ossory',
      'person:Pimlott',
      'place:Quillwater',
    ]);
  });

  it('takes a name after a possessive and a kinship word as a person', () => {
    expect(typed('The broker and his wife Dilly want a house in the country.')).toEqual(['person:Dilly']);
  });

  it('types nothing after "called" when the noun says nothing of what it names', () => {
    expect(typed('They took a step called Quillwater in the dance.')).toEqual([]);
  });
});

describe('venues of the stage', () => {
  it('takes an opera house and a playhouse as places', () => {
    const text = 'The tenor sang at the Marlow Opera House before the revival at the Birch Street Playhouse.';
    expect(typed(text)).toEqual(['place:Birch Street Playhouse', 'place:Marlow Opera House']);
  });
});

describe('a star named by an article and her surname', () => {
  it('joins "La" and the surname to the star named in full', () => {
    const text = 'Greta Lindqvist sang twice in May. Nobody else could follow La Lindqvist.';
    expect(typed(text)).toEqual(['person:Greta Lindqvist']);
  });

  it('keeps a town named with "La" apart from a person of that surname', () => {
    expect(typed('Tom Crosse flew home to La Crosse in June.')).toEqual([
      'person:Tom Crosse',
      'place:La Crosse',
    ]);
  });
});
