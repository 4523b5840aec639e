import { join } from 'node:path';
import { afterEach } from 'vitest';
import { Engine } from '../../core/engine/engine.ts';
import type { Envelope } from '../../core/contract.ts';
import { SEED_PATH, useTempDir } from '../support/temp.ts';

/** Engines on fresh project files in a temp folder, closed after each test. */
export function useEngines() {
  const temp = useTempDir();
  const open: Engine[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((engine) => engine.close()));
  });
  const engine = (name = 'project.sqlite') => {
    const created = new Engine(join(temp.dir(), name));
    open.push(created);
    return created;
  };
  /**
   * An engine whose project holds the seed article, imported as the sample (in the sample story, with
   * the sample's issue codebook) and analysed; without the fictional sample story.
   */
  const seeded = async () => {
    const created = engine();
    process.env.FRAMESCOPE_SAMPLE = SEED_PATH;
    try {
      await created.invoke('project.importSample', { story: false });
    } finally {
      delete process.env.FRAMESCOPE_SAMPLE;
    }
    return created;
  };
  return { temp, engine, seeded };
}

/** The error of a failed call; fails the test when the call succeeded. */
export function errorOf(envelope: Envelope<unknown>): { message: string; code?: string } {
  if (envelope.ok)
    throw new Error(`expected the call to fail, but it returned ${JSON.stringify(envelope.value)}`);
  return envelope.error;
}
