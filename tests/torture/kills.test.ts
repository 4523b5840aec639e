import { describe, expect, it } from 'vitest';
import { killsDuringWork } from '../../torture/families/kills.ts';

// The short run of `npm run torture`'s kill family: one kill -9 in each long operation.
describe('kill -9 during long operations (torture, short)', () => {
  it('leaves whole projects that pass every check, with nothing unanalysed after the next run', async () => {
    const { figures, failures } = await killsDuringWork.run({ short: true });
    expect(failures).toEqual([]);
    for (const operation of ['import', 'analyze', 'grouping', 'share'])
      expect(
        figures.find(([label]) => label === `${operation}: kills after which every check held`)?.[1],
      ).toBe(1);
  }, 900_000);
});
