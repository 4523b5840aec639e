// Child process of bench/scale.ts: one correction end to end, as a person makes it. The built UI
// is served over the bridge on the project, Chromium opens an article in the reader, and a quote
// is accepted and taken back `runs` times by its ✓ button; each time is measured from the click
// until the button shows the new state (the write and the window's refresh). Prints JSON.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Request } from 'playwright-core';

/** What the page's script touches of a DOM element (the bench is type-checked without the DOM's types). */
interface Element {
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  click(): void;
}
import { startServer } from '../../core/server/index.ts';
import { openProject } from '../../db/open.ts';

const [project, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 20);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');

if (!existsSync(CHROMIUM)) {
  process.stdout.write(`${JSON.stringify({ skipped: `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)` })}\n`);
  process.exit(0);
}

/** An article in the middle of the project with quotes, the first of them not accepted yet. */
function pickArticle(): number {
  const db = openProject(project!, { readonly: true });
  try {
    const middle = Math.floor((db.prepare('SELECT count(*) FROM articles').pluck().get() as number) / 2);
    return db
      .prepare(
        `SELECT article_id FROM quotes WHERE article_id >= ? AND kind = 'direct'
         GROUP BY article_id HAVING sum(status = 'suggested') = count(*) ORDER BY article_id LIMIT 1`,
      )
      .pluck()
      .get(middle) as number;
  } finally {
    db.close();
  }
}

const articleId = pickArticle();
const server = await startServer({ dbPath: project!, port: 0, staticDir: join(ROOT, 'dist/renderer') });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const calls: string[] = [];
  let pending = 0;
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/call')) return;
    pending++;
    const body = request.postDataJSON() as { method?: string } | null;
    if (body?.method) calls.push(body.method);
  });
  const finished = (request: Request) => {
    if (request.url().endsWith('/api/call')) pending--;
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  /** Waits until no call has been in flight or begun for 300 ms. */
  const quiet = async () => {
    for (let seen = -1; pending > 0 || seen !== calls.length;) {
      seen = calls.length;
      await new Promise((done) => setTimeout(done, 300));
    }
  };
  const opening = performance.now();
  await page.goto(`${server.url}#/reader/${articleId}`);
  await page.getByRole('region', { name: 'Article text' }).waitFor({ timeout: 600_000 });
  await page.getByRole('tab', { name: /Quotes/ }).click();
  const first = page.getByRole('button', { name: /^Accept/ }).first();
  await first.waitFor({ timeout: 600_000 });
  await page.locator('.reader-list [aria-current="page"]').waitFor({ timeout: 600_000 });
  await quiet();
  const openMs = performance.now() - opening;
  // The first quote's ✓, marked so the page can find it again; React leaves the mark alone.
  await first.evaluate((button: unknown) => (button as Element).setAttribute('data-bench', 'accept'));

  const times: number[] = [];
  calls.length = 0;
  for (let i = 0; i < runs; i++) {
    // Timed in the page, from the click to the frame that shows the new state, so the figure is
    // what a person waits for, not Playwright's own checks around a click.
    const elapsed = await page.evaluate(async () => {
      const button = (
        globalThis as unknown as { document: { querySelector(s: string): Element | null } }
      ).document.querySelector('[data-bench="accept"]')!;
      const frame = () =>
        new Promise((done) =>
          (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame(
            () => done(null),
          ),
        );
      const before = button.getAttribute('aria-pressed');
      const started = performance.now();
      button.click();
      while (button.getAttribute('aria-pressed') === before) await frame();
      return performance.now() - started;
    });
    times.push(elapsed);
    // Let whatever else the correction sets off finish before the next click.
    await quiet();
  }
  const perCorrection = calls.length / runs;
  process.stdout.write(
    `${JSON.stringify({
      times,
      openMs,
      note: `${perCorrection.toFixed(1)} engine calls per correction (${[...new Set(calls)].sort().join(', ')}); reader opened in ${(openMs / 1000).toFixed(1)} s`,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    })}\n`,
  );
} finally {
  await browser.close();
  await server.close();
}
