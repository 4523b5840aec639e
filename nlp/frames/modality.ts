// Modal verbs that do not prescribe. "Should", "must" and "ought" weigh what is to be done ("the city
// must act") only in their deontic reading; two other readings use the same words and prescribe nothing:
// - a condition: "should" inside an "if" clause puts a case ("if the plan should fail, ..."), and a
//   modal there ("if the town decides it must borrow") belongs to the case, not the writer's advice;
// - an inference: a modal before a verb of seeming ("this must sound odd", "it should seem plain")
//   says what the writer concludes, not what anybody ought to do.
// - a rule's requirement: a modal after "by law" or after a law, rule or court that says, holds or
//   requires something ("the statute states that the board must meet") reports what the rule already
//   demands, not what the writer or a speaker proposes.
// A cue whose matched words hold such a modal is dropped; its other words are read as usual.
import type { Words } from './words.ts';

const MODALS = new Set(['should', 'must', 'ought']);
const SEEMING = new Set(['sound', 'sounds', 'seem', 'seems', 'appear', 'appears', 'look', 'looks']);
const CONDITIONS = new Set(['if', 'unless', 'lest']);
const RULES = new Set(
  'law laws statute statutes rule rules regulation regulations ordinance ordinances charter constitution code court courts'.split(
    ' ',
  ),
);
const STATES = new Set(
  'says said states stated provides provided requires required holds held ruled rules specifies specified stipulates stipulated declares declared prescribes prescribed'.split(
    ' ',
  ),
);
/** How far before its verb of saying a rule's name may stand ("the law which governs the board states"). */
const RULE_REACH = 8;

/** A clause ends at a comma or any stronger mark; a condition before it is over. */
const CLAUSE_END = /[,;:?!()\u2014]|\s[-\u2013]\s/;

/**
 * Whether the words `first`..`last` (a cue's match) hold a modal verb in a conditional or inferential
 * reading. `from` is the first word of the sentence.
 */
export function isNonPrescriptiveModal(
  text: string,
  words: Words,
  first: number,
  last: number,
  from: number,
): boolean {
  for (let i = first; i <= last; i++) {
    if (!MODALS.has(words.keys[i] ?? '')) continue;
    const next = words.keys[i + 1] === 'not' ? i + 2 : i + 1;
    if (SEEMING.has(words.keys[next] ?? '')) return true;
    if (inCondition(text, words, i, from) || underRule(words, i, from)) return true;
  }
  return false;
}

/** A condition word earlier in the sentence with no clause break between it and word `at`. */
function inCondition(text: string, words: Words, at: number, from: number): boolean {
  for (let j = at - 1; j >= from; j--) {
    if (CLAUSE_END.test(text.slice(words.ends[j] ?? 0, words.starts[j + 1] ?? 0))) return false;
    if (CONDITIONS.has(words.keys[j] ?? '')) return true;
  }
  return false;
}

/** "by law", "under the law", or a rule's name a few words before a verb that says what it demands. */
function underRule(words: Words, at: number, from: number): boolean {
  const key = (i: number) => words.keys[i] ?? '';
  for (let j = at - 1; j >= from; j--) {
    if (key(j) === 'law' && (key(j - 1) === 'by' || key(j - 1) === 'under' || key(j - 2) === 'under'))
      return true;
    if (!STATES.has(key(j))) continue;
    for (let k = j - 1; k >= Math.max(from, j - RULE_REACH); k--) if (RULES.has(key(k))) return true;
  }
  return false;
}
