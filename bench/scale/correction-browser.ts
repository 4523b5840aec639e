// Child process of bench/scale.ts (or alone: node bench/scale/correction-browser.ts PROJECT [RUNS]):
// one correction end to end, as a person makes it. The UI is built and served over the bridge on
// the project, Chromium opens an article in the reader, and a quote is accepted and taken back
// `runs` times by its ✓ button; each time is measured in the page from the click until the frame
// that shows the button's new state (the write and the window's refresh). Each correction is also
// taken apart: the request sent, the engine's write, the answer, the refresh's calls, the paint.
// Every step has a time limit that names it, so a changed UI fails with a sentence instead of
// hanging. Prints JSON (see bench/scale.ts, Figure).
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { startServer } from '../../core/server/index.ts';
import { openProject } from '../../db/open.ts';
import { breakdown, type EngineCall } from './correction-parts.ts';
import { correctInPage, instrumentPage, markButton, type PageCorrection } from './page-timing.ts';

const [project, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 20);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');
/** The limit for one correction, far above the 300 ms target: past it something is broken. */
const CORRECTION_LIMIT_MS = 60_000;

if (!project || !existsSync(project)) {
  process.stderr.write(`correction-browser: no project file at ${project ?? '(none given)'}.\n`);
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  process.stdout.write(`${JSON.stringify({ skipped: `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)` })}\n`);
  process.exit(0);
}

/** Runs one step of the bench, or fails with a sentence naming it once `seconds` have passed. */
async function step<T>(name: string, seconds: number, work: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(
      () => fail(new Error(`the step “${name}” did not finish within ${seconds} s`)),
      seconds * 1000,
    );
  });
  try {
    return await Promise.race([work(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** An article in the middle of the project with direct quotes, none of them reviewed yet. */
function pickArticle(): number {
  const db = openProject(project!, { readonly: true });
  try {
    const middle = Math.floor((db.prepare('SELECT max(id) FROM articles').pluck().get() as number) / 2);
    const id = db
      .prepare(
        `SELECT article_id FROM quotes WHERE article_id >= ? AND kind = 'direct'
         GROUP BY article_id HAVING sum(status = 'suggested') = count(*) ORDER BY article_id LIMIT 1`,
      )
      .pluck()
      .get(middle) as number | undefined;
    if (id === undefined)
      throw new Error(`${project}: no article past the middle has unreviewed direct quotes.`);
    return id;
  } finally {
    db.close();
  }
}

/** Waits until the window has had no engine call in flight, and begun none, for 300 ms. */
async function quiet(page: Page): Promise<void> {
  for (;;) {
    const count = () =>
      page.evaluate(() => {
        const calls = (globalThis as unknown as { __benchCalls: { answered?: number }[] }).__benchCalls;
        return { all: calls.length, open: calls.filter((call) => call.answered === undefined).length };
      });
    const before = await count();
    await new Promise((done) => setTimeout(done, 300));
    const after = await count();
    if (before.open === 0 && after.open === 0 && before.all === after.all) return;
  }
}

/** Stops the bench with a sentence (no stack): what failed, in which step. */
function fail(error: unknown): never {
  process.stderr.write(`correction-browser: ${(error as Error).message}\n`);
  process.exit(1);
}

const articleId = (() => {
  try {
    return pickArticle();
  } catch (error) {
    return fail(error);
  }
})();
// The served UI is built from the checkout as it is now, never an older build left in dist/.
await step('building the UI (vite build)', 300, () =>
  build({ configFile: join(ROOT, 'renderer/vite.config.ts'), logLevel: 'error' }),
).catch(fail);
const server = await step(
  'opening the project in the bridge (a schema older than the code is migrated)',
  900,
  () => startServer({ dbPath: project, port: 0, staticDir: join(ROOT, 'dist/renderer') }),
).catch(fail);
// Each engine call's own time, on the bridge's side, for the breakdown.
const engineCalls: EngineCall[] = [];
const engineCall = server.engine.call.bind(server.engine);
server.engine.call = async (method, args) => {
  const started = performance.now();
  try {
    return await engineCall(method, args);
  } finally {
    engineCalls.push({ method, ms: performance.now() - started });
  }
};
const browser = await chromium
  .launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  .catch(fail);
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(120_000);
  await page.addInitScript(instrumentPage, 'Bench coder');
  const opening = performance.now();
  await step(`opening the reader on article ${articleId}`, 300, async () => {
    await page.goto(`${server.url}#/reader/${articleId}`);
    await page.getByRole('region', { name: 'Article text' }).waitFor();
  });
  await step('showing the Quotes tab', 60, () => page.getByRole('tab', { name: /Quotes/ }).click());
  const accept = page.getByRole('button', { name: /^Accept quote by /, pressed: false }).first();
  await step('finding an unreviewed quote’s ✓ (a button named “Accept quote by …”)', 60, () =>
    accept.waitFor(),
  );
  await step('the article list finding the open article', 300, () =>
    page.locator('.reader-list [aria-current="page"]').waitFor(),
  );
  await step('the window finishing its first loads', 300, () => quiet(page));
  const openMs = performance.now() - opening;
  await accept.evaluate(markButton);

  const corrections: PageCorrection[] = [];
  const engineParts: EngineCall[][] = [];
  for (let i = 0; i < runs; i++) {
    const first = engineCalls.length;
    const correction = await step(`correction ${i + 1} of ${runs}`, CORRECTION_LIMIT_MS / 1000 + 30, () =>
      page.evaluate(correctInPage, CORRECTION_LIMIT_MS),
    );
    if (correction.error) {
      mkdirSync(join(ROOT, 'bench-output'), { recursive: true });
      const shot = join(ROOT, 'bench-output', 'correction-browser-failed.png');
      await page.screenshot({ path: shot }).catch(() => undefined);
      throw new Error(`correction ${i + 1} of ${runs}: ${correction.error} (the page: ${shot})`);
    }
    // Let whatever else the correction sets off finish before the next click.
    await step(`the window settling after correction ${i + 1}`, 120, () => quiet(page));
    corrections.push(correction);
    engineParts.push(engineCalls.slice(first));
  }
  const parts = breakdown(corrections, engineParts);
  process.stdout.write(
    `${JSON.stringify({
      times: corrections.map((correction) => correction.painted!),
      openMs,
      parts,
      note: `${parts.summary}; reader opened in ${(openMs / 1000).toFixed(1)} s`,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    })}\n`,
  );
} catch (error) {
  process.stderr.write(`correction-browser: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
