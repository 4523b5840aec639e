// Reads shared/eval/MANIFEST.json and the gold files it names: the documents with their split and text,
// and the quote and entity gold of every document, as bench/eval-score.ts scores them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedGold, type GoldEntity, type GoldQuote } from './eval-score.ts';

export const evalDir = join(import.meta.dirname, '..', '..', 'shared', 'eval');

type ManifestDoc = {
  doc: string;
  text: string;
  split: 'tune' | 'check';
  quotes: boolean;
  entities: boolean;
  entities_file?: string;
  frames: boolean;
  frames_file?: string;
};

/** A manifest entry with `file` (relative to shared/eval) and `text`, the file's contents. */
export type EvalDoc = Omit<ManifestDoc, 'text'> & { file: string; text: string };

export type EvalData = { docs: EvalDoc[]; quoteGold: GoldQuote[]; entityGold: GoldEntity[] };

export const readJsonl = <T>(file: string): T[] =>
  readFileSync(join(evalDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

export function loadManifest(): EvalData {
  const manifest = JSON.parse(readFileSync(join(evalDir, 'MANIFEST.json'), 'utf8')) as {
    docs: ManifestDoc[];
  };
  const docs: EvalDoc[] = manifest.docs.map((d) => ({
    ...d,
    file: d.text,
    text: readFileSync(join(evalDir, d.text), 'utf8'),
  }));
  const quoteGold = readJsonl<GoldQuote>('quotes-dev.jsonl');
  const entityGold: GoldEntity[] = [];
  const entityFiles = new Set(docs.filter((d) => d.entities && d.entities_file).map((d) => d.entities_file!));
  for (const file of entityFiles) {
    if (file.endsWith('.jsonl')) {
      entityGold.push(...readJsonl<GoldEntity>(file));
      continue;
    }
    // A per-document JSON file (people/organizations/places lists) covers the documents that name it.
    const seed = JSON.parse(readFileSync(join(evalDir, file), 'utf8')) as Parameters<typeof seedGold>[1];
    for (const d of docs.filter((x) => x.entities_file === file)) entityGold.push(...seedGold(d.doc, seed));
  }
  const withEntities = new Set(docs.filter((d) => d.entities).map((d) => d.doc));
  return { docs, quoteGold, entityGold: entityGold.filter((g) => withEntities.has(g.doc)) };
}
