// Entity accuracy on a folder of your own annotated texts, scored exactly as `npm run eval` scores the
// shared gold (shared/eval/SCORING.md): every `*.txt` in the folder is a document (its name without
// `.txt` is its id) and `entities.jsonl` holds the gold, one entity a line in the format of
// shared/eval/entities-dev.jsonl. Misses and output entities matching no gold form are listed: this is
// a development set. A gold line that is not JSON or lacks a field is reported and skipped.
// Run: node bench/eval-entities-dir.ts FOLDER
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeText } from '../nlp/index.ts';
import { entityReliability, scoreEntities, type DocOutput, type GoldEntity } from './eval-score.ts';

const folder = process.argv[2];
const goldFile = folder ? join(folder, 'entities.jsonl') : '';
if (!folder || !existsSync(goldFile)) {
  console.error(
    'Usage: node bench/eval-entities-dir.ts FOLDER (a folder of .txt files with their gold in entities.jsonl)',
  );
  process.exit(2);
}

const TYPES = new Set(['person', 'organization', 'place']);
const gold: GoldEntity[] = [];
readFileSync(goldFile, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (!line.trim()) return;
    let g: Partial<GoldEntity>;
    try {
      g = JSON.parse(line) as Partial<GoldEntity>;
    } catch {
      console.error(`${goldFile} line ${i + 1} is not JSON; skipped.`);
      return;
    }
    if (typeof g.doc !== 'string' || typeof g.name !== 'string' || !TYPES.has(g.type ?? '')) {
      console.error(
        `${goldFile} line ${i + 1} needs doc, name and a type (person, organization, place); skipped.`,
      );
      return;
    }
    gold.push({
      doc: g.doc,
      type: g.type!,
      name: g.name,
      aliases: Array.isArray(g.aliases) ? g.aliases : [],
    });
  });

const outputs: DocOutput[] = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(join(folder, name), 'utf8');
    return { doc: basename(name, '.txt'), text, analysis: analyzeText(text) };
  });
const docs = new Set(outputs.map((o) => o.doc));
for (const doc of new Set(gold.map((g) => g.doc)))
  if (!docs.has(doc))
    console.error(`${goldFile} names document ${doc}, which has no ${doc}.txt in ${folder}.`);

const e = scoreEntities(gold, outputs);
const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'}% (${n}/${d})`;
console.log(`${outputs.length} documents in ${folder}, ${gold.length} gold entities`);
console.log(`  typed F1                    ${(100 * e.f1).toFixed(1)}`);
console.log(`  precision                   ${pct(e.correctOutput, e.output)}`);
console.log(`  typed recall                ${pct(e.typed, e.gold)}`);
console.log(`  canonical (fullest) name    ${pct(e.canonical, e.typed)}`);
console.log(`  split (listed twice)        ${e.split}`);
console.log('Entity types by confidence (right of those given)');
for (const r of entityReliability(gold, outputs))
  console.log(`  ${`confidence ${r.band}`.padEnd(28)}${pct(r.right, r.total)}`);
console.log('\nEntity misses');
for (const m of e.misses)
  console.log(`  ${m.doc} ${m.type} ${m.name}: ${m.problem}${m.output ? ` (${m.output})` : ''}`);
console.log('\nOutput entities matching no gold form');
for (const n of e.spuriousNames) console.log(`  ${n}`);
