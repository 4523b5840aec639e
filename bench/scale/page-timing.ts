// What bench/scale/correction-browser.ts runs inside the page: a record of every engine call the
// window makes (when it was sent, when its answer was read), and one correction timed from the
// click to the frame that shows it. Both are serialised into the page by Playwright, so they use
// nothing from this module's scope. (The bench is type-checked without the DOM's types.)

/** One engine call of the window, in the page's clock (ms). */
export interface PageCall {
  method: string;
  sent: number;
  /** When the answer's JSON was read (the window can act on it), if it was. */
  answered?: number;
}

/** One correction as the page saw it, times relative to the click (ms). */
export interface PageCorrection {
  /** Why it could not be timed; the other fields are then partial. */
  error?: string;
  /** The button's new state in the DOM (React's commit). */
  committed?: number;
  /** The first animation frame after that commit: what a person sees. */
  painted?: number;
  calls: PageCall[];
}

interface BenchElement {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  click(): void;
  isConnected: boolean;
}

interface PageGlobals {
  __benchCalls: PageCall[];
  fetch(input: unknown, init?: { body?: unknown }): Promise<{ json(): Promise<unknown> }>;
  document: { querySelector(selector: string): BenchElement | null };
  requestAnimationFrame(callback: () => void): void;
  MutationObserver: new (callback: () => void) => {
    observe(target: BenchElement, options: { attributes: boolean; attributeFilter: string[] }): void;
    disconnect(): void;
  };
  localStorage: { setItem(key: string, value: string): void };
}

/**
 * Added before the app's own script: records the window's engine calls, and answers the "Who is
 * coding?" question a person answers once per machine, so every timed click is a correction.
 */
export function instrumentPage(coder: string): void {
  const page = globalThis as unknown as PageGlobals;
  try {
    page.localStorage.setItem('framescope.coder', coder);
  } catch {
    // about:blank has no storage; the app's own page does.
  }
  page.__benchCalls = [];
  const original = page.fetch.bind(page);
  page.fetch = async (input, init) => {
    if (typeof input !== 'string' || !input.endsWith('api/call') || typeof init?.body !== 'string')
      return original(input, init);
    const entry: PageCall = {
      method: (JSON.parse(init.body) as { method: string }).method,
      sent: performance.now(),
    };
    page.__benchCalls.push(entry);
    const response = await original(input, init);
    const json = response.json.bind(response);
    response.json = async () => {
      const body = await json();
      entry.answered = performance.now();
      return body;
    };
    return response;
  };
}

/** Clicks the marked ✓ and waits (at most `timeoutMs`) for the frame that shows its new state. */
export async function correctInPage(timeoutMs: number): Promise<PageCorrection> {
  const page = globalThis as unknown as PageGlobals;
  const frame = () => new Promise<void>((done) => page.requestAnimationFrame(() => done()));
  const button = page.document.querySelector('[data-bench="accept"]');
  if (!button) return { error: 'the marked ✓ button is no longer in the page', calls: [] };
  const first = page.__benchCalls.length;
  const before = button.getAttribute('aria-pressed');
  let committed: number | undefined;
  const observer = new page.MutationObserver(() => {
    if (committed === undefined && button.getAttribute('aria-pressed') !== before)
      committed = performance.now();
  });
  observer.observe(button, { attributes: true, attributeFilter: ['aria-pressed'] });
  const started = performance.now();
  const since = (time: number | undefined) => (time === undefined ? undefined : time - started);
  const result = (error?: string): PageCorrection => ({
    ...(error ? { error } : {}),
    calls: page.__benchCalls.slice(first).map((call) => ({
      method: call.method,
      sent: call.sent - started,
      ...(call.answered === undefined ? {} : { answered: call.answered - started }),
    })),
  });
  button.click();
  try {
    while (committed === undefined) {
      await frame();
      if (page.document.querySelector('[role="dialog"][aria-modal="true"]'))
        return result('a dialog opened instead (the "Who is coding?" question?)');
      if (!button.isConnected) return result('the ✓ button was replaced while the correction was shown');
      if (performance.now() - started > timeoutMs)
        return result(`the ✓ button did not change state within ${timeoutMs / 1000} s of the click`);
    }
    // The frame after the commit is the one that paints it (or, if the commit came within a
    // frame's callbacks, the frame that was then being drawn).
    await frame();
    return { ...result(), committed: since(committed), painted: since(performance.now()) };
  } finally {
    observer.disconnect();
  }
}

/** Marks the first ✓ that `selector` finds, so correctInPage finds it again; React leaves the mark alone. */
export function markButton(element: unknown): void {
  (element as BenchElement).setAttribute('data-bench', 'accept');
}
