import { useState } from 'react';
import type { StorySummary } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { useEngine } from '../../hooks/useEngine.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { formatDate, formatNumber, plural } from '../format.ts';

const PAGE = 200;

/**
 * The articles in no story: those grouping found no story for, and those a person took out (which
 * grouping leaves out). Any of them can be added to a story; that is an edit that undoes.
 */
export function LeftOutList({ stories }: { stories: StorySummary[] }) {
  const [limit, setLimit] = useState(PAGE);
  const page = useEngine('stories.leftOut', [{ limit }]);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const articles = page.data?.articles ?? [];

  const add = (storyId: number) => {
    const story = stories.find((candidate) => candidate.id === storyId);
    if (!story || chosen.size === 0) return;
    const ids = [...chosen];
    mutate('stories.moveArticles', ids, storyId)
      .then(() => {
        setChosen(new Set());
        showToast(`Added ${plural(ids.length, 'article')} to “${story.name}”.`, { undo: true });
      })
      .catch((error: unknown) => showError(error, 'add the articles to the story'));
  };

  return (
    <div className="story-detail">
      <header className="story-header">
        <h2>In no story</h2>
        <p className="muted">
          {page.data
            ? page.data.total === 0
              ? 'Every article is in a story.'
              : `${plural(page.data.total, 'article')} that grouping left out or that you took out of their story. Grouping again leaves out the ones you took out.`
            : 'Loading…'}
        </p>
        {articles.length > 0 && (
          <div className="story-actions">
            <select
              className="input"
              aria-label="Add the chosen articles to a story"
              value=""
              disabled={chosen.size === 0 || stories.length === 0}
              onChange={(event) => add(Number(event.target.value))}
            >
              <option value="">
                {chosen.size === 0 ? 'Choose articles to add…' : `Add ${plural(chosen.size, 'article')} to…`}
              </option>
              {stories.map((story) => (
                <option key={story.id} value={story.id}>
                  {story.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </header>
      {page.error && (
        <ErrorNotice
          error={page.error}
          title="The articles in no story could not be listed"
          hint="Try again."
        />
      )}
      {articles.length > 0 && (
        <table className="story-articles">
          <caption className="visually-hidden">Articles in no story</caption>
          <thead>
            <tr>
              <th scope="col" className="check">
                <input
                  type="checkbox"
                  aria-label="Choose every article listed"
                  checked={chosen.size > 0 && chosen.size === articles.length}
                  onChange={(event) =>
                    setChosen(
                      event.target.checked ? new Set(articles.map((article) => article.id)) : new Set(),
                    )
                  }
                />
              </th>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col" className="num">
                Date
              </th>
              <th scope="col" className="num">
                Words
              </th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => {
              const title = article.title || `Article ${article.id}`;
              return (
                <tr key={article.id}>
                  <td className="check">
                    <input
                      type="checkbox"
                      aria-label={`Choose “${title}”`}
                      checked={chosen.has(article.id)}
                      onChange={(event) => {
                        const next = new Set(chosen);
                        if (event.target.checked) next.add(article.id);
                        else next.delete(article.id);
                        setChosen(next);
                      }}
                    />
                  </td>
                  <td>
                    <a href={`#/reader/${article.id}`}>{title}</a>
                    {article.excluded ? <span className="faint"> · taken out by hand</span> : null}
                  </td>
                  <td>{article.outlet ?? <span className="faint">no outlet</span>}</td>
                  <td className="num">
                    {formatDate(article.published_at) || <span className="faint">undated</span>}
                  </td>
                  <td className="num">{formatNumber(article.word_count)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {page.data && page.data.total > articles.length && (
        <button type="button" className="btn" onClick={() => setLimit(limit + PAGE)}>
          Show {plural(Math.min(PAGE, page.data.total - articles.length), 'more article')}
        </button>
      )}
    </div>
  );
}
