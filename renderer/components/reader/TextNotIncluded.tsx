import type { ArticleDetail } from '../../api/contract.ts';
import { formatDate } from '../format.ts';

/**
 * In place of the text of an article from an annotations-only copy: what the article is, and
 * how to get its codings onto a text (the panel still lists them).
 */
export function TextNotIncluded({ detail }: { detail: ArticleDetail }) {
  const meta = [
    detail.outlet,
    formatDate(detail.published) || detail.publishedRaw,
    detail.author,
    `${detail.words.toLocaleString('en')} words`,
  ].filter(Boolean);
  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article-head">
        <h1 id="article-title">{detail.title ?? `Untitled article ${detail.id}`}</h1>
        <p className="article-meta">{meta.join(' · ')}</p>
      </header>
      <div className="notice" role="note">
        <h3>Text not included</h3>
        <p>
          This project was saved “annotations only”: the article texts were left out, so there is nothing to
          read or analyse here. Its codings and decisions are listed beside.
        </p>
        <p className="muted">
          To see them on the text, merge this file into a project that has the same articles (Merge…), or
          import the article here.
        </p>
      </div>
    </article>
  );
}
