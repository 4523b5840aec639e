// Entity phenomena of 1960s and local news (issue #8: addresses, local institutions, firms, laws, family
// names), each with sentences written for the test (not from the gold texts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const entitiesOf = (text: string) => analyzeText(text).entities;
const typed = (text: string) => entitiesOf(text).map((e) => `${e.type}:${e.name}`);

describe('the words of an institution that look like something else', () => {
  it.each([
    ['a college', 'She enrolled at Kerrow A & I College last fall.', 'organization:Kerrow A & I College'],
    [
      'a university by its initials',
      'The coach left Delmont A & M for a pro job.',
      'organization:Delmont A & M',
    ],
  ])('a lone capital after "&" is an initial of the name (%s)', (_, text, entity) => {
    expect(typed(text)).toContain(entity);
    expect(typed(text).filter((n) => n.includes(' A') && n !== entity)).toEqual([]);
  });

  it.each([
    [
      'a hospital',
      'The boy was taken to Holy Redeemer Hospital with burns.',
      'organization:Holy Redeemer Hospital',
    ],
    ['a school', 'Pupils of Good Shepherd School raised the money.', 'organization:Good Shepherd School'],
  ])('an exclamation word opening the name stays in it (%s)', (_, text, entity) => {
    expect(typed(text)).toContain(entity);
  });

  it('a preposition capitalised by a run-in headline still does not join the name after it', () => {
    expect(typed('Talks resumed In Quorrelby the council met.')).not.toContain('place:In Quorrelby');
  });
});

describe('streets in addresses', () => {
  it.each([
    ['after a comma', 'Neighbours such as Mrs. Ada Pell, 2214 Gordon, Elmwood, brought food.', 'Gordon'],
    ['after "of"', 'The driver, Tom Vesey, 19, of 418 Howard, was fined.', 'Howard'],
    ['with a compass word after it', 'Tim Orr, 9230 Vernon east, a pupil there, saw the car.', 'Vernon'],
  ])('a name after a house number is the street, not a person (%s)', (_, text, street) => {
    expect(typed(text)).not.toContain(`person:${street}`);
    expect(typed(text)).toContain(`place:${street}`);
  });

  it('a name after a year is still a person', () => {
    expect(typed('The jury met in 1958. Since 1958 Howard Quell has farmed alone.')).toContain(
      'person:Howard Quell',
    );
  });

  it('a compass word written out after a street is part of it and keeps it a place', () => {
    expect(typed('The flat at 2274 Nine Mile Road East burned down.')).toContain('place:Nine Mile Road East');
    expect(typed('A parade moved along Quimby Avenue West on Sunday.')).toContain('place:Quimby Avenue West');
  });
});

describe('head words of buildings, roads and bodies that 1960s local news names', () => {
  it.each([
    [
      'a chapel and a cemetery',
      'Rites were held at Quarrel Chapel; burial was in Elmview Cemetery.',
      ['place:Quarrel Chapel', 'place:Elmview Cemetery'],
    ],
    [
      'flats and a motel',
      'The Harbor Lane Apartments and the Boxley Motel were evacuated.',
      ['place:Harbor Lane Apartments', 'place:Boxley Motel'],
    ],
    [
      'a toll road and a stadium',
      'Traffic on the Quell Turnpike backed up to the Gator Bowl.',
      ['place:Quell Turnpike', 'place:Gator Bowl'],
    ],
    [
      'a building written short',
      'The fire began in the Tarrow Life Bldg. downtown.',
      ['place:Tarrow Life Bldg.'],
    ],
    [
      'a fellowship and a congregation',
      'The Rotary Fellowship and the Quorn Congregation met there.',
      ['organization:Rotary Fellowship', 'organization:Quorn Congregation'],
    ],
    [
      "a veterans' legion",
      'The post of the Marlow American Legion disbanded.',
      ['organization:Marlow American Legion'],
    ],
  ])('%s', (_, text, entities) => {
    for (const entity of entities) expect(typed(text)).toContain(entity);
    expect(typed(text).filter((n) => n.startsWith('person:'))).toEqual([]);
  });
});

describe('a body "of the" another body', () => {
  it('"the Quartermaster Corps of the U.S. Navy" names two organizations', () => {
    const names = typed('Before the war he was in the Quartermaster Corps of the U.S. Navy.');
    expect(names).toContain('organization:Quartermaster Corps');
    expect(names).toContain('organization:U.S. Navy');
  });

  it.each([
    ['a portfolio', 'Staff of the Ministry of the Interior were told.', 'Ministry of the Interior'],
    ['one word after "of the"', 'He joined the Department of the Army in May.', 'Department of the Army'],
    [
      'a subject',
      'A fellow of the Institute for the Study of Rivers spoke.',
      'Institute for the Study of Rivers',
    ],
  ])('"of the" still joins one name when what follows is no body of its own (%s)', (_, text, name) => {
    expect(typed(text)).toContain(`organization:${name}`);
  });
});

