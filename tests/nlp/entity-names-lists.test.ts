// Entity phenomena of issue #8's seventh round (lists of places, names in obituaries and couples, generation
// suffixes, initials, numbered streets), each with sentences written for the test (not from the gold texts).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';

const typed = (text: string) => analyzeText(text).entities.map((e) => `${e.type}:${e.name}`);

describe('places the text lists as counties', () => {
  it('a list after "counties --" names counties, even a word the lexicons give a person', () => {
    const found = typed('Spraying will reach three more counties -- Harlan, Pike and Floyd -- next month.');
    expect(found).toEqual(expect.arrayContaining(['place:Harlan', 'place:Pike', 'place:Floyd']));
    expect(found.filter((e) => e.startsWith('person:'))).toEqual([]);
  });

  it('a common word in a list before "counties" is a county', () => {
    expect(typed('Crews worked in Boyd, Dodge and Greenup counties all week.')).toContain('place:Dodge');
  });

  it('the same common word outside such a list stays no place', () => {
    expect(typed('Crews tried to Dodge the rain all week.')).not.toContain('place:Dodge');
  });
});

describe('head words of schools and police bodies', () => {
  it.each([
    [
      'a school called by its state and "Tech"',
      'Fans of Kerrow Tech filled the stands.',
      'organization:Kerrow Tech',
    ],
    [
      'a state police body',
      'The Morland State Patrol said the road was icy.',
      'organization:Morland State Patrol',
    ],
  ])('%s is an organization', (_, text, entity) => {
    expect(typed(text)).toContain(entity);
  });
});

describe('a body and its initials are one entity', () => {
  it('initials that keep a connecting word of the name ("on") join it', () => {
    const e = analyzeText(
      'The Council on Rural Transit wrote to the owners. A CORT spokesman said more letters would follow.',
    ).entities;
    expect(e.filter((x) => x.type === 'organization').map((x) => x.name)).toEqual([
      'Council on Rural Transit',
    ]);
    expect(e[0]?.aliases).toContain('CORT');
  });

  it('a name guessed a person whose initials spell a body of the text is that body written out', () => {
    const found = typed(
      'He denied any tie to the Vorn Kell Kindred. Two members of the VKK were seen there.',
    );
    expect(found).toContain('organization:Vorn Kell Kindred');
    expect(found.filter((n) => n.startsWith('person:') || n.endsWith(':VKK'))).toEqual([]);
  });

  it('a person named in full with a given name keeps being a person beside such initials', () => {
    expect(typed('Harold Kent Kemp met the HKK board.')).toContain('person:Harold Kent Kemp');
  });
});

describe('titles in the plural', () => {
  it('a plural title before two names is a title, not part of the first name', () => {
    const found = typed('Patrolmen O. K. Lusk and B. N. Dorr said they saw the car skid.');
    expect(found).toEqual(expect.arrayContaining(['person:O. K. Lusk', 'person:B. N. Dorr']));
    expect(found.some((n) => n.includes('Patrolmen'))).toBe(false);
  });

  it('a plural title alone names nobody', () => {
    expect(typed('Troopers said the car rolled twice.')).toEqual([]);
  });
});

describe("an obituary's run-in heading", () => {
  it.each([
    ['initials, then the name in full', 'T. J. Varney Thomas James Varney, 71, died Monday at his home.'],
    ['a title and the name, then with a middle initial', 'Mrs. Ada Lott Mrs. Ada M. Lott, 80, died Sunday.'],
  ])('a name given twice is one person named in full (%s)', (_, text) => {
    const people = analyzeText(text).entities.filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toMatch(/^(?:Thomas James Varney|Ada M\. Lott)$/);
  });

  it('two people with one surname side by side in a list stay two', () => {
    expect(typed('Survivors include two sons, Tom Varney and Ed Varney.')).toEqual(
      expect.arrayContaining(['person:Tom Varney', 'person:Ed Varney']),
    );
  });
});

describe('a generation number after a name', () => {
  it.each([
    ['an ordinal', 'Hobart L. Keene 3rd, the chairman, could not be reached.', 'Hobart L. Keene 3rd'],
    ['a bare digit after a title', 'A bill by Sen. Hollis Pell 3, of Elmira, passed.', 'Hollis Pell 3'],
  ])('belongs to the name (%s)', (_, text, name) => {
    const people = analyzeText(text).entities.filter((e) => e.type === 'person');
    expect(people.map((p) => p.name)).toEqual([name]);
  });

  it('the surname alone later is the same person', () => {
    const people = analyzeText('Hobart L. Keene 3rd spoke first. Then Keene sat down.').entities;
    expect(people.map((p) => p.name)).toEqual(['Hobart L. Keene 3rd']);
  });

  it('a score after a team is no part of its name', () => {
    expect(typed('At the half it was Lions 3, Bears 2.').some((n) => /\d/.test(n))).toBe(false);
  });
});

