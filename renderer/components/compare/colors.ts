// Colours for the Compare charts: chosen on the page, so they follow the theme, and as concrete
// values (an exported SVG has no CSS variables to resolve).

/** Okabe–Ito without black, for categories (speakers); past seven the rest are grouped as "Others". */
export const CATEGORY_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];
export const OTHERS_COLOR = '#9a9a95';

export const KIND_COLORS = {
  official: '#0072B2',
  institution: '#E69F00',
  media: '#009E73',
  anonymous: '#CC79A7',
  other: '#9a9a95',
} as const;

export function cssVar(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Black or white text, whichever reads better on `hex` laid at `alpha` over the page. */
export function textOn(hex: string, alpha: number, dark: boolean): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!match) return 'inherit';
  const value = parseInt(match[1]!, 16);
  const base = dark ? 28 : 255;
  const channel = (shift: number) => {
    const c = (((value >> shift) & 255) * alpha + base * (1 - alpha)) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance > 0.4 ? '#1f1f1d' : '#ffffff';
}
