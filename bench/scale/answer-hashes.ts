// MD5 of each click-path answer on one project (issue 12): run it with the code before and after
// a change, on the same file, and the lines must be the same. Opens the engine, calls each the way
// the UI does (bench/scale/calls.ts picks the arguments), and hashes the answer's JSON. The
// correction accepts a waiting quote, hashes the article and the list page it reloads, and puts
// the quote back.
//
//   node bench/scale/answer-hashes.ts PROJECT
import { createHash } from 'node:crypto';
import { Engine } from '../../core/engine/engine.ts';
import type { Args, Method } from '../../core/contract.ts';
import { articleWithQuote, count, idAtOffset, mostUsedFrame, searchTerm } from './calls.ts';

const [project] = process.argv.slice(2);
if (!project) throw new Error('usage: node bench/scale/answer-hashes.ts PROJECT');
const engine = new Engine(project);
const db = engine.db;

async function hash<K extends Method>(label: string, method: K, ...args: Args<K>): Promise<void> {
  const envelope = await engine.call(method, args);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`);
  const json = JSON.stringify(envelope.value);
  console.log(`${createHash('md5').update(json).digest('hex')}  ${label} (${json.length} chars)`);
}

const middle = Math.floor(count(db) / 2);
const after = idAtOffset(db, middle);
const broad = searchTerm(db, Math.floor(count(db) * 0.3)).term;
const codeId = mostUsedFrame(db);
const { articleId, quoteId } = articleWithQuote(db);
try {
  await hash('project.info', 'project.info');
  await hash('list, first page', 'articles.list', { limit: 200 });
  await hash('list, page after the middle', 'articles.list', { offset: 0, after, limit: 200 });
  await hash('list, middle by offset', 'articles.list', { offset: middle, limit: 200 });
  await hash('facets, no filter', 'articles.facets', {});
  await hash('facets, a frame filter', 'articles.facets', { codeId });
  await hash(`facets, a broad search ("${broad}")`, 'articles.facets', { search: broad });
  await hash('facets, one outlet', 'articles.facets', { outlets: ['Reuters'] });
  await hash('articles.get', 'articles.get', articleId);
  await hash('codebooks.list', 'codebooks.list');
  await hash('correction: quotes.update', 'quotes.update', quoteId, { status: 'accepted' });
  await hash('correction: articles.get', 'articles.get', articleId);
  await hash('correction: project.info', 'project.info');
  await hash('correction: facets, no filter', 'articles.facets', {});
  await hash('correction: codebooks.list', 'codebooks.list');
} finally {
  await engine.call('quotes.update', [quoteId, { status: 'suggested' }]);
  await engine.close();
}
