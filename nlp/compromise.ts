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
  const doc = nlp.tokenize(text).compute('offset');
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

type Tagged = { has: (tag: string) => boolean; found: boolean };
type View = { match: (s: string) => Tagged & { found: boolean } };

/**
 * What compromise's own tagger (the full part-of-speech pass, about ten times the tokenizer's cost) makes
 * of a phrase in its sentence: run only for the few spans the lexicons and rules cannot decide (issue #8).
 */
export function taggerType(sentence: string, phrase: string): 'person' | 'place' | 'organization' | null {
  const view = (nlp(sentence) as unknown as View).match(phrase);
  if (!view.found) return null;
  if (view.has('#Person')) return 'person';
  if (view.has('#Place')) return 'place';
  if (view.has('#Organization')) return 'organization';
  return null;
}

/**
 * Whether compromise's tagger reads a capitalised word as an adjective were it written in lower case ("Federal"
 * in "Federal loans"): the tagger calls every capitalised word a proper noun, so it reads the lower-case word
 * alone (its suffix rules decide; one word costs far less than tagging the sentence).
 */
export function taggerAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  const cached = adjectives.get(lower);
  if (cached !== undefined) return cached;
  const view = (nlp(lower) as unknown as View).match(lower);
  const adjective = view.found && view.has('#Adjective');
  adjectives.set(lower, adjective);
  return adjective;
}
const adjectives = new Map<string, boolean>();
