// Scoring of nlp output against shared/eval gold, exactly as shared/eval/SCORING.md describes.
import type { Analysis } from '../nlp/index.ts';

export type GoldQuote = {
  doc: string;
  para: number;
  quote: string;
  speech: boolean;
  speaker: string | null;
  speaker_kind: 'person' | 'group' | null;
  cue?: string | null;
};
export type GoldEntity = {
  doc: string;
  type: 'person' | 'organization' | 'place';
  name: string;
  aliases: string[];
};
export type DocOutput = { doc: string; text: string; analysis: Analysis };

const QUOTE_TITLES = new Set(
  (
    'mr mrs ms dr sen rep gov gen col lt capt president prime minister secretary judge mayor rev chairman ' +
    'spokesman spokeswoman spokesperson ambassador governor senator sheriff policeman ordinary jr sr the a an'
  ).split(' '),
);
const ENTITY_TITLES = new Set(
  (
    'mr mrs ms dr sen rep gov gen col lt capt president prime minister secretary judge mayor rev chairman ' +
    'governor senator sheriff'
  ).split(' '),
);

/** SCORING.md text normalisation for quote matching. */
export function normalizeText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/"/g, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const firstWords = (s: string, n = 7) => normalizeText(s).split(' ').slice(0, n).join(' ');

function nameTokens(name: string, titles: ReadonlySet<string>): string[] {
  return name
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}&' ]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !titles.has(w));
}
export const normalizeName = (name: string) => nameTokens(name, ENTITY_TITLES).join(' ');

export function speakerMatches(
  gold: string,
  kind: 'person' | 'group',
  out: string | null,
  lenient = false,
): boolean {
  if (!out) return false;
  const g = nameTokens(gold, QUOTE_TITLES);
  const o = nameTokens(out, QUOTE_TITLES);
  if (g.length === 0 || o.length === 0) return false;
  if (g.join(' ') === o.join(' ')) return true;
  if (kind === 'group') return g.at(-1) === o.at(-1);
  return lenient && g.at(-1) === o.at(-1);
}

export type QuoteMiss = {
  doc: string;
  para: number;
  quote: string;
  gold: string | null;
  output: string | null;
  kind: string;
};
export type QuoteScore = {
  speechGold: number;
  found: number;
  speakerGold: number;
  speakerStrict: number;
  speakerLenient: number;
  nonSpeech: number;
  nonSpeechLeftAlone: number;
  spurious: number;
  misses: QuoteMiss[];
};

const paragraphOf = (text: string, offset: number) => text.slice(0, offset).split(/\n\s*\n/).length - 1;

type MatchedQuote = { q: DocOutput['analysis']['quotes'][number]; norm: string; para: number };

/**
 * The document's quotes that a gold line names: word-aligned at the start (the gold's last word may be cut at
 * 60 characters), and of those the one in the gold's paragraph, else the first. Scores and the reliability
 * table match quotes the same way, so their counts agree.
 */
function quoteMatcher(
  out: DocOutput,
): (g: GoldQuote) => { matches: MatchedQuote[]; best: MatchedQuote | undefined } {
  const quotes = out.analysis.quotes.map((q) => ({
    q,
    norm: normalizeText(q.text),
    para: paragraphOf(out.text, q.start),
  }));
  return (g) => {
    const key = firstWords(g.quote);
    const matches = quotes.filter((x) => ` ${x.norm}`.includes(` ${key}`));
    return { matches, best: matches.find((m) => m.para === g.para) ?? matches[0] };
  };
}

