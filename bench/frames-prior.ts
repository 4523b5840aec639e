// Issue 9: would a prior model of the policy frames, learned from our own annotated paragraphs, tell
// frames better than (or usefully beside) the cue rules? Leave-one-set-out over the own paragraph
// sets in /work/devnews (never shared/eval: tune and check stay unseen): for each set, logistic models
// (nlp/learn) are trained on every other set and score the held-out one. Features: the paragraph's
// lower-case words and bigrams (nlp/learn's textFeatures) with capitalised tokens and numbers cut out
// (the model should learn how an issue is treated, not the texts' actors), and the cues of the rules'
// evidence sentences in the paragraph (`cue:FRAME:CUE`, `rule:FRAME`). Compared, per held-out set and
// pooled (micro-F1 over paragraphs and frames, a gold `disputed` frame left out of gold and output, as
// bench/eval-frames.ts scores):
//   rules  the cue rules alone (nlp/frames, as `npm run eval` scores paragraphs)
//   prior  one model per frame over all paragraphs: frame when p >= t
//   and    rule AND prior p >= t (precision);  or  rule OR prior p >= t (recall)
//   andc   rule AND p >= t, p from a per-frame model trained only where the rules claim the frame
//   orc    rule OR p >= t, p from a per-frame model trained only where they do not
//   andp   rule AND p >= t, p from one model over every rule claim (features plain and frame-tagged)
//   andcf, andpf  andc and andp with a t per frame;  mix  prior p >= t+ where the rules claim, >= t- elsewhere
// Every t is chosen inside the training sets only: an inner leave-one-set-out over them gives each
// training paragraph a probability from a model that did not see its set, and t is the grid value
// (0.05 steps) with the best pooled micro-F1 there.
// --shared: the models trained on all sets, scored on shared/eval's paragraph gold (tune, check).
// --curve: the prior alone against how many sets it learns from.
// Knobs for the variants tried (README): NOCUES=1 (words only), SENTCLAIMS=1 (andp reads only the
// claim's evidence sentences), L2=, MINCOUNT=, EPOCHS=, SEED= (trainLogistic's options), ENSEMBLE=N (probabilities averaged over N seeds),
// AUTO_GLOBAL=1 (auto chooses among the modes with one t only).
// Run: node bench/frames-prior.ts [DEVNEWS_DIR] [--sets a,b,c] [--shared | --tune-only] [--curve]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POLICY_FRAMES } from '../nlp/frames/index.ts';
import { analyzeText } from '../nlp/index.ts';
import {
  FeatureSpace,
  probability,
  textFeatures,
  trainLogistic,
  type LogisticModel,
} from '../nlp/learn/index.ts';
import { seededRandom, shuffled } from '../nlp/random.ts';
import { evalDir, loadManifest } from './eval-data.ts';
import { decide, readParagraphGold, type GoldParagraph } from './eval-frames.ts';

const DEFAULT_SETS = [
  'frames-dev5',
  'frames-para2',
  'frames-para3',
  'frames-para4',
  'frames-para5',
  'frames-para6',
  'frames-para7',
  'frames-para8',
];

const args = process.argv.slice(2);
const root =
  args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--sets') ?? '/work/devnews';
const setsArg = args.indexOf('--sets');
const shared = args.includes('--shared');
const SENTENCE_CLAIMS = Boolean(process.env.SENTCLAIMS);
const SETS = setsArg >= 0 ? (args[setsArg + 1] ?? '').split(',') : DEFAULT_SETS;
const FRAMES = POLICY_FRAMES.frames.map((f) => f.name);
const FRAME_ID = new Map(POLICY_FRAMES.frames.map((f) => [f.name, f.id]));
const GRID = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
const TRAIN = {
  minCount: Number(process.env.MINCOUNT ?? 2),
  l2: Number(process.env.L2 ?? 1e-4),
  ...(process.env.EPOCHS ? { epochs: Number(process.env.EPOCHS) } : {}),
  seed: Number(process.env.SEED ?? 1),
};
/** A frame with fewer positive training paragraphs gets no model (the prior never says it). */
const MIN_POSITIVES = 3;

