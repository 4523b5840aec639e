import { getArticle, listArticles, type ArticleSort } from '../../../db/articles.ts';
import { searchArticles } from '../../../db/search.ts';
import { exportedArticle } from '../../export.ts';
import { storedAnalysisJson, type AnalysisJson } from '../../analyze/json.ts';
import { openForCommand } from '../project.ts';
import { plural, printJson, truncate, type Output } from '../output.ts';

export interface ReadOptions {
  db?: string;
  json?: boolean;
}

export interface SearchCommandOptions extends ReadOptions {
  limit?: string;
}

export interface ListCommandOptions extends ReadOptions {
  sort?: ArticleSort;
  desc?: boolean;
  outlet?: string;
  limit?: string;
}

export function listCommand(options: ListCommandOptions, output: Output): number {
  const { db } = openForCommand(options.db, 'read', output);
  try {
    const articles = listArticles(db, {
      sort: options.sort ?? 'id',
      descending: options.desc ?? false,
      outlet: options.outlet,
      limit: options.limit ? Number(options.limit) : -1,
    });
    if (options.json) {
      printJson(output, articles);
      return 0;
    }
    if (articles.length === 0) {
      output.out('The project has no articles yet. Add some with: framescope import <files or folders>\n');
      return 0;
    }
    const outletWidth = Math.min(24, Math.max(6, ...articles.map((a) => (a.outlet ?? '').length)));
    output.out(
      `${'ID'.padStart(6)}  ${'DATE'.padEnd(10)}  ${'OUTLET'.padEnd(outletWidth)}  ${'WORDS'.padStart(6)}  TITLE\n`,
    );
    for (const a of articles) {
      const row = `${String(a.id).padStart(6)}  ${(a.published_at ?? '').slice(0, 10).padEnd(10)}  ${truncate(a.outlet ?? '', outletWidth).padEnd(outletWidth)}  ${String(a.word_count).padStart(6)}  ${a.title ?? ''}`;
      output.out(`${truncate(row, output.columns)}\n`);
    }
    output.out(`${plural(articles.length, 'article')}\n`);
    return 0;
  } finally {
    db.close();
  }
}

export function showCommand(id: string, options: ReadOptions, output: Output): number {
  const { db } = openForCommand(options.db, 'read', output);
  try {
    const row = getArticle(db, id);
    if (!row) {
      output.err(
        `There is no article ${id} in this project. "framescope list" shows the articles there are.\n`,
      );
      return 1;
    }
    const article = exportedArticle(row);
    const analysis = storedAnalysisJson(db, row.id, row.text, row.word_count);
    if (options.json) {
      printJson(output, { ...article, ...analysis });
      return 0;
    }
    const facts: [string, string | number | null][] = [
      ['Outlet', article.outlet],
      ['Author', article.author],
      ['Published', article.published ?? article.publishedRaw],
      ['URL', article.url],
      ['Language', article.language],
      ['Words', article.wordCount],
      ['Source', `${article.source ?? ''} (${article.format}), imported ${article.importedAt}`],
      ['UID', article.uid],
    ];
    output.out(`${article.title ?? '(untitled)'}\n\n`);
    for (const [label, value] of facts)
      if (value !== null && value !== '') output.out(`${label.padEnd(10)} ${value}\n`);
    output.out(
      article.text === ''
        ? '\nText not included: this project was saved "annotations only". Import the article to read it, or merge this file into a project that has it.\n'
        : `\n${article.text}\n`,
    );
    output.out(describeAnalysisOf(analysis, row.analyzed_at !== null));
    return 0;
  } finally {
    db.close();
  }
}

export function searchCommand(query: string, options: SearchCommandOptions, output: Output): number {
  const { db } = openForCommand(options.db, 'read', output);
  try {
    const mark: [string, string] = output.isTty && !options.json ? ['\x1b[1;33m', '\x1b[0m'] : ['**', '**'];
    const hits = searchArticles(db, query, { limit: options.limit ? Number(options.limit) : 20, mark });
    if (options.json) {
      printJson(output, hits);
      return 0;
    }
    if (hits.length === 0) {
      output.out(`No articles match ${query}.\n`);
      return 0;
    }
    for (const hit of hits) {
      const meta = [hit.outlet, hit.published_at?.slice(0, 10)].filter(Boolean).join(', ');
      output.out(`${hit.id}. ${hit.title ?? '(untitled)'}${meta ? ` (${meta})` : ''}\n   ${hit.snippet}\n\n`);
    }
    output.out(`${plural(hits.length, 'article')} ${hits.length === 1 ? 'matches' : 'match'}, best first.\n`);
    return 0;
  } finally {
    db.close();
  }
}

function describeAnalysisOf(analysis: AnalysisJson, analysed: boolean): string {
  if (!analysed) return '\nNot analysed yet: run "framescope analyze" to tag entities, quotes and frames.\n';
  const lines: string[] = [];
  // How sure analysis is, for suggestions nobody has reviewed yet.
  const sure = (quote: AnalysisJson['quotes'][number]) =>
    quote.status === undefined || quote.status === 'suggested'
      ? `${Math.round(quote.confidence * 100)}% sure`
      : null;
  const speakerOf = (quote: AnalysisJson['quotes'][number]) => {
    const notes = [quote.cue, sure(quote)].filter((note) => note !== null);
    return `${quote.speaker ?? 'no speaker'}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
  };
  const direct = analysis.quotes.filter((quote) => quote.kind === 'direct');
  const reported = analysis.quotes.filter((quote) => quote.kind === 'reported');
  lines.push('', `Quotes (${direct.length})`);
  for (const quote of direct) lines.push(`  “${truncate(quote.text, 70)}” — ${speakerOf(quote)}`);
  if (reported.length > 0) {
    lines.push('', `Reported speech (${reported.length})`);
    for (const quote of reported) lines.push(`  ${truncate(quote.text, 72)} — ${speakerOf(quote)}`);
  }
  const present = analysis.frames.filter((frame) => frame.present);
  lines.push('', `Frames (${present.length})`);
  for (const frame of present) {
    const state = [
      frame.primary ? 'primary' : '',
      frame.denied ? 'denied' : '',
      frame.origin === 'auto' ? '' : 'decided by a coder',
    ]
      .filter(Boolean)
      .join(', ');
    const quoted = frame.hits.filter((hit) => hit.inQuote).length;
    lines.push(
      `  ${frame.frame} [${frame.codebook}]${state ? ` (${state})` : ''}: salience ${frame.salience ?? '–'}, ${plural(frame.hits.length, 'evidence sentence')}${quoted ? `, ${quoted} in quotes` : ''}`,
    );
  }
  for (const type of ['person', 'organization', 'place']) {
    const entities = analysis.entities.filter((entity) => entity.type === type);
    if (entities.length === 0) continue;
    const names = entities.map(
      (entity) => `${entity.name}${entity.role ? ` (${entity.role})` : ''} ×${entity.mentions.length}`,
    );
    lines.push(
      '',
      `${type === 'person' ? 'People' : type === 'organization' ? 'Organizations' : 'Places'}: ${names.join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
