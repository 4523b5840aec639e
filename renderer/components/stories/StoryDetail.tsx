import { useState } from 'react';
import type { SharedTerm, StorySummary } from '../../api/contract.ts';
import { mutate } from '../../api/freshness.ts';
import { useEngine } from '../../hooks/useEngine.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { showError, showToast } from '../../hooks/toast.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { formatDate, formatNumber, formatSpan } from '../format.ts';
import { storyCounts } from './StoryList.tsx';

const NO_STORY = 'none';

/** Why the article is in the story: the terms it shares with the story's other articles. */
function WhyLine({ terms }: { terms: { terms: SharedTerm[]; others: number } | undefined }) {
  if (!terms) return null;
  if (terms.terms.length === 0)
    return <div className="why faint">shares no strong term with the other articles</div>;
  return (
    <div
      className="why faint"
      title={`Terms it shares with the story's other ${terms.others} articles, and with how many`}
    >
      shares{' '}
      {terms.terms.map((term, index) => (
        <span key={term.term}>
          {index > 0 && ', '}
          <span className="why-term">{term.term}</span> ({term.articles})
        </span>
      ))}
    </div>
  );
}

/** One story: its name, its articles (each movable to another story), merge, delete, compare. */
export function StoryDetail({ story, stories }: { story: StorySummary; stories: StorySummary[] }) {
  const detail = useEngine('stories.get', [story.id]);
  const why = useEngine('stories.why', [story.id]);
  const shared = new Map(why.data?.articles.map((article) => [article.id, article]) ?? []);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(story.name);
  const others = stories.filter((other) => other.id !== story.id);

  const rename = () => {
    const trimmed = name.trim();
    setRenaming(false);
    if (!trimmed || trimmed === story.name) return;
    mutate('stories.rename', story.id, trimmed)
      .then(() => showToast(`Renamed the story “${trimmed}”.`, { undo: true }))
      .catch((error: unknown) => showError(error, 'rename the story'));
  };

  return (
    <div className="story-detail">
      <header className="story-header">
        {renaming ? (
          <form
            className="story-rename"
            onSubmit={(event) => {
              event.preventDefault();
              rename();
            }}
          >
            <input
              className="input"
              aria-label="Story name"
              value={name}
              autoFocus
              onChange={(event) => setName(event.target.value)}
              onBlur={rename}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  setName(story.name);
                  setRenaming(false);
                }
              }}
            />
          </form>
        ) : (
          <h2>{story.name}</h2>
        )}
        <p className="muted">
          {storyCounts(story)}
          {story.first_published && <> · {formatSpan(story.first_published, story.last_published)}</>}
          {story.query && <> · made of the search “{story.query}”</>}
        </p>
        {why.data && why.data.storyTerms.length > 0 && (
          <p className="story-terms">
            <span className="faint">About </span>
            {why.data.storyTerms.join(', ')}
          </p>
        )}
        <div className="story-actions">
          <a className="btn primary" href={`#/compare/${story.id}`}>
            Compare outlets
          </a>
          <button type="button" className="btn" onClick={() => setRenaming(true)}>
            Rename
          </button>
          {others.length > 0 && (
            <select
              className="input"
              aria-label="Merge this story into another"
              value=""
              onChange={(event) => {
                const intoId = Number(event.target.value);
                const into = others.find((other) => other.id === intoId);
                if (!into) return;
                mutate('stories.merge', story.id, intoId)
                  .then(() => {
                    showToast(`Merged “${story.name}” into “${into.name}”.`, { undo: true });
                    navigate({ view: 'stories', storyId: intoId });
                  })
                  .catch((error: unknown) => showError(error, 'merge the stories'));
              }}
            >
              <option value="">Merge into…</option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
          )}
          <button
            type="button"
            className="btn danger"
            onClick={() => {
              mutate('stories.delete', story.id)
                .then(() => {
                  showToast(`Deleted the story “${story.name}”; its articles stay in the library.`, {
                    undo: true,
                  });
                  navigate({ view: 'stories', storyId: null });
                })
                .catch((error: unknown) => showError(error, 'delete the story'));
            }}
          >
            Delete
          </button>
        </div>
      </header>
      {detail.error && (
        <ErrorNotice
          error={detail.error}
          title="The story's articles could not be listed"
          hint="Try again."
        />
      )}
      {detail.data ? (
        <table className="story-articles">
          <caption className="visually-hidden">Articles of {story.name}</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col" className="num">
                Date
              </th>
              <th scope="col" className="num">
                Words
              </th>
              <th scope="col">Story</th>
              <th scope="col">
                <span className="visually-hidden">Take out</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.data.articles.map((article) => (
              <tr key={article.id}>
                <td>
                  <a href={`#/reader/${article.id}`}>{article.title || `Article ${article.id}`}</a>
                  {article.origin === 'manual' && <span className="faint"> · placed by hand</span>}
                  <WhyLine terms={shared.get(article.id)} />
                </td>
                <td>{article.outlet ?? <span className="faint">no outlet</span>}</td>
                <td className="num">
                  {formatDate(article.published_at) || <span className="faint">undated</span>}
                </td>
                <td className="num">{formatNumber(article.word_count)}</td>
                <td>
                  <select
                    className="input small"
                    aria-label={`Move “${article.title ?? `article ${article.id}`}” to another story`}
                    value={story.id}
                    onChange={(event) => {
                      const value = event.target.value;
                      const target = value === NO_STORY ? null : Number(value);
                      const targetName = stories.find((other) => other.id === target)?.name;
                      mutate('stories.moveArticle', article.id, target)
                        .then(() =>
                          showToast(
                            targetName
                              ? `Moved the article to “${targetName}”.`
                              : 'Took the article out of the story.',
                            { undo: true },
                          ),
                        )
                        .catch((error: unknown) => showError(error, 'move the article'));
                    }}
                  >
                    {stories.map((option) => (
                      <option key={option.id} value={option.id}>
                        {option.name}
                      </option>
                    ))}
                    <option value={NO_STORY}>No story</option>
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className="btn small"
                    aria-label={`Take “${article.title ?? `article ${article.id}`}” out of the story`}
                    title="Take it out of the story; grouping again leaves it out"
                    onClick={() => {
                      mutate('stories.moveArticles', [article.id], null)
                        .then(() =>
                          showToast('Took the article out of the story; it is listed under In no story.', {
                            undo: true,
                          }),
                        )
                        .catch((error: unknown) => showError(error, 'take the article out'));
                    }}
                  >
                    Take out
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        !detail.error && (
          <div className="list-skeleton" aria-busy="true" aria-label="Loading the articles">
            {Array.from({ length: 5 }, (_, index) => (
              <div key={index} className="skeleton-block">
                <span className="skeleton" style={{ width: `${50 + ((index * 29) % 40)}%` }} />
              </div>
            ))}
          </div>
        )
      )}
    </div>
  );
}
