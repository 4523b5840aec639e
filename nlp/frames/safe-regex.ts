// A /regex/ inside a compromise pattern cue runs on every word of every article. A regex that can
// backtrack catastrophically (`/^([a-z]|[a-z])*[0-9]$/` hung analysis of a two-line article) is
// refused when the cue is written, and matching is bounded when it runs: patterns may repeat
// neither a repetition nor a choice, hold no back-references and at most a few open-ended
// repetitions, and are tried on words of at most MAX_TESTED_LENGTH characters. Under those rules
// the work per word is polynomial with a small degree on a short word.

export const MAX_TESTED_LENGTH = 48;
const MAX_OPEN_REPETITIONS = 3;
/** `{2,5}` is a small count; `{2,200}` repeats like `*`. */
const LARGE_COUNT = 10;

type Group = { choice: boolean; repeats: boolean };

/** What makes a regex unsafe to run on every word, as a fragment of a sentence; null when it is safe. */
export function regexProblem(source: string): string | null {
  try {
    new RegExp(source);
  } catch (error) {
    return `the regex /${source}/ is not valid (${error instanceof Error ? error.message : String(error)})`;
  }
  const stack: Group[] = [{ choice: false, repeats: false }];
  let last: Group | 'atom' | null = null;
  let open = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? ''))
        return `the regex /${source}/ refers back to a group (\\${source[i + 1]}), which can take exponential time; write the alternatives out`;
      i++;
      last = 'atom';
    } else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      last = 'atom';
    } else if (c === '(') {
      stack.push({ choice: false, repeats: false });
      if (source[i + 1] === '?') i += source[i + 2] === '<' && /[=!]/.test(source[i + 3] ?? '') ? 3 : 2;
      last = null;
    } else if (c === ')') {
      const group = stack.length > 1 ? stack.pop()! : top;
      const parent = stack[stack.length - 1]!;
      parent.repeats ||= group.repeats;
      last = group;
    } else if (c === '|') {
      top.choice = true;
      last = null;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      let unbounded = c === '*' || c === '+';
      if (c === '{') {
        const count = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
        if (!count) {
          last = 'atom';
          continue;
        }
        unbounded = count[2] !== undefined && (count[3] === '' || Number(count[3]) > LARGE_COUNT);
        i += count[0].length - 1;
      }
      if (source[i + 1] === '?') i++;
      if (!unbounded) continue;
      if (last !== null && last !== 'atom' && (last.repeats || last.choice))
        return `the regex /${source}/ repeats a group that itself ${last.repeats ? 'repeats' : 'offers a choice'}, which can take exponential time; repeat single characters or classes instead, e.g. /^[a-z]+[0-9]$/`;
      top.repeats = true;
      open++;
      if (open > MAX_OPEN_REPETITIONS)
        return `the regex /${source}/ has more than ${MAX_OPEN_REPETITIONS} open-ended repetitions (*, +, {n,}), which can be slow on every word; simplify it`;
    } else last = 'atom';
  }
  return null;
}

/** A regex that is only tried on words short enough for its time to stay small. */
export function boundedRegex(regex: RegExp): { test(text: string): boolean } {
  return { test: (text) => text.length <= MAX_TESTED_LENGTH && regex.test(text) };
}
