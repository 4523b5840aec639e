/** A legend drawn as SVG (so it goes with the chart into an exported image), flowing into rows. */
export function SvgLegend({
  items,
  width,
}: {
  items: { name: string; color: string; outlined?: boolean }[];
  width: number;
}) {
  const placed: { name: string; color: string; outlined?: boolean; x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const itemWidth = 22 + item.name.length * 6.6;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += 20;
    }
    placed.push({ ...item, x, y });
    x += itemWidth + 10;
  }
  const textColor = 'currentColor';
  return (
    <svg data-export className="svg-legend" width={width} height={y + 20} role="img" aria-label="Legend">
      {placed.map((item) => (
        <g key={item.name} transform={`translate(${item.x},${item.y})`}>
          <rect
            x={0}
            y={4}
            width={12}
            height={12}
            rx={2}
            fill={item.color}
            stroke={item.outlined ? textColor : 'none'}
            strokeWidth={item.outlined ? 2 : 0}
          />
          <text x={18} y={14} fontSize={12} fill={textColor}>
            {item.name}
          </text>
        </g>
      ))}
    </svg>
  );
}
