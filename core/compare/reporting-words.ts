import { REPORTED_SPEECH_VERBS } from '../../nlp/lexicon.ts';
import table from '../../nlp/lexicon/verb-lemmas.json' with { type: 'json' };

// The words that introduce what a source said ("stated", "insists", "reiterating"): how a text
// quotes, in any story, so never a term that says what a story is about. The verbs the quote rules
// take for reported speech (nlp/speech-verbs.json), with every inflection of theirs that the verb
// table (built from compromise) knows.

const lemmas = new Map<string, string>(Object.entries(table.lemmas));
const reportingLemmas = new Set([...REPORTED_SPEECH_VERBS].map((verb) => lemmas.get(verb) ?? verb));

export const REPORTING_WORDS: ReadonlySet<string> = new Set([
  ...REPORTED_SPEECH_VERBS,
  ...[...lemmas]
    .filter(([form, lemma]) => form !== lemma && reportingLemmas.has(lemma))
    .map(([form]) => form),
]);
