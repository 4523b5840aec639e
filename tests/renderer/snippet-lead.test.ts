import { describe, expect, it } from 'vitest';
import { LEAD_CHARS, leadToMatch } from '../../renderer/components/library/snippet-lead.ts';

// A snippet as the engine sends it for the search "brother*": some 24 words, the match late in them.
const LATE = [
  {
    text: '…Vucic stated that China would be support for his country, considering the communist state a ',
    match: false,
  },
  { text: 'brother', match: true },
  { text: ' of Serbia. In the last few days, many…', match: false },
];

describe('leadToMatch', () => {
  it('brings a late match near the start of the two lines the library shows', () => {
    const shown = leadToMatch(LATE);
    const before = shown[0]!.text;
    expect(before.length).toBeLessThanOrEqual(LEAD_CHARS + 1);
    expect(before).toBe('…considering the communist state a ');
    expect(shown.slice(1)).toEqual(LATE.slice(1));
  });

  it('leaves a snippet whose match is already near the start as it is', () => {
    const early = [
      { text: '…the ', match: false },
      { text: 'brother', match: true },
      { text: ' of all', match: false },
    ];
    expect(leadToMatch(early)).toEqual(early);
    expect(leadToMatch([{ text: 'no match', match: false }])).toEqual([{ text: 'no match', match: false }]);
  });
});
