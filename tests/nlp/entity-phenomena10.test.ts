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
    const text = 'Diners praised "Chip" Morrow for the chili. Morrow said the recipe was his mother\'s.';
    const e = analyzeText(text).entities;
    expect(e.map((x) => `${x.type}:${x.name}`)).toEqual(['person:Chip Morrow']);
  });

  it('stands between a given name and a surname', () => {
    expect(typed('The club signed Tom "Buzz" Orme for the season.')).toEqual(['person:Tom Buzz Orme']);
  });

  it('leaves a quoted word before a common noun or an institution alone', () => {
    expect(typed('They went to the "Crown" Club and then to the "Blue" Room.')).toEqual([]);
  });
});

describe('a lower-case head after a name that already has one', () => {
  it("keeps a body's own name apart from its school", () => {
    const text = 'Pupils of the Christian Anti-Vice Crusade school sang on Sunday.';
    expect(typed(text)).toEqual(['organization:Christian Anti-Vice Crusade']);
  });

  it('still takes a lower-case head after a name without one', () => {
    const text = 'Ann Reed, a junior at Birchmont high school, swam in Heron Lake park.';
    expect(typed(text).sort()).toEqual([
      'organization:Birchmont high school',
      'person:Ann Reed',
      'place:Heron Lake park',
    ]);
  });
});

describe('a town with "city" after it in lower case', () => {
  it('names the town with the word', () => {
    expect(typed('It is easier to feed Utah than Tulsa city, he said.').sort()).toEqual([
      'place:Tulsa city',
      'place:Utah',
    ]);
    expect(typed('They rode from Dayton city to the coast.')).toEqual(['place:Dayton city']);
  });

  it('leaves "city" before a noun to the noun', () => {
    expect(typed('The Tacoma city council met on Monday.')).toEqual(['place:Tacoma']);
  });
});

describe('a town named without its "Fort" or "Mount"', () => {
  it('is one place with its full name, before it or after it', () => {
    const after = analyzeText('He flew to Fort Walden on Monday. Later he opened a shop in Walden.').entities;
    expect(after.map((e) => `${e.type}:${e.name}`)).toEqual(['place:Fort Walden']);
    const before = analyzeText('She opened a shop in Walden. Fort Walden officials were pleased.').entities;
    expect(before.map((e) => `${e.type}:${e.name}`)).toEqual(['place:Fort Walden']);
  });

  it('leaves a state apart from one named with a compass point', () => {
    expect(typed('He drove from West Virginia to Virginia.')).toEqual([
      'place:West Virginia',
      'place:Virginia',
    ]);
  });
});

describe('a given name that is also a noun, before a word the lists know as a name', () => {
  it('names a person inside a sentence and opening one', () => {
    expect(typed('The club booked Cliff Randall and his trio for May.')).toEqual(['person:Cliff Randall']);
    expect(typed('Cliff Randall played the accordion all night.')).toEqual(['person:Cliff Randall']);
  });

  it('leaves a noun before a common noun alone', () => {
    expect(typed('Cliff Garden was closed all summer.')).toEqual([]);
  });
});

describe('the middle initial "I." after a given name that is also a town', () => {
  it('keeps the whole name', () => {
    expect(typed('The Rev. Lincoln I. Ormsby, headmaster of the day school, resigned.')).toEqual([
      'person:Lincoln I. Ormsby',
    ]);
  });
});

describe('a name hyphened to a participle', () => {
  it('is the place, not a name with the noun after it', () => {
    expect(typed('The New Mexico-born Governor said so on Monday.')).toEqual(['place:New Mexico']);
    expect(typed('A Omaha-based firm hired him.')).toEqual(['place:Omaha']);
  });
});

describe("a society's lodge and numbered branch, an airline", () => {
  it('takes a lodge or a post with its number as one body', () => {
    expect(typed('He was master of Elmwood-Ridgefield Lodge 14 for ten years.')).toEqual([
      'organization:Elmwood-Ridgefield Lodge 14',
    ]);
    expect(typed('He joined American Legion Post 7 after the war.')).toEqual([
      'organization:American Legion Post 7',
    ]);
  });

  it('takes a firm named as an airline as a body', () => {
    expect(typed('He flew Orme Airline to the islands.')).toEqual(['organization:Orme Airline']);
  });

  it('leaves a road number a place', () => {
    expect(typed('He drove Route 9 to the coast.')).toEqual(['place:Route 9']);
  });
});

describe('a place named head first', () => {
  it('takes "Hotel X" as a place, opening the sentence or inside it', () => {
    expect(typed('Hotel Sandpiper has a new act this week.')).toEqual(['place:Hotel Sandpiper']);
    expect(typed('The act moved to Hotel Sandpiper on Monday.')).toEqual(['place:Hotel Sandpiper']);
  });
});

describe('a high school named by "High"', () => {
  it('is a body, not a place', () => {
    expect(typed('Students from Pellston Beach High and Cedar Ridge High met on Friday.')).toEqual([
      'organization:Pellston Beach High',
      'organization:Cedar Ridge High',
    ]);
  });
});

describe('a person titled in two words, in the possessive before a body', () => {
  it('is the person and the body', () => {
    expect(typed("He spoke to First Lady Ann Moreno's Garden Advisory Committee yesterday.")).toEqual([
      'person:Ann Moreno',
      'organization:Garden Advisory Committee',
    ]);
  });

  it("keeps an office's possessive inside the body's name", () => {
    expect(typed("The Marlow Tax Assessor's Office opened on Monday.")).toEqual([
      "organization:Marlow Tax Assessor's Office",
    ]);
  });
});

describe('a town hyphened to a lake or a fort', () => {
  it('is two places', () => {
    expect(typed('He spent a summer in the Elko-Lake Minden area.')).toEqual([
      'place:Elko',
      'place:Lake Minden',
    ]);
  });
});

describe('a given name alone, where two people of the text share it', () => {
  it('is the one named last before it', () => {
    const e = analyzeText(
      'Jim Pell came first. Later Jim Orrin and his wife spoke. At home, Jim said so.',
    ).entities;
    expect(e.map((x) => `${x.name}: ${x.aliases.join('|')}`)).toEqual([
      'Jim Pell: Jim Pell',
      'Jim Orrin: Jim Orrin|Jim',
    ]);
  });

  it('is someone else after a kinship word', () => {
    const text =
      'Bearers were Edwin Pell and Edwin Lusk. Survivors are his widow, Alice, and a son, Edwin, of Elmwood.';
    expect(analyzeText(text).entities.map((x) => x.name)).toEqual([
      'Edwin Pell',
      'Edwin Lusk',
      'Alice',
      'Edwin',
    ]);
  });
});
