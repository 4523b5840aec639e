import { allArticleIds } from '../../../db/articles.ts';
import type { CompareResult, Concept } from '../../contract.ts';
import { plural, printJson, type Output } from '../output.ts';
import { withEngine } from './engine.ts';
import type { Engine } from '../../engine/engine.ts';

export interface CompareCommandOptions {
  db?: string;
  json?: boolean;
  story?: string;
  query?: string;
  articles?: string;
  by?: string;
  link?: string[];
  discount?: boolean;
  reported?: boolean;
  voice?: 'own' | 'quoted' | 'both';
}

/**
 * `framescope compare`: per outlet, for a story, a search or chosen articles: frames, who is
 * quoted, salient entities, distinctive words, linkage of named concepts and reprinted wire copy.
 */
export async function compareCommand(options: CompareCommandOptions, output: Output): Promise<number> {
  if ((options.by ?? 'outlet') !== 'outlet') {
    output.err('Only --by outlet is supported.\n');
    return 2;
  }
  const chosen = [options.story, options.query, options.articles].filter((x) => x !== undefined);
  if (chosen.length > 1) {
    output.err('Choose one of --story, --query and --articles.\n');
    return 2;
  }
  const ids = options.articles?.split(',').map((part) => Number(part.trim()));
  if (
    ids?.some((id) => !Number.isInteger(id) || id <= 0) ||
    (options.story && !/^\d+$/.test(options.story))
  ) {
    output.err('Story and article numbers are whole numbers, e.g. --story 3 or --articles 12,14,20.\n');
    return 2;
  }
  let linkage: Concept[] | undefined;
  if (options.link) {
    linkage = options.link.map(parseConcept);
    if (linkage.some((concept) => concept.terms.length === 0) || linkage.length < 2) {
      output.err(
        'Name two concepts or more, each as --link "name=term,term*,…", e.g. --link "aid=aid,help".\n',
      );
      return 2;
    }
  }
  return withEngine(options.db, 'read', output, async (engine) => {
    const selection = options.story
      ? { storyId: Number(options.story) }
      : options.query
        ? { query: options.query }
        : ids
          ? { articleIds: ids }
          : undefined;
    const progress = compareProgress(engine, output);
    let result: CompareResult;
    try {
      result = await engine.invoke('compare.outlets', {
        // Without a selection, the whole project is compared.
        ...(selection ?? { articleIds: allArticleIds(engine.db) }),
        ...(options.discount === false ? { discountReprints: false } : {}),
        ...(options.reported ? { includeReported: true } : {}),
        ...(options.voice && options.voice !== 'both' ? { voice: options.voice } : {}),
        ...(linkage ? { linkage } : {}),
      });
    } finally {
      progress.done();
    }
    if (options.json) printJson(output, result);
    else output.out(summary(result));
    return 0;
  });
}

