// Article-level policy-frame accuracy on a development set of your own, kept outside the repository:
// ARTICLES is JSON Lines with `id`, `title` and `text` per article (the text analysed is the title, a
// blank line, then the text, as an import gives it); GOLD is JSON Lines with `id`, `present`, `primary`
// and optionally `disputed` (frames the annotator left open: they count neither for nor against), written
// per shared/eval/FRAMES.md. Scored as `npm run eval` scores the seed: micro-F1 of `present` pooled over
// articles, and how many primaries are right. --verbose lists each article's gold and output.
// Run: node bench/eval-frames-own.ts ARTICLES GOLD [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { POLICY_FRAMES } from '../nlp/frames/index.ts';
import { analyzeText } from '../nlp/index.ts';
import { decide, f1, pooled, precision, recall, scoreArticle } from './eval-frames.ts';
import type { FrameCounts, GoldArticle } from './eval-frames.ts';

type Article = { id: string | number; title?: string; text: string };
type Gold = { id: string | number; present: string[]; primary: string; disputed?: string[] };

const [articlesFile, goldFile] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
if (!articlesFile || !goldFile || !existsSync(articlesFile) || !existsSync(goldFile)) {
  console.error('Usage: node bench/eval-frames-own.ts ARTICLES.jsonl GOLD.jsonl [--verbose]');
  process.exit(2);
}

function readLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim())
    .map(([line, i]) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`${file} line ${i + 1} is not JSON.`);
      }
    });
}

const articles = new Map(readLines<Article>(articlesFile).map((a) => [String(a.id), a]));
const gold = readLines<Gold>(goldFile);
const total: FrameCounts = new Map();
let primaries = 0;
for (const line of gold) {
  const article = articles.get(String(line.id));
  if (!article) throw new Error(`${goldFile}: article ${line.id} is not in ${articlesFile}.`);
  const text = article.title ? `${article.title}\n\n${article.text}` : article.text;
  const decided = decide(String(line.id), text, analyzeText(text), POLICY_FRAMES);
  const goldArticle: GoldArticle = {
    ...line,
    doc: String(line.id),
    unit: 'article',
    codebook: POLICY_FRAMES.id,
  };
  const score = scoreArticle(decided, goldArticle);
  for (const [frame, c] of score.counts) {
    const t = total.get(frame) ?? { tp: 0, fp: 0, fn: 0 };
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
    total.set(frame, t);
  }
  if (score.primaryRight) primaries++;
  if (verbose) {
    const output = decided.decisions.filter((d) => d.present).map((d) => `${d.name}${d.primary ? ' *' : ''}`);
    console.log(`${line.id}: gold ${line.present.join('; ')} (primary ${line.primary})`);
    console.log(`    output ${output.join('; ')}`);
  }
}
const c = pooled(total);
console.log(
  `${gold.length} articles: policy frames article micro-F1 ${f1(c).toFixed(1)} (P ${precision(c).toFixed(1)}, R ${recall(c).toFixed(1)}), primary right ${primaries}/${gold.length}`,
);
if (verbose)
  for (const [frame, x] of total)
    console.log(
      `  ${frame.padEnd(48)} F1 ${f1(x).toFixed(1).padStart(5)}  ${x.tp}/${x.tp + x.fp}/${x.tp + x.fn}`,
    );
