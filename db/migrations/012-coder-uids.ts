import type { Migration } from './types.ts';

// A coder is the same person in every copy of a project: merging a colleague's file matches coders
// by this uid first (then by name), so two people who share a name stay apart once they have one.
export const coderUids: Migration = {
  version: 12,
  name: 'a uid for every coder',
  up: `
    ALTER TABLE coders ADD COLUMN uid TEXT;
    UPDATE coders SET uid = lower(hex(randomblob(16)));
    CREATE UNIQUE INDEX coders_uid ON coders (uid);
  `,
};
