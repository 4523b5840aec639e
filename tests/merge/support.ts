import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../core/engine/engine.ts';
import { openProject } from '../../db/open.ts';
import { contentDigest } from '../../core/merge/digest.ts';

// Articles of our own for a team's project: a fictional relief convoy, told by three made-up outlets.
export const ARTICLES: Record<string, string> = {
  'harbour.txt': [
    'Relief convoy reaches Portavela',
    'The first trucks of the relief convoy reached Portavela on Tuesday morning, carrying water pumps and tents.',
    '"We came as fast as the roads allowed," said Marta Quell, who leads the convoy for the Northern Aid League.',
    'Critics in the capital said the government had waited too long before asking for help.',
  ].join('\n\n'),
  'council.txt': [
    'Council debates the cost of the Portavela relief',
    'The city council argued for three hours on Wednesday about who should pay for the relief effort.',
    '"The budget cannot carry this alone," said treasurer Oskar Lind, warning of higher taxes next year.',
    'Several members blamed the ministry for cutting the flood defences a decade ago.',
  ].join('\n\n'),
  'clinic.txt': [
    'Field clinic opens beside the river',
    'Doctors opened a field clinic beside the river on Thursday and treated two hundred people on the first day.',
    '"Most of them have cuts and fevers, nothing we cannot handle," said nurse Ilse Varga.',
    'Officials called the clinic a sign of solidarity between the regions.',
  ].join('\n\n'),
};

/** An article only some coders add to their copy (two of them import it on their own). */
export const LATE_ARTICLE = [
  'Volunteers rebuild the Portavela bridge',
  'Volunteers from four towns began rebuilding the footbridge over the river on Friday.',
  '"It will take a month, but we will cross it before the harvest," said engineer Tomas Brell.',
].join('\n\n');

/** A base project with the three articles, analysed, with a code for coders to use; closed, so the file is whole. */
export async function baseProject(dir: string): Promise<string> {
  const path = join(dir, 'base.sqlite');
  const engine = new Engine(path);
  try {
    const files = Object.entries(ARTICLES).map(([name, text]) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    });
    await engine.invoke('import.paths', files);
    const [book] = await engine.invoke('codebooks.list');
    await engine.invoke('codes.create', {
      codebookId: book!.id,
      kind: 'code',
      name: 'Blame',
      color: '#aa3377',
    });
  } finally {
    await engine.close();
  }
  return path;
}

/** A copy of `base` a coder works on through the engine; returns the copy's path once the engine is closed. */
export async function coderCopy(
  base: string,
  dir: string,
  name: string,
  work: (engine: Engine, helpers: CoderHelpers) => Promise<void>,
  coderName = name,
): Promise<string> {
  const path = join(dir, `${name}.sqlite`);
  copyFileSync(base, path);
  const engine = new Engine(path);
  try {
    const coder = await engine.invoke('coders.ensure', coderName);
    const articles = (await engine.invoke('articles.list', {})).rows;
    const books = await engine.invoke('codebooks.list');
    const codes = books.flatMap((book) => book.codes.map((code) => ({ ...code, book: book.key })));
    const helpers: CoderHelpers = {
      coderId: coder.id,
      article: (title) => articles.find((row) => row.title?.startsWith(title))!.id,
      code: (name) => codes.find((code) => code.name === name)!.id,
      frame: () => codes.find((code) => code.kind === 'frame')!.id,
      codeWords: async (articleId, code, words, memo) => {
        const text = (await engine.invoke('articles.get', articleId)).text;
        const start = text.indexOf(words);
        if (start < 0) throw new Error(`“${words}” is not in article ${articleId}`);
        await engine.invoke('annotations.create', {
          articleId,
          codeId: typeof code === 'number' ? code : helpers.code(code),
          coderId: coder.id,
          start,
          end: start + words.length,
          ...(memo ? { memo } : {}),
        });
      },
    };
    await work(engine, helpers);
  } finally {
    await engine.close();
  }
  return path;
}

export interface CoderHelpers {
  coderId: number;
  article: (title: string) => number;
  code: (name: string) => number;
  frame: () => number;
  /** Codes the first occurrence of `words` in the article with the code of that name (or id), as this coder. */
  codeWords: (articleId: number, code: string | number, words: string, memo?: string) => Promise<void>;
}

/** The digest of a project file's content (ids ignored), and its row counts of people's work. */
export function contentOf(path: string): {
  digest: string;
  codings: number;
  decisions: number;
  articles: number;
} {
  const db = openProject(path, { readonly: true });
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      digest: contentDigest(db),
      codings: count("SELECT count(*) FROM annotations WHERE origin = 'manual' OR status != 'suggested'"),
      decisions: count("SELECT count(*) FROM frame_decisions WHERE origin != 'auto'"),
      articles: count('SELECT count(*) FROM articles'),
    };
  } finally {
    db.close();
  }
}
