// Negation and denial, NegEx-style (Chapman et al. 2001): trigger words scope over nearby words of the
// same clause. A cue is negated when
// - a "before" trigger (not, no, never, without, n't, deny, rejected claims, ...) precedes it by at most
//   PRE_WINDOW words, or
// - an "after" trigger (out of the question, unrelated, ruled out, baseless, ...) follows it by at most
//   POST_WINDOW words,
// with no clause break in between: ; : ? ! brackets, quote marks, a spaced dash, a clause-opening word
// (but, however, although, while, when, because, ...) or a comma before and/or/which/who.
// Commas alone do not break scope: "does not imply any response measures of Rome, including the veto on
// ... sanctions" negates the sanctions. Pseudo-triggers ("not only", "no doubt") negate nothing.
import type { Words } from './words.ts';

const PRE_WINDOW = 18;
const POST_WINDOW = 8;

// "t" is the tail of "n't" ("doesn't" scans as "doesn" + "t"); triggerAt checks the "n'" before it.
const BEFORE = triggers(
  'not|no|never|without|nor|neither|none|nothing|nobody|cannot|t|absence of|lack of|free of|' +
    'deny|denies|denied|denying|refute|refutes|refuted|rule out|rules out|ruled out|unrelated|unconnected|' +
    '(reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing) ' +
    '(claim|claims|report|reports|suggestion|suggestions|allegations|accusations|speculation|idea|notion)',
);
const AFTER = triggers(
  'out of the question|unrelated|unconnected|ruled out|denied|not true|not the case|untrue|false|' +
    'baseless|groundless|unfounded|nonsense|absurd',
);
const PSEUDO = triggers(
  'not only|not just|not merely|not least|not to mention|no doubt|without doubt|no matter|nothing but|not unlike',
);
const CLAUSE_WORDS = new Set(
  (
    'but however although though whereas yet while when whenever because unless instead except ' +
    'nevertheless'
  ).split(' '),
);
const AFTER_COMMA = new Set('and or but which who whom whose where while when'.split(' '));
const BREAK_MARK = /[;:?!()[\]"\u201c\u201d\u00ab\u00bb]|\s[-\u2013\u2014]\s|\u2014/;

type Trigger = string[];

/** Triggers by first word, from "a|b c|(d|e) f" (a group multiplies out: "d f", "e f"). */
function triggers(list: string): Map<string, Trigger[]> {
  const byFirst = new Map<string, Trigger[]>();
  for (const phrase of list.split(/\|(?![^(]*\))/).flatMap(expand)) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), words]);
  }
  return byFirst;
}

function expand(phrase: string): string[] {
  const group = /\(([^)]*)\)/.exec(phrase);
  if (!group) return [phrase];
  const before = phrase.slice(0, group.index);
  const after = phrase.slice(group.index + group[0].length);
  return (group[1] ?? '').split('|').flatMap((choice) => expand(before + choice + after));
}

export type NegationContext = { text: string; words: Words };

/** Is the cue spanning words `first`..`last` negated within the sentence's words `from`..`to` (inclusive)? */
export function isNegated(
  ctx: NegationContext,
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  for (let k = first - 1; k >= from && k >= first - PRE_WINDOW; k--) {
    if (clauseBreak(ctx, k)) return false;
    if (triggerAt(ctx, BEFORE, k, first - 1) && !triggerAt(ctx, PSEUDO, k, to)) return true;
  }
  for (let k = last + 1; k <= to && k <= last + POST_WINDOW; k++) {
    if (clauseBreak(ctx, k - 1)) return false;
    if (triggerAt(ctx, AFTER, k, to)) return true;
  }
  return false;
}

/** Does a clause break lie between word k and word k + 1? */
function clauseBreak({ text, words }: NegationContext, k: number): boolean {
  const gap = text.slice(words.ends[k] ?? 0, words.starts[k + 1] ?? 0);
  const next = words.keys[k + 1] ?? '';
  if (gap !== ' ' && BREAK_MARK.test(gap)) return true;
  if (CLAUSE_WORDS.has(next)) return true;
  return gap.includes(',') && AFTER_COMMA.has(next);
}

/** Does a trigger start at word k and end by word `limit`, without crossing a clause break? */
function triggerAt(ctx: NegationContext, table: Map<string, Trigger[]>, k: number, limit: number): boolean {
  const { text, words } = ctx;
  const key = words.keys[k] ?? '';
  const candidates = table.get(key);
  if (!candidates) return false;
  if (key === 't' && !/n['\u2019]$/.test(text.slice(words.starts[k - 1] ?? 0, words.starts[k]))) return false;
  if (key === 'no' && /^\.\s*\d/.test(text.slice(words.ends[k] ?? 0, (words.ends[k] ?? 0) + 4))) return false;
  return candidates.some(
    (trigger) =>
      k + trigger.length - 1 <= limit &&
      trigger.every((word, i) => words.keys[k + i] === word && (i === 0 || !clauseBreak(ctx, k + i - 1))),
  );
}
