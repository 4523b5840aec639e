// Quote and entity accuracy on shared/eval (see shared/eval/SCORING.md). Run: node bench/eval.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../nlp/index.ts';
import { scoreEntities, scoreQuotes, seedGold } from './eval-score.ts';
import type { DocOutput, GoldEntity, GoldQuote } from './eval-score.ts';

const shared = join(import.meta.dirname, '..', '..', 'shared');
const evalDir = join(shared, 'eval');
const docs: Record<string, string> = {
  'brown-ca01': join(evalDir, 'brown-ca01.txt'),
  'brown-ca03': join(evalDir, 'brown-ca03.txt'),
  'brown-ca06': join(evalDir, 'brown-ca06.txt'),
  'russia-italy-aid': join(shared, 'seed', 'russia-italy-aid.txt'),
};
const jsonl = <T>(file: string): T[] =>
  readFileSync(join(evalDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const quoteGold = jsonl<GoldQuote>('quotes-dev.jsonl');
const entityDevGold = jsonl<GoldEntity>('entities-dev.jsonl');
const entityGold: GoldEntity[] = [
  ...entityDevGold,
  ...seedGold(
    'russia-italy-aid',
    JSON.parse(readFileSync(join(evalDir, 'seed-entities.json'), 'utf8')) as Parameters<typeof seedGold>[1],
  ),
];
const outputs: DocOutput[] = Object.entries(docs).map(([doc, file]) => {
  const text = readFileSync(file, 'utf8');
  const analysis = analyzeText(text);
  // The gold annotates spans in quote marks: reported speech is not scored here.
  return { doc, text, analysis: { ...analysis, quotes: analysis.quotes.filter((q) => q.kind === 'direct') } };
});

const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'}% (${n}/${d})`;
const q = scoreQuotes(quoteGold, outputs);
const e = scoreEntities(entityGold, outputs);
const eDev = scoreEntities(entityDevGold, outputs);
const verbose = process.argv.includes('--verbose');

console.log('Quotes');
console.log(`  recall of speech quotes     ${pct(q.found, q.speechGold)}`);
console.log(`  speaker accuracy (strict)   ${pct(q.speakerStrict, q.speakerGold)}`);
console.log(`  speaker accuracy (lenient)  ${pct(q.speakerLenient, q.speakerGold)}`);
console.log(`  non-speech left alone       ${pct(q.nonSpeechLeftAlone, q.nonSpeech)}`);
console.log(`  spurious attributed quotes  ${q.spurious}`);
console.log(
  'Entities (brown-ca01, brown-ca03 from entities-dev.jsonl; russia-italy-aid from seed-entities.json)',
);
console.log(`  typed F1                    ${(100 * e.f1).toFixed(1)}`);
console.log(`  precision                   ${pct(e.correctOutput, e.output)}`);
console.log(`  typed recall                ${pct(e.typed, e.gold)}`);
console.log(`  canonical (fullest) name    ${pct(e.canonical, e.typed)}`);
console.log(`  split (listed twice)        ${e.split}`);
console.log(
  `  entities-dev.jsonl alone    F1 ${(100 * eDev.f1).toFixed(1)}, precision ${pct(eDev.correctOutput, eDev.output)}, ` +
    `recall ${pct(eDev.typed, eDev.gold)}, canonical ${pct(eDev.canonical, eDev.typed)}, split ${eDev.split}`,
);
console.log('\nQuote misses');
for (const m of q.misses)
  console.log(
    `  ${m.doc} [${m.para}] ${m.kind}: "${m.quote.slice(0, 40)}" gold=${m.gold} output=${m.output}`,
  );
console.log('\nEntity misses');
for (const m of e.misses)
  console.log(`  ${m.doc} ${m.type} ${m.name}: ${m.problem}${m.output ? ` (${m.output})` : ''}`);
if (verbose) {
  console.log('\nOutput entities matching no gold form');
  for (const n of e.spuriousNames) console.log(`  ${n}`);
}