function parseConcept(text: string): Concept {
  const [name = '', terms = ''] = text.split(/=(.*)/s);
  return {
    name: name.trim(),
    terms: terms
      .split(',')
      .map((term) => term.trim())
      .filter(Boolean),
  };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const VOICES = {
  own: "Frames count in the outlet's own voice only (evidence outside quotations).",
  quoted: "Frames count in the outlet's quoted sources only (evidence inside quotations).",
  both: "Frames count in the outlet's own voice and its quoted sources' (--voice own or quoted to split them).",
};

/** Each frame's test of whether the outlets differ, then who uses it how often, with the count and interval. */
function frameLines(result: CompareResult): string[] {
  const { matrix } = result.frames;
  const lines = ['', VOICES[result.voice]];
  if (matrix.tooFew.length > 0)
    lines.push(
      `Too few articles to compare (fewer than ${matrix.minArticles}): ${matrix.tooFew.join(', ')}.`,
    );
  matrix.frames.forEach((_, f) => {
    const test = matrix.tests[f]!;
    lines.push(`${test.sentence}`);
    const cells = matrix.outlets
      .map((outlet, o) => {
        const n = matrix.counted[o]!;
        if (n === 0) return null;
        const k = matrix.asserted[o]![f]!;
        const [low, high] = matrix.interval[o]![f]!;
        const denied = matrix.denied[o]![f]!;
        return `${outlet} ${k}/${n} (${percent(k / n)}, 95% CI ${percent(low)}–${percent(high)})${denied > 0 ? `, ${denied} denied` : ''}`;
      })
      .filter((cell) => cell !== null);
    lines.push(`  ${cells.join('; ')}`);
  });
  const primary = result.frames.primary;
  if (primary.frames.length > 0) {
    lines.push('', 'Primary frame per outlet:');
    primary.outlets.forEach((outlet, o) => {
      const parts = primary.frames
        .map((frame, f) => ({ name: frame.name, count: primary.counts[o]![f]! }))
        .filter((part) => part.count > 0)
        .map((part) => `${part.name} ${part.count}`);
      if (primary.none[o]! > 0) parts.push(`none ${primary.none[o]}`);
      if (parts.length > 0) lines.push(`  ${outlet}: ${parts.join(', ')}`);
    });
  }
  return lines;
}

function summary(result: CompareResult): string {
  const lines: string[] = [];
  const dates = result.firstPublished
    ? ` from ${result.firstPublished.slice(0, 10)} to ${(result.lastPublished ?? '').slice(0, 10)}`
    : '';
  lines.push(
    `${plural(result.articles, 'article')} from ${plural(result.outlets.length, 'outlet')}${dates}.`,
  );
  if (result.noOutlet)
    lines.push(
      `${plural(result.noOutlet.articles, 'article')} with no outlet named: left out of the per-outlet figures and tests.`,
    );
  if (result.discountReprints && result.wire.some((pair) => pair.reprint))
    lines.push('Reprints of wire copy are left out of the figures (--no-discount to count them).');
  lines.push(
    result.includeReported
      ? 'Who is quoted counts quotes and reported speech.'
      : 'Who is quoted counts quotes in quote marks (--reported to count reported speech too).',
  );
  lines.push(...frameLines(result));
  for (const outlet of result.outlets) {
    const name = outlet.outlet;
    lines.push(
      '',
      `${name}: ${plural(outlet.articles, 'article')}${outlet.reprints.length > 0 ? ` (${plural(outlet.reprints.length, 'reprint')})` : ''}`,
    );
    const frames = (result.frames.perOutlet[name] ?? []).slice(0, 4);
    if (frames.length > 0)
      lines.push(
        `  frames: ${frames.map((f) => `${f.name} ${percent(f.articleShare)} of articles, ${percent(f.hitShare)} of evidence`).join('; ')}`,
      );
    const speakers = result.speakers.perOutlet[name];
    if (speakers && speakers.speakers.length > 0)
      lines.push(
        `  quoted: ${speakers.speakers
          .slice(0, 5)
          .map((s) => `${s.speaker} (${s.kind}, ${percent(s.wordShare)})`)
          .join('; ')}`,
        `  first sources: ${speakers.firstSources
          .map((s) => s.speaker)
          .slice(0, 5)
          .join('; ')}`,
      );
    const verbs = result.verbs.perOutlet[name];
    if (verbs && verbs.quotes > 0)
      lines.push(
        `  introduces its sources with: ${verbs.verbs
          .slice(0, 6)
          .map((v) => `${v.verb} ${v.count}`)
          .join(', ')} (${percent(verbs.loadedShare)} verbs that judge)`,
      );
    const words = (result.distinctive[name] ?? []).slice(0, 8);
    const basis = result.distinctiveBasis[name];
    if (words.length > 0)
      lines.push(
        `  distinctive: ${words.map((w) => `${w.written} (z ${w.z.toFixed(1)})`).join(', ')}${basis?.tooFew ? ` (only ${basis.words} words: too few for the z-scores to mean much)` : ''}`,
      );
    for (const reprint of outlet.reprints)
      lines.push(
        reprint.agency
          ? `  article ${reprint.articleId} reprints ${reprint.agency} copy, as article ${reprint.sourceId} does (${percent(reprint.share)} shared)`
          : `  article ${reprint.articleId} reprints ${reprint.sourceOutlet} article ${reprint.sourceId} (${percent(reprint.share)} shared)`,
      );
  }
  for (const link of result.linkage) {
    lines.push('', `${link.a} with ${link.b}, in one sentence:`);
    for (const [outlet, tally] of Object.entries(link.perOutlet))
      lines.push(
        `  ${outlet}: ${plural(tally.sentencesBoth, 'sentence')} (${percent(tally.sentenceShare)} of those naming either), ${plural(tally.paragraphsBoth, 'paragraph')}, ${tally.articlesBoth} of ${plural(tally.articles, 'article')}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** After this long, a comparison says on stderr what it is doing; a quick one prints nothing there. */
const QUIET_MS = 1000;

/**
 * A long comparison's stages on stderr (stdout keeps only the answer, JSON or text): redrawn in
 * place on a terminal, else a line per stage.
 */
function compareProgress(engine: Engine, output: Output): { done: () => void } {
  const started = Date.now();
  let last = '';
  let drawn = false;
  const stop = engine.subscribe((event) => {
    if (event.type !== 'progress' || event.task !== 'compare' || !event.label) return;
    if (Date.now() - started < QUIET_MS) return;
    if (output.errIsTty) {
      const line = event.total > 0 ? `${event.label} ${event.done} of ${event.total} articles` : event.label;
      output.err(`\r${line.padEnd(60)}`);
      drawn = true;
    } else if (event.label !== last) output.err(`${event.label}\n`);
    last = event.label;
  });
  return {
    done: () => {
      stop();
      if (drawn) output.err(`\r${' '.repeat(60)}\r`);
    },
  };
}
