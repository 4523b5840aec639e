import { z } from 'zod';
import { EngineError } from '../errors.ts';
import type { Session } from '../session.ts';

export const taskCancelArgs = z.tuple([z.number().int().positive()]);

/**
 * Asks a running (or waiting) task to stop. Tasks that can stop say so in their progress events;
 * grouping keeps what it did and goes on from there the next time it runs.
 */
export function cancelTask(this: Session, taskId: number): { cancelling: number } {
  if (!this.cancelTask(taskId))
    throw new EngineError('not-found', `Task ${taskId} is not running, or it cannot be stopped part way.`);
  return { cancelling: taskId };
}
