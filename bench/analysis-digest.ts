// node bench/analysis-digest.ts: one SHA-256 digest of everything analysis finds in the Brown samples
// bench/nlp.ts reads and in the seed story (entities, quotes, sentences, blocks, every built-in codebook's
// frames, the cue preview's recorded hits, Compare's counts), and the CPU time it took on one thread. A
// change to the machinery of analysis (not to its rules) must leave the digest as it was: run it on both
// commits. `--each` also prints one short digest per text, to find the texts that changed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseText } from '../core/analyze/analyse-text.ts';
import { articleFeatures } from '../core/compare/features.ts';
import { BUILT_IN_CODEBOOKS, cuesOf } from '../nlp/frames/index.ts';
import { brownText, pressSamples } from '../tests/support/brown.ts';

const each = process.argv.includes('--each');
const seed = join(import.meta.dirname, '..', '..', 'shared', 'seed', 'russia-italy-aid.txt');
const texts: [string, string][] = [
  ...pressSamples().map((sample): [string, string] => [sample, brownText(sample)]),
  ['seed', readFileSync(seed, 'utf8')],
];
const cues = cuesOf(BUILT_IN_CODEBOOKS);
const digest = createHash('sha256');
const started = process.cpuUsage();
for (const [name, text] of texts) {
  const analysis = analyseText(text, BUILT_IN_CODEBOOKS, undefined, cues);
  const json = JSON.stringify({ analysis, features: articleFeatures(1, name, text, analysis.blocks) });
  digest.update(json);
  if (each) console.log(name, createHash('sha256').update(json).digest('hex').slice(0, 12));
}
const { user, system } = process.cpuUsage(started);
console.log(
  `${texts.length} texts: digest ${digest.digest('hex').slice(0, 16)}, analysis CPU ${((user + system) / 1e6).toFixed(2)} s (one thread)`,
);
