// Frame scoring against shared/eval/frames-dev.jsonl (see shared/eval/FRAMES.md).
// - Paragraph level: a paragraph's predicted frames are those with an evidence sentence starting in it
//   (asserted or denied: the gold marks a denied frame as used). Gold `disputed` frames (the two
//   annotators disagreed) are taken out of both the gold and the prediction for that paragraph, so they
//   count neither for nor against.
// - Article level: `present` (denied frames included, as the gold lists them), `primary`, `denied`.
import { existsSync, readFileSync } from 'node:fs';
import type { Codebook, DecisionThresholds, FrameDecision } from '../nlp/frames/index.ts';
import { decideFrames } from '../nlp/frames/index.ts';
import type { Analysis } from '../nlp/index.ts';

export type GoldParagraph = {
  doc: string;
  para: number;
  frames: string[];
  issue_frames?: string[];
  disputed?: string[];
  denied?: string[];
};
/** A paragraph gold file (JSON Lines, one paragraph each); a line that is not JSON is named. */
export function readParagraphGold(goldFile: string): GoldParagraph[] {
  if (!existsSync(goldFile)) throw new Error(`${goldFile}: no such file.`);
  return readFileSync(goldFile, 'utf8')
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim())
    .map(([line, i]) => {
      try {
        return JSON.parse(line) as GoldParagraph;
      } catch {
        throw new Error(`${goldFile} line ${i + 1} is not JSON.`);
      }
    });
}

export type GoldArticle = {
  doc: string;
  unit: 'article';
  codebook: string;
  present: string[];
  primary: string;
  disputed?: string[];
  denied?: string[];
};

export type Counts = { tp: number; fp: number; fn: number };
export type FrameCounts = Map<string, Counts>;

export const f1 = ({ tp, fp, fn }: Counts) => (tp ? (200 * tp) / (2 * tp + fp + fn) : 0);
export const precision = ({ tp, fp }: Counts) => (tp + fp ? (100 * tp) / (tp + fp) : 0);
export const recall = ({ tp, fn }: Counts) => (tp + fn ? (100 * tp) / (tp + fn) : 0);

export function pooled(counts: FrameCounts): Counts {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}

function add(counts: FrameCounts, frame: string, key: keyof Counts): void {
  const c = counts.get(frame) ?? { tp: 0, fp: 0, fn: 0 };
  c[key]++;
  counts.set(frame, c);
}

/** Compares two sets of frame names into `counts`, with disputed names left out of both. */
function compare(counts: FrameCounts, gold: Iterable<string>, output: Iterable<string>, disputed: string[]) {
  const skip = new Set(disputed);
  const g = new Set([...gold].filter((f) => !skip.has(f)));
  const o = new Set([...output].filter((f) => !skip.has(f)));
  for (const f of o) add(counts, f, g.has(f) ? 'tp' : 'fp');
  for (const f of g) if (!o.has(f)) add(counts, f, 'fn');
}

/** Paragraph index (blank-line blocks from 0) of each offset's paragraph start. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n[^\S\n]*\n\s*/g)) starts.push(m.index + m[0].length);
  return starts;
}

function paragraphOf(starts: number[], offset: number): number {
  let p = 0;
  while (p + 1 < starts.length && (starts[p + 1] ?? Infinity) <= offset) p++;
  return p;
}

export type Decided = { doc: string; text: string; codebook: Codebook; decisions: FrameDecision[] };

export function decide(
  doc: string,
  text: string,
  analysis: Analysis,
  codebook: Codebook,
  thresholds?: DecisionThresholds,
): Decided {
  const decisions = decideFrames(text, codebook, {
    sentences: analysis.sentences,
    quotes: analysis.quotes,
    thresholds,
  });
  return { doc, text, codebook, decisions };
}

/** Paragraph-level counts of one document and codebook against its gold lines. */
export function scoreParagraphs(
  decided: Decided,
  gold: readonly GoldParagraph[],
  field: 'frames' | 'issue_frames',
  counts: FrameCounts,
): void {
  const starts = paragraphStarts(decided.text);
  const predicted = new Map<number, Set<string>>();
  for (const d of decided.decisions)
    for (const item of d.evidence) {
      const p = paragraphOf(starts, item.start);
      predicted.set(p, (predicted.get(p) ?? new Set()).add(d.name));
    }
  for (const line of gold) {
    if (line.doc !== decided.doc) continue;
    const frames = line[field];
    if (!frames) continue;
    compare(counts, frames, predicted.get(line.para) ?? [], line.disputed ?? []);
  }
}

export type ArticleScore = { counts: FrameCounts; primaryRight: boolean; deniedRight: boolean };

export function scoreArticle(decided: Decided, gold: GoldArticle): ArticleScore {
  const counts: FrameCounts = new Map();
  const present = decided.decisions.filter((d) => d.present).map((d) => d.name);
  compare(counts, gold.present, present, gold.disputed ?? []);
  const primary = decided.decisions.find((d) => d.primary)?.name ?? null;
  const denied = decided.decisions
    .filter((d) => d.denied)
    .map((d) => d.name)
    .sort();
  return {
    counts,
    primaryRight: primary === gold.primary,
    deniedRight: JSON.stringify(denied) === JSON.stringify([...(gold.denied ?? [])].sort()),
  };
}

/**
 * Items a coder reviews: one per evidence sentence, listing the cues of every frame it holds (the
 * Reader's review queue steps sentence by sentence), over all the article's codebooks.
 */
export const reviewItems = (decided: readonly Decided[]) =>
  new Set(decided.flatMap((d) => d.decisions.flatMap((x) => x.evidence.map((e) => e.start)))).size;
