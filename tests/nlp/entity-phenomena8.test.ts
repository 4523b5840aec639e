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

describe('initials written with spaces', () => {
  it('takes three or more spaced initials for a body, the letter I among them included', () => {
    const text = 'Delegates came.\n\nThe I. D. F. U. voted on Friday, and the I. D. F. U. then adjourned.';
    expect(typed(text)).toEqual(['organization:I. D. F. U.']);
  });

  it('makes "UNP", "U. N. P." and the name they stand for one entity', () => {
    const text =
      'Envoys met.\n\nThe Union of Northern Ports held talks. The U. N. P. and the UNP later agreed.';
    const ports = analyzeText(text).entities;
    expect(ports.map((e) => e.name)).toEqual(['Union of Northern Ports']);
    expect(ports[0]?.aliases).toEqual(['Union of Northern Ports', 'U. N. P.', 'UNP']);
  });
});

describe('hyphened words inside and before names', () => {
  it("keeps a capital word hyphened to a lower-case one inside a body's name", () => {
    const text = 'The Pan-coastal Fishing Council met in Omaha on Monday.';
    expect(typed(text)).toEqual(['organization:Pan-coastal Fishing Council', 'place:Omaha']);
  });

  it('reads a number written in words as no name, and a title hyphened before a name as a title', () => {
    const text = 'Delegates came.\n\nTalks in Omaha The Forty-fifth Harbour Congress opens in Omaha today.';
    expect(typed(text)).toEqual(['organization:Harbour Congress', 'place:Omaha']);
    const pan = 'The Pan-coastal Fishing Council backed Mayor-elect Ann Orr on Monday.';
    expect(typed(pan).sort()).toEqual(['organization:Pan-coastal Fishing Council', 'person:Ann Orr']);
  });

  it('drops the "The" that opens a sentence after a run-in headline', () => {
    const text = 'Harbour news The Pan-coastal Fishing Council met on Monday.';
    expect(typed(text)).toContain('organization:Pan-coastal Fishing Council');
  });
});

describe('a body referred to by its head word', () => {
  it('reads "the University\'s Institute of …" as the university named before and its institute', () => {
    const text =
      "Fees rose.\n\nThe University of Tarrow will grow. A center of the University's Institute of Harbour Administration opens in May.";
    expect(typed(text)).toEqual([
      'organization:University of Tarrow',
      'organization:Institute of Harbour Administration',
    ]);
  });

  it('gives a bare "the Authority" to the latest body before it with that head, not the first', () => {
    const text =
      'Ports grew.\n\nThe Institute of Harbour Authority studied it. Later the Marlow Transit Authority ' +
      'took charge, and the Authority raised fares.';
    const transit = analyzeText(text).entities.find((e) => e.name === 'Marlow Transit Authority');
    expect(transit?.aliases).toEqual(['Marlow Transit Authority', 'Authority']);
  });
});

describe('a street with its quadrant', () => {
  it('names the street without the quadrant of the address', () => {
    const text = 'Rain fell.\n\nShe lives at 1400 Larch St. NW in the capital, near 12th Street S.E. too.';
    expect(typed(text)).toEqual(['place:Larch St.', 'place:12th Street']);
  });
});

describe('a book cited by chapter and verse', () => {
  it('is a reference, not a person, while a name before a time stays a name', () => {
    const text = 'The pastor spoke.\n\nHe read Amos 4:21 and Psalms 3: 16-18, then Ann Bell sang at 5:30.';
    expect(typed(text)).toEqual(['person:Ann Bell']);
  });
});

describe('a body named for two fields joined by "and"', () => {
  it('keeps "Parks and Recreation Department" whole after a titled owner, and a place before "and" apart', () => {
    const text =
      "Rain fell.\n\nMayor Ann Orr spoke. Later Mayor Orr's Parks and Recreation Department and the " +
      'Fish and Wildlife Service agreed. Nebraska and Harbour Committee members met.';
    expect(typed(text)).toEqual([
      'person:Ann Orr',
      'organization:Parks and Recreation Department',
      'organization:Fish and Wildlife Service',
      'organization:Harbour Committee',
      'place:Nebraska',
    ]);
  });
});

describe('a charter', () => {
  it('is a law, no place or body', () => {
    const text =
      'Rain fell.\n\nVoters backed the new City Charter and the Harbour Charter on Monday in Omaha.';
    expect(typed(text)).toEqual(['place:Omaha']);
  });
});

describe('places joined by hyphens', () => {
  it('are each a place, while a double-barrelled surname after a given name stays a person', () => {
    const text =
      'Rain fell.\n\nThe Nebraska-Iowa border is quiet, and the Raleigh-Durham area grew. Ann Omaha-Smith spoke.';
    expect(typed(text).sort()).toEqual([
      'person:Ann Omaha-Smith',
      'place:Durham',
      'place:Iowa',
      'place:Nebraska',
      'place:Raleigh',
    ]);
  });
});

describe('an office named with and without "Department"', () => {
  it('is one entity under its fuller name', () => {
    const text =
      'Rain fell.\n\nThe Harbour Office Department set rules, and the Harbour Office said routes would change.';
    const [office, ...rest] = analyzeText(text).entities;
    expect(rest).toEqual([]);
    expect([office?.name, office?.aliases]).toEqual([
      'Harbour Office Department',
      ['Harbour Office Department', 'Harbour Office'],
    ]);
  });
});

describe('a society named "Sons of", "Daughters of", "Knights of"', () => {
  it('is one organization, not a place or a person after "of"', () => {
    const text =
      'Rain fell.\n\nThe Sons of St. Marlow met, and the Daughters of the Harbour Revolution and the ' +
      'Knights of Corran marched.';
    expect(typed(text)).toEqual([
      'organization:Sons of St. Marlow',
      'organization:Daughters of the Harbour Revolution',
      'organization:Knights of Corran',
    ]);
  });
});

describe('a building named in lower case', () => {
  it('is a place, while a body before "building" stays the body', () => {
    const text =
      'Rain fell.\n\nOffices moved into the Harlan building on Monday. The Harbour Department building was closed.';
    expect(typed(text)).toEqual(['organization:Harbour Department', 'place:Harlan building']);
  });
});
