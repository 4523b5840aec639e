import { main } from '../../core/cli/main.ts';
import type { Output } from '../../core/cli/output.ts';

/** Runs the CLI in-process and returns what a user would see on the terminal. */
export async function framescope(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const output: Output = {
    out: (text) => (out += text),
    err: (text) => (err += text),
    isTty: false,
    errIsTty: false,
    columns: 200,
  };
  const code = await main(argv, output);
  return { code, out, err };
}
