// Paragraph-level policy-frame accuracy on a development set of your own, kept outside the repository:
// GOLD is JSON Lines in the format of shared/eval/frames-dev.jsonl (`doc`, `para`, `frames`, optionally
// `disputed`), and each document's text is DOC.txt beside it (paragraphs are its blank-line blocks, from
// 0). Scored as `npm run eval` scores the shared paragraph gold: micro-F1 pooled over paragraphs, per frame
// with right/output/gold. --verbose lists each paragraph whose frames differ (+ output only, - gold only).
// Run: node bench/eval-frames-para.ts GOLD.jsonl [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { POLICY_FRAMES } from '../nlp/frames/index.ts';
import { analyzeText } from '../nlp/index.ts';
import { printParagraphMisses } from './eval-frames-report.ts';
import { decide, f1, pooled, precision, readParagraphGold, recall, scoreParagraphs } from './eval-frames.ts';
import type { FrameCounts } from './eval-frames.ts';

const [goldFile] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
if (!goldFile || !existsSync(goldFile)) {
  console.error('Usage: node bench/eval-frames-para.ts GOLD.jsonl [--verbose]');
  process.exit(2);
}

const gold = readParagraphGold(goldFile);

const counts: FrameCounts = new Map();
const docs = [...new Set(gold.map((g) => g.doc))];
for (const doc of docs) {
  const file = join(dirname(goldFile), `${doc}.txt`);
  if (!existsSync(file)) throw new Error(`${goldFile}: the text of ${doc} is not at ${file}.`);
  const text = readFileSync(file, 'utf8');
  const analysis = analyzeText(text);
  scoreParagraphs(decide(doc, text, analysis, POLICY_FRAMES), gold, 'frames', counts);
  if (verbose) printParagraphMisses({ doc, text }, analysis, gold, [POLICY_FRAMES]);
}
const c = pooled(counts);
console.log(
  `${docs.length} documents, ${gold.length} paragraphs: policy frames paragraph micro-F1 ${f1(c).toFixed(1)} (P ${precision(c).toFixed(1)}, R ${recall(c).toFixed(1)})`,
);
for (const frame of POLICY_FRAMES.frames.map((f) => f.name)) {
  const x = counts.get(frame);
  if (x)
    console.log(
      `  ${frame.padEnd(48)} F1 ${f1(x).toFixed(1).padStart(5)} (P ${precision(x).toFixed(1)}, R ${recall(x).toFixed(1)})  ${x.tp}/${x.tp + x.fp}/${x.tp + x.fn}`,
    );
}
