/** Where a command writes; tests pass their own to read what a user would see. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stdout is a terminal: colours are welcome. */
  isTty: boolean;
  /** True when stderr is a terminal: progress is a bar redrawn in place, else plain lines. */
  errIsTty: boolean;
  columns: number;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
  errIsTty: Boolean(process.stderr.isTTY),
  columns: process.stdout.columns || 100,
};

/**
 * JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (U+009B is a terminal's
 * one-byte escape) and bidirectional overrides raw; escaped, the JSON means the same.
 */
export function printJson(output: Output, value: unknown): void {
  const json = JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  output.out(`${json}\n`);
}

// Titles, names and messages come from imported files, so anything printed may carry terminal
// escape sequences (which can retitle the window, rewrite the screen or forge lines) and control
// characters. Only the highlight Framescope itself writes around search matches survives.
const HIGHLIGHT = new Set(['\x1b[1;33m', '\x1b[0m']);
const ESCAPE =
  // eslint-disable-next-line no-control-regex -- control characters are what these find
  /\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[ -/]*[0-~]?)|\x9b[0-?]*[ -/]*[@-~]?/g;
/** Controls but tab and newline; DEL and C1; bidirectional overrides, which reorder what is shown. */
// eslint-disable-next-line no-control-regex -- control characters are what these find
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print to a terminal: no escape sequences or control characters but tab and newline. */
export function terminalSafe(text: string): string {
  return text
    .replace(ESCAPE, (sequence) => (HIGHLIGHT.has(sequence) ? sequence : ''))
    .replace(CONTROL, (c) => (c === '\x1b' ? c : ''));
}

/**
 * An output that cleans everything written through it. Progress redraws its line with a carriage
 * return at the start of a write, so that one is kept; any other is taken out.
 */
export function terminalOutput(output: Output): Output {
  return {
    ...output,
    out: (text) => output.out(terminalSafe(text)),
    err: (text) =>
      output.err(text.startsWith('\r') ? `\r${terminalSafe(text.slice(1))}` : terminalSafe(text)),
  };
}

export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? word : pluralWord}`;
}