export function scoreQuotes(gold: readonly GoldQuote[], outputs: readonly DocOutput[]): QuoteScore {
  const score: QuoteScore = {
    speechGold: 0,
    found: 0,
    speakerGold: 0,
    speakerStrict: 0,
    speakerLenient: 0,
    nonSpeech: 0,
    nonSpeechLeftAlone: 0,
    spurious: 0,
    misses: [],
  };
  const used = new Set<object>();
  for (const out of outputs) {
    const match = quoteMatcher(out);
    for (const g of gold.filter((x) => x.doc === out.doc)) {
      const { matches, best } = match(g);
      for (const m of matches) used.add(m.q);
      const miss = (kind: string) =>
        score.misses.push({
          doc: g.doc,
          para: g.para,
          quote: g.quote,
          gold: g.speaker,
          output: best?.q.speaker ?? null,
          kind,
        });
      if (!g.speech) {
        score.nonSpeech++;
        if (matches.every((m) => m.q.speaker === null)) score.nonSpeechLeftAlone++;
        else miss('non-speech given a speaker');
        continue;
      }
      score.speechGold++;
      if (best) score.found++;
      else miss('quote not found');
      if (g.speaker === null || g.speaker_kind === null) continue;
      score.speakerGold++;
      if (speakerMatches(g.speaker, g.speaker_kind, best?.q.speaker ?? null)) score.speakerStrict++;
      else if (best) miss('wrong speaker');
      if (speakerMatches(g.speaker, g.speaker_kind, best?.q.speaker ?? null, true)) score.speakerLenient++;
    }
    score.spurious += out.analysis.quotes.filter((q) => q.speaker !== null && !used.has(q)).length;
  }
  return score;
}

/** A confidence band: suggestions with `low <= confidence < high`, and how many of them are right. */
export type Band = { label: string; low: number; high: number; right: number; total: number };
export type Reliability = { attributions: Band[]; noSpeaker: Band[] };

const bands = (): Band[] => [
  { label: '≥ 0.9', low: 0.9, high: Infinity, right: 0, total: 0 },
  { label: '0.7–0.9', low: 0.7, high: 0.9, right: 0, total: 0 },
  { label: '< 0.7', low: -Infinity, high: 0.7, right: 0, total: 0 },
];

/**
 * How often suggestions at each confidence are right, over the quotes that match a gold line: an
 * attribution is right when its speaker matches the gold's strictly; "no speaker" is right when the gold
 * has none (a term, or words whose speaker the text does not give). Gold speech whose speaker the gold
 * leaves null does not judge attributions.
 */
export function reliability(gold: readonly GoldQuote[], outputs: readonly DocOutput[]): Reliability {
  const result: Reliability = { attributions: bands(), noSpeaker: bands() };
  for (const out of outputs) {
    const match = quoteMatcher(out);
    for (const g of gold.filter((x) => x.doc === out.doc)) {
      const { best } = match(g);
      if (!best) continue;
      const { speaker, confidence } = best.q;
      const goldSpeaker = g.speech ? g.speaker : null;
      if (speaker !== null && g.speech && goldSpeaker === null) continue;
      const right =
        speaker === null
          ? goldSpeaker === null
          : goldSpeaker !== null &&
            g.speaker_kind !== null &&
            speakerMatches(goldSpeaker, g.speaker_kind, speaker);
      const band = (speaker === null ? result.noSpeaker : result.attributions).find(
        (b) => confidence >= b.low && confidence < b.high,
      )!;
      band.total++;
      if (right) band.right++;
    }
  }
  return result;
}

export type EntityMiss = { doc: string; name: string; type: string; problem: string; output?: string };
export type EntityScore = {
  gold: number;
  found: number;
  typed: number;
  canonical: number;
  output: number;
  correctOutput: number;
  split: number;
  precision: number;
  recall: number;
  f1: number;
  misses: EntityMiss[];
  spuriousNames: string[];
};

