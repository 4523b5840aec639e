import { describe, expect, it } from 'vitest';
import { useEngines } from '../engine/support.ts';
import { SEED_PATH } from '../support/temp.ts';

describe('who is quoted', () => {
  const { engine } = useEngines();

  it('counts speech only: a slogan in quote marks is nobody’s source', async () => {
    const project = engine();
    // With its outlet named: articles with none are no outlet and have no figures of their own.
    const { imported } = await project.invoke('import.paths', [SEED_PATH], { outlet: 'Wire desk' });
    const result = await project.invoke('compare.outlets', { articleIds: [imported[0]!.id] });
    const outlet = result.speakers.perOutlet['Wire desk'];
    expect(outlet!.speakers.map((s) => s.speaker)).toEqual(['Dmitry Peskov', 'Kremlin']);
    expect(outlet!.quotes).toBe(5);
  });
});