export type Paragraph = {
  set: string;
  doc: string;
  para: number;
  gold: Set<string>;
  disputed: Set<string>;
  rules: Set<string>;
  features: string[];
  /** Per frame the rules claim: the features of its evidence sentences alone, with their cues. */
  claims: Map<string, string[]>;
};

/** Blank-line blocks with their start offsets, as bench/eval-frames.ts numbers paragraphs. */
function paragraphs(text: string): { start: number; end: number }[] {
  const starts = [0];
  for (const m of text.matchAll(/\n[^\S\n]*\n\s*/g)) starts.push(m.index + m[0].length);
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}

const TOKEN = /\p{L}[\p{L}\p{N}'’-]*|\p{N}+(?:[.,]\p{N}+)*%?/gu;

/**
 * The words and bigrams of a paragraph without its capitalised tokens and numbers: the text is cut at
 * each such token, so no bigram spans one, and textFeatures reads each piece.
 */
export function paragraphFeatures(text: string, cues: readonly string[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (/^[\p{Lu}\p{Lt}\p{N}]/u.test(m[0])) {
      pieces.push(text.slice(from, m.index));
      from = m.index + m[0].length;
    }
  }
  pieces.push(text.slice(from));
  const features = new Set<string>(process.env.NOCUES ? [] : cues);
  for (const piece of pieces) for (const f of textFeatures(piece)) features.add(f);
  return [...features];
}

/** The gold paragraphs of one document with the rules' frames and the prior's features. */
function documentParagraphs(
  set: string,
  doc: string,
  text: string,
  gold: readonly GoldParagraph[],
): Paragraph[] {
  const { decisions } = decide(doc, text, analyzeText(text), POLICY_FRAMES);
  const blocks = paragraphs(text);
  const out: Paragraph[] = [];
  for (const line of gold.filter((g) => g.doc === doc && 'para' in g && g.frames)) {
    const block = blocks[line.para];
    if (!block) throw new Error(`${set}: ${doc} has no paragraph ${line.para}.`);
    const rules = new Set<string>();
    const cues: string[] = [];
    const claims = new Map<string, string[]>();
    for (const d of decisions)
      for (const e of d.evidence)
        if (block.start <= e.start && e.start < block.end) {
          rules.add(d.name);
          cues.push(`rule:${d.frame}`);
          for (const c of e.cues) cues.push(`cue:${d.frame}:${c.cue}`);
          const own = e.cues.map((c) => `cue:${c.cue}`);
          if (e.denied) own.push('denied');
          if (e.inQuote) own.push('quote');
          own.push(`place:${e.place}`);
          claims.set(d.name, [
            ...(claims.get(d.name) ?? []),
            ...paragraphFeatures(text.slice(e.start, e.end), own),
          ]);
        }
    out.push({
      set,
      doc,
      para: line.para,
      gold: new Set(line.frames),
      disputed: new Set(line.disputed ?? []),
      rules,
      features: paragraphFeatures(text.slice(block.start, block.end), cues),
      claims: new Map([...claims].map(([f, list]) => [f, [...new Set(list)]])),
    });
  }
  return out;
}

function loadSet(set: string): Paragraph[] {
  const dir = join(root, set);
  const goldFile = join(dir, 'GOLD.jsonl');
  const gold = readParagraphGold(goldFile);
  return [...new Set(gold.map((g) => g.doc))].flatMap((doc) => {
    const file = join(dir, `${doc}.txt`);
    if (!existsSync(file)) throw new Error(`${goldFile}: the text of ${doc} is not at ${file}.`);
    return documentParagraphs(set, doc, readFileSync(file, 'utf8'), gold);
  });
}

type Counts = { tp: number; fp: number; fn: number };
const f1 = ({ tp, fp, fn }: Counts) => (tp ? (200 * tp) / (2 * tp + fp + fn) : 0);
const prec = ({ tp, fp }: Counts) => (tp + fp ? (100 * tp) / (tp + fp) : 0);
const rec = ({ tp, fn }: Counts) => (tp + fn ? (100 * tp) / (tp + fn) : 0);
const cell = (c: Counts) =>
  `${f1(c).toFixed(1).padStart(5)} (${prec(c).toFixed(0).padStart(3)} ${rec(c).toFixed(0).padStart(3)})`;

/** Adds one paragraph's decisions to `c`, its disputed frames left out of gold and output alike. */
function score(c: Counts, p: Paragraph, said: Iterable<string>): void {
  const out = new Set([...said].filter((f) => !p.disputed.has(f)));
  for (const f of out)
    if (p.gold.has(f)) c.tp++;
    else c.fp++;
  for (const f of p.gold) if (!p.disputed.has(f) && !out.has(f)) c.fn++;
}

/** Per frame (or `*` for the pooled claims) the models of ENSEMBLE seeds, whose probabilities are averaged. */
type Prior = Map<string, LogisticModel[]>;
const ENSEMBLE = Number(process.env.ENSEMBLE ?? 1);
const fit = (examples: Parameters<typeof trainLogistic>[0]) =>
  Array.from({ length: ENSEMBLE }, (_, i) =>
    trainLogistic(examples, { ...TRAIN, seed: TRAIN.seed + 100 * i }),
  );
const mean = (models: readonly LogisticModel[], columns: Int32Array) =>
  models.reduce((sum, model) => sum + probability(model, columns), 0) / models.length;

/**
 * One model per frame: over every paragraph (`all`), or only those the rules claim for the frame
 * (`claimed`: is the rule's claim right?) or do not (`unclaimed`: did the rules miss it?).
 */
type Kind = 'all' | 'claimed' | 'unclaimed' | 'pooled';

/** `pooled`: one model over every rule claim, each feature given both plain and tagged with the frame. */
const claimFeatures = (p: Paragraph, frame: string) => {
  const own = SENTENCE_CLAIMS ? (p.claims.get(frame) ?? []) : p.features;
  return [...own, ...own.map((f) => `${FRAME_ID.get(frame)}|${f}`), `frame:${FRAME_ID.get(frame)}`];
};

function train(space: FeatureSpace, training: readonly Paragraph[], kind: Kind = 'all'): Prior {
  const models: Prior = new Map();
  if (kind === 'pooled') {
    const examples = training.flatMap((p) =>
      [...p.rules]
        .filter((f) => !p.disputed.has(f))
        .map((f) => ({ columns: space.vector(claimFeatures(p, f)), label: p.gold.has(f) })),
    );
    models.set('*', fit(examples));
    return models;
  }
  const vectors = training.map((p) => space.vector(p.features));
  for (const frame of FRAMES) {
    const within = (p: Paragraph) => kind === 'all' || p.rules.has(frame) === (kind === 'claimed');
    const examples = training
      .map((p, i) => ({
        columns: vectors[i]!,
        label: p.gold.has(frame),
        keep: !p.disputed.has(frame) && within(p),
      }))
      .filter((e) => e.keep);
    const positives = examples.filter((e) => e.label).length;
    if (positives < MIN_POSITIVES || examples.length - positives < MIN_POSITIVES) continue;
    models.set(frame, fit(examples));
  }
  return models;
}

/** p per frame (0 where no model). */
function predict(space: FeatureSpace, prior: Prior, p: Paragraph): Map<string, number> {
  const out = new Map<string, number>();
  const pooledModel = prior.get('*');
  if (pooledModel) {
    for (const f of p.rules) out.set(f, mean(pooledModel, space.vector(claimFeatures(p, f))));
    return out;
  }
  const columns = space.vector(p.features);
  for (const [frame, models] of prior) out.set(frame, mean(models, columns));
  return out;
}

type Mode = 'rules' | 'prior' | 'and' | 'or' | 'andc' | 'orc' | 'andp' | 'andcf' | 'andpf' | 'mix';
const MODES: Mode[] = ['rules', 'prior', 'and', 'or', 'andc', 'orc', 'andp', 'andcf', 'andpf', 'mix'];
/** Modes whose t is chosen per frame (0: the frame's rule claims are kept as they are). */
const PER_FRAME = new Set<Mode>(['andcf', 'andpf']);
type Thresholds = Map<string, number>;
const KIND: Record<Mode, Kind> = {
  rules: 'all',
  prior: 'all',
  and: 'all',
  or: 'all',
  andc: 'claimed',
  orc: 'unclaimed',
  andp: 'pooled',
  andcf: 'claimed',
  andpf: 'pooled',
  mix: 'all',
};

function said(mode: Mode, p: Paragraph, probs: Map<string, number>, ts: Thresholds): string[] {
  return FRAMES.filter((f) => {
    const t = ts.get(f) ?? 0;
    const rule = p.rules.has(f);
    const model = (probs.get(f) ?? 0) >= t;
    // mix: where the rules claim the frame, p >= t+ keeps it; where they do not, p >= t- adds it.
    if (mode === 'mix') return (probs.get(f) ?? 0) >= (rule ? ts.get('+')! : ts.get('-')!);
    if (mode === 'andpf') return rule && (probs.get(f) ?? 1) >= t;
    if (mode === 'andcf') return rule && (!probs.has(f) || model);
    if (mode === 'andp') return rule && (probs.get(f) ?? 1) >= t;
    if (mode === 'andc') return rule && (!probs.has(f) || model);
    if (mode === 'orc') return rule || (probs.has(f) && model);
    return mode === 'rules'
      ? rule
      : mode === 'prior'
        ? model
        : mode === 'and'
          ? rule && model
          : rule || model;
  });
}

/** Each paragraph's probabilities from a model trained on the other sets of `pool`. */
function outOfSet(pool: readonly Paragraph[], kind: Kind): Map<Paragraph, Map<string, number>> {
  const out = new Map<Paragraph, Map<string, number>>();
  for (const set of new Set(pool.map((p) => p.set))) {
    const space = new FeatureSpace();
    const prior = train(
      space,
      pool.filter((p) => p.set !== set),
      kind,
    );
    for (const p of pool.filter((q) => q.set === set)) out.set(p, predict(space, prior, p));
  }
  return out;
}

/** Above any probability: the prior never adds a frame. */
const NEVER = 1.01;

const same = (t: number): Thresholds => new Map(FRAMES.map((f) => [f, t]));

function pooledF1(mode: Mode, probs: Map<Paragraph, Map<string, number>>, ts: Thresholds): number {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const [p, pr] of probs) score(c, p, said(mode, p, pr, ts));
  return f1(c);
}

