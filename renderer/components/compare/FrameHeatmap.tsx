import { useState } from 'react';
import type { CompareResult, FrameInfo } from '../../api/contract.ts';
import { percent } from '../format.ts';
import { ChartCard } from './ChartCard.tsx';
import { EvidenceList } from './EvidenceList.tsx';
import { escapeXml } from './export-image.ts';
import { textOn } from './colors.ts';
import { countedOutlets, type SelectionArgs } from './selection.ts';

const DEFAULT_COLOR = '#8a8a85';

function cellStyle(frame: FrameInfo, share: number, dark: boolean) {
  const color = frame.color ?? DEFAULT_COLOR;
  const alpha = share === 0 ? 0 : 0.12 + share * 0.78;
  return { color, alpha, text: share === 0 ? undefined : textOn(color, alpha, dark) };
}

/** Outlet × frame: the share of each outlet's articles using each frame; a cell opens its evidence. */
export function FrameHeatmap({
  result,
  selection,
  subject,
}: {
  result: CompareResult;
  selection: SelectionArgs;
  subject: string;
}) {
  const { matrix } = result.frames;
  const [open, setOpen] = useState<{ outlet: string; frame: FrameInfo } | null>(null);
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const counted = new Map(result.outlets.map((outlet) => [outlet.outlet, outlet.counted]));
  // Frames no outlet uses only widen the table.
  const columns = matrix.frames
    .map((frame, index) => ({ frame, index }))
    .filter(({ index }) => matrix.articleShare.some((row) => (row[index] ?? 0) > 0));
  const shown = countedOutlets(result);
  const rows = matrix.outlets
    .filter((outlet) => shown.has(outlet))
    .map((outlet, index) => ({
      outlet,
      index,
      shares: matrix.articleShare[index] ?? [],
    }));

  const csv = () => [
    ['outlet', 'articles counted', ...columns.map(({ frame }) => frame.name)],
    ...rows.map((row) => [
      row.outlet,
      counted.get(row.outlet) ?? 0,
      ...columns.map(({ index }) => row.shares[index] ?? 0),
    ]),
  ];

  const drawSvg = () => {
    const labelWidth = 170;
    const cell = 96;
    const rowHeight = 28;
    const head = 150;
    const width = labelWidth + columns.length * cell + 150;
    const height = head + rows.length * rowHeight + 8;
    const parts: string[] = [];
    columns.forEach(({ frame }, c) => {
      const x = labelWidth + c * cell + cell / 2;
      parts.push(
        `<text transform="translate(${x},${head - 8}) rotate(-35)" font-size="11" fill="currentColor">${escapeXml(frame.name)}</text>`,
      );
    });
    rows.forEach((row, r) => {
      const y = head + r * rowHeight;
      parts.push(
        `<text x="${labelWidth - 8}" y="${y + 18}" font-size="12" text-anchor="end" fill="currentColor">${escapeXml(row.outlet)}</text>`,
      );
      columns.forEach(({ frame, index }, c) => {
        const share = row.shares[index] ?? 0;
        const style = cellStyle(frame, share, false);
        const x = labelWidth + c * cell;
        parts.push(
          `<rect x="${x + 1}" y="${y + 1}" width="${cell - 2}" height="${rowHeight - 2}" rx="3" fill="${style.color}" fill-opacity="${style.alpha}" stroke="#dcdcd8"/>`,
          `<text x="${x + cell / 2}" y="${y + 18}" font-size="12" text-anchor="middle" fill="${style.text ?? '#8a8a85'}">${share === 0 ? '–' : percent(share)}</text>`,
        );
      });
    });
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="system-ui, sans-serif" color="#1f1f1d"><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
    return { svg, width, height };
  };

  return (
    <ChartCard
      title="Frames by outlet"
      subject={subject}
      rows={csv}
      drawSvg={drawSvg}
      note="Share of each outlet's articles that use the frame. Click a cell for its evidence."
    >
      {columns.length === 0 ? (
        <p className="muted chart-empty">
          No frame was found in these articles. Edit the cues in the Codebook and re-run frame detection.
        </p>
      ) : (
        <div className="heatmap-scroll">
          <table className="heatmap">
            <caption className="visually-hidden">
              Share of each outlet's articles using each frame, in percent
            </caption>
            <thead>
              <tr>
                <th scope="col">Outlet</th>
                {columns.map(({ frame }) => (
                  <th key={frame.codeId} scope="col">
                    <span
                      className="swatch"
                      style={{ ['--swatch' as string]: frame.color ?? DEFAULT_COLOR }}
                    />
                    {frame.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const articles = counted.get(row.outlet) ?? 0;
                return (
                  <tr key={row.outlet}>
                    <th scope="row">
                      {row.outlet}
                      <span className="faint num"> {articles === 0 ? 'reprints only' : articles}</span>
                    </th>
                    {columns.map(({ frame, index }) => {
                      const share = row.shares[index] ?? 0;
                      const style = cellStyle(frame, share, dark);
                      const selected = open?.outlet === row.outlet && open.frame.codeId === frame.codeId;
                      return (
                        <td key={frame.codeId} className="num">
                          {share === 0 ? (
                            <span
                              className="heat-cell empty"
                              aria-label={`${row.outlet}, ${frame.name}: none`}
                            >
                              –
                            </span>
                          ) : (
                            <button
                              type="button"
                              className="heat-cell"
                              aria-pressed={selected}
                              aria-label={`${row.outlet}, ${frame.name}: ${percent(share)} of its articles. Show the evidence`}
                              style={{
                                background: `color-mix(in srgb, ${style.color} ${Math.round(style.alpha * 100)}%, transparent)`,
                                color: style.text,
                              }}
                              onClick={() => setOpen(selected ? null : { outlet: row.outlet, frame })}
                            >
                              {percent(share)}
                            </button>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
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
