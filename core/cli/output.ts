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

export function printJson(output: Output, value: unknown): void {
  output.out(`${JSON.stringify(value, null, 2)}\n`);
}

export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? word : pluralWord}`;
}
