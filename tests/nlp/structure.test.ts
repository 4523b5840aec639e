// The layout of an article text: headline, standfirst, lead, furniture and repeats (issue #8, "Text
// structure"). Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../nlp/index.ts';
import { analysedText, textBlocks, type BlockKind } from '../../nlp/structure.ts';

const kinds = (text: string) =>
  textBlocks(text).map((b) => [text.slice(b.start, b.end), b.kind, b.repeated] as const);
const kindOf = (text: string, line: string): BlockKind | undefined =>
  kinds(text).find(([t]) => t === line)?.[1];

describe('text structure', () => {
  it('separates a headline, a standfirst and the lead that single line breaks divide', () => {
    const text =
      'Ferry Service Resumes After Storm Damage Repaired\n' +
      'Harbour officials expect full timetables by the weekend\n\n' +
      'The first ferry left the northern pier at dawn on Tuesday. Passengers clapped.\n\n' +
      'Repairs took nine days.';
    expect(kinds(text)).toEqual([
      ['Ferry Service Resumes After Storm Damage Repaired', 'headline', false],
      ['Harbour officials expect full timetables by the weekend', 'standfirst', false],
      ['The first ferry left the northern pier at dawn on Tuesday. Passengers clapped.', 'lead', false],
      ['Repairs took nine days.', 'body', false],
    ]);
  });

  it('reads a first line that ends as a sentence as the lead, not a headline', () => {
    const text = 'The council voted on Monday to close the library.\n\nIt will reopen in May.';
    expect(kindOf(text, 'The council voted on Monday to close the library.')).toBe('lead');
  });

  it('never lets a sentence run from one line into the next', () => {
    const text = 'Bridge closed for repairs\nengineers found cracks in two piers\n\nTraffic was diverted.';
    const { sentences } = analyzeText(text);
    const lines = sentences.map((s) => text.slice(s.start, s.end));
    expect(lines).toContain('Bridge closed for repairs');
    expect(lines).toContain('engineers found cracks in two piers');
  });

  it('recognises share buttons, menus and section labels as furniture', () => {
    const text =
      'Orchard growers fear late frost\n' +
      'Share on WhatsApp\nFollow us on Telegram\nAll news\n\n' +
      'Growers lit fires between the rows overnight.\n\nRead more: Frost warnings for the valley\n\nPrint\n';
    expect(kindOf(text, 'Share on WhatsApp')).toBe('furniture');
    expect(kindOf(text, 'Follow us on Telegram')).toBe('furniture');
    expect(kindOf(text, 'All news')).toBe('furniture');
    expect(kindOf(text, 'Read more: Frost warnings for the valley')).toBe('furniture');
    expect(kindOf(text, 'Print')).toBe('furniture');
    expect(kindOf(text, 'Growers lit fires between the rows overnight.')).toBe('lead');
  });

  it('recognises photo and video labels and credits', () => {
    const text =
      'Flood waters recede in the valley\n\n' +
      'Photo: Volunteers fill sandbags near the old mill\n\n' +
      'Video | Drone footage of the river\n\n' +
      'Residents returned home on Sunday. (Photo by Ana Lopes/Northern Press)\n\n' +
      '© Northern Press 2021\n\n' +
      'The water fell by a metre overnight.';
    expect(kindOf(text, 'Photo: Volunteers fill sandbags near the old mill')).toBe('furniture');
    expect(kindOf(text, 'Video | Drone footage of the river')).toBe('furniture');
    expect(kindOf(text, '© Northern Press 2021')).toBe('furniture');
    expect(kindOf(text, 'Residents returned home on Sunday. (Photo by Ana Lopes/Northern Press)')).toBe(
      'furniture',
    );
    expect(kindOf(text, 'The water fell by a metre overnight.')).toBe('lead');
  });

  it('recognises cookie, subscription and donation notices addressed to the reader', () => {
    const text =
      'Rail strike called off\n\n' +
      'We use cookies to improve your experience. By continuing you accept our privacy policy.\n\n' +
      'Unions and the operator agreed a pay rise late on Thursday.\n\n' +
      'If you value our reporting, please donate today.\n\n' +
      'The operator said trains would run normally.';
    expect(
      kindOf(text, 'We use cookies to improve your experience. By continuing you accept our privacy policy.'),
    ).toBe('furniture');
    expect(kindOf(text, 'If you value our reporting, please donate today.')).toBe('furniture');
    expect(kindOf(text, 'The operator said trains would run normally.')).toBe('body');
  });

  it('keeps a news sentence that mentions subscriptions in the text analysed', () => {
    const text =
      'Streaming service raises prices\n\nThe company said subscriptions grew by a third last year.';
    expect(kindOf(text, 'The company said subscriptions grew by a third last year.')).toBe('lead');
  });

  it('recognises bylines and lines that are only a date', () => {
    const text =
      'Library reopens after flood\nBy Tomas Weller and Ruth Ames\nUpdated 14 March 2021, 10:05 GMT\n\n' +
      'The reading room opened again on Saturday.';
    expect(kindOf(text, 'By Tomas Weller and Ruth Ames')).toBe('byline');
    expect(kindOf(text, 'Updated 14 March 2021, 10:05 GMT')).toBe('dateline');
  });

  it('marks a paragraph repeated word for word inside the article, and analyses it once', () => {
    const para = '"We will rebuild the pier," harbour master Ines Varga told reporters.';
    const text = `Pier to be rebuilt\n\n${para}\n\nWork starts in April.\n\n${para}`;
    const repeated = kinds(text).filter(([, , r]) => r);
    expect(repeated).toHaveLength(1);
    expect(text.indexOf(para, text.indexOf(para) + 1)).toBe(textBlocks(text).find((b) => b.repeated)?.start);
    const { quotes } = analyzeText(text);
    expect(quotes.filter((q) => q.kind === 'direct')).toHaveLength(1);
    expect(quotes[0]?.start).toBe(text.indexOf(para) + 1);
  });

  it('leaves furniture out of analysis but keeps every offset in the stored text', () => {
    const text = 'Hospital wing opens\n\nShare on Facebook\n\nDoctor Lena Brandt opened the wing in Gdansk.';
    const masked = analysedText(text, textBlocks(text));
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('Facebook');
    const names = analyzeText(text).entities.map((e) => e.name);
    expect(names).not.toContain('Facebook');
    expect(names).toContain('Lena Brandt');
  });

  it('marks Title Case lines, where capitals say little about names', () => {
    const [headline] = textBlocks(
      'Storm Forces Early Harvest Across The Plains\n\nFarmers started on Monday.',
    );
    expect(headline?.titleCase).toBe(true);
    const [sentence] = textBlocks('Farmers in Ohio started on Monday.\n\nMore rain is due.');
    expect(sentence?.titleCase).toBe(false);
  });
});
