// Turning a chart on the page into a file: its <svg> elements serialised with their computed
// styles (the page's CSS variables mean nothing outside it), or drawn onto a canvas for PNG.

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
];

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
  target.setAttribute('style', style);
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i]!, target.children[i]!);
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

/** All the charts' SVGs in `container`, side by side (or stacked), as one standalone SVG document. */
export function chartSvg(
  container: HTMLElement,
  layout: 'row' | 'column' = 'row',
): { svg: string; width: number; height: number } | null {
  const svgs = [
    ...container.querySelectorAll<SVGSVGElement>('svg[data-export], svg.recharts-surface'),
  ].filter((svg) => svg.closest('.recharts-legend-wrapper') === null);
  if (svgs.length === 0) return null;
  const gap = 16;
  let width = 0;
  let height = 0;
  const parts = svgs.map((svg) => {
    const box = svg.getBoundingClientRect();
    const title = svg.closest('[data-chart-title]')?.getAttribute('data-chart-title') ?? '';
    const titleHeight = title ? 20 : 0;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone);
    const x = layout === 'row' ? width + (width > 0 ? gap : 0) : 0;
    const y = layout === 'column' ? height + (height > 0 ? gap : 0) : 0;
    if (layout === 'row') {
      width = x + box.width;
      height = Math.max(height, box.height + titleHeight);
    } else {
      height = y + box.height + titleHeight;
      width = Math.max(width, box.width);
    }
    clone.setAttribute('x', String(x));
    clone.setAttribute('y', String(y + titleHeight));
    clone.setAttribute('width', String(box.width));
    clone.setAttribute('height', String(box.height));
    const heading = title
      ? `<text x="${x}" y="${y + 14}" font-size="13" font-weight="600" fill="currentColor">${escapeXml(title)}</text>`
      : '';
    return heading + new XMLSerializer().serializeToString(clone);
  });
  const background = getComputedStyle(container).getPropertyValue('--bg').trim() || '#ffffff';
  const font = getComputedStyle(container).fontFamily;
  const color = getComputedStyle(container).color;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" ` +
    `viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" font-family="${font.replace(/"/g, "'")}" color="${color}">` +
    `<rect width="100%" height="100%" fill="${background}"/>${parts.join('')}</svg>`;
  return { svg, width: Math.ceil(width), height: Math.ceil(height) };
}

/** Draws an SVG document on a canvas at twice its size (sharp on high-density screens) as PNG. */
export function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d');
      if (!context) {
        URL.revokeObjectURL(url);
        reject(new Error('This window cannot draw images.'));
        return;
      }
      context.scale(2, 2);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
        'image/png',
      );
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The chart could not be drawn as an image.'));
    };
    image.src = url;
  });
}

/** Saves a file the way a browser downloads one (Electron asks where to save it). */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
