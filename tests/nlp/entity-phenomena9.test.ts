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

describe('a local institution named with a lower-case head', () => {
  it('takes a school, a lodge and a hospital with their lower-case head as organizations', () => {
    const text =
      'Ann Reed, a junior at Birchmont high school, and her father, a member of Oak lodge, visited St. Brendan hospital.';
    expect(typed(text).sort()).toEqual([
      'organization:Birchmont high school',
      'organization:Oak lodge',
      'organization:St. Brendan hospital',
      'person:Ann Reed',
    ]);
  });

  it('takes a park and a cemetery with their lower-case head as places', () => {
    const text = 'The band played at Cedar Lake park, and he was buried in Mount Hope cemetery on Friday.';
    expect(typed(text).sort()).toEqual(['place:Cedar Lake park', 'place:Mount Hope cemetery']);
  });

  it("leaves a possessive owner's school and a headline's lone common word alone", () => {
    expect(typed("Mrs. Ruth Varley's school closed in May.")).toEqual(['person:Ruth Varley']);
    expect(typed('Meadows park advocate to the editor: I thank the council for the new swings.')).toEqual([]);
  });
});

describe('regions named by a compass point', () => {
  it('takes "the South", "the Northwest" and "the West" for places', () => {
    const text = 'He farmed in the Northwest, retired to the South, and said the West must hold firm.';
    expect(typed(text)).toEqual(['place:Northwest', 'place:South', 'place:West']);
  });

  it('leaves a compass word that opens a longer name or a pair of streets to that name', () => {
    expect(typed('They sailed up the East River past the South Bronx.')).toEqual([
      'place:East River',
      'place:South Bronx',
    ]);
    expect(typed('Traffic stalls where the Northeast and Southwest Freeways meet.')).toEqual([]);
  });

  it('leaves a compass word before a common noun alone: a side of a building is no region', () => {
    expect(typed('Guests queued at the South entrance and left by the West wing.')).toEqual([]);
    expect(typed('Delegates from the South voted late; the North abstained.')).toEqual([
      'place:South',
      'place:North',
    ]);
  });

  it('takes the Far East, the Middle West and a compass adjective before a place for regions', () => {
    const text = 'He sold grain in the Middle West, then in the Far East, and later in Western Europe.';
    expect(typed(text)).toEqual(['place:Middle West', 'place:Far East', 'place:Western Europe']);
  });
});

describe('streets named by a number', () => {
  it('keeps a number written in words before "Street"', () => {
    expect(typed('Riders change at Sixty-third Street for the downtown train.')).toEqual([
      'place:Sixty-third Street',
    ]);
    expect(typed('Forty-two Street vendors were fined.')).toEqual([]);
  });

  it('keeps the number of a "Mile Road"', () => {
    const text = 'The school is on 7-1/2 Mile Road, and the shop stands north of 12 Mile Road.';
    expect(typed(text)).toEqual(['place:7-1/2 Mile Road', 'place:12 Mile Road']);
  });
});

describe('shopping centres', () => {
  it('takes a shopping center for a place, not a body', () => {
    expect(typed('She was hurt in the Maple Hill Shopping Center parking lot.')).toEqual([
      'place:Maple Hill Shopping Center',
    ]);
  });
});

describe("a regime's adjective before a country", () => {
  it('names the country, or the half of it, without the adjective', () => {
    const text = 'Arms came from Communist North Korea and from Nationalist China, envoys said.';
    expect(typed(text)).toEqual(['place:North Korea', 'place:China']);
  });

  it("leaves a party's name whole", () => {
    expect(typed('The Communist Party met in Prague on Monday.')).toEqual([
      'organization:Communist Party',
      'place:Prague',
    ]);
  });
});

describe('a title in quotes', () => {
  it('takes no person from a capitalised phrase that fills a pair of quotes and no list knows', () => {
    expect(typed('The mayor urged what he called "Operation Goodwill" for the harbor.')).toEqual([]);
  });

  it('keeps a full name in quotes, and a name quoted inside a longer quotation', () => {
    expect(typed('The crowd chanted "Tom Varga" all night.')).toEqual(['person:Tom Varga']);
    expect(typed('"Ann Reed is right," he said.')).toEqual(['person:Ann Reed']);
  });
});
