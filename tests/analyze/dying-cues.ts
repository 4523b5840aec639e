/** Texts with this end every analysis worker that takes them (see dying-worker.ts). */
export const END_ALWAYS = 'Framescope test: this text ends the worker every time.';
/** Texts with this end the first worker that takes them only. */
export const END_ONCE = 'Framescope test: this text ends the worker once.';
