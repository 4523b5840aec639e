import { describe, expect, it } from 'vitest';
import { craftedProjectFiles } from '../../torture/families/crafted-files.ts';

// The short run of `npm run torture`'s crafted-file family: a few files of each kind.
describe('crafted project files (torture, short)', () => {
  it('are refused by every command and the bridge with a sentence, unchanged, with no planted code run', async () => {
    const { figures, failures } = await craftedProjectFiles.run({ short: true });
    expect(failures).toEqual([]);
    const figure = (label: string) => figures.find(([name]) => name === label)?.[1];
    expect(figure('crafted project files')).toBeGreaterThanOrEqual(10);
    expect(figure('executions of planted code')).toBe(0);
    expect(figure('refused files with any byte changed or a file left beside them')).toBe(0);
    expect(figure('refusals')).toBe(figure('refusals with a sentence naming the file'));
  }, 600_000);
});
