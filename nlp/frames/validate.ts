import { BUILT_IN_CUES } from './nations.ts';
import { patternProblem } from './patterns.ts';
import type { Codebook, CodebookFrame } from './types.ts';

// Scholars edit codebooks by hand, so every error names the codebook, the frame and the cue, says what is
// wrong and how to fix it.
const COLOR = /^#[0-9a-f]{6}$/i;
const PHRASE_CHARS = /^[\p{L}\p{N}\p{M}\s'\u2019.\-\u2010\u2011*&]+$/u;

export function validateCodebook(json: unknown): Codebook {
  if (!isObject(json))
    throw new Error('A codebook must be a JSON object with id, name, description and frames.');
  const id = requireText(json, 'id', 'The codebook');
  const where = `Codebook "${id}"`;
  const name = requireText(json, 'name', where);
  const description = optionalText(json, 'description', where);
  if (!Array.isArray(json.frames) || json.frames.length === 0)
    throw new Error(`${where}: "frames" must be a non-empty list of frames.`);
  const seen = new Set<string>();
  const frames = json.frames.map((frame: unknown, i): CodebookFrame => {
    if (!isObject(frame))
      throw new Error(`${where}: frame ${i + 1} must be an object with id, name, color and cues.`);
    const frameId = requireText(frame, 'id', `${where}, frame ${i + 1}`);
    const at = `${where}, frame "${frameId}"`;
    if (seen.has(frameId)) throw new Error(`${at}: duplicate frame id; give each frame its own id.`);
    seen.add(frameId);
    const color = requireText(frame, 'color', at);
    if (!COLOR.test(color)) throw new Error(`${at}: color "${color}" must be a hex colour like "#117733".`);
    return {
      id: frameId,
      name: requireText(frame, 'name', at),
      description: optionalText(frame, 'description', at),
      color,
      cues: validateCues(frame.cues, at),
    };
  });
  return { id, name, description, frames };
}

function validateCues(cues: unknown, at: string): string[] {
  if (!Array.isArray(cues)) throw new Error(`${at}: "cues" must be a list of strings (it may be empty).`);
  const seen = new Set<string>();
  return cues.map((cue: unknown, i) => {
    const label = `${at}, cue ${i + 1}${typeof cue === 'string' ? ` "${cue}"` : ''}`;
    if (typeof cue !== 'string') throw new Error(`${label}: a cue must be a string.`);
    const problem = cueProblem(cue);
    if (problem) throw new Error(`${label}: ${problem}.`);
    const key = cue.trim().toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) throw new Error(`${label}: duplicate cue in this frame; remove one.`);
    seen.add(key);
    return cue.trim();
  });
}

export function cueProblem(cue: string): string | null {
  // A leading "?" marks a weak cue (see types.ts); what follows is checked as any cue.
  const trimmed = cue.trim().replace(/^\?\s*/, '');
  if (trimmed === '') return 'empty cue; remove it or write a word or phrase';
  if (trimmed.startsWith('~')) return patternProblem(trimmed);
  if (trimmed.startsWith('@'))
    return trimmed in BUILT_IN_CUES
      ? null
      : `unknown built-in cue; the built-in cues are ${Object.entries(BUILT_IN_CUES)
          .map(([name, meaning]) => `${name} (${meaning})`)
          .join(', ')}`;
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return 'a phrase needs at least one letter or digit';
  if (!PHRASE_CHARS.test(trimmed))
    return 'a plain phrase may hold only words, spaces, hyphens, apostrophes and periods; start it with "~" to make it a compromise pattern';
  for (const [, stem] of trimmed.matchAll(/([\p{L}\p{N}]*)\*/gu)) {
    if ((stem ?? '').length < 3)
      return '"*" must end a word stem of at least three letters, e.g. "sanction*"';
  }
  if (/\*[\p{L}\p{N}]/u.test(trimmed)) return '"*" may only end a word, e.g. "sanction*"';
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireText(object: Record<string, unknown>, key: string, where: string): string {
  const value = object[key];
  if (typeof value !== 'string' || value.trim() === '')
    throw new Error(`${where}: "${key}" must be a non-empty string.`);
  return value.trim();
}

function optionalText(object: Record<string, unknown>, key: string, where: string): string {
  const value = object[key] ?? '';
  if (typeof value !== 'string') throw new Error(`${where}: "${key}" must be a string.`);
  return value;
}