/**
 * The t with the best pooled micro-F1 on these out-of-set probabilities; per frame (one pass of
 * coordinate ascent from "no filter", a frame keeping 0 unless a t does strictly better) for PER_FRAME.
 */
function bestThresholds(mode: Mode, probs: Map<Paragraph, Map<string, number>>): Thresholds {
  if (mode === 'mix') {
    let best: Thresholds = new Map();
    let bestF = -1;
    for (const plus of [0, ...GRID])
      for (const minus of [...GRID, NEVER]) {
        const ts = new Map([
          ['+', plus],
          ['-', minus],
        ]);
        const f = pooledF1(mode, probs, ts);
        if (f > bestF) [best, bestF] = [ts, f];
      }
    return best;
  }
  if (!PER_FRAME.has(mode)) {
    let best = same(GRID[0]!);
    let bestF = -1;
    for (const t of GRID) {
      const f = pooledF1(mode, probs, same(t));
      if (f > bestF) [best, bestF] = [same(t), f];
    }
    return best;
  }
  const ts = same(0);
  let bestF = pooledF1(mode, probs, ts);
  for (const frame of FRAMES)
    for (const t of GRID) {
      const trial = new Map(ts).set(frame, t);
      const f = pooledF1(mode, probs, trial);
      if (f > bestF + 1e-9) {
        bestF = f;
        ts.set(frame, t);
      }
    }
  return ts;
}

