// Which of the people named in full a bare surname ("Hengesbach said", "Mrs. Orrin", "President Moreno") can
// be: the honorific, the office or kinship role, and how the text titles each candidate decide.
import { agreedGender } from '../first-names.ts';
import type { Draft } from './same-thing.ts';

/**
 * "Mrs. Anna Hengesbach" and her stepson Vincent Hengesbach: where the text calls her "Mrs." (or "Miss"), a bare
 * "Hengesbach said" is the other one. Only between two or more people of that surname: alone, she is still her.
 */
export function untitledSurname(role: string | undefined, candidates: Draft[]): Draft[] {
  if (role || candidates.length < 2) return candidates;
  const untitled = candidates.filter((d) => !d.roles.some((r) => WOMAN_HONORIFIC.test(r)));
  return untitled.length > 0 ? untitled : candidates;
}
const WOMAN_HONORIFIC = /^(?:mrs|miss|ms)\b/i;

/**
 * "First Lady Ana Moreno … President Moreno": someone the text names by a kinship or consort role shares a
 * surname with the office holder it relates them to, and is not that office holder.
 */
export function relativeOfTitled(role: string | undefined, roles: readonly string[]): boolean {
  if (!role || HONORIFIC.test(role) || KINSHIP.test(role)) return false;
  return roles.length > 0 && roles.every((r) => KINSHIP.test(r));
}
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame|madam)\b/i;
const KINSHIP =
  /\b(?:first lady|wife|husband|widow|widower|son|daughter|brother|sister|mother|father-in-law|mother-in-law)\b/i;

// "Mrs. Orrin" is not "Paul T. Orrin", but "Mr. Khrushchev" is Nikita S. Khrushchev: only a first name both
// name lists give to women rules a "Mr." out.
export function sameGender(role: string | undefined, firstName: string | undefined): boolean {
  const title = role?.toLowerCase().replace(/\./g, '') ?? '';
  const gender = agreedGender(firstName ?? '');
  if (/^(mrs|miss|ms)\b/.test(title)) return gender !== 'm';
  if (/^mr\b/.test(title)) return gender !== 'f';
  return true;
}
