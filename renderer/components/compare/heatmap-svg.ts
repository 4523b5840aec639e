import { percent } from '../format.ts';
import { escapeXml } from './export-image.ts';
import type { FrameGrid } from './frame-cells.ts';

export const DEFAULT_COLOR = '#8a8a85';

export function cellStyle(color: string | null, share: number) {
  const alpha = share === 0 ? 0 : 0.12 + share * 0.78;
  return { color: color ?? DEFAULT_COLOR, alpha };
}

/** The heatmap as an SVG image: each cell its share and count, the tests' sentences below. */
export function heatmapSvg(
  grid: FrameGrid,
  sentences: string[],
): { svg: string; width: number; height: number } {
  const labelWidth = 190;
  const cell = 96;
  const rowHeight = 34;
  const head = 150;
  const width = Math.max(labelWidth + grid.columns.length * cell + 150, 640);
  const height = head + grid.rows.length * rowHeight + 16 + sentences.length * 18;
  const parts: string[] = [];
  grid.columns.forEach(({ frame }, c) => {
    const x = labelWidth + c * cell + cell / 2;
    parts.push(
      `<text transform="translate(${x},${head - 8}) rotate(-35)" font-size="11" fill="currentColor">${escapeXml(frame.name)}</text>`,
    );
  });
  grid.rows.forEach((row, r) => {
    const y = head + r * rowHeight;
    const label = `${row.outlet} (${row.counted}${row.tooFew ? ', too few' : ''})`;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 21}" font-size="12" text-anchor="end" fill="currentColor">${escapeXml(label)}</text>`,
    );
    row.cells.forEach((item, c) => {
      const style = cellStyle(item.frame.color, item.share);
      const x = labelWidth + c * cell;
      const text = item.asserted === 0 ? '–' : `${percent(item.share)} (${item.asserted}/${item.of})`;
      parts.push(
        `<rect x="${x + 1}" y="${y + 1}" width="${cell - 2}" height="${rowHeight - 2}" rx="3" fill="${style.color}" fill-opacity="${row.tooFew ? style.alpha / 3 : style.alpha}" stroke="#dcdcd8"/>`,
        `<text x="${x + cell / 2}" y="${y + 17}" font-size="12" text-anchor="middle" fill="#1f1f1d">${text}</text>`,
      );
      if (item.denied > 0)
        parts.push(
          `<text x="${x + cell / 2}" y="${y + 29}" font-size="9" text-anchor="middle" fill="#8a3b12">${item.denied} denied</text>`,
        );
    });
  });
  const below = head + grid.rows.length * rowHeight + 20;
  sentences.forEach((sentence, i) =>
    parts.push(
      `<text x="8" y="${below + i * 18}" font-size="12" fill="currentColor">${escapeXml(sentence)}</text>`,
    ),
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="system-ui, sans-serif" color="#1f1f1d"><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}