describe('a couple named with one surname', () => {
  it('"Walter and Edna Quist" are Walter Quist and Edna Quist', () => {
    const found = typed('Walter and Edna Quist of Dunmore were awarded damages.');
    expect(found).toEqual(expect.arrayContaining(['person:Walter Quist', 'person:Edna Quist']));
    expect(found).not.toContain('person:Walter');
  });

  it('two given names with no surname after them stay as written', () => {
    expect(typed('Tom and Jerry played in the yard.')).toEqual(
      expect.arrayContaining(['person:Tom', 'person:Jerry']),
    );
  });
});

describe('streets named by a number', () => {
  it.each([
    ['an ordinal and "Street"', 'The ramp at 14th Street will be closed this week.', 'place:14th Street'],
    [
      'a compass initial, an ordinal and "St."',
      'He kept a shop on W. 42nd St. for years.',
      'place:W. 42nd St.',
    ],
  ])('%s is a place', (_, text, entity) => {
    expect(typed(text)).toContain(entity);
  });

  it('an ordinal before a word that is no street names nothing', () => {
    expect(typed('The 3rd Quarter report came out.')).not.toContain('place:3rd Quarter');
  });
});

describe('words that are a state, a law or a church only in their place', () => {
  it('"Miss." after a town and a comma is the state, not a title', () => {
    const found = typed('He was born in Pittsboro, Miss., and served in the war.');
    expect(found).toEqual(expect.arrayContaining(['place:Pittsboro', 'place:Miss.']));
  });

  it('"Miss." before a name is still a title', () => {
    expect(typed('The prize went to Miss Ada Roe of Dunmore.')).toContain('person:Ada Roe');
  });

  it("a state's constitution is a law; the state is named", () => {
    const found = typed('Under the Vermont Constitution, the schools are free.');
    expect(found).toEqual(['place:Vermont']);
  });

  it('a church named before a congregation with the same ending stays its own entity', () => {
    const found = typed(
      'The college is affiliated with the Methodist Church. He was a member of the Hollins Park Methodist Church.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['organization:Methodist Church', 'organization:Hollins Park Methodist Church']),
    );
  });

  it('so does a church named before one a town qualifies', () => {
    const found = typed('He was raised in the Baptist Church. He now leads the Boston Baptist Church.');
    expect(found).toEqual(
      expect.arrayContaining(['organization:Baptist Church', 'organization:Boston Baptist Church']),
    );
  });

  it('a body shortened after its full name is still one entity', () => {
    const found = typed('The House Rules Committee met. Then the Rules Committee voted.');
    expect(found).toEqual(['organization:House Rules Committee']);
  });
});

describe('an institution dedicated to "Our Lady of" someone', () => {
  it.each([
    [
      'after "at", with its town',
      'He was at Our Lady of Lourdes Hospital, East Marlow, with injuries.',
      'Our Lady of Lourdes Hospital',
    ],
    [
      'opening a sentence, with "of the"',
      'Our Lady of the Snows Church burned on Sunday.',
      'Our Lady of the Snows Church',
    ],
  ])('is one organization (%s)', (_, text, name) => {
    const found = typed(text);
    expect(found).toContain(`organization:${name}`);
    expect(found.filter((n) => n.includes('Our Lady') && n !== `organization:${name}`)).toEqual([]);
  });
});

describe('what the rules above must leave alone', () => {
  it('a borough named like a plural title is a place where the words around say so', () => {
    expect(typed('Mr. Hale, who lives in Queens, will run again.')).toContain('place:Queens');
  });

  it('a father and a son told apart only by generation numbers are two people', () => {
    const found = typed('She will marry Mr. Arlen Voss 3, son of Dr. Arlen Voss 2, and Mrs. Ida Voss.');
    expect(found).toEqual(expect.arrayContaining(['person:Arlen Voss 3', 'person:Arlen Voss 2']));
  });

  it("a two-word person's initials are no agency's", () => {
    const found = typed('Al Paschal scored twice. (AP) The game ended late.');
    expect(found).toEqual(expect.arrayContaining(['person:Al Paschal', 'organization:AP']));
  });

  it('a place named short before its full name is still one place', () => {
    expect(typed('Troops left the Congo in June. The Belgian Congo had six provinces.')).toEqual([
      'place:Belgian Congo',
    ]);
  });
});

