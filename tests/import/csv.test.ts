import { describe, expect, it } from 'vitest';
import { parseFieldMap, resolveFields } from '../../core/import/fields.ts';
import { parseCsv } from '../../core/import/formats/csv.ts';
import { ImportFileError } from '../../core/import/types.ts';
import { useTempDir } from '../support/temp.ts';
import { parseUntilError } from '../support/parse.ts';

const PLANES =
  'Giant Il-76 military planes began taking off from an airbase in the Moscow region after Putin spoke to Italian Prime Minister Giuseppe Conte on Saturday.';
const KREMLIN =
  'The Kremlin said Putin had expressed his support for Italy’s leaders and people in the extremely difficult situation they were facing.';
const PESKOV = '"No, this is unrelated absolutely," Peskov said.';
const TOLL = 'Italy recorded almost 800 deaths from the coronavirus on Saturday.';

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

describe('parseCsv', () => {
  const temp = useTempDir();

  it('reads a comma CSV with a BOM, a multi-line quoted body and every field', async () => {
    const path = temp.file(
      'aid.csv',
      '\ufeffHeadline,Body,Source,Byline,URL,Date,Language\r\n' +
        `‘From Russia with Love’,${quoted(`${PLANES}\n\n${PESKOV}`)},Reuters,Maria Ivanova,https://reuters.example/a,2020-03-23,en\r\n` +
        `Italy's toll nears 5000,${quoted(TOLL)},ANSA,,,22/03/2020,it\r\n`,
    );
    const { records, error } = await parseUntilError(parseCsv, path);
    expect(error).toBeUndefined();
    expect(records).toEqual([
      {
        ok: true,
        where: 'row 2',
        article: {
          title: '‘From Russia with Love’',
          text: `${PLANES}\n\n${PESKOV}`,
          outlet: 'Reuters',
          author: 'Maria Ivanova',
          url: 'https://reuters.example/a',
          published: '2020-03-23',
          language: 'en',
        },
      },
      {
        ok: true,
        // Row 3 although the body above spans three lines: rows are counted as a spreadsheet shows them.
        where: 'row 3',
        article: {
          title: "Italy's toll nears 5000",
          text: TOLL,
          outlet: 'ANSA',
          author: null,
          url: null,
          published: '22/03/2020',
          language: 'it',
        },
      },
    ]);
  });

  it('detects a semicolon delimiter, ignoring commas inside quoted header names', async () => {
    const path = temp.file(
      'europe.csv',
      `"headline, main";story;Newspaper\n` +
        `Aid lands near Rome;${quoted(`${KREMLIN} ${PESKOV}`)};Corriere\n` +
        `Trucks loaded;${TOLL};La Stampa\n`,
    );
    const { records } = await parseUntilError(parseCsv, path);
    expect(records.map((record) => record.ok && record.article)).toEqual([
      expect.objectContaining({ title: null, text: `${KREMLIN} ${PESKOV}`, outlet: 'Corriere' }),
      expect.objectContaining({ title: null, text: TOLL, outlet: 'La Stampa' }),
    ]);
  });

  it('reads a TSV, matching column names regardless of case and punctuation', async () => {
    const path = temp.file(
      'export.tsv',
      'Head Line\tFull-Text\tSite_Name\tPUB-DATE\n' + `Aid flights\t${PLANES}\tTASS\tMon, 23 Mar 2020\n`,
    );
    const { records } = await parseUntilError(parseCsv, path);
    expect(records).toEqual([
      {
        ok: true,
        where: 'row 2',
        article: expect.objectContaining({
          title: 'Aid flights',
          text: PLANES,
          outlet: 'TASS',
          published: 'Mon, 23 Mar 2020',
        }) as unknown,
      },
    ]);
  });

  it('uses the columns named by a field map', async () => {
    const path = temp.file(
      'custom.csv',
      'id,hed,copy,paper,summary\n' + `17,Planes take off,${quoted(KREMLIN)},Il Messaggero,Short summary\n`,
    );
    const { records } = await parseUntilError(parseCsv, path, {
      fieldMap: { title: 'hed', text: 'copy', outlet: 'paper' },
    });
    expect(records).toEqual([
      {
        ok: true,
        where: 'row 2',
        article: expect.objectContaining({
          title: 'Planes take off',
          text: KREMLIN,
          outlet: 'Il Messaggero',
        }) as unknown,
      },
    ]);
  });

  it('refuses a field map naming a column the file does not have', async () => {
    const path = temp.file('custom.csv', 'id,hed,copy\n1,Planes,Text\n');
    const { records, error } = await parseUntilError(parseCsv, path, { fieldMap: { text: 'body' } });
    expect(records).toEqual([]);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toBe(
      'it has no column "body" (mapped to text); the columns are "id", "hed", "copy"',
    );
  });

  it('reports a row with the wrong number of fields and an empty text, and goes on', async () => {
    const path = temp.file(
      'ragged.csv',
      'title,text,outlet\n' +
        `One,${quoted(PLANES)},Reuters\n` +
        `Two,${quoted(KREMLIN)}\n` +
        '\n' +
        'Three,   ,AP\n' +
        `Four,${quoted(TOLL)},ANSA\n`,
    );
    const { records, error } = await parseUntilError(parseCsv, path);
    expect(error).toBeUndefined();
    expect(records).toEqual([
      {
        ok: true,
        where: 'row 2',
        article: expect.objectContaining({ title: 'One', text: PLANES }) as unknown,
      },
      { ok: false, where: 'row 3', reason: 'it has 2 fields, the header has 3' },
      { ok: false, where: 'row 5', reason: 'it has no text (the "text" column is empty)' },
      {
        ok: true,
        where: 'row 6',
        article: expect.objectContaining({ title: 'Four', text: TOLL }) as unknown,
      },
    ]);
  });

  it('keeps the rows before an unclosed quote, then fails with the line the row starts on', async () => {
    const path = temp.file(
      'broken.csv',
      'title,text\n' + `One,${quoted(`${PLANES}\n\n${PESKOV}`)}\n` + `Two,"${KREMLIN}\n` + `Three,${TOLL}\n`,
    );
    const { records, error } = await parseUntilError(parseCsv, path);
    expect(records).toEqual([
      { ok: true, where: 'row 2', article: expect.objectContaining({ title: 'One' }) as unknown },
    ]);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toBe(
      'it is not valid CSV: a quoted field in the row starting on line 5 is never closed',
    );
  });

  it('fails without a text column, listing the columns and what to do', async () => {
    const path = temp.file('meta.csv', 'id,headline,when\n1,Aid lands,2020-03-23\n');
    const { records, error } = await parseUntilError(parseCsv, path);
    expect(records).toEqual([]);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toBe(
      'it has no column for the article text (the columns are "id", "headline", "when"); use --map text=COLUMN to name it',
    );
  });

  it('streams a large file row by row', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Story ${i},${quoted(`${PLANES}\n\n${KREMLIN}`)}`);
    const path = temp.file('large.csv', ['title,text', ...rows].join('\n'));
    const { records } = await parseUntilError(parseCsv, path);
    expect(records).toHaveLength(5000);
    expect(records.at(-1)).toMatchObject({ ok: true, where: 'row 5001', article: { title: 'Story 4999' } });
  });
});

describe('resolveFields', () => {
  it('prefers a real text column to description, and a mapped column to a guessed one', () => {
    expect(resolveFields(['Description', 'Content', 'Title'])).toEqual({ text: 'Content', title: 'Title' });
    expect(resolveFields(['description', 'name'])).toEqual({ text: 'description', title: 'name' });
    expect(resolveFields(['title', 'headline', 'text'], { title: 'HEADLINE' })).toEqual({
      title: 'headline',
      text: 'text',
    });
    // A column mapped to one field is not guessed for another.
    expect(resolveFields(['text', 'body'], { title: 'text', text: 'body' })).toEqual({
      title: 'text',
      text: 'body',
    });
  });
});

describe('parseFieldMap', () => {
  it('reads field=column pairs', () => {
    expect(parseFieldMap('text=body,outlet=source')).toEqual({ text: 'body', outlet: 'source' });
    expect(parseFieldMap(' Title = Head Line , published=pub date')).toEqual({
      title: 'Head Line',
      published: 'pub date',
    });
  });

  it('explains unknown fields, repeated fields and bad syntax', () => {
    expect(() => parseFieldMap('body=text')).toThrow(
      '--map names an unknown field "body"; the fields are title, text, outlet, author, url, published, language.',
    );
    expect(() => parseFieldMap('text=a,text=b')).toThrow('--map gives the field "text" twice.');
    expect(() => parseFieldMap('text')).toThrow(
      'Cannot read --map "text": write field=column pairs separated by commas, e.g. text=body,outlet=source.',
    );
    expect(() => parseFieldMap('text=')).toThrow('Cannot read --map "text="');
  });
});