const all = SETS.flatMap(loadSet);
console.log(
  `${all.length} paragraphs in ${SETS.length} sets (${SETS.map((s) => `${s} ${all.filter((p) => p.set === s).length}`).join(', ')})`,
);

const pooled = new Map<Mode, Counts>(MODES.map((m) => [m, { tp: 0, fp: 0, fn: 0 }]));
const wins = new Map<Mode, number>(MODES.map((m) => [m, 0]));
const byFrame = new Map<string, Counts>();
const autoChoices: Mode[] = [];
const autoPooled = { tp: 0, fp: 0, fn: 0 };
let autoWins = 0;
const autoCells: string[] = [];
console.log(`\nLeave-one-set-out, micro-F1 (P R); t chosen inside the training sets`);
console.log(
  `  ${'held out'.padEnd(14)}${MODES.map((m) => m.padEnd(20)).join('')}t ${MODES.slice(1).join('/')}`,
);
for (const held of SETS) {
  const training = all.filter((p) => p.set !== held);
  const testing = all.filter((p) => p.set === held);
  const kinds: Kind[] = ['all', 'claimed', 'unclaimed', 'pooled'];
  const inner = new Map(kinds.map((k) => [k, outOfSet(training, k)]));
  const t = new Map<Mode, Thresholds>(
    MODES.map((m) => [m, m === 'rules' ? same(0) : bestThresholds(m, inner.get(KIND[m])!)]),
  );
  // auto: the mode (rules alone included) with the best inner leave-one-set-out F1, so that choosing
  // among the combinations is done inside the training sets too.
  let chosen: Mode = 'rules';
  let chosenF = -1;
  for (const m of MODES) {
    if (process.env.AUTO_GLOBAL && PER_FRAME.has(m)) continue;
    const f = pooledF1(m, inner.get(KIND[m])!, t.get(m)!);
    if (f > chosenF + 1e-9) [chosen, chosenF] = [m, f];
  }
  autoChoices.push(chosen);
  const priors = new Map(
    kinds.map((k) => {
      const space = new FeatureSpace();
      return [k, { space, prior: train(space, training, k) }];
    }),
  );
  const row = new Map<Mode, Counts>(MODES.map((m) => [m, { tp: 0, fp: 0, fn: 0 }]));
  const autoRow = { tp: 0, fp: 0, fn: 0 };
  for (const p of testing) {
    for (const m of MODES) {
      const { space, prior } = priors.get(KIND[m])!;
      const decided = said(m, p, predict(space, prior, p), t.get(m)!);
      score(row.get(m)!, p, decided);
      score(pooled.get(m)!, p, decided);
      if (m === chosen) {
        score(autoRow, p, decided);
        score(autoPooled, p, decided);
      }
      for (const f of FRAMES) {
        const key = `${m}|${f}`;
        if (!byFrame.has(key)) byFrame.set(key, { tp: 0, fp: 0, fn: 0 });
        if (p.disputed.has(f)) continue;
        const out = decided.includes(f);
        const c = byFrame.get(key)!;
        if (out && p.gold.has(f)) c.tp++;
        else if (out) c.fp++;
        else if (p.gold.has(f)) c.fn++;
      }
    }
  }
  for (const m of MODES)
    if (m !== 'rules' && f1(row.get(m)!) > f1(row.get('rules')!)) wins.set(m, wins.get(m)! + 1);
  if (f1(autoRow) > f1(row.get('rules')!)) autoWins++;
  autoCells.push(`  ${held.padEnd(14)}${cell(autoRow)}  ${chosen} (inner ${chosenF.toFixed(1)})`);
  console.log(
    `  ${held.padEnd(14)}${MODES.map((m) => cell(row.get(m)!).padEnd(20)).join('')}${MODES.slice(1)
      .map((m) =>
        m === 'mix'
          ? `${t.get(m)!.get('+')!.toFixed(2)}+${t.get(m)!.get('-')!.toFixed(2)}`
          : PER_FRAME.has(m)
            ? `[${[...t.get(m)!]
                .filter(([, v]) => v > 0)
                .map(([f, v]) => `${FRAME_ID.get(f)} ${v.toFixed(2)}`)
                .join(' ')}]`
            : t.get(m)!.get(FRAMES[0]!)!.toFixed(2),
      )
      .join('/')}`,
  );
}
console.log(`  ${'pooled'.padEnd(14)}${MODES.map((m) => cell(pooled.get(m)!).padEnd(20)).join('')}`);
console.log(
  `  sets where it beats the rules: ${MODES.slice(1)
    .map((m) => `${m} ${wins.get(m)}/${SETS.length}`)
    .join(', ')}`,
);
console.log(`\nauto: the mode with the best inner leave-one-set-out F1 on the training sets`);
for (const line of autoCells) console.log(line);
console.log(
  `  ${'pooled'.padEnd(14)}${cell(autoPooled)}  beats the rules on ${autoWins}/${SETS.length} sets`,
);
console.log(`\nPer frame, pooled over the held-out sets: right/output/gold`);
console.log(`  ${''.padEnd(22)}${MODES.map((m) => m.padEnd(12)).join('')}`);
for (const f of FRAMES) {
  const cells = MODES.map((m) => byFrame.get(`${m}|${f}`) ?? { tp: 0, fp: 0, fn: 0 });
  if (cells.every((c) => c.tp + c.fp + c.fn === 0)) continue;
  console.log(
    `  ${f.slice(0, 20).padEnd(22)}${cells.map((c) => `${c.tp}/${c.tp + c.fp}/${c.tp + c.fn}`.padEnd(12)).join('')}`,
  );
}

