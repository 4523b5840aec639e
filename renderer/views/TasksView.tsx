import { useStore } from '../hooks/store.ts';
import { importReports } from '../hooks/tasks.ts';
import { formatDateTime, plural } from '../components/format.ts';

/** What each import of this session did: imported, already there, and what failed and why. */
export function TasksView() {
  const reports = useStore(importReports);
  return (
    <div className="page reports">
      <h1>Import reports</h1>
      {reports.length === 0 && (
        <p className="muted">
          No imports in this session yet. Use Import in the top bar, or drop files on the window.
        </p>
      )}
      {reports.map((report) => (
        <section key={report.id} className="report" aria-label={`Import at ${formatDateTime(report.at)}`}>
          <h2>
            {formatDateTime(report.at)} · {report.files} file{report.files === 1 ? '' : 's'}
          </h2>
          {report.summary === null && report.error === null && <p className="muted">Importing…</p>}
          {report.error && (
            <div className="notice error">
              <h3>The import stopped</h3>
              <p>{report.error}</p>
              <p className="muted">
                Articles imported before it stopped are kept; importing again skips them.
              </p>
            </div>
          )}
          {report.summary && (
            <>
              <p>
                <strong className="num">{report.summary.imported}</strong> imported ·{' '}
                <strong className="num">{report.summary.duplicates.length}</strong> already in the project ·{' '}
                <strong className="num">{report.summary.failures.length}</strong> failed
                {report.summary.skipped > 0 && (
                  <span className="faint">
                    {' '}
                    · {plural(report.summary.skipped, 'file')} that are not articles left out
                  </span>
                )}
              </p>
              {report.summary.failures.length > 0 && (
                <table className="report-table">
                  <caption className="visually-hidden">Files that failed</caption>
                  <thead>
                    <tr>
                      <th scope="col">File</th>
                      <th scope="col">Reason</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.summary.failures.map((failure, index) => (
                      <tr key={index}>
                        <td className="file">{failure.file}</td>
                        <td>{failure.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {(report.summary.shortened?.length ?? 0) > 0 && (
                <div className="notice">
                  <h3>Imported in part</h3>
                  <ul>
                    {report.summary.shortened?.map((article) => (
                      <li key={article.id}>
                        <a href={`#/reader/${article.id}`}>{article.file}</a>: the text has{' '}
                        {article.characters.toLocaleString('en')} characters; the first{' '}
                        {article.kept.toLocaleString('en')} were imported, the most one article may have.
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {report.summary.analysisFailures.length > 0 && (
                <div className="notice">
                  <h3>Imported, but not tagged</h3>
                  <ul>
                    {report.summary.analysisFailures.map((failure, index) => (
                      <li key={index}>
                        {failure.file}: {failure.reason}
                      </li>
                    ))}
                  </ul>
                  <p className="muted">
                    The articles are in the library; their analysis can be run again later.
                  </p>
                </div>
              )}
              {(report.summary.projects ?? []).map((project, index) => (
                <p key={`project-${index}`}>
                  <span className="file">{project.file}</span>, a REFI-QDA project:{' '}
                  {plural(project.articles, 'article')} added, {plural(project.matched, 'article')} already in
                  the project, {plural(project.codings, 'coding')} brought in.
                </p>
              ))}
              {report.summary.unreadDates.length > 0 && (
                <details>
                  <summary>Dates that could not be read ({report.summary.unreadDates.length})</summary>
                  <ul>
                    {report.summary.unreadDates.map((d, index) => (
                      <li key={index}>
                        {d.file}: “{d.raw}” — kept as written; <a href={`#/reader/${d.id}`}>article {d.id}</a>{' '}
                        has no date to sort or filter by
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {report.summary.duplicates.length > 0 && (
                <details>
                  <summary>Already in the project ({report.summary.duplicates.length})</summary>
                  <ul>
                    {report.summary.duplicates.map((duplicate, index) => (
                      <li key={index}>
                        {duplicate.file} — same text as{' '}
                        <a href={`#/reader/${duplicate.of}`}>article {duplicate.of}</a>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          )}
        </section>
      ))}
    </div>
  );
}
