// Analysis tokenizes a text and reads pattern windows with fewer of compromise's steps than
// `nlp.tokenize` runs (issue #8): the words, their offsets and the forms a match reads must be the
// ones `nlp.tokenize` gives, contractions, curly apostrophes and slashes included.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenized } from '../../nlp/compromise.ts';

const TEXT =
  'The ferry didn\u2019t sail, so we can\u2019t say when it\u2019ll dock. "There\u2019s been no word," ' +
  'the harbour master said at 5-9pm. Crews and/or pilots waited 4km away in Port Ash\u00e9n.';

type Term = { text: string; pre: string; post: string; offset?: { start: number } };

describe('tokens as compromise makes them', () => {
  it('gives the words, sentences and offsets of nlp.tokenize, contractions split', () => {
    const doc = nlp.tokenize(TEXT).compute('offset');
    const expected = (doc.docs as unknown as Term[][]).flatMap((terms, sentence) =>
      terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, start: t.offset?.start ?? 0, sentence })),
    );
    const tokens = tokenize(TEXT);
    expect(tokens).toEqual(expected);
    // "didn't" is two terms, the second with no text of its own.
    expect(tokens.filter((t) => t.text === '').length).toBeGreaterThan(0);
  });

  it('reads a window for matching as nlp.tokenize does (normal, machine and alias forms)', () => {
    // Every field of every term but its id, which compromise numbers afresh each time.
    const forms = (doc: ReturnType<typeof nlp>) =>
      JSON.stringify(doc.docs, (key, value: unknown) =>
        key === 'id' ? undefined : value instanceof Set ? [...value].sort() : value,
      );
    expect(forms(tokenized(TEXT))).toBe(forms(nlp.tokenize(TEXT)));
    expect(tokenized('crews and/or pilots').has('or')).toBe(true);
  });
});
