// The Frames section of `npm run eval`: paragraph-level micro-F1 per frame and pooled (tune and check),
// article-level F1, primary and denied on the seed, items to review, and the threshold sweep the
// shipped thresholds were calibrated from (tune documents only).
import { POLICY_FRAMES, RUSSIA_ITALY_AID, THRESHOLDS } from '../nlp/frames/index.ts';
import type { Codebook, DecisionThresholds } from '../nlp/frames/index.ts';
import { analyzeText } from '../nlp/index.ts';
import type { Analysis } from '../nlp/index.ts';
import { readJsonl, type EvalDoc } from './eval-data.ts';
import {
  decide,
  f1,
  pooled,
  precision,
  recall,
  reviewItems,
  scoreArticle,
  scoreParagraphs,
  type Counts,
  type FrameCounts,
  type GoldArticle,
  type GoldParagraph,
} from './eval-frames.ts';

type Line = GoldParagraph | GoldArticle;

export function reportFrames(docs: readonly EvalDoc[], verbose: boolean): void {
  const framed = docs.filter((d) => d.frames);
  const files = new Set(framed.map((d) => d.frames_file ?? 'frames-dev.jsonl'));
  const lines = [...files].flatMap((file) => readJsonl<Line>(file));
  const paragraphs = lines.filter((l): l is GoldParagraph => 'para' in l);
  const articles = lines.filter((l): l is GoldArticle => (l as GoldArticle).unit === 'article');
  const analyses = new Map<string, Analysis>(framed.map((d) => [d.doc, analyzeText(d.text)]));

  const paragraphCounts = (half: EvalDoc['split'], book: Codebook, t?: DecisionThresholds) => {
    const counts: FrameCounts = new Map();
    for (const d of framed.filter((x) => x.split === half)) {
      const field = book === POLICY_FRAMES ? 'frames' : 'issue_frames';
      scoreParagraphs(decide(d.doc, d.text, analyses.get(d.doc)!, book, t), paragraphs, field, counts);
    }
    return counts;
  };

  const cell = (c: Counts) =>
    `${f1(c).toFixed(1)} (P ${precision(c).toFixed(1)}, R ${recall(c).toFixed(1)})`.padEnd(26);
  const halves = ['tune', 'check'] as const;
  const names = (half: EvalDoc['split']) =>
    framed
      .filter((d) => d.split === half)
      .map((d) => d.doc)
      .join(', ');
  console.log('\nFrames');
  console.log(`  paragraph gold: tune ${names('tune')}; check ${names('check')}`);
  console.log('  gold "disputed" frames are left out of both gold and output for their paragraph.');
  for (const book of [POLICY_FRAMES, RUSSIA_ITALY_AID]) {
    const byHalf = halves.map((half) => paragraphCounts(half, book));
    const frames = book.frames.map((f) => f.name).filter((n) => byHalf.some((c) => c.has(n)));
    if (frames.length === 0) continue;
    console.log(
      `\n  Paragraph micro-F1, ${book.id}${''.padEnd(Math.max(0, 34 - book.id.length))}tune${''.padEnd(22)}check`,
    );
    const pooledRow = halves.map((_, i) => cell(pooled(byHalf[i]!))).join('');
    console.log(`    ${'pooled'.padEnd(50)}${pooledRow}`);
    for (const name of frames) {
      const row = byHalf.map((c) => {
        const x = c.get(name) ?? { tp: 0, fp: 0, fn: 0 };
        return `${cell(x).trimEnd()} ${x.tp}/${x.tp + x.fp}/${x.tp + x.fn}`.padEnd(34);
      });
      console.log(`    ${name.slice(0, 48).padEnd(50)}${row.join('').trimEnd()}`);
    }
  }
  console.log('    (per frame: F1 (precision, recall) right/output/gold)');

  console.log('\n  Article level (seed, tune)');
  for (const gold of articles) {
    const doc = framed.find((d) => d.doc === gold.doc);
    const book = [POLICY_FRAMES, RUSSIA_ITALY_AID].find((b) => b.id === gold.codebook);
    if (!doc || !book) continue;
    const decided = decide(doc.doc, doc.text, analyses.get(doc.doc)!, book);
    const score = scoreArticle(decided, gold);
    const c = pooled(score.counts);
    const present = decided.decisions.filter((d) => d.present);
    console.log(
      `    ${gold.codebook.padEnd(18)} F1 ${f1(c).toFixed(1)} (P ${precision(c).toFixed(1)}, R ${recall(c).toFixed(1)}),` +
        ` primary ${score.primaryRight ? 'right' : 'wrong'}, denied ${score.deniedRight ? 'right' : 'wrong'},` +
        ` ${reviewItems([decided])} sentences to review`,
    );
    console.log(
      `      present: ${present.map((d) => `${d.name}${d.primary ? ' (primary)' : ''}${d.denied ? ' (denied)' : ''} ${d.salience}`).join('; ')}`,
    );
  }
  const seed = framed.find((d) => d.doc === 'russia-italy-aid');
  if (seed) {
    const items = reviewItems(
      [POLICY_FRAMES, RUSSIA_ITALY_AID].map((book) =>
        decide(seed.doc, seed.text, analyses.get(seed.doc)!, book),
      ),
    );
    const pairs = [POLICY_FRAMES, RUSSIA_ITALY_AID].reduce(
      (n, book) =>
        n +
        decide(seed.doc, seed.text, analyses.get(seed.doc)!, book).decisions.reduce(
          (m, d) => m + d.evidence.length,
          0,
        ),
      0,
    );
    const words = (seed.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    console.log(
      `    seed (${words} words), both codebooks: ${items} frame items to review, one per evidence sentence (target < 25); ${pairs} frame-sentence pairs`,
    );
  }

  console.log(`\n  Thresholds: ${JSON.stringify(THRESHOLDS)}. Calibration (policy frames, tune):`);
  for (const sentence of [1, 1.5, 2]) {
    const c = pooled(paragraphCounts('tune', POLICY_FRAMES, { ...THRESHOLDS, sentence }));
    console.log(`    sentence ≥ ${sentence}: paragraph ${cell(c).trimEnd()}`);
  }
  for (const nearby of [0, 1, 2, 3]) {
    const c = pooled(paragraphCounts('tune', POLICY_FRAMES, { ...THRESHOLDS, nearby }));
    console.log(`    weak sentences within ${nearby} of evidence: paragraph ${cell(c).trimEnd()}`);
  }
  if (seed)
    for (const present of [1, 1.5, 2, 3, 4]) {
      const t = { ...THRESHOLDS, present };
      const row = articles
        .filter((g) => g.doc === seed.doc)
        .map((gold) => {
          const book = gold.codebook === POLICY_FRAMES.id ? POLICY_FRAMES : RUSSIA_ITALY_AID;
          const c = pooled(
            scoreArticle(decide(seed.doc, seed.text, analyses.get(seed.doc)!, book, t), gold).counts,
          );
          return `${gold.codebook} F1 ${f1(c).toFixed(1)}`;
        });
      console.log(`    article ≥ ${present}: ${row.join(', ')}`);
    }
  if (seed)
    for (const top of [0, 1, 2, 3]) {
      const t = { ...THRESHOLDS, top };
      const row = articles
        .filter((g) => g.doc === seed.doc)
        .map((gold) => {
          const book = gold.codebook === POLICY_FRAMES.id ? POLICY_FRAMES : RUSSIA_ITALY_AID;
          const right = scoreArticle(
            decide(seed.doc, seed.text, analyses.get(seed.doc)!, book, t),
            gold,
          ).primaryRight;
          return `${gold.codebook} ${right ? 'right' : 'wrong'}`;
        });
      console.log(
        `    primary, headline and lead counted ${top}× beside the whole article: ${row.join(', ')}`,
      );
    }
  if (verbose) printMisses(framed, analyses, paragraphs);
}

function printMisses(
  framed: readonly EvalDoc[],
  analyses: Map<string, Analysis>,
  paragraphs: readonly GoldParagraph[],
): void {
  console.log('\n  Paragraph misses (tune)');
  for (const d of framed.filter((x) => x.split === 'tune'))
    printParagraphMisses(d, analyses.get(d.doc)!, paragraphs, [POLICY_FRAMES, RUSSIA_ITALY_AID]);
}

/** Lists each gold paragraph of `d` whose frames differ from the output: + output only (with its cues), - gold only. */
export function printParagraphMisses(
  d: { doc: string; text: string },
  analysis: Analysis,
  paragraphs: readonly GoldParagraph[],
  books: readonly Codebook[],
): void {
  const starts = [0, ...[...d.text.matchAll(/\n[^\S\n]*\n\s*/g)].map((m) => m.index + m[0].length)];
  for (const book of books) {
    const decided = decide(d.doc, d.text, analysis, book);
    const field = book === POLICY_FRAMES ? 'frames' : 'issue_frames';
    for (const line of paragraphs.filter((l) => l.doc === d.doc && l[field])) {
      const from = starts[line.para] ?? 0;
      const to = starts[line.para + 1] ?? d.text.length;
      const out = decided.decisions.filter((x) => x.evidence.some((e) => e.start >= from && e.start < to));
      const gold = new Set((line[field] ?? []).filter((f) => !(line.disputed ?? []).includes(f)));
      const outNames = new Set(out.map((x) => x.name).filter((f) => !(line.disputed ?? []).includes(f)));
      const fp = [...outNames].filter((f) => !gold.has(f));
      const fn = [...gold].filter((f) => !outNames.has(f));
      if (!fp.length && !fn.length) continue;
      console.log(
        `   ${d.doc} [${line.para}] ${d.text.slice(from, Math.min(to, from + 110)).replace(/\s+/g, ' ')}`,
      );
      for (const f of fp) {
        const cues = out
          .find((x) => x.name === f)!
          .evidence.filter((e) => e.start >= from && e.start < to)
          .flatMap((e) => e.cues.map((c) => c.cue));
        console.log(`      + ${f}: ${cues.join(', ')}`);
      }
      for (const f of fn) console.log(`      - ${f}`);
    }
  }
}
