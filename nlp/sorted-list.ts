// Lookups in long word lists shipped as one sorted string (the gazetteer's towns, the first names): splitting
// such a string is cheap, and halving the list finds a word without first hashing every entry into a map at
// each analysis worker's start (issue 8).

/** The place of `key` in a list sorted by code unit (as `<` orders strings), or -1 if it is not there. */
export function sortedIndex(list: readonly string[], key: string): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = list[middle]!;
    if (found === key) return middle;
    if (found < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
