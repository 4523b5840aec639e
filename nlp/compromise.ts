// The one module that registers Framescope's lexicon with compromise (import it before any tagging); it also
// exposes the cheap tokenizer. Entity and quote rules need sentences, tokens with offsets and word classes from
// the lexicon; full POS tagging costs ~10x the tokenizer and changes none of those, so they never run it.
import nlp from 'compromise';
import organizations from './lexicon/organizations.json' with { type: 'json' };
import places from './lexicon/places.json' with { type: 'json' };

type RawTerm = { text: string; pre: string; post: string; normal: string; offset?: { start: number } };
type Model = { one: { lexicon: Record<string, string | string[]> } };

const lexicon = (nlp.model() as Model).one.lexicon;

const singleWords: Record<string, string> = {};
// An acronym never takes over the word it spells: "WHO" is a body, "who" stays a pronoun ("Who stops to
// think?"), so a sentence opening with it is not the health agency.
const spellsWord = (name: string) => /^\p{Lu}{2,}$/u.test(name) && lexicon[name.toLowerCase()] !== undefined;
for (const name of organizations.names)
  if (!/[\s.]/.test(name) && !spellsWord(name)) singleWords[name.toLowerCase()] = 'Organization';
for (const name of places.names) if (!/[\s.]/.test(name)) singleWords[name.toLowerCase()] = 'Place';
nlp.plugin({ words: singleWords });

export type RawToken = { text: string; pre: string; post: string; start: number; sentence: number };

export function lexiconTags(word: string): readonly string[] {
  const tags = lexicon[word.toLowerCase()];
  if (tags === undefined) return [];
  return typeof tags === 'string' ? [tags] : tags;
}

/** Tokens with UTF-16 offsets into `text`, each carrying the index of its compromise sentence. */
export function tokenize(text: string): RawToken[] {
  const doc = parsed(text);
  const sentences = doc.docs as unknown as RawTerm[][];
  const tokens: RawToken[] = [];
  sentences.forEach((terms, sentence) => {
    for (const term of terms) {
      tokens.push({
        text: term.text,
        pre: term.pre,
        post: term.post,
        start: term.offset?.start ?? 0,
        sentence,
      });
    }
  });
  return tokens;
}

type Parser = {
  methods: { one: { tokenize: { fromString: (text: string, world: unknown) => RawTerm[][] } } };
  compute: Record<string, unknown>;
};
type Doc = ReturnType<typeof nlp>;
const parser = nlp.world() as unknown as Parser;
const View = nlp.tokenize('').constructor as new (document: RawTerm[][]) => Doc;

/**
 * `nlp.tokenize(text)` with offsets, less the steps whose fields a token never reads: the parse already
 * sets each word's `normal`, which `nlp.tokenize` works out again, and its `alias` and `machine` forms serve
 * matching only. Contractions are split as `nlp.tokenize` splits them ("don't" is two terms), so the
 * terms, their text and their offsets are the same (about a third of the tokenizer's time saved).
 */
function parsed(text: string): Doc {
  const doc = new View(parser.methods.one.tokenize.fromString(text, parser));
  if (parser.compute.contractions) doc.compute('contractions');
  doc.compute('offset');
  return doc;
}

/**
 * `nlp.tokenize(text)` for matching words: the same terms with their `alias` and `machine` forms, less the
 * second normalisation (the parse has set each word's `normal` already, from its text alone).
 */
export function tokenized(text: string): Doc {
  const doc = new View(parser.methods.one.tokenize.fromString(text, parser));
  if (parser.compute.contractions) doc.compute(['alias', 'machine', 'contractions']);
  return doc;
}

type Hooks = { hooks: string[] };
const world = nlp.world() as unknown as Hooks;
// compromise's last step, after every tag is set, groups words into chunks (`<Noun>` in a match); it sets no
// tag, so a text that is only asked about tags is tagged without it.
const CHUNKS = 'chunks';
const chunksLast = () => world.hooks.at(-1) === CHUNKS;

