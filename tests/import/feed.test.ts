import { describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeed } from '../../core/import/formats/feed.ts';
import type { ParsedRecord } from '../../core/import/types.ts';
import { ImportFileError } from '../../core/import/types.ts';
import { useTempDir } from '../support/temp.ts';
import { parseAll } from '../support/parse.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Moscow Wire: World</title>
    <link>https://wire.example/world</link>
    <description>World news from the Moscow Wire</description>
    <language>en-us</language>
    <managingEditor>desk@wire.example (World Desk)</managingEditor>
    <item>
      <title>‘From Russia with Love’: Putin sends aid to Italy</title>
      <link>https://wire.example/world/2020/03/23/russia-italy-aid</link>
      <dc:creator>Maria Ivanova</dc:creator>
      <pubDate>Mon, 23 Mar 2020 09:12:00 +0300</pubDate>
      <description>Russian planes fly medical aid to Italy.</description>
      <media:description>Giant Il-76 military planes began taking off from an airbase in the Moscow region after Putin spoke to Italian Prime Minister Giuseppe Conte on Saturday, in a picture caption longer than the story itself.</media:description>
      <content:encoded><![CDATA[
        <p>The Russian military has begun flying medical aid to Italy after receiving an order from President Vladimir Putin.</p>
        <figure><img src="planes.jpg"></figure>
        <p>"No, this is unrelated absolutely," Peskov said &amp; added that AT&amp;T was not involved.</p>
        <script>track()</script>
      ]]></content:encoded>
    </item>
    <item>
      <title>Italy's toll nears 5,000</title>
      <link>https://wire.example/world/2020/03/22/italy-toll</link>
      <author>news@wire.example (Luca Bianchi)</author>
      <pubDate>Sun, 22 Mar 2020 18:40:00 GMT</pubDate>
      <description>&lt;p&gt;Italy recorded almost 800 deaths from the coronavirus on Saturday.&lt;/p&gt;&lt;p&gt;The code &amp;lt;b&amp;gt; is shown, not applied.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Photos: planes leave for Rome</title>
      <link>https://wire.example/world/2020/03/22/photos</link>
      <media:content url="https://wire.example/p.jpg" medium="image"/>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="it">
  <title>Il Corriere Esteri</title>
  <link href="https://corriere.example/esteri"/>
  <updated>2020-03-23T10:00:00Z</updated>
  <author><name>Redazione Esteri</name></author>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <entry>
    <title type="html">Aiuti dalla Russia &amp;amp; dalla Cina</title>
    <link rel="alternate" href="https://corriere.example/esteri/aiuti-russia"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2020-03-23T08:00:00+01:00</published>
    <updated>2020-03-23T09:30:00+01:00</updated>
    <author><name>Giulia Rossi</name></author>
    <summary>Breve riassunto.</summary>
    <content type="html">&lt;p&gt;I primi aerei russi sono atterrati a Pratica di Mare.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Nove aerei&lt;/li&gt;&lt;li&gt;Otto brigate&lt;/li&gt;&lt;/ul&gt;</content>
  </entry>
  <entry>
    <title>La Cina invia medici</title>
    <link href="https://corriere.example/esteri/cina-medici"/>
    <id>urn:uuid:2225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2020-03-22T17:00:00Z</updated>
    <summary type="text">Anche la Cina ha inviato forniture mediche in Italia.

Salvini accusa l'Unione europea.</summary>
  </entry>
  <entry>
    <title>Il Cremlino: nessuna condizione</title>
    <id>urn:uuid:3225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2020-03-22T12:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Peskov ha detto che non ci sono condizioni.</p><p>L'aiuto non è legato alle sanzioni.</p></div></content>
  </entry>
