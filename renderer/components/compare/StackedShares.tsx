import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { LABEL_TICK, PERCENT_TOOLTIP, VALUE_TICK } from './chart-style.ts';
import { SvgLegend } from './SvgLegend.tsx';

export interface ShareSeries {
  key: string;
  name: string;
  color: string;
}

/**
 * One horizontal bar per outlet, stacked to 100% by series, with its legend: the chart that
 * Who is quoted and Primary frames share. `cells` draws per-row cells of a series (outlines).
 */
export function StackedShares({
  width,
  rows,
  series,
  cells,
}: {
  width: number;
  /** One row per outlet: its `label` and a percentage per series key. */
  rows: readonly Record<string, string | number>[];
  series: readonly ShareSeries[];
  cells?: (item: ShareSeries) => ReactNode;
}) {
  return (
    <>
      <BarChart
        width={width}
        height={rows.length * 34 + 40}
        data={[...rows]}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer
      >
        <CartesianGrid horizontal={false} stroke="var(--line)" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          allowDataOverflow
          unit="%"
          tick={VALUE_TICK}
        />
        <YAxis type="category" dataKey="label" width={190} tick={LABEL_TICK} interval={0} />
        <Tooltip {...PERCENT_TOOLTIP} />
        {series.map((item) => (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.name}
            stackId="share"
            fill={item.color}
            isAnimationActive={false}
          >
            {cells?.(item)}
          </Bar>
        ))}
      </BarChart>
      <SvgLegend items={series.map((item) => ({ name: item.name, color: item.color }))} width={width} />
    </>
  );
}
