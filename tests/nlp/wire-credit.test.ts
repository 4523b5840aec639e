import { describe, expect, it } from 'vitest';
import { creditedAgency } from '../../nlp/wire-credit.ts';

// Sentences written for these tests.

describe('the agency a text credits', () => {
  it.each([
    ['Source: Reuters', 'Fishing boats stayed in harbour all week.\n\nSource: Reuters', 'Reuters'],
    [
      '(AFP) in a dateline',
      'LISBON (AFP) - Fishing boats stayed in harbour all week as the storm passed.',
      'AFP',
    ],
    ['(Reuters) -', 'KESTREL BAY (Reuters) - Ferries were cancelled on Monday.', 'Reuters'],
    ['/TASS/', 'MURMANSK, January 4. /TASS/. An icebreaker reached the stranded trawler on Tuesday.', 'TASS'],
    ['— Reuters at the end', 'The trawler was towed to port on Wednesday.\n\n— Reuters', 'Reuters'],
    ['Associated Press, as AP', 'Ferries were cancelled on Monday.\n\nSource: Associated Press', 'AP'],
    [
      'an agency of no list by its own name, in a dateline',
      'GRANMOOR, Essland (Northgate Wire) — Ferries were cancelled on Monday as the storm passed.',
      'Northgate Wire',
    ],
    [
      'a news agency of no list, in a dateline',
      'PORT ELLIS (Coastal News Agency) - The trawler was towed to port on Wednesday.',
      'Coastal News Agency',
    ],
  ])('reads %s', (_, text, agency) => {
    expect(creditedAgency(text)).toBe(agency);
  });

  it('does not take an agency named in the story for a credit', () => {
    expect(
      creditedAgency('Fishermen told Reuters that the storm was the worst in years. The port stayed shut.'),
    ).toBeNull();
    expect(creditedAgency('The ferry company said sailings would resume on Friday.')).toBeNull();
    // A name in brackets that is no wire service, or a wire service named in passing, credits no one.
    expect(creditedAgency('GRANMOOR (Harbour Board) — Ferries were cancelled on Monday.')).toBeNull();
    expect(
      creditedAgency('The mayor (speaking to Northgate Wire) — and others — praised the crews.'),
    ).toBeNull();
  });

  it('does not credit a broadcaster with its own article', () => {
    const text = 'ATLANTA (CNN) — Flights were grounded across the region on Tuesday.';
    expect(creditedAgency(text, 'CNN')).toBeNull();
    expect(creditedAgency(text, 'Harbour Ledger')).toBe('CNN');
  });

  it('reads the credit at the end of a long text, not in its middle', () => {
    const body = 'The storm kept the boats in harbour. '.repeat(40);
    expect(creditedAgency(`${body}\n\nSource: AFP`)).toBe('AFP');
    expect(creditedAgency(`${body}(AFP)${body}`)).toBeNull();
  });
});