</feed>`;

function articles(records: ParsedRecord[]) {
  return records.flatMap((record) => (record.ok ? [record.article] : []));
}

describe('parseFeed', () => {
  const temp = useTempDir();

  it('reads each RSS item as an article and reports the item without text', async () => {
    const records = await parseAll(parseFeed, temp.file('world.rss', RSS));

    expect(records).toHaveLength(3);
    expect(records[2]).toEqual({
      ok: false,
      where: 'item 3 ("Photos: planes leave for Rome")',
      reason: 'the item has no text',
    });
    const [aid, toll] = articles(records);
    expect(aid).toEqual({
      title: '‘From Russia with Love’: Putin sends aid to Italy',
      text:
        'The Russian military has begun flying medical aid to Italy after receiving an order from President Vladimir Putin.\n\n' +
        '"No, this is unrelated absolutely," Peskov said & added that AT&T was not involved.',
      author: 'Maria Ivanova',
      url: 'https://wire.example/world/2020/03/23/russia-italy-aid',
      published: 'Mon, 23 Mar 2020 09:12:00 +0300',
      outlet: 'Moscow Wire: World',
      language: 'en-us',
    });
    expect(toll).toMatchObject({
      title: "Italy's toll nears 5,000",
      text: 'Italy recorded almost 800 deaths from the coronavirus on Saturday.\n\nThe code <b> is shown, not applied.',
      author: 'Luca Bianchi',
      published: 'Sun, 22 Mar 2020 18:40:00 GMT',
    });
  });

  it('reads Atom entries, with the feed author standing in for a missing one', async () => {
    const records = await parseAll(parseFeed, temp.file('esteri.atom', ATOM));

    expect(records.every((record) => record.ok)).toBe(true);
    const [aid, china, kremlin] = articles(records);
    expect(aid).toMatchObject({
      title: 'Aiuti dalla Russia & dalla Cina',
      text: 'I primi aerei russi sono atterrati a Pratica di Mare.\n\nNove aerei\n\nOtto brigate',
      author: 'Giulia Rossi',
      url: 'https://corriere.example/esteri/aiuti-russia',
      published: '2020-03-23T08:00:00+01:00',
      outlet: 'Il Corriere Esteri',
      language: 'it',
    });
    expect(china).toMatchObject({
      text: "Anche la Cina ha inviato forniture mediche in Italia.\n\nSalvini accusa l'Unione europea.",
      author: 'Redazione Esteri',
      published: '2020-03-22T17:00:00Z',
    });
    expect(kremlin?.text).toBe(
      "Peskov ha detto che non ci sono condizioni.\n\nL'aiuto non è legato alle sanzioni.",
    );
  });

  it('reads an RSS 1.0 (RDF) feed', async () => {
    const rdf = `<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
               xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://tass.example/"><title>TASS Digest</title><dc:language>ru</dc:language></channel>
        <item rdf:about="https://tass.example/1">
          <title>Peskov on aid to Italy</title><link>https://tass.example/1</link>
          <dc:date>2020-03-23T12:00:00+03:00</dc:date><dc:creator>Ivan Petrov</dc:creator>
          <description>Italy needs help "of a much wider scale," the spokesperson said.</description>
        </item>
      </rdf:RDF>`;
    const [article] = articles(await parseAll(parseFeed, temp.file('digest.xml', rdf)));

    expect(article).toEqual({
      title: 'Peskov on aid to Italy',
      text: 'Italy needs help "of a much wider scale," the spokesperson said.',
      author: 'Ivan Petrov',
      url: 'https://tass.example/1',
      published: '2020-03-23T12:00:00+03:00',
      outlet: 'TASS Digest',
      language: 'ru',
    });
  });

  it('accepts a bare ampersand, as feed readers do', async () => {
    const rss =
      '<rss><channel><title>Markets</title><item><title>AT&T shares fall</title><link><![CDATA[https://markets.example/story?id=7&page=1]]></link><description>Shares of AT&T fell.</description></item></channel></rss>';
    const [article] = articles(await parseAll(parseFeed, temp.file('markets.rss', rss)));

    expect(article).toMatchObject({
      title: 'AT&T shares fall',
      text: 'Shares of AT&T fell.',
      url: 'https://markets.example/story?id=7&page=1',
    });
  });

  it('refuses malformed XML, saying where it breaks', async () => {
    const broken = RSS.replace('</description>\n      <media:description>', '\n      <media:description>');
    const path = temp.file('broken.rss', broken);

    await expect(parseAll(parseFeed, path)).rejects.toThrow(ImportFileError);
    await expect(parseAll(parseFeed, path)).rejects.toThrow(
      /^it is not well-formed XML, line 23: expected closing tag 'description'/,
    );
  });

  it('refuses an XML file that is not a feed', async () => {
    const path = temp.file(
      'sitemap.xml',
      '<?xml version="1.0"?><urlset><url><loc>https://wire.example/</loc></url></urlset>',
    );

    await expect(parseAll(parseFeed, path)).rejects.toThrow(ImportFileError);
    await expect(parseAll(parseFeed, path)).rejects.toThrow('it is XML but not an RSS or Atom feed');
  });

  it('refuses a feed without items', async () => {
    const path = temp.file(
      'empty.rss',
      '<rss version="2.0"><channel><title>Nothing yet</title></channel></rss>',
    );

    await expect(parseAll(parseFeed, path)).rejects.toThrow('the feed has no items');
  });
});

describe('looksLikeFeed', () => {
  it.each([
    ['RSS 2.0', '<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0"><channel>'],
    ['Atom', '\ufeff<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'],
    [
      'RSS 1.0',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">',
    ],
    [
      'RSS with a doctype',
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd"><rss>',
    ],
  ])('recognises %s', (_name, head) => {
    expect(looksLikeFeed(head)).toBe(true);
  });

  it.each([
    ['a sitemap', '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'],
    [
      'RDF that is not RSS',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description>',
    ],
    [
      'an XHTML page',
      '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>rss feed</title>',
    ],
    ['no XML at all', 'title,text\nRussia sends aid,<rss>'],
  ])('rejects %s', (_name, head) => {
    expect(looksLikeFeed(head)).toBe(false);
  });
});