export function scoreEntities(gold: readonly GoldEntity[], outputs: readonly DocOutput[]): EntityScore {
  const s = { gold: 0, found: 0, typed: 0, canonical: 0, output: 0, correctOutput: 0, split: 0 };
  const misses: EntityMiss[] = [];
  const spuriousNames: string[] = [];
  for (const out of outputs) {
    const golds = gold.filter((g) => g.doc === out.doc);
    if (golds.length === 0) continue;
    const goldForms = new Set(golds.flatMap((g) => [g.name, ...g.aliases].map(normalizeName)));
    const entities = out.analysis.entities.map((e) => ({
      e,
      forms: new Set([e.name, ...e.aliases].map(normalizeName)),
    }));
    for (const { e, forms } of entities) {
      s.output++;
      if ([...forms].some((f) => goldForms.has(f))) s.correctOutput++;
      else spuriousNames.push(`${out.doc}: ${e.name} (${e.type})`);
    }
    for (const g of golds) {
      s.gold++;
      const forms = [g.name, ...g.aliases].map(normalizeName);
      const matches = entities.filter((x) => forms.some((f) => x.forms.has(f)));
      const typed = matches.filter((x) => x.e.type === g.type);
      if (matches.length > 0) s.found++;
      if (typed.length > 0) s.typed++;
      if (typed.length > 1) {
        s.split++;
        misses.push({
          doc: out.doc,
          name: g.name,
          type: g.type,
          problem: 'split',
          output: typed.map((x) => x.e.name).join(' | '),
        });
      }
      if (typed.some((x) => normalizeName(x.e.name) === normalizeName(g.name))) s.canonical++;
      else if (typed[0])
        misses.push({
          doc: out.doc,
          name: g.name,
          type: g.type,
          problem: 'not canonical',
          output: typed[0].e.name,
        });
      if (matches.length === 0) misses.push({ doc: out.doc, name: g.name, type: g.type, problem: 'missing' });
      else if (typed.length === 0)
        misses.push({
          doc: out.doc,
          name: g.name,
          type: g.type,
          problem: 'wrong type',
          output: matches.map((x) => x.e.type).join(','),
        });
    }
  }
  const precision = s.output ? s.correctOutput / s.output : 0;
  const recall = s.gold ? s.typed / s.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...s, precision, recall, f1, misses, spuriousNames };
}

/** seed-entities.json (people/organizations/places lists) as gold entities of one document. */
export function seedGold(
  doc: string,
  seed: Record<'people' | 'organizations' | 'places', { name: string; aliases: string[] }[]>,
): GoldEntity[] {
  const types = { people: 'person', organizations: 'organization', places: 'place' } as const;
  return (Object.keys(types) as (keyof typeof types)[]).flatMap((k) =>
    seed[k].map((e) => ({ doc, type: types[k], name: e.name, aliases: e.aliases })),
  );
}

export type ReliabilityRow = { band: string; right: number; total: number };

const BANDS: readonly { band: string; from: number }[] = [
  { band: '≥ 0.9', from: 0.9 },
  { band: '0.7–0.9', from: 0.7 },
  { band: '< 0.7', from: 0 },
];

/**
 * Of the entities analysis gives at each type confidence (≥ 0.9, 0.7–0.9, below 0.7), how many are right: a
 * name or alias matches a gold entity's form and the type is the gold's. Entities that match no gold form are
 * wrong (nothing in the text is such a person, organization or place).
 */
export function entityReliability(
  gold: readonly GoldEntity[],
  outputs: readonly DocOutput[],
): ReliabilityRow[] {
  const rows = BANDS.map(({ band }) => ({ band, right: 0, total: 0 }));
  for (const out of outputs) {
    const golds = gold.filter((g) => g.doc === out.doc);
    if (golds.length === 0) continue;
    const typesOf = new Map<string, Set<string>>();
    for (const g of golds)
      for (const form of [g.name, ...g.aliases].map(normalizeName))
        typesOf.set(form, (typesOf.get(form) ?? new Set()).add(g.type));
    for (const e of out.analysis.entities) {
      const row = rows[BANDS.findIndex(({ from }) => e.confidence >= from)]!;
      row.total++;
      if ([e.name, ...e.aliases].some((form) => typesOf.get(normalizeName(form))?.has(e.type))) row.right++;
    }
  }
  return rows;
}