describe('a part of town', () => {
  it.each([
    ['"the X area"', 'One truck will go to the Rumsey area at night.', 'place:Rumsey'],
    ['"the X section of town"', 'They had been hunting in the Pellham section of town.', 'place:Pellham'],
  ])('a name before %s is a place', (_, text, entity) => {
    expect(typed(text)).toContain(entity);
  });
});

describe('two streets with one plural head word', () => {
  it('"Birch and Larch Streets" are two places, neither a person', () => {
    const found = typed('A stoppage at Birch and Larch Streets flooded the cellars.');
    expect(found).toEqual(expect.arrayContaining(['place:Birch', 'place:Larch Streets']));
    expect(found.filter((n) => n.startsWith('person:'))).toEqual([]);
  });
});

describe('a faith named before a noun', () => {
  it('"Roman Catholic", "Southern Baptist" name no person', () => {
    expect(typed('Three Roman Catholic priests and a Southern Baptist minister spoke.')).toEqual([]);
  });

  it('a church of that faith is still an organization', () => {
    expect(typed('He led the choir of St. Ann Catholic Church for years.')).toContain(
      'organization:St. Ann Catholic Church',
    );
  });
});

describe('roads by number and firms by letters', () => {
  it.each([
    [
      'an interstate route',
      'The land was taken for Interstate Route 95 last year.',
      'place:Interstate Route 95',
    ],
    ['a highway', 'The truck overturned on Highway 12 near the bridge.', 'place:Highway 12'],
    [
      'a firm named by two letters and "and"',
      'He was a foreman with the R and T Cafeteria.',
      'organization:R and T Cafeteria',
    ],
  ])('%s is named whole', (_, text, entity) => {
    const found = typed(text);
    expect(found).toContain(entity);
    expect(found.filter((n) => n.startsWith('person:'))).toEqual([]);
  });
});

describe('a family named in the plural', () => {
  it('"the Kozaks" is the Kozak named in full, not another person', () => {
    const e = analyzeText(
      'Mr. and Mrs. Stephen M. Kozak reported the theft. The Kozaks told police they had left at 8 a.m.',
    ).entities;
    expect(e.map((x) => `${x.type}:${x.name}`)).toEqual(['person:Stephen M. Kozak']);
    expect(e[0]?.aliases).toContain('Kozaks');
  });
});

describe('bodies named by letters', () => {
  it.each([
    [
      'a sorority named by Greek letters',
      'She pledged Kappa Rho Sigma in her first year.',
      'organization:Kappa Rho Sigma',
    ],
    [
      'two sets of initials joined by a hyphen',
      'The ILA-NMU council backed the bill.',
      'organization:ILA-NMU',
    ],
  ])('%s is an organization, not a person', (_, text, entity) => {
    expect(typed(text)).toContain(entity);
  });
});

describe('given and middle names cut short', () => {
  it('"McN." is a middle name, not the end of a sentence or of the name', () => {
    const people = analyzeText(
      'The new dean is Dr. Ansel McN. Corder, 37. Dr. Corder came in 1960.',
    ).entities;
    expect(people.map((p) => `${p.type}:${p.name}`)).toEqual(['person:Ansel McN. Corder']);
  });

  it('"Chas." before a surname is a given name', () => {
    expect(typed('The estate of Chas. Tolliver was sold at auction.')).toContain('person:Chas. Tolliver');
  });
});

describe('firms named by what they make', () => {
  it.each([
    ['"Foods"', 'He joined Quillan Foods in 1950 as a salesman.', 'organization:Quillan Foods'],
    [
      '"Laboratories"',
      'Tests were run at Ardell Laboratories last spring.',
      'organization:Ardell Laboratories',
    ],
  ])('a name ending in %s is a firm', (_, text, entity) => {
    expect(typed(text)).toContain(entity);
  });
});

describe('laws, topics and party labels around names', () => {
  it('a law named "Act" or "Amendment" is no entity', () => {
    expect(typed('Suits under the Halvorsen Act and the Ninth Amendment were dismissed.')).toEqual([]);
  });

  it('a country after "Committee on" is the topic, not part of the body', () => {
    const found = typed('He spoke before the Senate Farm Committee on U.S. grain prices.');
    expect(found).toEqual(expect.arrayContaining(['organization:Senate Farm Committee', 'place:U.S.']));
  });

  it('a party adjective before a given name is no part of the name', () => {
    expect(typed("From Ohio's Democratic Harold Corder to the rest, all agreed.")).toContain(
      'person:Harold Corder',
    );
  });
});

describe('homes that are businesses', () => {
  it('a funeral home named for its owner is an organization, not a person', () => {
    const found = typed('The caskets rested at the Lyle Ambrose Funeral Home on Friday.');
    expect(found).toEqual(['organization:Lyle Ambrose Funeral Home']);
  });
});
