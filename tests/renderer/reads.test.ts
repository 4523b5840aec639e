import { describe, expect, it } from 'vitest';
import { changeOf, listTouched, TITLES_ONLY, touches } from '../../renderer/api/reads.ts';

// Which views reload after a change (issue 12), decided from what the change says it touched.

const acceptQuote = changeOf([
  { type: 'changed', what: 'edits', seq: 7, tables: ['quotes', 'edits'], articleIds: [12] },
]);
const renameEntity = changeOf([{ type: 'changed', what: 'edits', seq: 8, tables: ['entities', 'edits'] }]);
const imported = changeOf([{ type: 'changed', what: 'articles', seq: 9 }]);
const grouped = changeOf([{ type: 'changed', what: 'stories', seq: 10 }]);

describe('a correction reloads only the views showing what it changed', () => {
  it('reloads the article it was made in, the history and the counts of quotes', () => {
    expect(touches('articles.get', [12], acceptQuote)).toBe(true);
    expect(touches('history.state', [], acceptQuote)).toBe(true);
    expect(touches('project.info', [], acceptQuote)).toBe(true);
  });

  it('leaves other articles, the codebook and the stories alone', () => {
    expect(touches('articles.get', [13], acceptQuote)).toBe(false);
    expect(touches('codebooks.list', [], acceptQuote)).toBe(false);
    expect(touches('stories.list', [], acceptQuote)).toBe(false);
  });

  it('reloads every open article when an entity they may mention is renamed', () => {
    expect(touches('articles.get', [13], renameEntity)).toBe(true);
    expect(touches('history.state', [], renameEntity)).toBe(true);
  });

  it('reloads everything after an import, and only stories after grouping', () => {
    expect(touches('codebooks.list', [], imported)).toBe(true);
    expect(touches('articles.get', [13], imported)).toBe(true);
    expect(touches('stories.list', [], grouped)).toBe(true);
    expect(touches('articles.get', [13], grouped)).toBe(false);
  });
});

describe('the library list after a change', () => {
  it('reloads only the rows of the article changed when its filters do not depend on it', () => {
    expect(listTouched({}, acceptQuote)).toEqual(new Set([12]));
    expect(listTouched({ outlets: ['TASS'], sort: 'title' }, acceptQuote)).toEqual(new Set([12]));
  });

  it('reloads the whole list when the change may decide which articles match', () => {
    expect(listTouched({ speaker: 'Dmitry Peskov' }, acceptQuote)).toBe('all');
    expect(listTouched({}, imported)).toBe('all');
  });

  it('does not reload for changes it does not show', () => {
    expect(listTouched({}, grouped)).toBe('none');
    expect(listTouched({}, renameEntity)).toBe('none');
  });
});

describe('the reader’s list of titles after a change', () => {
  const retitled = changeOf([
    { type: 'changed', what: 'edits', seq: 12, tables: ['articles', 'edits'], articleIds: [12] },
  ]);

  it('does not reload for a correction, which changes no title, outlet or date', () => {
    expect(listTouched({}, acceptQuote, TITLES_ONLY)).toBe('none');
    expect(listTouched({ outlets: ['TASS'], sort: 'title' }, acceptQuote, TITLES_ONLY)).toBe('none');
  });

  it('still reloads when the correction may decide which articles the list holds', () => {
    expect(listTouched({ speaker: 'Dmitry Peskov' }, acceptQuote, TITLES_ONLY)).toBe('all');
  });

  it('reloads when an article’s own columns change, and after an import', () => {
    expect(listTouched({}, retitled, TITLES_ONLY)).toBe('all');
    expect(listTouched({ outlets: ['TASS'] }, retitled, TITLES_ONLY)).toBe('all');
    expect(listTouched({}, imported, TITLES_ONLY)).toBe('all');
  });
});

describe('changes taken together', () => {
  it('touch the union of their tables and articles, or everything when one is unbounded', () => {
    const both = changeOf([
      { type: 'changed', what: 'edits', tables: ['quotes'], articleIds: [1] },
      { type: 'changed', what: 'edits', tables: ['annotations'], articleIds: [2] },
    ]);
    expect(both).toEqual({ tables: new Set(['quotes', 'annotations']), articleIds: new Set([1, 2]) });
    expect(
      changeOf([
        { type: 'changed', what: 'edits', tables: ['quotes'], articleIds: [1] },
        { type: 'changed', what: 'project' },
      ]),
    ).toEqual({
      tables: 'all',
      articleIds: 'all',
    });
  });
});

describe('learned proposals', () => {
  // What `learn.refresh` announces: the proposals replaced, no article named.
  const refreshed = changeOf([
    { type: 'changed', what: 'codebook', seq: 11, tables: ['learned_proposals', 'learn_runs'] },
  ]);
  const decided = changeOf([
    { type: 'changed', what: 'edits', seq: 12, tables: ['frame_decisions', 'edits'], articleIds: [5] },
  ]);

  it('reload the library’s facets, the list filtered to them and the open article after a refresh', () => {
    expect(touches('articles.facets', [{}], refreshed)).toBe(true);
    expect(touches('articles.get', [5], refreshed)).toBe(true);
    expect(listTouched({ proposedCodeId: 3 }, refreshed)).toBe('all');
    expect(touches('stories.list', [], refreshed)).toBe(false);
  });

  it('reload the whole list filtered to them after a decision, which removes a proposal', () => {
    expect(listTouched({ proposedCodeId: 3 }, decided)).toBe('all');
    expect(listTouched({}, decided)).toEqual(new Set([5]));
  });
});
