import { describe, expect, it } from 'vitest';
import { countWords, normaliseText } from '../../core/import/normalise.ts';
import { toIsoDate } from '../../core/import/dates.ts';
import { outletFromUrl } from '../../core/import/prepare.ts';

describe('counting words', () => {
  it.each([
    ['', 0],
    ['Putin sends aid to Italy.', 5],
    ["Russia's help doesn't imply anti-Russian sanctions' veto", 7],
    ['30 km (19 miles) southwest of Rome', 7],
    ['the U.S. and the E.U.', 5],
    ['Pratica di Mare — Il-76 planes', 5],
    ['Перемога! Спасибо, Россия', 3],
    ['Covid-19 — “From Russia with Love”', 5],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('normalising text', () => {
  it('keeps paragraphs and folds the rest of the white space', () => {
    expect(normaliseText('  One\u2003two\r\nthree.\r\n \r\n\r\nFour\u200b five.\n')).toBe(
      'One two three.\n\nFour five.',
    );
  });
  it('joins the lines of wrapped prose, even where a line ends a sentence', () => {
    const wrapped =
      'The council met on Monday to discuss the new hospital wing in\n' +
      'Gdansk. Doctor Lena Brandt said the forty beds would open soon,\n' +
      'and the mayor agreed that the city would pay for the equipment.';
    expect(normaliseText(wrapped)).toBe(wrapped.replaceAll('\n', ' '));
  });
  it('keeps apart a headline, a standfirst and a lead, and a share bar, pasted with single line breaks', () => {
    const pasted =
      'Hospital wing opens in Gdansk\n' +
      'The city pays for forty new beds after a year of delays, and doctors say more are needed.\n' +
      'Doctor Lena Brandt opened the new wing on Monday morning, in front of the staff who will run it every day.\n' +
      'Share on Facebook\nFollow us on Telegram\nAll news';
    expect(normaliseText(pasted)).toBe(pasted);
  });
  it('composes accents (NFC) so that offsets and search agree', () => {
    expect(normaliseText('Perche\u0301')).toBe('Perch\u00e9');
  });
});

describe('reading publication dates', () => {
  it.each([
    ['2020-03-23', '2020-03-23'],
    ['23 March 2020', '2020-03-23'],
    ['March 23, 2020', '2020-03-23'],
    ['Mar. 23 2020', '2020-03-23'],
    ['23.03.2020', '2020-03-23'],
    ['23/03/2020', '2020-03-23'],
    ['03/04/2020', null], // day-first or month-first: not guessed
    ['Mon, 23 Mar 2020 10:15:00 GMT', '2020-03-23T10:15:00.000Z'],
    ['2020-03-23T10:15:00+01:00', '2020-03-23T09:15:00.000Z'],
    ['1584957600', '2020-03-23T10:00:00.000Z'],
    ['2020-02-30', null],
    ['March 2020', '2020-03'], // a month only: kept at month precision, never made a day
    ['Sept. 2021', '2021-09'],
    ['2020-03', '2020-03'],
    ['2020-13', null],
    ['last Monday', null],
    ['', null],
  ])('%j → %j', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });
});

describe('the outlet named by a URL', () => {
  it.each([
    ['https://www.reuters.com/article/us-health-coronavirus-italy-russia', 'reuters.com'],
    ['https://amp.theguardian.com/world/2020/mar/23/x', 'theguardian.com'],
    ['http://tass.com/politics/1134567', 'tass.com'],
    ['file:///home/me/page.html', null],
    ['not a url', null],
  ])('%s → %s', (url, outlet) => {
    expect(outletFromUrl(url)).toBe(outlet);
  });
});
