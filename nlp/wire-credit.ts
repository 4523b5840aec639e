// The news agency a text credits as its source: "Source: Reuters" on a line of its own, "(AFP)" or
// "/TASS/" in the dateline, "KESTREL BAY (Reuters) - …", or "— Reuters" closing the text. A reprint
// that names its agency came from that agency, whichever outlet printed it first. Agencies are read
// from the quote sources' list of wire services, with the agencies that list leaves out; broadcasters
// there (BBC, CNN …) credit only themselves and count only when the article is not theirs.
import sources from './quotes/sources.json' with { type: 'json' };

/** Agencies whose credit lines run in datelines, beside the wire services of sources.json. */
const MORE_AGENCIES = [
  'TASS',
  'ITAR-TASS',
  'RIA Novosti',
  'Sputnik',
  'Anadolu',
  'Anadolu Agency',
  'PAP',
  'Ukrinform',
  'Europa Press',
  'Lusa',
  'APA',
  'PA Media',
  'Press Association',
  'Agence France Presse',
  'Deutsche Presse-Agentur',
];

/** One name per agency, so "AP" and "Associated Press" are one source. */
const CANONICAL: Record<string, string> = {
  'associated press': 'AP',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  'united press international': 'UPI',
  'itar-tass': 'TASS',
  'deutsche presse-agentur': 'dpa',
  'anadolu agency': 'Anadolu',
  'press association': 'PA Media',
};

const AGENCIES = [...new Set([...sources.wireAgencies, ...MORE_AGENCIES])].sort(
  (a, b) => b.length - a.length,
);
const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES = AGENCIES.map(escape).join('|');

const CAPITALISED = `\\p{Lu}[\\p{L}'’.&-]*`;
const GENERIC = `(?:${CAPITALISED}[ \\t]+){1,3}(?:Wire|Wire Service|News Service|News Agency|Press Agency)`;

/** Where in the text a credit line may stand: its first and last few hundred characters. */
const EDGE = 400;

const PATTERNS: RegExp[] = [
  // "Source: Reuters", "Sources: AFP, Reuters" as a line of its own.
  new RegExp(`^[ \\t]*(?:sources?|via)[ \\t]*:[ \\t]*(${NAMES})\\b`, 'imu'),
  // "(AFP)", "(Reuters) -" in a dateline.
  new RegExp(`\\((${NAMES})\\)`, 'u'),
  // "MOSCOW, March 22. /TASS/."
  new RegExp(`/(${NAMES})/`, 'u'),
  // "— Reuters" or "- AFP" closing a line.
  new RegExp(`[—–-][ \\t]*(${NAMES})\\.?[ \\t]*$`, 'mu'),
  // A dateline crediting an agency of no list by what it calls itself, "(Northgate Wire) —",
  // "(Coastal News Agency) -": capitalised words ending in a wire service's own name, a dash after.
  new RegExp(`\\((${GENERIC})\\)[ \\t]*[—–-]`, 'u'),
];

const AGENCY_KEYS = new Set(AGENCIES.map((a) => a.toLowerCase()));
/** "Reuters", "AFP", "Xinhua": a news agency whose credit runs in datelines. */
export function isAgencyName(name: string): boolean {
  return AGENCY_KEYS.has(name.toLowerCase());
}

export function canonicalAgency(name: string): string {
  return CANONICAL[name.toLowerCase()] ?? name;
}

/**
 * The agency the text credits, or null. `outlet` is the article's own outlet: a broadcaster's own
 * dateline ("(CNN) —" in a CNN article) is no credit to another source.
 */
export function creditedAgency(text: string, outlet: string | null = null): string | null {
  const edges = text.length <= 2 * EDGE ? [text] : [text.slice(0, EDGE), text.slice(text.length - EDGE)];
  const own = outlet === null ? null : canonicalAgency(outlet.trim()).toLowerCase();
  for (const part of edges)
    for (const pattern of PATTERNS) {
      const match = pattern.exec(part);
      if (!match) continue;
      const agency = canonicalAgency(match[1]!);
      if (own !== null && (agency.toLowerCase() === own || own.includes(agency.toLowerCase()))) continue;
      return agency;
    }
  return null;
}
