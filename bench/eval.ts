// Quote and entity accuracy on shared/eval (see shared/eval/SCORING.md), every document that
// shared/eval/MANIFEST.json lists, scored separately for its `tune` half (rules are written from these:
// misses are listed) and its `check` half (read only as figures). Run: node bench/eval.ts [--verbose]
import { analyzeText } from '../nlp/index.ts';
import { loadManifest, type EvalDoc } from './eval-data.ts';
import { entityReliability, reliability, scoreEntities, scoreQuotes } from './eval-score.ts';
import { reportFrames } from './eval-frames-report.ts';
import type { DocOutput, EntityScore, QuoteScore, Reliability } from './eval-score.ts';

const verbose = process.argv.includes('--verbose');
const { docs, quoteGold, entityGold } = loadManifest();

const outputs = new Map<string, DocOutput>(
  docs.map((doc) => {
    const analysis = analyzeText(doc.text);
    // The gold annotates spans in quote marks: reported speech is not scored here.
    const direct = { ...analysis, quotes: analysis.quotes.filter((q) => q.kind === 'direct') };
    return [doc.doc, { doc: doc.doc, text: doc.text, analysis: direct }];
  }),
);

const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'}% (${n}/${d})`;

function scoreHalf(half: EvalDoc['split']): {
  q: QuoteScore;
  e: EntityScore;
  r: Reliability;
  names: string[];
} {
  const chosen = docs.filter((d) => d.split === half);
  const quoteDocs = chosen.filter((d) => d.quotes).map((d) => outputs.get(d.doc)!);
  const entityDocs = chosen.filter((d) => d.entities).map((d) => outputs.get(d.doc)!);
  const names = chosen.map((d) => d.doc);
  const inHalf = new Set(names);
  return {
    q: scoreQuotes(
      quoteGold.filter((g) => inHalf.has(g.doc)),
      quoteDocs,
    ),
    e: scoreEntities(
      entityGold.filter((g) => inHalf.has(g.doc)),
      entityDocs,
    ),
    r: reliability(
      quoteGold.filter((g) => inHalf.has(g.doc)),
      quoteDocs,
    ),
    names,
  };
}

const halves = { tune: scoreHalf('tune'), check: scoreHalf('check') };
const row = (label: string, cell: (h: (typeof halves)['tune']) => string) =>
  console.log(`  ${label.padEnd(28)}${cell(halves.tune).padEnd(24)}${cell(halves.check)}`);

console.log(`tune:  ${halves.tune.names.join(', ')}`);
console.log(`check: ${halves.check.names.join(', ')}\n`);
console.log(`${''.padEnd(30)}${'tune'.padEnd(24)}check`);
console.log('Quotes');
row('recall of speech quotes', (h) => pct(h.q.found, h.q.speechGold));
row('speaker accuracy (strict)', (h) => pct(h.q.speakerStrict, h.q.speakerGold));
row('speaker accuracy (lenient)', (h) => pct(h.q.speakerLenient, h.q.speakerGold));
row('non-speech left alone', (h) => pct(h.q.nonSpeechLeftAlone, h.q.nonSpeech));
row('spurious attributed quotes', (h) => String(h.q.spurious));
console.log('Entities');
row('typed F1', (h) => (100 * h.e.f1).toFixed(1));
row('precision', (h) => pct(h.e.correctOutput, h.e.output));
row('typed recall', (h) => pct(h.e.typed, h.e.gold));
row('canonical (fullest) name', (h) => pct(h.e.canonical, h.e.typed));
row('split (listed twice)', (h) => String(h.e.split));

// Speaker confidence: of the suggestions in each band, how many are right (see eval-score.ts `reliability`).
console.log('Speaker confidence (right / suggested)');
for (const [i, band] of halves.tune.r.attributions.entries())
  row(`speaker given, ${band.label}`, (h) => pct(h.r.attributions[i]!.right, h.r.attributions[i]!.total));
for (const [i, band] of halves.tune.r.noSpeaker.entries())
  row(`no speaker, ${band.label}`, (h) => pct(h.r.noSpeaker[i]!.right, h.r.noSpeaker[i]!.total));
// How far an entity type's confidence can be trusted: of the entities at each confidence, how many are right.
console.log('Entity types by confidence (right of those given)');
const entityRows = (half: EvalDoc['split']) => {
  const chosen = docs.filter((d) => d.split === half && d.entities);
  const inHalf = new Set(chosen.map((d) => d.doc));
  return entityReliability(
    entityGold.filter((g) => inHalf.has(g.doc)),
    chosen.map((d) => outputs.get(d.doc)!),
  );
};
const [tuneRows, checkRows] = [entityRows('tune'), entityRows('check')];
tuneRows.forEach((r, i) => {
  const c = checkRows[i]!;
  console.log(
    `  ${`confidence ${r.band}`.padEnd(28)}${pct(r.right, r.total).padEnd(24)}${pct(c.right, c.total)}`,
  );
});

// Misses are listed for the tune half only: the check half is read as figures.
const tune = halves.tune;
console.log('\nQuote misses (tune)');
for (const m of tune.q.misses)
  console.log(
    `  ${m.doc} [${m.para}] ${m.kind}: "${m.quote.slice(0, 40)}" gold=${m.gold} output=${m.output}`,
  );
console.log('\nEntity misses (tune)');
for (const m of tune.e.misses)
  console.log(`  ${m.doc} ${m.type} ${m.name}: ${m.problem}${m.output ? ` (${m.output})` : ''}`);
if (verbose) {
  console.log('\nOutput entities matching no gold form (tune)');
  for (const n of tune.e.spuriousNames) console.log(`  ${n}`);
}
reportFrames(docs, verbose);
