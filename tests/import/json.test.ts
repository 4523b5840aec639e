import { describe, expect, it } from 'vitest';
import { parseJson, parseJsonLines } from '../../core/import/formats/json.ts';
import { ImportFileError } from '../../core/import/types.ts';
import { useTempDir } from '../support/temp.ts';
import { parseUntilError } from '../support/parse.ts';

const PLANES =
  'Giant Il-76 military planes began taking off from an airbase in the Moscow region after Putin spoke to Italian Prime Minister Giuseppe Conte on Saturday.';
const KREMLIN =
  'The Kremlin said Putin had expressed his support for Italy’s leaders and people in the extremely difficult situation they were facing.';
const PESKOV = '"No, this is unrelated absolutely," Peskov said.';

describe('parseJson', () => {
  const temp = useTempDir();

  it('reads an array of articles with numbers, author lists and paragraph lists', async () => {
    const path = temp.file(
      'articles.json',
      JSON.stringify([
        {
          id: 1,
          headline: 'From Russia with Love',
          body: PLANES,
          authors: ['Maria Ivanova', 'Luca Bianchi'],
          publication: { name: 'Reuters', id: 'reuters' },
          timestamp: 1584957600,
          link: 'https://reuters.example/a',
          lang: 'en',
        },
        { title: 'Peskov: unrelated', text: [KREMLIN, PESKOV], author: { name: 'TASS desk' } },
        { title: 'No body', text: '   ' },
        'a stray string',
      ]),
    );
    const { records, error } = await parseUntilError(parseJson, path);
    expect(error).toBeUndefined();
    expect(records).toEqual([
      {
        ok: true,
        where: 'item 1',
        article: {
          title: 'From Russia with Love',
          text: PLANES,
          outlet: 'Reuters',
          author: 'Maria Ivanova, Luca Bianchi',
          url: 'https://reuters.example/a',
          published: '1584957600',
          language: 'en',
        },
      },
      {
        ok: true,
        where: 'item 2',
        article: expect.objectContaining({
          text: `${KREMLIN}\n\n${PESKOV}`,
          author: 'TASS desk',
          outlet: null,
        }) as unknown,
      },
      { ok: false, where: 'item 3', reason: 'it has no text (the "text" column is empty)' },
      { ok: false, where: 'item 4', reason: 'it is not a JSON object' },
    ]);
  });

  it('reads a NewsAPI export, preferring content to description', async () => {
    const path = temp.file(
      'newsapi.json',
      JSON.stringify({
        status: 'ok',
        totalResults: 1,
        articles: [
          {
            source: { id: null, name: 'Reuters' },
            author: 'Reuters Staff',
            title: 'Russia sends aid to Italy',
            description: 'Russian planes fly medical aid to Italy.',
            url: 'https://www.reuters.com/article/us-health-coronavirus-italy-russia',
            urlToImage: 'https://example.com/planes.jpg',
            publishedAt: '2020-03-22T18:40:00Z',
            content: PLANES,
          },
        ],
      }),
    );
    const { records } = await parseUntilError(parseJson, path);
    expect(records).toEqual([
      {
        ok: true,
        where: 'item 1',
        article: {
          title: 'Russia sends aid to Italy',
          text: PLANES,
          outlet: 'Reuters',
          author: 'Reuters Staff',
          url: 'https://www.reuters.com/article/us-health-coronavirus-italy-russia',
          published: '2020-03-22T18:40:00Z',
          language: null,
        },
      },
    ]);
  });

  it('reads a single article object with a field map', async () => {
    const path = temp.file(
      'one.json',
      '\ufeff' + JSON.stringify({ hed: 'Aid lands', copy: KREMLIN, paper: 'Corriere', description: 'Short' }),
    );
    const { records } = await parseUntilError(parseJson, path, {
      fieldMap: { title: 'hed', text: 'copy', outlet: 'paper' },
    });
    expect(records).toEqual([
      {
        ok: true,
        where: 'item 1',
        article: expect.objectContaining({
          title: 'Aid lands',
          text: KREMLIN,
          outlet: 'Corriere',
        }) as unknown,
      },
    ]);
  });

  it('fails on invalid JSON with the line and column', async () => {
    const path = temp.file(
      'broken.json',
      `[\n  {"title": "Aid lands", "text": "${KREMLIN}"},\n  {"title": 'Peskov', "text": "x"}\n]`,
    );
    const { records, error } = await parseUntilError(parseJson, path);
    expect(records).toEqual([]);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toBe("it is not valid JSON (line 3, column 13: unexpected token ''')");

    const lastLine = `  {"title": "Aid lands", "text": "${KREMLIN}"`;
    const truncated = temp.file('truncated.json', `[\n${lastLine}`);
    expect((await parseUntilError(parseJson, truncated)).error).toEqual(
      new ImportFileError(
        `it is not valid JSON (line 2, column ${lastLine.length + 1}: expected ',' or '}' after property value)`,
      ),
    );
  });

  it('fails once, not per item, when no object has a text field', async () => {
    const path = temp.file(
      'meta.json',
      JSON.stringify([
        { id: 1, headline: 'A' },
        { id: 2, headline: 'B' },
      ]),
    );
    const { error } = await parseUntilError(parseJson, path);
    expect(error).toEqual(
      new ImportFileError(
        'it has no column for the article text (the columns are "id", "headline"); use --map text=COLUMN to name it',
      ),
    );
  });
});

describe('parseJsonLines', () => {
  const temp = useTempDir();

  it('reads one article per line and reports a bad line without stopping', async () => {
    const path = temp.file(
      'feed.jsonl',
      [
        JSON.stringify({ title: 'One', text: PLANES, source: 'Reuters' }),
        '{"title": "Two", "text": ',
        '',
        JSON.stringify({ title: 'Three', content: KREMLIN, source: { name: 'TASS' } }),
        '[1, 2]',
        JSON.stringify({ title: 'Four' }),
      ].join('\r\n') + '\r\n',
    );
    const { records, error } = await parseUntilError(parseJsonLines, path);
    expect(error).toBeUndefined();
    expect(records).toEqual([
      {
        ok: true,
        where: 'line 1',
        article: expect.objectContaining({ title: 'One', text: PLANES, outlet: 'Reuters' }) as unknown,
      },
      { ok: false, where: 'line 2', reason: 'it is not valid JSON' },
      {
        ok: true,
        where: 'line 4',
        article: expect.objectContaining({ title: 'Three', text: KREMLIN, outlet: 'TASS' }) as unknown,
      },
      { ok: false, where: 'line 5', reason: 'it is not a JSON object' },
      {
        ok: false,
        where: 'line 6',
        reason:
          'it has no column for the article text (the columns are "title"); use --map text=COLUMN to name it',
      },
    ]);
  });

  it('fails at once when the first object has no text field', async () => {
    const path = temp.file('meta.ndjson', '{"id": 1, "headline": "A"}\n{"id": 2, "headline": "B"}\n');
    const { records, error } = await parseUntilError(parseJsonLines, path);
    expect(records).toEqual([]);
    expect(error).toBeInstanceOf(ImportFileError);
  });
});
