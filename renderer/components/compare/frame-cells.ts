import type { CompareResult, FrameInfo, Voice } from '../../api/contract.ts';
import { percent } from '../format.ts';
import { countedOutlets } from './selection.ts';

// The heatmap's cells as the chart, its table view, its tooltip and its CSV all read them.

export interface FrameCell {
  outlet: string;
  frame: FrameInfo;
  /** Articles asserting the frame, of the outlet's counted articles. */
  asserted: number;
  of: number;
  share: number;
  interval: [number, number];
  denied: number;
  tooFew: boolean;
}

export interface FrameGrid {
  columns: { frame: FrameInfo; index: number }[];
  rows: { outlet: string; counted: number; tooFew: boolean; cells: FrameCell[] }[];
}

export const VOICE_NAMES: Record<Voice, string> = {
  own: 'Own voice',
  quoted: 'Quoted sources',
  both: 'Both',
};

export function frameGrid(result: CompareResult): FrameGrid {
  const { matrix } = result.frames;
  const shown = countedOutlets(result);
  const tooFew = new Set(matrix.tooFew);
  // Frames no outlet asserts or denies only widen the table.
  const columns = matrix.frames
    .map((frame, index) => ({ frame, index }))
    .filter(({ index }) =>
      matrix.outlets.some(
        (_, o) => (matrix.asserted[o]?.[index] ?? 0) + (matrix.denied[o]?.[index] ?? 0) > 0,
      ),
    );
  const rows = matrix.outlets.flatMap((outlet, o) =>
    shown.has(outlet)
      ? [
          {
            outlet,
            counted: matrix.counted[o] ?? 0,
            tooFew: tooFew.has(outlet),
            cells: columns.map(({ frame, index }): FrameCell => ({
              outlet,
              frame,
              asserted: matrix.asserted[o]?.[index] ?? 0,
              of: matrix.counted[o] ?? 0,
              share: matrix.articleShare[o]?.[index] ?? 0,
              interval: matrix.interval[o]?.[index] ?? [0, 1],
              denied: matrix.denied[o]?.[index] ?? 0,
              tooFew: tooFew.has(outlet),
            })),
          },
        ]
      : [],
  );
  return { columns, rows };
}

/** "4 of 4 articles (100%; 95% interval 51–100%); 1 more denies it" */
export function cellSummary(cell: FrameCell): string {
  const [low, high] = cell.interval;
  const parts = [
    `${cell.outlet}, ${cell.frame.name}: ${cell.asserted} of ${cell.of} ${cell.of === 1 ? 'article' : 'articles'} (${percent(cell.share)}; 95% interval ${percent(low)}–${percent(high)})`,
  ];
  if (cell.denied > 0)
    parts.push(`${cell.denied} ${cell.denied === 1 ? 'article denies' : 'articles deny'} it`);
  if (cell.tooFew) parts.push('too few articles to compare');
  return parts.join('; ');
}

export function frameCsv(grid: FrameGrid): (string | number)[][] {
  return [
    [
      'outlet',
      'frame',
      'articles asserting',
      'articles counted',
      'share',
      'ci95 low',
      'ci95 high',
      'articles denying',
      'too few to compare',
    ],
    ...grid.rows.flatMap((row) =>
      row.cells.map((cell) => [
        cell.outlet,
        cell.frame.name,
        cell.asserted,
        cell.of,
        cell.share,
        cell.interval[0],
        cell.interval[1],
        cell.denied,
        cell.tooFew ? 'yes' : 'no',
      ]),
    ),
  ];
}
