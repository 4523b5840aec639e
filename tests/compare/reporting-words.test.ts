import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../db/open.ts';
import { importPaths } from '../../core/import/pipeline.ts';
import { compareOutlets } from '../../core/compare/outlets.ts';
import { termsKey } from '../../core/compare/features.ts';
import { groupStories } from '../../core/compare/grouping.ts';
import { writeArticleTerms } from '../../db/compare-features.ts';
import { listStories } from '../../db/stories.ts';
import { useTempDir } from '../support/temp.ts';

// How an outlet introduces what a source said ("stated", "insisted", "reiterating") is its style of
// quoting, the same in any story: never one of its distinctive words, and never what makes two
// articles one story. (Attribution verbs per outlet are shown in a chart of their own.)

const VERB_FORMS = ['stated', 'stating', 'insisted', 'insists', 'reiterated', 'emphasised', 'stressed'];

/** An outlet that quotes with "stated" and "insisted" at every turn, and one that writes "said". */
const HARBOUR_GAZETTE = [
  'The harbourmaster stated that dredging of the channel would start in May. "The silt has closed it to tankers," she insisted. The port authority reiterated that tankers were waiting.',
  'Fishermen insisted the silt had moved. The harbourmaster stated again that dredging was late, and the pilots stressed that tankers could not pass. "We are stating the obvious," one insisted.',
  'The port authority emphasised that the dredging contract was signed. The harbourmaster stated the channel would reopen, and the mayor insisted the silt must go.',
];
const COASTAL_NEWS = [
  'Dredging of the channel will start in May, the harbourmaster said. The silt has closed it to tankers, and fishermen said the sandbank had moved south of the pier.',
  'Tankers are waiting off the channel while dredging is late, the port authority said. The pilots said the silt could not be passed at low tide near the pier.',
  'The dredging contract was signed, the port authority said, and the mayor said the channel would reopen once the silt and the sandbank were cleared from the pier.',
];

function jsonl(outlet: string, texts: readonly string[], day = '2026-03-02'): string[] {
  return texts.map((text, index) =>
    JSON.stringify({ title: `${outlet}, item ${index + 1}`, outlet, date: day, text }),
  );
}

describe('reporting verbs are how a text quotes, not what it is about', () => {
  const temp = useTempDir();

  async function harbourProject(name: string) {
    const db = openProject(join(temp.dir(), name));
    const lines = [...jsonl('Harbour Gazette', HARBOUR_GAZETTE), ...jsonl('Coastal News', COASTAL_NEWS)];
    await importPaths(db, [temp.file(`${name}.jsonl`, lines.join('\n'))]);
    return db;
  }

  it('never lists a reporting verb, in any form or phrase, among an outlet’s distinctive words', async () => {
    const db = await harbourProject('distinctive.sqlite');
    const ids = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
    const { distinctive } = compareOutlets(db, { articleIds: ids });
    const gazette = distinctive['Harbour Gazette']!.map((term) => term.term);
    expect(gazette.length).toBeGreaterThan(0);
    for (const term of gazette) for (const word of term.split(' ')) expect(VERB_FORMS).not.toContain(word);
    // What the Gazette writes about that the other does not is still there.
    expect(distinctive['Coastal News']!.map((term) => term.term)).toContain('sandbank');
    db.close();
  });

  it('reads the words an earlier version stored without their reporting verbs, not counting the texts again', async () => {
    const db = await harbourProject('stored.sqlite');
    const rows = db.prepare('SELECT id, title, text FROM articles ORDER BY id').all() as {
      id: number;
      title: string;
      text: string;
    }[];
    // As the counting before this one stored them: its key had no counting in it, and "stated" was a term.
    for (const row of rows)
      writeArticleTerms(db, {
        articleId: row.id,
        key: termsKey(row.title, row.text).replace(/:t\d+$/, ''),
        words: 40,
        terms: ['stated', 'insisted', 'harbourmaster stated', 'channel'],
        counts: [9, 9, 9, 1],
      });
    const { distinctive } = compareOutlets(db, { articleIds: rows.map((row) => row.id) });
    const listed = Object.values(distinctive).flatMap((terms) => terms.map((term) => term.term));
    expect(listed).not.toContain('stated');
    expect(listed).not.toContain('insisted');
    expect(listed).not.toContain('harbourmaster stated');
    // The stored counts were read, not the texts counted again (the texts name the sandbank).
    expect(listed).not.toContain('sandbank');
    db.close();
    // Counted from the texts themselves (as when the articles are analysed again), it is listed.
    const again = openProject(join(temp.dir(), 'stored.sqlite'));
    again.prepare('DELETE FROM article_terms').run();
    const recounted = compareOutlets(again, { articleIds: rows.map((row) => row.id) }).distinctive;
    expect(recounted['Coastal News']!.map((term) => term.term)).toContain('sandbank');
    again.close();
  });

  it('does not join two events into one story because both quote with the same verbs', async () => {
    const db = openProject(join(temp.dir(), 'grouping.sqlite'));
    // Same day, same style of quoting, nothing else in common: a dredging row and a football transfer.
    const dredging = [
      'The harbourmaster stated, and then insisted, that the dredging must wait. The council reiterated it, emphasised it and stressed it. Fishermen insisted; the port stated it again.',
    ];
    const football = [
      'The coach stated, and then insisted, that the striker must stay. The club reiterated it, emphasised it and stressed it. Supporters insisted; the chairman stated it again.',
    ];
    const lines = [...jsonl('Harbour Gazette', dredging), ...jsonl('Sports Desk', football)];
    await importPaths(db, [temp.file('two-events.jsonl', lines.join('\n'))]);
    const summary = await groupStories(db);
    expect(summary.finished).toBe(true);
    expect(listStories(db)).toEqual([]);
    db.close();
  });
});
