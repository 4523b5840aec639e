import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../core/import/formats/html.ts';
import { htmlToText } from '../../core/import/html-text.ts';
import { ImportFileError } from '../../core/import/types.ts';
import { useTempDir } from '../support/temp.ts';
import { parseAll } from '../support/parse.ts';

const BODY = [
  'The Russian military has begun flying medical aid to Italy to help it battle the new coronavirus after receiving an order from President Vladimir Putin, a goodwill gesture that Moscow has labelled “From Russia with Love”.',
  'Giant Il-76 military planes began taking off from an airbase in the Moscow region after Putin spoke to Italian Prime Minister Giuseppe Conte on Saturday.',
  '"No, this is unrelated absolutely," Peskov said. "Any conditions, reckonings or hopes whatsoever are out of the question here," he added.',
  'Italy recorded almost 800 deaths from the coronavirus on Saturday, taking the toll in the world’s hardest-hit country to almost 5,000.',
  'The Kremlin said Russia was sending truck-based units capable of disinfecting vehicles, buildings and public spaces, as well as medical specialists and equipment.',
];

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>‘From Russia with Love’: Putin sends aid to Italy | The Daily Courier</title>
  <meta property="og:title" content="‘From Russia with Love’: Putin sends aid to Italy to fight virus">
  <meta property="og:site_name" content="The Daily Courier">
  <meta property="og:url" content="https://www.dailycourier.example/world/russia-italy-aid">
  <meta property="article:published_time" content="2020-03-23T09:12:00+00:00">
  <meta property="article:author" content="https://www.facebook.com/dailycourier">
  <link rel="canonical" href="/world/russia-italy-aid-20200323">
  <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "The Daily Courier"},
      {"@type": "NewsArticle", "headline": "Putin sends aid to Italy",
       "author": [{"@type": "Person", "name": "Maria Ivanova"}, {"@type": "Person", "name": "Luca Bianchi"}],
       "publisher": {"@type": "Organization", "name": "Daily Courier Media"},
       "datePublished": "2020-03-23T09:12:00Z"}
    ]}
  </script>
  <style>.cookie-banner { position: fixed; }</style>
  <script>window.dataLayer = []; function track() { return 'TRACKING-SCRIPT-TEXT'; }</script>
</head>
<body class="article-page has-comments">
  <div id="cookie-consent" class="cookie-banner">
    <p>We use cookies to improve your experience on our site. By continuing you accept our cookie policy and the use of cookies.</p>
    <button>Accept all cookies</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">The Daily Courier</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <main class="layout comments-open">
    <article class="story">
      <h1>‘From Russia with Love’: Putin sends aid to Italy to fight virus</h1>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email this story</a></div>
      <p class="byline">By Maria Ivanova and Luca Bianchi</p>
      <time datetime="2020-03-23T09:12:00Z">23 March 2020</time>
      <figure><img src="planes.jpg" alt=""><figcaption>Photo caption: Il-76 planes at the airbase. Reuters</figcaption></figure>
      <div class="story-body">
        ${BODY.map((paragraph, index) => (index === 2 ? `<blockquote><p>${paragraph}</p></blockquote>` : `<p>${paragraph}</p>`)).join('\n        ')}
        <script>document.write('INLINE-SCRIPT-TEXT');</script>
        <aside class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and receive the top stories of the day in your inbox every morning.</p></aside>
      </div>
      <section class="related-news">
        <h2>Related news</h2>
        <ul>
          <li><a href="/a">China sends medical supplies and doctors to Italy as the outbreak spreads</a></li>
          <li><a href="/b">Salvini says the European Union is failing in its duty of solidarity</a></li>
        </ul>
      </section>
    </article>
    <section id="comments" class="comment-thread">
      <h2>Comments (2)</h2>
      <article class="comment"><p class="comment-author">reader42</p><p>This is pure propaganda and everyone can see it, the planes are mostly empty anyway.</p></article>
      <article class="comment"><p class="comment-author">giulia</p><p>Grazie Russia! Finally someone helps us while the rest of Europe looks away from our hospitals.</p></article>
    </section>
  </main>
  <footer><p>© 2020 The Daily Courier. All rights reserved. Contact us, advertise with us, terms of service.</p></footer>
