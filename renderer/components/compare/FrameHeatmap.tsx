import { useState } from 'react';
import type { CompareResult, FrameInfo, Voice } from '../../api/contract.ts';
import { percent } from '../format.ts';
import { ChartCard } from './ChartCard.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { textOn } from './colors.ts';
import { cellStyle, DEFAULT_COLOR, heatmapSvg } from './heatmap-svg.ts';
import { cellSummary, frameCsv, frameGrid, VOICE_NAMES, type FrameCell } from './frame-cells.ts';
import type { SelectionArgs } from './selection.ts';
import { noOutletNote } from './outlet-count.ts';
import { allTestSentences, frameTestLines, tooFewOutlets } from './frame-test-lines.ts';

const VOICE_NOTES: Record<Voice, string> = {
  own: "in the outlet's own words (evidence outside quotations)",
  quoted: "in its quoted sources' words (evidence inside quotations)",
  both: 'in its own words or its sources’',
};

/**
 * Outlet × frame: the share of each outlet's articles asserting each frame, with the count and 95%
 * interval behind it, denials apart, and under the chart whether the outlets differ, in words.
 */
export function FrameHeatmap({
  result,
  selection,
  subject,
  onVoice,
}: {
  result: CompareResult;
  selection: SelectionArgs;
  subject: string;
  /** Counts frames in the outlet's own voice, its quoted sources', or both (asks again). */
  onVoice: (voice: Voice) => void;
}) {
  const [open, setOpen] = useState<{ outlet: string; frame: FrameInfo } | null>(null);
  const [asTable, setAsTable] = useState(false);
  const grid = frameGrid(result);
  const { matrix } = result.frames;
  const shownCodes = new Set(grid.columns.map(({ frame }) => frame.codeId));
  const tests = matrix.tests.filter((test) => shownCodes.has(test.codeId));
  const { differ, others } = frameTestLines(tests, matrix.minArticles);
  const sentences = allTestSentences({ differ, others });
  const tooFew = tooFewOutlets(matrix.tooFew, result.outlets);

  return (
    <ChartCard
      title="Frames by outlet"
      subject={subject}
      rows={() => frameCsv(grid)}
      drawSvg={() => heatmapSvg(grid, sentences)}
      note={
        <>
          Share of each outlet's articles that assert the frame {VOICE_NOTES[result.voice]}, with the count
          behind it; hover a cell for its 95% interval. Denials are counted apart. Click a cell for its
          evidence.
        </>
      }
      controls={
        <>
          <div className="segmented" role="group" aria-label="Whose frames">
            {(['own', 'quoted', 'both'] as const).map((voice) => (
              <button
                key={voice}
                type="button"
                aria-pressed={result.voice === voice}
                onClick={() => onVoice(voice)}
              >
                {VOICE_NAMES[voice]}
              </button>
            ))}
          </div>
          <div className="segmented" role="group" aria-label="Show the frames as">
            <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
              Heatmap
            </button>
            <button type="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>
              Table
            </button>
          </div>
        </>
      }
    >
      {grid.columns.length === 0 ? (
        <p className="muted chart-empty">
          {result.voice === 'both'
            ? 'No frame was found in these articles. Edit the cues in the Codebook and re-run frame detection.'
            : `No frame has evidence ${VOICE_NOTES[result.voice]} in these articles. Choose “Both” to see every frame.`}
        </p>
      ) : asTable ? (
        <FrameTable cells={grid.rows.flatMap((row) => row.cells)} />
      ) : (
        <Heatmap grid={grid} open={open} onOpen={setOpen} />
      )}
      {grid.columns.length > 0 && (
        <div className="frame-tests">
          {noOutletNote(result.noOutlet) && <p className="faint">{noOutletNote(result.noOutlet)}</p>}
          {tooFew.faded.length > 0 && (
            <p className="faint">
              Too few articles to compare (fewer than {matrix.minArticles}): {tooFew.faded.join(', ')}. Their
              cells are faded and left out of the tests.
            </p>
          )}
          {tooFew.reprintsOnly.length > 0 && (
            <p className="faint">
              No row for {tooFew.reprintsOnly.join(', ')}: every article of{' '}
              {tooFew.reprintsOnly.length === 1 ? 'it' : 'theirs'} reprints another’s wire copy and is counted
              under its source (untick “Discount reprints” to count{' '}
              {tooFew.reprintsOnly.length === 1 ? 'it' : 'them'}).
            </p>
          )}
          <ul aria-label="Whether outlets differ">
            {differ.map((line) => (
              <li key={line.key} className="differ">
                {line.sentence}
              </li>
            ))}
            {others.map((line) => (
              <li key={line.key} className="faint">
                {line.sentence}
              </li>
            ))}
          </ul>
        </div>
      )}
      {open && (
        <EvidenceList
          selection={selection}
          outlet={open.outlet}
          frame={open.frame}
          onClose={() => setOpen(null)}
        />
      )}
    </ChartCard>
  );
}

