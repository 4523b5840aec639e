import type { Concept } from '../../api/contract.ts';

export const DEFAULT_CONCEPTS: [string, string] = ['aid, help, humanitarian', 'sanctions, veto'];

/** "aid, help, humanitarian*" → a concept named after its first term; null when no term is given. */
export function parseConcept(text: string): Concept | null {
  const terms = text
    .split(',')
    .map((term) => term.trim())
    .filter(Boolean);
  if (terms.length === 0) return null;
  return { name: terms[0]!.replace(/[~*()|?]/g, '').trim() || terms[0]!, terms };
}