</body>
</html>`;

const JUNK = [
  'cookie',
  'Share on',
  'Sign up for our newsletter',
  'China sends medical supplies',
  'Related news',
  'propaganda',
  'Grazie Russia',
  'All rights reserved',
  'Politics',
  'TRACKING-SCRIPT-TEXT',
  'INLINE-SCRIPT-TEXT',
  'Photo caption',
  'Comments',
];

async function parseOne(path: string) {
  const records = await parseAll(parseHtml, path);
  expect(records).toHaveLength(1);
  const [record] = records;
  if (!record?.ok) throw new Error(`expected an article, got ${JSON.stringify(record)}`);
  return record.article;
}

describe('parseHtml', () => {
  const temp = useTempDir();

  it('keeps the story paragraphs in order and leaves out the page furniture', async () => {
    const article = await parseOne(temp.file('russia-italy.html', NEWS_PAGE));

    expect(article.text.split('\n\n')).toEqual(BODY);
    for (const junk of JUNK) expect(article.text).not.toContain(junk);
  });

  it('leaves out the furniture around a short story too, where Readability alone keeps it', async () => {
    const page = `<html><body>
      <div class="cookieNotice">This site uses cookies. Accept cookies to continue reading.</div>
      <nav><a href="/">Home</a> <a href="/world">World news</a></nav>
      <h1>Russia sends aid to Italy</h1>
      <ul class="social-share"><li>Share on Facebook</li><li>Share on Twitter</li></ul>
      <p>${BODY[0]}</p>
      <p>${BODY[1]}</p>
      <div class="x9f2"><h3>Read more</h3><ul><li>China sends medical supplies and doctors to Italy</li></ul></div>
    </body></html>`;
    const article = await parseOne(temp.file('short.html', page));

    expect(article.text.split('\n\n')).toEqual(BODY.slice(0, 2));
  });

  it('reads the metadata the page declares', async () => {
    const article = await parseOne(temp.file('russia-italy.html', NEWS_PAGE));

    expect(article).toMatchObject({
      title: '‘From Russia with Love’: Putin sends aid to Italy to fight virus',
      author: 'Maria Ivanova, Luca Bianchi',
      outlet: 'The Daily Courier',
      published: '2020-03-23T09:12:00+00:00',
      url: 'https://www.dailycourier.example/world/russia-italy-aid-20200323',
      language: 'en-GB',
    });
  });

  it('reads a bare page with only a <title> and paragraphs', async () => {
    const page = `<html><head><title>Russia sends aid to Italy - Wire Service</title></head><body>
      <p>Russia&rsquo;s help to Italy   in struggling with the coronavirus
         does not imply any response measures of Rome, Dmitry Peskov told reporters on Monday.</p>
      <p>Italy needs help &quot;of a much wider scale,&quot; the spokesperson said.</p>
    </body></html>`;
    const article = await parseOne(temp.file('bare.htm', page));

    expect(article.title).toBe('Russia sends aid to Italy - Wire Service');
    expect(article.text).toBe(
      'Russia’s help to Italy in struggling with the coronavirus does not imply any response measures of Rome, Dmitry Peskov told reporters on Monday.\n\n' +
        'Italy needs help "of a much wider scale," the spokesperson said.',
    );
    expect(article.author ?? null).toBeNull();
    expect(article.url ?? null).toBeNull();
  });

  it('decodes a Latin-1 page by the charset it declares', async () => {
    const page =
      '<html><head><meta charset="iso-8859-1"><title>Aide russe</title></head><body>' +
      '<p>Le Kremlin a déclaré que la Russie envoyait une aide médicale à l’Italie.</p></body></html>';
    const bytes = Uint8Array.from(page.replace('’', "'"), (char) => char.charCodeAt(0));
    expect(bytes.every((byte) => byte < 256)).toBe(true);

    const article = await parseOne(temp.file('latin1.html', bytes));

    expect(article.text).toBe("Le Kremlin a déclaré que la Russie envoyait une aide médicale à l'Italie.");
  });

  it('reads a UTF-8 file with a byte order mark and no <html> element', async () => {
    const path = temp.file(
      'bom.html',
      '\ufeff<title>Aid</title><p>Moscow sends planes to Rome.</p><p>They land at Pratica di Mare.</p>',
    );
    const article = await parseOne(path);

    expect(article.title).toBe('Aid');
    expect(article.text).toBe('Moscow sends planes to Rome.\n\nThey land at Pratica di Mare.');
  });

  it('refuses a page with no text', async () => {
    const path = temp.file(
      'empty.html',
      '<html><head><title>Nothing here</title></head><body>\n  <img src="a.png">\n</body></html>',
    );

    await expect(parseAll(parseHtml, path)).rejects.toThrow(ImportFileError);
    await expect(parseAll(parseHtml, path)).rejects.toThrow('no article text was found in the page');
  });
});

describe('htmlToText', () => {
  it('separates block elements and double line breaks into paragraphs', () => {
    const html =
      '<h2>Aid&nbsp;flights</h2><ul><li>Nine planes</li><li>Eight brigades</li></ul>' +
      '<div>Line one<br>still the same sentence.<br><br>A new paragraph &amp; more.</div>' +
      '<p>Inline <b>bold</b> and <a href="#">link</a> text.</p><pre>wire line 1\nwire line 2\n\nsecond para</pre>';

    expect(htmlToText(html).split('\n\n')).toEqual([
      'Aid\u00a0flights',
      'Nine planes',
      'Eight brigades',
      'Line one still the same sentence.',
      'A new paragraph & more.',
      'Inline bold and link text.',
      'wire line 1 wire line 2',
      'second para',
    ]);
  });

  it('returns an empty string for markup without text', () => {
    expect(htmlToText('<div><script>var a = 1;</script><style>p{}</style> </div>')).toBe('');
  });
});