function Heatmap({
  grid,
  open,
  onOpen,
}: {
  grid: ReturnType<typeof frameGrid>;
  open: { outlet: string; frame: FrameInfo } | null;
  onOpen: (cell: { outlet: string; frame: FrameInfo } | null) => void;
}) {
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  return (
    <div className="heatmap-scroll">
      <table className="heatmap">
        <caption className="visually-hidden">
          Share of each outlet's articles asserting each frame, with the count behind it
        </caption>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            {grid.columns.map(({ frame }) => (
              <th key={frame.codeId} scope="col">
                <span className="swatch" style={{ ['--swatch' as string]: frame.color ?? DEFAULT_COLOR }} />
                {frame.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.outlet} className={row.tooFew ? 'too-few' : undefined}>
              <th scope="row">
                {row.outlet}
                <span className="faint num"> {row.counted}</span>
                {row.tooFew && <span className="too-few-label">too few to compare</span>}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.frame.codeId} className="num">
                  <HeatCell
                    cell={cell}
                    dark={dark}
                    selected={open?.outlet === row.outlet && open.frame.codeId === cell.frame.codeId}
                    onOpen={onOpen}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeatCell({
  cell,
  dark,
  selected,
  onOpen,
}: {
  cell: FrameCell;
  dark: boolean;
  selected: boolean;
  onOpen: (cell: { outlet: string; frame: FrameInfo } | null) => void;
}) {
  const summary = cellSummary(cell);
  const denied = cell.denied > 0 && <span className="denied-mark">{cell.denied} denied</span>;
  if (cell.asserted === 0)
    return (
      <span className="heat-cell empty" title={summary} aria-label={summary}>
        –{denied}
      </span>
    );
  const style = cellStyle(cell.frame.color, cell.share);
  const alpha = cell.tooFew ? style.alpha / 3 : style.alpha;
  return (
    <button
      type="button"
      className="heat-cell"
      aria-pressed={selected}
      title={summary}
      aria-label={`${summary}. Show the evidence`}
      style={{
        background: `color-mix(in srgb, ${style.color} ${Math.round(alpha * 100)}%, transparent)`,
        color: textOn(style.color, alpha, dark),
      }}
      onClick={() => onOpen(selected ? null : { outlet: cell.outlet, frame: cell.frame })}
    >
      {percent(cell.share)}
      <span className="heat-count">
        {cell.asserted}/{cell.of}
      </span>
      {denied}
    </button>
  );
}

function FrameTable({ cells }: { cells: FrameCell[] }) {
  return (
    <div className="heatmap-scroll">
      <table className="frame-table">
        <caption className="visually-hidden">Frames by outlet: counts, shares and 95% intervals</caption>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Frame</th>
            <th scope="col" className="num">
              Asserting
            </th>
            <th scope="col" className="num">
              Of
            </th>
            <th scope="col" className="num">
              Share
            </th>
            <th scope="col" className="num">
              95% interval
            </th>
            <th scope="col" className="num">
              Denying
            </th>
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => (
            <tr key={`${cell.outlet}:${cell.frame.codeId}`} className={cell.tooFew ? 'too-few' : undefined}>
              <th scope="row">
                {cell.outlet}
                {cell.tooFew && <span className="too-few-label">too few to compare</span>}
              </th>
              <td>{cell.frame.name}</td>
              <td className="num">{cell.asserted}</td>
              <td className="num">{cell.of}</td>
              <td className="num">{percent(cell.share)}</td>
              <td className="num">
                {percent(cell.interval[0])}–{percent(cell.interval[1])}
              </td>
              <td className="num">{cell.denied}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
