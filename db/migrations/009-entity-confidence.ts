import type { Migration } from './types.ts';

// Issue #8. `mentions.confidence`: how sure analysis is of the entity's type in that article (0–1; NULL for a
// person's own mentions and for analyses made before this). `entities.match_key`: the key under which other
// written forms of the same name meet across the project (Sergei/Sergey, Defence/Defense, "U.S."/"United
// States"), filled by the analysis code, which knows how to make it; NULL until then.
export const entityConfidence: Migration = {
  version: 9,
  name: 'entity type confidence and matching keys',
  up: `
    ALTER TABLE mentions ADD COLUMN confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1));
    ALTER TABLE entities ADD COLUMN match_key TEXT;
    CREATE INDEX entities_match_key ON entities (type, match_key);
  `,
};
