// Page clutter pasted into an article (share buttons, a cookie notice, "All news") is left out of analysis
// whatever format the article came in (issue #8), on a real project file: no "Facebook" or "Telegram"
// entity from the share bar, the story's own names kept. In plain text, JSON and CSV the share bar's labels
// are lines of one paragraph, which import keeps apart instead of joining them into one run-on line.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../db/open.ts';
import { listEntities } from '../../db/entities.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { analyseArticles } from '../../core/analyze/run.ts';
import { useTempDir } from '../support/temp.ts';

const TITLE = 'Hospital wing opens in Gdansk';
const PARAGRAPHS = [
  'Doctor Lena Brandt opened the new hospital wing in Gdansk on Monday.',
  'Share on Facebook\nFollow us on Telegram\nAll news',
  'We use cookies to improve your experience. By continuing to browse the site you accept our cookie policy.',
  'The wing has forty beds and was paid for by the city of Gdansk, Brandt said.',
];
const BODY = PARAGRAPHS.join('\n\n');
const csvField = (s: string) => `"${s.replaceAll('"', '""')}"`;

const FORMATS: [string, string][] = [
  ['plain text', `${TITLE}\n\n${BODY}\n`],
  ['JSON lines', `${JSON.stringify({ title: TITLE, text: BODY, date: '2024-05-06' })}\n`],
  ['CSV', `title,text,date\n${csvField(TITLE)},${csvField(BODY)},2024-05-06\n`],
  [
    'RSS feed',
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>City Wire</title><link>https://city.example/</link><description>City news</description>
    <item><title>${TITLE}</title><link>https://city.example/wing</link>
      <pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate>
      <content:encoded><![CDATA[${PARAGRAPHS.map((p) =>
        p.includes('\n') ? `<ul><li>${p.replaceAll('\n', '</li><li>')}</li></ul>` : `<p>${p}</p>`,
      ).join('')}]]></content:encoded>
    </item>
  </channel>
</rss>`,
  ],
];
const EXTENSION: Record<string, string> = {
  'plain text': 'txt',
  'JSON lines': 'jsonl',
  CSV: 'csv',
  'RSS feed': 'xml',
};

describe('page clutter in every import format', () => {
  const temp = useTempDir();

  it.each(FORMATS)('%s: the share bar and the cookie notice name nothing', async (format, content) => {
    const db = openProject(join(temp.dir(), `clutter-${EXTENSION[format]}.sqlite`));
    const file = temp.file(`wing.${EXTENSION[format]}`, content);
    const { imported } = await importPaths(db, [file]);
    expect(imported).toHaveLength(1);
    await analyseArticles(db, [imported[0]!.id], { threads: 1 });
    const names = listEntities(db, imported[0]!.id).map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(expect.arrayContaining(['person:Lena Brandt', 'place:Gdansk']));
    expect(names.filter((n) => /Facebook|Telegram|All news|cookie/i.test(n))).toEqual([]);
    db.close();
  });

  it('keeps a headline, a standfirst and a lead pasted on single lines apart, so no name runs across them', async () => {
    const db = openProject(join(temp.dir(), 'lines.sqlite'));
    const file = temp.file(
      'pasted.txt',
      'New wing for the hospital in Gdansk\n' +
        'Forty beds open after a year of delays, paid for by the city, and doctors say more are needed soon.\n' +
        'Doctor Lena Brandt opened the new wing on Monday morning, in front of the staff who will run it every day.\n',
    );
    const { imported } = await importPaths(db, [file]);
    await analyseArticles(db, [imported[0]!.id], { threads: 1 });
    const names = listEntities(db, imported[0]!.id).map((e) => `${e.type}:${e.name}`);
    expect(names.sort()).toEqual(['person:Lena Brandt', 'place:Gdansk']);
    db.close();
  });
});