// --shared: the prior trained on every own set (t from their leave-one-set-out probabilities) against
// the rules on shared/eval's paragraph gold, tune and check, which the model never saw. Check is a
// figure read once, after the modes, features and training settings above were fixed.
if (shared || args.includes('--tune-only')) {
  const kinds = [...new Set(MODES.map((m) => KIND[m]))];
  const inner = new Map(kinds.map((k) => [k, outOfSet(all, k)]));
  const t = new Map<Mode, Thresholds>(
    MODES.map((m) => [m, m === 'rules' ? same(0) : bestThresholds(m, inner.get(KIND[m])!)]),
  );
  const priors = new Map(
    kinds.map((k) => {
      const space = new FeatureSpace();
      return [k, { space, prior: train(space, all, k) }];
    }),
  );
  const { docs } = loadManifest();
  const gold = readParagraphGold(join(evalDir, 'frames-dev.jsonl'));
  console.log(`\nshared/eval paragraph gold (never trained on); prior trained on all ${SETS.length} sets`);
  console.log(`  ${'half'.padEnd(14)}${MODES.map((m) => m.padEnd(20)).join('')}`);
  // --tune-only: the check half is not even scored (it is read once, as a figure).
  const halves = args.includes('--tune-only') ? (['tune'] as const) : (['tune', 'check'] as const);
  for (const half of halves) {
    const testing = docs
      .filter((d) => d.frames && d.split === half)
      .flatMap((d) => documentParagraphs(half, d.doc, d.text, gold));
    const row = new Map<Mode, Counts>(MODES.map((m) => [m, { tp: 0, fp: 0, fn: 0 }]));
    for (const p of testing)
      for (const m of MODES) {
        const { space, prior } = priors.get(KIND[m])!;
        score(row.get(m)!, p, said(m, p, predict(space, prior, p), t.get(m)!));
      }
    console.log(
      `  ${`${half} (${testing.length})`.padEnd(14)}${MODES.map((m) => cell(row.get(m)!).padEnd(20)).join('')}`,
    );
  }
}

// --curve: the prior alone (t 0.5, the balanced model's own midpoint) trained on k of the other sets,
// k = 1..7, each held-out set scored against several seeded draws of k sets: does more annotation help?
if (args.includes('--curve')) {
  const DRAWS = 5;
  console.log(
    `\nLearning curve, prior alone at t 0.5, pooled over held-out sets (${DRAWS} draws of k sets each)`,
  );
  const random = seededRandom(7);
  for (let k = 1; k < SETS.length; k++) {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const held of SETS) {
      const others = SETS.filter((s) => s !== held);
      for (let draw = 0; draw < (k === others.length ? 1 : DRAWS); draw++) {
        const chosen = new Set(shuffled(others, random).slice(0, k));
        const space = new FeatureSpace();
        const prior = train(
          space,
          all.filter((p) => chosen.has(p.set)),
        );
        for (const p of all.filter((q) => q.set === held))
          score(c, p, said('prior', p, predict(space, prior, p), same(0.5)));
      }
    }
    console.log(`  k ${k}: ${cell(c)}`);
  }
}
