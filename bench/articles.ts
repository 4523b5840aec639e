import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { brownSamples, brownText } from '../tests/support/brown.ts';
import { seededRandom } from '../nlp/random.ts';

const OUTLETS = [
  'Reuters',
  'Associated Press',
  'The Guardian',
  'La Repubblica',
  'Corriere della Sera',
  'TASS',
  'RT',
  'Sputnik',
  'BBC News',
  'Deutsche Welle',
  'Le Monde',
  'El País',
  'Politico Europe',
  'Euronews',
  'The New York Times',
  'The Washington Post',
  'ANSA',
  'Interfax',
  'Il Sole 24 Ore',
  'Al Jazeera',
];

/** Every paragraph of the Brown corpus's press, editorial and review samples. */
export function brownParagraphs(): string[] {
  return ['ca', 'cb', 'cc', 'cd', 'ce', 'cf', 'cg']
    .flatMap((genre) => brownSamples(genre))
    .flatMap((sample) => brownText(sample).split('\n\n'))
    .filter((paragraph) => paragraph.split(' ').length >= 6);
}

/**
 * Writes `count` distinct articles recombined from Brown paragraphs into JSON Lines files of
 * `perFile` articles each; returns the file paths.
 */
export async function writeArticles(
  dir: string,
  count: number,
  perFile: number,
  seed = 1961,
): Promise<string[]> {
  const paragraphs = brownParagraphs();
  const next = seededRandom(seed); // the same articles on every run
  const pick = () => paragraphs[Math.floor(next() * paragraphs.length)]!;
  const files: string[] = [];
  for (let start = 0; start < count; start += perFile) {
    const path = join(dir, `articles-${String(files.length).padStart(3, '0')}.jsonl`);
    files.push(path);
    const out = createWriteStream(path);
    for (let i = start; i < Math.min(count, start + perFile); i++) {
      const body = Array.from({ length: 3 + Math.floor(next() * 8) }, pick);
      const outlet = OUTLETS[i % OUTLETS.length]!;
      const day = 1 + Math.floor(next() * 28);
      const line = JSON.stringify({
        title: `${body[0]!.split(' ').slice(0, 8).join(' ')} (${i})`,
        text: body.join('\n\n'),
        outlet,
        author: `Reporter ${Math.floor(next() * 500)}`,
        url: `https://news.example/${outlet.toLowerCase().replace(/\W+/g, '-')}/${i}`,
        date: `2020-03-${String(day).padStart(2, '0')}`,
      });
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
  }
  return files;
}
