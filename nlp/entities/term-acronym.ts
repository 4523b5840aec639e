// "infectious disease prevention (IDP)", "pulmonary and critical care medicine (PCCM)": capitals in brackets
// right after lower-case words whose initials they spell shorten a term, not a body's name (issue #8).
import type { Token } from '../tokens.ts';

const SKIPPED = new Set(['and', 'of', 'the', 'for', 'in', 'on', '&']);

/** Whether token `at` is an acronym in brackets that spells the lower-case words before the bracket. */
export function termAcronym(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  const before = tokens[at - 1];
  if (!t || !before || !/^\p{Lu}{2,6}$/u.test(t.text) || t.abbrev) return false;
  if (!`${before.post}${t.pre}`.includes('(') || !t.post.startsWith(')')) return false;
  const letters = t.text.toLowerCase();
  let k = letters.length - 1;
  for (let p = at - 1; p >= 0 && k >= 0; p--) {
    const w = tokens[p]!;
    if (w.sentence !== t.sentence || !/^\p{Ll}/u.test(w.text)) return false;
    if (p < at - 1 && /[,;:()]/.test(w.post)) return false;
    if (w.lower[0] === letters[k]) k--;
    else if (!SKIPPED.has(w.lower)) return false;
  }
  return k < 0;
}