/**
 * `nlp(text)` without the chunker: the same tags at less cost. `chunked` adds the chunks, exactly as
 * `nlp(text)` would have, for a match that asks for them.
 */
export function tagged(text: string): ReturnType<typeof nlp> {
  if (!chunksLast()) return nlp(text);
  const hooks = world.hooks;
  world.hooks = hooks.slice(0, -1);
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

export function chunked<D extends { compute: (step: string) => unknown }>(doc: D): D {
  if (chunksLast()) doc.compute(CHUNKS);
  return doc;
}

/** A match string that may ask for chunks (`<Noun>`): only such a match needs them. */
const asksChunks = (match: string) => match.includes('<');

type Tagged = { has: (tag: string) => boolean; found: boolean };
type View = { match: (s: string) => Tagged & { found: boolean }; compute: (step: string) => unknown };

/**
 * What compromise's own tagger (the full part-of-speech pass, about ten times the tokenizer's cost) makes
 * of a phrase in its sentence: run only for the few spans the lexicons and rules cannot decide (issue #8).
 */
export function taggerType(sentence: string, phrase: string): TaggerType {
  const key = `${phrase}\u0000${sentence}`;
  const known = taggerTypes.get(key);
  if (known !== undefined) return known;
  // A sentence with several undecided names is tagged once: the tagger reads the same words the same way.
  let doc = taggedSentences.get(sentence);
  if (!doc) {
    if (taggedSentences.size >= MAX_TAGGED) taggedSentences.clear();
    taggedSentences.set(sentence, (doc = tagged(sentence) as unknown as View));
  }
  if (asksChunks(phrase)) return chunkedType(sentence, phrase);
  const view = doc.match(phrase);
  const type: TaggerType = !view.found
    ? null
    : view.has('#Person')
      ? 'person'
      : view.has('#Place')
        ? 'place'
        : view.has('#Organization')
          ? 'organization'
          : null;
  if (taggerTypes.size >= MAX_TAGGED * 4) taggerTypes.clear();
  taggerTypes.set(key, type);
  return type;
}
type TaggerType = 'person' | 'place' | 'organization' | null;
function chunkedType(sentence: string, phrase: string): TaggerType {
  const view = (chunked(tagged(sentence)) as unknown as View).match(phrase);
  if (!view.found) return null;
  if (view.has('#Person')) return 'person';
  if (view.has('#Place')) return 'place';
  if (view.has('#Organization')) return 'organization';
  return null;
}
// What the tagger made of a phrase in its sentence, and the last sentences it tagged. compromise's tagging
// depends only on the words (Framescope's lexicon is added once, at import), so an answer holds for the
// process; bounded, since a sentence seldom comes back after its article.
const MAX_TAGGED = 64;
const taggedSentences = new Map<string, View>();
const taggerTypes = new Map<string, TaggerType>();

/**
 * Whether compromise's tagger reads a capitalised word as an adjective were it written in lower case ("Federal"
 * in "Federal loans"): the tagger calls every capitalised word a proper noun, so it reads the lower-case word
 * alone (its suffix rules decide; one word costs far less than tagging the sentence).
 */
export function taggerAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  const cached = adjectives.get(lower);
  if (cached !== undefined) return cached;
  const doc = tagged(lower) as unknown as View;
  const view = (asksChunks(lower) ? chunked(doc) : doc).match(lower);
  const adjective = view.found && view.has('#Adjective');
  adjectives.set(lower, adjective);
  return adjective;
}
const adjectives = new Map<string, boolean>();

/** Every entry of compromise's word list that carries `tag` (e.g. "SportsTeam": "baltimore orioles", …). */
export function lexiconEntries(tag: string): string[] {
  return Object.entries(lexicon)
    .filter(([, tags]) => (typeof tags === 'string' ? tags === tag : tags.includes(tag)))
    .map(([word]) => word);
}