describe('a bare surname shared by two people of the text', () => {
  const text =
    'Mrs. Anna Vell was found dead in 1958. Her stepson, Victor Vell, 54, was tried and released. ' +
    'Vell said he was pleased. "I can rebuild the farm now," Vell said. Mrs. Vell had lived alone.';

  it('goes to the one the text does not call "Mrs." when it calls the other so', () => {
    const people = entitiesOf(text).filter((e) => e.type === 'person');
    const victor = people.find((e) => e.name === 'Victor Vell')!;
    const anna = people.find((e) => e.name === 'Anna Vell')!;
    // Victor: his full name and two bare "Vell" mentions; Anna: her full name and "Mrs. Vell".
    expect(victor.mentions).toHaveLength(3);
    expect(anna.mentions).toHaveLength(2);
    expect(analyzeText(text).quotes.find((q) => q.text.includes('rebuild'))?.speaker).toBe('Victor Vell');
  });

  it('still goes to a woman called "Mrs." when she is the only one of that surname', () => {
    const alone = 'Mrs. Anna Vell opened the shop in 1958. Vell said business was good.';
    const anna = entitiesOf(alone).find((e) => e.name === 'Anna Vell')!;
    expect(anna.mentions).toHaveLength(2);
  });
});

describe('run-in headlines and compass words', () => {
  it('"The U. S." after a run-in headline is the place U. S., not a person called "The U. S."', () => {
    const names = typed('Talks ahead The U. S. and its allies will meet in Oslo.');
    expect(names).toContain('place:U. S.');
    expect(names.filter((n) => n.startsWith('person:'))).toEqual([]);
  });

  it.each([
    ['East-West', 'Relations of the East-West kind have cooled.'],
    ['North-South', 'The North-South talks resumed on Monday.'],
  ])('two compass points joined ("%s") name no place', (_, text) => {
    expect(typed(text)).toEqual([]);
  });

  it('a compass word that is part of a place name keeps it', () => {
    expect(typed('He moved from South Bend to West Virginia.')).toEqual(
      expect.arrayContaining(['place:South Bend', 'place:West Virginia']),
    );
  });
});

describe('firms and streets named for places and people', () => {
  it('"the Baltimore and Ohio Railroad" is one organization named for two places', () => {
    expect(typed('The Portland and Ogden Railroad cut its payroll.')).toEqual([
      'organization:Portland and Ogden Railroad',
    ]);
  });

  it('a firm after a name the gazetteer does not know as a place stays apart from it', () => {
    expect(typed('Shares of Quellman and Vorst Motors Corp. fell.')).not.toContain(
      'organization:Quellman and Vorst Motors Corp.',
    );
  });

  it('"North Charles Street" is a street, not a person "Charles Street" with the role "North"', () => {
    const [street, ...rest] = entitiesOf('The victim, of the 900 block North Harold Street, was treated.');
    expect(rest).toEqual([]);
    expect([street?.type, street?.name, street?.role]).toEqual(['place', 'North Harold Street', undefined]);
  });
});

describe('a county named like a person', () => {
  it('"Anne Arundel detectives" beside "Anne Arundel County" is the county', () => {
    const text = 'The chief of Mary Belle detectives spoke. The Mary Belle county school board met later.';
    expect(typed(text)).toEqual(['place:Mary Belle county']);
  });

  it('the same words as a subject are still the person', () => {
    const text = 'Mary Belle spoke on Monday. The Mary Belle county school board met later.';
    expect(typed(text)).toContain('person:Mary Belle');
  });
});

describe('laws named for their sponsors', () => {
  it.each([
    ['law', 'Union leaders attacked the Quell-Varrow law again.'],
    ['bill', 'The Dorne-Pike bill passed on Friday.'],
    ['acts', 'He would amend the Tebb-Orlan acts.'],
  ])('two names joined by a hyphen before "%s" are a law, no entity', (_, text) => {
    expect(typed(text)).toEqual([]);
  });

  it('a double-barrelled surname after a given name is still a person', () => {
    expect(typed('Ann Quell-Varrow law partner, spoke first.')).toContain('person:Ann Quell-Varrow');
  });
});
