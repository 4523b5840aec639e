// Takes the corrections timed by bench/scale/correction-browser.ts apart: from the click to the
// write's request, the write in the engine, its way back, the refresh that brings the article
// again, React drawing it and the frame that shows it.
import type { PageCorrection } from './page-timing.ts';

/** One engine call as the bridge's process timed it (the engine's own time, ms). */
export interface EngineCall {
  method: string;
  ms: number;
}

export interface CorrectionParts {
  summary: string;
  /** Each part's median over the corrections, ms, in the order they happen. */
  medians: Record<string, number>;
  /** The median time each method took in the engine during the corrections, ms. */
  engineMs: Record<string, number>;
  /** The calls one correction sets off until the window settles, in the order the engine got them. */
  calls: string[];
  /**
   * The refresh's calls the window sent before the article's (the engine answers one at a time, so
   * they hold it up), in one correction.
   */
  beforeArticle: string[];
}

const WRITE = 'quotes.update';
const ARTICLE = 'articles.get';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Each part of one correction, ms; the parts not indented add up to the whole. */
function partsOf(correction: PageCorrection, engine: EngineCall[]): Record<string, number> {
  const write = correction.calls.find((call) => call.method === WRITE);
  const engineWrite = engine.find((call) => call.method === WRITE);
  if (!write?.answered || !engineWrite)
    throw new Error(`a correction made no ${WRITE} call that was answered`);
  // The article read that brought the new state: the last one answered before the button changed.
  const read = correction.calls
    .filter((call) => call.method === ARTICLE && call.answered !== undefined && call.sent >= write.answered!)
    .filter((call) => call.answered! <= correction.committed!)
    .at(-1);
  const readEngine = engine.filter((call) => call.method === ARTICLE).at(-1);
  const parts: Record<string, number> = {
    'click → write sent (coder id; the first also asks coders.ensure)': write.sent,
    'the write in the engine (quotes.update)': engineWrite.ms,
    'the write over HTTP and JSON (round trip less the engine)': write.answered - write.sent - engineWrite.ms,
  };
  if (read) {
    parts['answer → the article asked again (the refresh begins)'] = read.sent - write.answered;
    parts['the article read over HTTP (articles.get, round trip)'] = read.answered! - read.sent;
    if (readEngine) parts['  of which articles.get in the engine'] = readEngine.ms;
    parts['article read → button changed (React)'] = correction.committed! - read.answered!;
  } else parts['answer → button changed (no article read)'] = correction.committed! - write.answered;
  parts['button changed → the frame that shows it'] = correction.painted! - correction.committed!;
  return parts;
}

export function breakdown(corrections: PageCorrection[], engine: EngineCall[][]): CorrectionParts {
  const each = corrections.map((correction, i) => partsOf(correction, engine[i] ?? []));
  const names = [...new Set(each.flatMap((parts) => Object.keys(parts)))];
  const medians = Object.fromEntries(
    names.map((name) => [name, median(each.flatMap((parts) => (name in parts ? [parts[name]!] : [])))]),
  );
  const methods = [...new Set(engine.flat().map((call) => call.method))].sort();
  const engineMs = Object.fromEntries(
    methods.map((method) => [
      method,
      median(
        engine
          .flat()
          .filter((call) => call.method === method)
          .map((call) => call.ms),
      ),
    ]),
  );
  // Every call a correction set off until the window settled, as the engine received them; the
  // second correction's, since the first also makes sure its coder is in the project.
  const calls = (engine[1] ?? engine[0] ?? []).map((call) => call.method);
  const perCorrection = engine.reduce((sum, calls) => sum + calls.length, 0);
  const second = corrections[1] ?? corrections[0];
  const read = second?.calls.find((call) => call.method === ARTICLE);
  const beforeArticle = (second?.calls ?? [])
    .filter((call) => read && call !== read && call.method !== WRITE && call.sent <= read.sent)
    .map((call) => call.method);
  return {
    beforeArticle,
    summary: `${(perCorrection / Math.max(1, engine.length)).toFixed(1)} engine calls per correction (${calls.join(', ')})`,
    medians,
    engineMs,
    calls,
  };
}
