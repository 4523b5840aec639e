import type { Token } from '../tokens.ts';
import { classifySpan } from './classify.ts';
import type { Mention } from './classify.ts';
import { resolveEntities } from './resolve.ts';
import type { Entity, ResolvedMention } from './resolve.ts';
import { findSpans } from './spans.ts';
import { lowercaseOrganizations } from './lowercase.ts';
import {
  insideQuotedTitle,
  quotedTitleGuess,
  quotedOnly,
  quotedTitleTokens,
  titleBeforeCatalogue,
} from './quoted-title.ts';
import { peopleInLists } from './name-lists.ts';
import { fullNames } from './full-name.ts';

export type { Entity, ResolvedMention };

export function extractEntities(
  text: string,
  tokens: readonly Token[],
): { entities: Entity[]; resolved: ResolvedMention[]; roles: string[][] } {
  const classified: Mention[] = [];
  const titles = quotedTitleTokens(tokens);
  for (const span of findSpans(tokens))
    classified.push(
      ...classifySpan(tokens, span).filter(
        (m) =>
          !quotedTitleGuess(tokens, m) &&
          !quotedOnly(tokens, m) &&
          !insideQuotedTitle(titles, tokens, m) &&
          !titleBeforeCatalogue(tokens, m),
      ),
    );
  const mentions = peopleInLists(tokens, classified);
  const taken = new Set<number>();
  for (const m of mentions) if (!m.weak) for (let k = m.first; k <= m.last; k++) taken.add(k);
  mentions.push(...lowercaseOrganizations(tokens, taken));
  const out = resolveEntities(text, tokens, mentions);
  fullNames(tokens, out.entities, out.resolved);
  return out;
}
