import { readArticles, type Failure, type ReadOptions } from '../import/read.ts';
import { analyseText } from './analyse-text.ts';
import { BUILT_IN_CODEBOOKS, type Codebook } from '../../nlp/frames/index.ts';
import { analysisJson, type AnalysisJson } from './json.ts';

export interface AnalysedFile extends AnalysisJson {
  source: string;
  where?: string;
  title: string | null;
  outlet: string | null;
  text: string;
}

/** Analyses files without a project, with the built-in codebooks (or those given): for scripts and quick looks. */
export async function analyseFiles(
  paths: readonly string[],
  options: ReadOptions = {},
  codebooks: readonly Codebook[] = BUILT_IN_CODEBOOKS,
): Promise<{ articles: AnalysedFile[]; failures: Failure[] }> {
  const frameNames = new Map(
    codebooks.flatMap((book) => book.frames.map((frame) => [`${book.id}/${frame.id}`, frame.name] as const)),
  );
  const articles: AnalysedFile[] = [];
  const failures: Failure[] = [];
  for await (const event of readArticles(paths, options)) {
    if (event.type === 'failure') failures.push(event.failure);
    if (event.type !== 'article') continue;
    const { text, title, outlet } = event.prepared.article;
    try {
      const analysis = analyseText(text, codebooks);
      articles.push({
        source: event.file,
        ...(event.where ? { where: event.where } : {}),
        title,
        outlet,
        text,
        ...analysisJson(analysis, text, frameNames),
      });
    } catch (error) {
      failures.push({
        file: event.file,
        where: event.where,
        reason: `analysis failed (${(error as Error).message})`,
      });
    }
  }
  return { articles, failures };
}
