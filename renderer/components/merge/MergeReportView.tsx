import type { Result } from '../../api/contract.ts';

type Report = Result<'project.merge'>;

/** What a merge did: what came in, what matched, and each conflict with the version kept. */
export function MergeReportView({ report }: { report: Report }) {
  const rows: [string, string][] = [
    ['Articles', `${report.articles.added} new, ${report.articles.matched} already here`],
    ['Coders', `${report.coders.added} new, ${report.coders.matched} matched`],
    ['Codes', `${report.codes.added} new, ${report.codes.matched} matched`],
    [
      'Codings',
      `${report.codings.added} new, ${report.codings.decided} suggestions decided, ${report.codings.matched} already here`,
    ],
    ['Quote decisions', `${report.quoteDecisions.added} new, ${report.quoteDecisions.matched} already here`],
    ['Frame decisions', `${report.frameDecisions.added} new, ${report.frameDecisions.matched} already here`],
    ['Memos', `${report.memos.added} new`],
    ['Entities', `${report.entities.renamed} renamed, ${report.entities.merged} merged as in their copy`],
    ['Stories', `${report.stories.added} new, ${report.stories.articlesPlaced} articles placed`],
  ];
  return (
    <div className="merge-report" aria-label="Merge report">
      <p className="merge-summary">
        {report.changed
          ? `Merged ${fileName(report.file)}. Undo takes all of it back.`
          : `Nothing new in ${fileName(report.file)}: everything in it is already here.`}
      </p>
      <table className="merge-counts">
        <tbody>
          {rows.map(([what, counts]) => (
            <tr key={what}>
              <th scope="row">{what}</th>
              <td>{counts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.notAttached.length > 0 && (
        <>
          <p className="merge-conflict-title">
            {report.notAttached.length === 1
              ? "1 article's annotations could not be attached: you do not have this text."
              : `${report.notAttached.length} articles' annotations could not be attached: you do not have these texts.`}{' '}
            The file holds annotations only; import the articles and merge it again.
          </p>
          <ul className="merge-conflicts" aria-label="Articles whose annotations could not be attached">
            {report.notAttached.slice(0, 50).map((article) => (
              <li key={article.uid}>{article.title}</li>
            ))}
          </ul>
        </>
      )}
      {report.conflicts.length === 0 ? (
        <p className="muted">No conflicts.</p>
      ) : (
        <>
          <p className="merge-conflict-title">
            {report.conflicts.length} {report.conflicts.length === 1 ? 'conflict' : 'conflicts'}: both changed
            the same thing; this project’s version was kept.
          </p>
          <ul className="merge-conflicts">
            {report.conflicts.slice(0, 50).map((conflict, i) => (
              <li key={i}>
                <strong>{conflict.what}</strong>
                <div>kept: {conflict.mine}</div>
                <div className="muted">theirs: {conflict.theirs}</div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
