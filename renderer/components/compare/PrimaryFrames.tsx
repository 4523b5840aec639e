import type { CompareResult } from '../../api/contract.ts';
import { plural } from '../format.ts';
import { useWidth } from '../../hooks/useWidth.ts';
import { ChartCard } from './ChartCard.tsx';
import { StackedShares } from './StackedShares.tsx';
import { countedOutlets } from './selection.ts';
import { CATEGORY_COLORS, OTHERS_COLOR } from './colors.ts';
import { percentShares } from './shares.ts';

const NONE = '(no primary frame)';

/** Per outlet, one stacked bar: its articles by their primary frame (the frame that sums each up). */
export function PrimaryFrames({ result, subject }: { result: CompareResult; subject: string }) {
  const [box, width] = useWidth<HTMLDivElement>(560);
  const { primary } = result.frames;
  const shown = countedOutlets(result);
  const outlets = primary.outlets
    .map((outlet, o) => ({ outlet, o }))
    .filter(({ outlet }) => shown.has(outlet));
  const series = [
    ...primary.frames.map((frame, f) => ({
      key: `f${frame.codeId}`,
      name: frame.name,
      color: frame.color ?? CATEGORY_COLORS[f % CATEGORY_COLORS.length]!,
      f,
    })),
    { key: 'none', name: NONE, color: OTHERS_COLOR, f: -1 },
  ];
  const rows = outlets.map(({ outlet, o }) => {
    const counts = primary.counts[o] ?? [];
    const total = counts.reduce((a, b) => a + b, 0) + (primary.none[o] ?? 0);
    const row: Record<string, string | number> = { outlet, label: `${outlet} (${plural(total, 'article')})` };
    const parts: Record<string, number> = {};
    for (const item of series) parts[item.key] = item.f < 0 ? (primary.none[o] ?? 0) : (counts[item.f] ?? 0);
    Object.assign(row, percentShares(parts));
    return { row, counts, none: primary.none[o] ?? 0, total };
  });
  const csv = () => [
    ['outlet', 'primary frame', 'articles', 'share of counted articles'],
    ...rows.flatMap(({ row, counts, none, total }) => [
      ...primary.frames.map((frame, f) => [
        String(row.outlet),
        frame.name,
        counts[f] ?? 0,
        total ? (counts[f] ?? 0) / total : 0,
      ]),
      [String(row.outlet), NONE, none, total ? none / total : 0],
    ]),
  ];
  return (
    <ChartCard
      title="Primary frame"
      subject={subject}
      rows={csv}
      layout="column"
      note="Each outlet's articles by the frame that best sums each one up (a denied frame is no article's primary frame)."
    >
      <div ref={box}>
        {primary.frames.length === 0 ? (
          <p className="muted chart-empty">
            No article has a primary frame yet. Frame detection picks one where a frame is clearly present; a
            coder can set it in the reader.
          </p>
        ) : (
          <>
            <StackedShares width={width} rows={rows.map(({ row }) => row)} series={series} />
            <table className="visually-hidden">
              <caption>Articles by primary frame, per outlet</caption>
              <thead>
                <tr>
                  <th scope="col">Outlet</th>
                  {series.map((item) => (
                    <th key={item.key} scope="col">
                      {item.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ row, counts, none }) => (
                  <tr key={String(row.outlet)}>
                    <th scope="row">{row.label}</th>
                    {series.map((item) => (
                      <td key={item.key}>{item.f < 0 ? none : (counts[item.f] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </ChartCard>
  );
}
