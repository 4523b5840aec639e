import { z } from 'zod';

// Building blocks of the argument schemas: every argument that crosses into the engine is parsed.

export const id = z.number().int().positive();
export const offset = z.number().int().min(0);
export const reviewStatus = z.enum(['suggested', 'accepted', 'rejected']);
export const entityType = z.enum(['person', 'organization', 'place']);
export const speakerType = z.enum(['person', 'group']);
export const hexColor = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour is written like "#117733"');
export const nonEmpty = z.string().trim().min(1, 'must not be empty');
/** A date as ISO 8601 or a prefix of one: "2020", "2020-03", "2020-03-22". */
export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?/, 'dates are written like "2020-03-22"');
export const span = { start: z.number().int().min(0), end: z.number().int().positive() };
