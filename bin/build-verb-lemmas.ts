// Builds nlp/lexicon/verb-lemmas.json: the dictionary form of every word the quote rules take as a
// reporting cue (the speech verbs and nouns of nlp/speech-verbs.json, and "read" for documents), as
// compromise gives it. Compare counts an outlet's reporting verbs in that form; asking compromise at
// the first comparison cost about half a second of a 1,000-article story's first call (its tagger
// warming up), and a table lookup costs nothing. tests/nlp/reporting-verb.test.ts checks that the
// committed file is what the installed compromise gives.
//   node bin/build-verb-lemmas.ts    (npm run verb-lemmas)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SPEECH_NOUNS, SPEECH_VERBS } from '../nlp/lexicon.ts';
import { lemmaOf } from '../nlp/reporting-verb.ts';

export const VERB_LEMMAS_PATH = join(import.meta.dirname, '..', 'nlp', 'lexicon', 'verb-lemmas.json');

/** The words the quote rules write as a cue, lower case and sorted. */
export function cueWords(): string[] {
  return [...new Set([...SPEECH_VERBS, ...SPEECH_NOUNS, 'read', 'reads'])].sort();
}

export function buildVerbLemmas(): { about: string; lemmas: Record<string, string> } {
  const lemmas: Record<string, string> = {};
  for (const word of cueWords()) lemmas[word] = lemmaOf(word);
  return {
    about: 'Dictionary forms of the reporting cues, from compromise (bin/build-verb-lemmas.ts).',
    lemmas,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(VERB_LEMMAS_PATH, `${JSON.stringify(buildVerbLemmas(), null, 2)}\n`);
  console.log(`wrote ${VERB_LEMMAS_PATH}`);
}
