// Colours that carry meaning. Entity types use the Okabe–Ito palette (distinct for colour-blind
// readers), through CSS variables so the dark theme can adjust them.

export function entityColor(type: string): string {
  if (type === 'person') return 'var(--person)';
  if (type === 'organization') return 'var(--organization)';
  if (type === 'place') return 'var(--place)';
  return 'var(--text-faint)';
}

export const ENTITY_TYPE_NAMES: Record<string, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
};

/** Okabe–Ito, for new frames and codes. */
export const PALETTE = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
];
