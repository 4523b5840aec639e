// What the libraries behind the importers say when a file defeats them ("Invalid array length",
// "Maximum call stack size exceeded", an XML parser's internals) means nothing to a scholar. Each
// known kind becomes a sentence fragment that says what is wrong with the file and what to do.

const KNOWN: [RegExp, string][] = [
  [
    /maximum call stack size exceeded|too much recursion/i,
    'it is nested too deeply to read (a damaged or crafted file); save the article again from the program that made it',
  ],
  [
    /invalid array length|invalid string length|array buffer allocation failed|out of memory|allocation failed/i,
    'it is too large or too repetitive to read in memory (a damaged or crafted file); split it or save the article again',
  ],
  [
    /end of data reached|corrupted zip|can't find end of central directory|is this a zip file|invalid (zip|signature)/i,
    'it is damaged: its contents end early or are not what its format promises; save it again from the program that made it',
  ],
  [
    /cannot (read|destructure) propert(y|ies)|is not a function|is not iterable|of (null|undefined)/i,
    'its structure is not what its format requires (a part is missing, empty or of the wrong kind); save it again from the program that made it',
  ],
  [
    /unexpected (end|close tag|token)|unclosed|invalid tag|not well-formed|attribute .* (is )?(not|without)|closing tag/i,
    'its markup is broken beyond repair; save it again from the program that made it',
  ],
];

/** A sentence fragment for an error a library threw while reading a file. */
export function describeLibraryError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  for (const [pattern, sentence] of KNOWN) if (pattern.test(message)) return sentence;
  return `it could not be read; save it again from the program that made it (the reader said: ${oneLine(message)})`;
}

function oneLine(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
