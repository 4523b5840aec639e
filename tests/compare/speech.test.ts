import { describe, expect, it } from 'vitest';
import { useEngines } from '../engine/support.ts';

describe('who is quoted', () => {
  const { seeded } = useEngines();

  it('counts speech only: a slogan in quote marks is nobody’s source', async () => {
    const engine = await seeded();
    const result = await engine.invoke('compare.outlets', { articleIds: [1] });
    const [outlet] = Object.values(result.speakers.perOutlet);
    expect(outlet!.speakers.map((s) => s.speaker)).toEqual(['Dmitry Peskov', 'Kremlin']);
    expect(outlet!.quotes).toBe(5);
  });
});
