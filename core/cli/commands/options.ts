import type { Engine } from '../../engine/engine.ts';
import type { Output } from '../output.ts';

// Options that several commands read the same way: a codebook by number, key or name, a list of
// coders, and whole numbers.

/** The codebook a --codebook option names (number, key or name); null after saying which exist. */
export async function findCodebook(
  engine: Engine,
  wanted: string,
  output: Output,
): Promise<{ id: number; name: string } | null> {
  const codebooks = await engine.invoke('codebooks.list');
  const key = wanted.trim().toLowerCase();
  const found = codebooks.find(
    (book) => String(book.id) === key || book.key.toLowerCase() === key || book.name.toLowerCase() === key,
  );
  if (!found) {
    const list = codebooks.map((book) => `${book.id} ${book.name}`).join('; ') || 'none';
    output.err(`There is no codebook “${wanted}” in this project. Codebooks: ${list}.\n`);
    return null;
  }
  return found;
}

/** Coders by name or number, from a comma-separated --coders option. */
export const coderList = (text: string | undefined) =>
  text
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => (/^\d+$/.test(name) ? Number(name) : name));

/** A whole-number option: undefined when not given, null when it is not a whole number. */
export function wholeNumber(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text.trim()) ? Number(text) : null;
}
