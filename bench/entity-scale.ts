// Entity resolution on long texts (issue #10: it was quadratic, 1 MB in 32 s). Builds 1 MB and 3 MB texts
// from Brown samples (the held-out press samples left out) and times tokenizing and entity extraction
// separately, so that a return to all-pairs matching shows as entity time growing faster than text.
// Run: node bench/entity-scale.ts [sizes in MB, default 1 3]
import { extractEntities } from '../nlp/entities/index.ts';
import { analysedText, textBlocks } from '../nlp/structure.ts';
import { buildTokens, paragraphStarts } from '../nlp/tokens.ts';
import { brownSamples, brownText } from '../tests/support/brown.ts';

const GENRES = 'ca cb cc cd ce cf cg ch cj ck cl cm cn cp cr'.split(' ');
const samples = GENRES.flatMap((genre) => brownSamples(genre));
const sizes = process.argv.slice(2).map(Number);

function textOf(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; length < bytes; round++)
    for (const sample of samples) {
      if (length >= bytes) break;
      // A paragraph repeated word for word is analysed once, so later rounds mark each paragraph as theirs.
      const text = brownText(sample)
        .split('\n\n')
        .map((p) => (round === 0 ? p : `${p} (${round})`))
        .join('\n\n');
      parts.push(text);
      length += text.length + 2;
    }
  return parts.join('\n\n').slice(0, bytes);
}

const seconds = (from: number) => (performance.now() - from) / 1000;
console.log(
  `${'text'.padEnd(8)}${'tokens'.padStart(9)}${'entities'.padStart(10)}${'tokenize s'.padStart(12)}${'entities s'.padStart(12)}`,
);
for (const mb of sizes.length > 0 ? sizes : [1, 3]) {
  const text = textOf(mb * 1e6);
  let started = performance.now();
  const blocks = textBlocks(text);
  const tokens = buildTokens(analysedText(text, blocks), paragraphStarts(text), blocks);
  const tokenizing = seconds(started);
  started = performance.now();
  const { entities } = extractEntities(analysedText(text, blocks), tokens);
  const resolving = seconds(started);
  console.log(
    `${`${mb} MB`.padEnd(8)}${String(tokens.length).padStart(9)}${String(entities.length).padStart(10)}${tokenizing.toFixed(1).padStart(12)}${resolving.toFixed(1).padStart(12)}`,
  );
}
