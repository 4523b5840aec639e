// One look for every Compare chart: ticks in the text colour, tooltips in the theme's colours.

export const LABEL_TICK = { fontSize: 12, fill: 'currentColor' };
export const VALUE_TICK = { fontSize: 11, fill: 'currentColor' };

/** Props of a recharts <Tooltip> over bars whose values are percentages. */
export const PERCENT_TOOLTIP = {
  formatter: (value: unknown, name: unknown) => [`${String(value)}%`, String(name)],
  cursor: { fill: 'var(--bg-hover)' },
  contentStyle: { background: 'var(--bg)', border: '1px solid var(--line-strong)', fontSize: 12 },
};
