// Where each article of a .json file starts, as a line number for the messages about it: JSON.parse
// gives the values but not their places, so one linear pass over the source finds them.

/**
 * The line on which each element of the file's article list starts: the top-level array, or the
 * array under `key` of the top-level object.
 */
export function elementLines(source: string, key: string | null): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inList = false;
  let expectValue = false;
  let lastKey: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === '"') {
      let end = i + 1;
      while (end < source.length && source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
      const text = source.slice(i + 1, end);
      if (inList && depth === (key === null ? 1 : 2) && expectValue) {
        lines.push(line);
        expectValue = false;
      }
      if (depth === 1 && key !== null) lastKey = text;
      for (let k = i + 1; k < end; k++) if (source[k] === '\n') line++;
      i = end;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    const listDepth = key === null ? 1 : 2;
    if (inList && depth === listDepth && expectValue && c !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (c === '[' || c === '{') {
      depth++;
      if (c === '[' && depth === listDepth && (key === null || lastKey === key) && lines.length === 0) {
        inList = true;
        expectValue = true;
      }
    } else if (c === ']' || c === '}') {
      if (inList && depth === listDepth) return lines;
      depth--;
    } else if (c === ',' && inList && depth === listDepth) expectValue = true;
  }
  return lines;
}
