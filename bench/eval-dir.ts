// Quote accuracy on a folder of your own annotated texts, scored as shared/eval/SCORING.md says: every
// `*.txt` in the folder is a document (its name without `.txt` is its id) and `quotes.jsonl` holds the
// gold lines, written as shared/eval/GUIDELINES.md asks. Misses are listed: this is a development set.
// Run: node bench/eval-dir.ts FOLDER
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeText } from '../nlp/index.ts';
import { reliability, scoreQuotes, type DocOutput, type GoldQuote } from './eval-score.ts';

const folder = process.argv[2];
if (!folder || !existsSync(join(folder, 'quotes.jsonl'))) {
  console.error(
    'Usage: node bench/eval-dir.ts FOLDER (a folder of .txt files with their gold in quotes.jsonl)',
  );
  process.exit(2);
}
const gold = readFileSync(join(folder, 'quotes.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, i) => {
    try {
      return JSON.parse(line) as GoldQuote;
    } catch {
      throw new Error(`${join(folder, 'quotes.jsonl')} line ${i + 1} is not JSON.`);
    }
  });
const outputs: DocOutput[] = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(join(folder, name), 'utf8');
    const analysis = analyzeText(text);
    return {
      doc: basename(name, '.txt'),
      text,
      analysis: { ...analysis, quotes: analysis.quotes.filter((q) => q.kind === 'direct') },
    };
  });
const score = scoreQuotes(gold, outputs);
const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'}% (${n}/${d})`;
console.log(`${outputs.length} documents in ${folder}`);
console.log(`  recall of speech quotes     ${pct(score.found, score.speechGold)}`);
console.log(`  speaker accuracy (strict)   ${pct(score.speakerStrict, score.speakerGold)}`);
console.log(`  speaker accuracy (lenient)  ${pct(score.speakerLenient, score.speakerGold)}`);
console.log(`  non-speech left alone       ${pct(score.nonSpeechLeftAlone, score.nonSpeech)}`);
console.log(`  spurious attributed quotes  ${score.spurious}`);
const r = reliability(gold, outputs);
console.log('Speaker confidence (right / suggested)');
for (const band of r.attributions)
  console.log(`  speaker given, ${band.label.padEnd(12)}${pct(band.right, band.total)}`);
for (const band of r.noSpeaker)
  console.log(`  no speaker, ${band.label.padEnd(15)}${pct(band.right, band.total)}`);
console.log('\nQuote misses');
for (const m of score.misses)
  console.log(
    `  ${m.doc} [${m.para}] ${m.kind}: "${m.quote.slice(0, 40)}" gold=${m.gold} output=${m.output}`,
  );
