import type { LearnReport } from '../../api/contract.ts';
import { formatNumber } from '../format.ts';
import { figurePercent } from '../format.ts';
import { neededText } from './learned-text.ts';

/** Per frame of a codebook: how far a model of the coder's decisions agrees with them (cross-validated). */
export function LearnedTable({ report }: { report: LearnReport }) {
  return (
    <table className="learned-table" aria-label={`Learned from your decisions: ${report.codebook.name}`}>
      <thead>
        <tr>
          <th scope="col">Frame</th>
          <th scope="col" className="num" title="Articles a person decided have the frame">
            With
          </th>
          <th scope="col" className="num" title="Articles a person decided do not have it">
            Without
          </th>
          <th scope="col" className="num">
            Precision
          </th>
          <th scope="col" className="num">
            Recall
          </th>
          <th scope="col" className="num">
            Proposed
          </th>
          <th
            scope="col"
            className="num"
            title="Proposals kept in the project as learned suggestions, shown in the Reader; a person’s decision removes one"
          >
            Stored
          </th>
        </tr>
      </thead>
      <tbody>
        {report.frames.map((frame) => (
          <tr key={frame.codeId}>
            <th scope="row">
              <a href={`#/codebook/${frame.codeId}`} className="learned-name">
                <span
                  className="swatch"
                  style={{ background: frame.color ?? undefined }}
                  aria-hidden="true"
                />
                {frame.name}
              </a>
            </th>
            <td className="num">{formatNumber(frame.positives)}</td>
            <td className="num">{formatNumber(frame.negatives)}</td>
            {frame.crossValidation ? (
              <>
                <td className="num">{figurePercent(frame.crossValidation.precision)}</td>
                <td className="num">{figurePercent(frame.crossValidation.recall)}</td>
                <td className="num" title="Undecided articles the model proposes the frame for">
                  {formatNumber(frame.proposedCount)} of {formatNumber(frame.undecided)}
                </td>
              </>
            ) : (
              <td colSpan={3} className="faint needs">
                {neededText(frame)}
              </td>
            )}
            <td className="num">{formatNumber(frame.stored)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
