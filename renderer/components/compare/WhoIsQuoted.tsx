import { useState } from 'react';
import { Cell } from 'recharts';
import type { CompareResult, SourceKind } from '../../api/contract.ts';
import { plural } from '../format.ts';
import { ChartCard } from './ChartCard.tsx';
import { StackedShares } from './StackedShares.tsx';
import { percentShares } from './shares.ts';
import { countedOutlets } from './selection.ts';
import { useWidth } from '../../hooks/useWidth.ts';
import { CATEGORY_COLORS, KIND_COLORS, OTHERS_COLOR, cssVar } from './colors.ts';
import { splitQuoted } from './quoted-outlets.ts';

const OTHERS = 'Others';
const KIND_NAMES: Record<SourceKind, string> = {
  official: 'Officials',
  institution: 'Institutions',
  media: 'News media',
  anonymous: 'Anonymous',
  other: 'Other',
};
const KINDS: SourceKind[] = ['official', 'institution', 'media', 'anonymous', 'other'];

interface Series {
  key: string;
  name: string;
  color: string;
}

/** Per outlet, one stacked bar of who has its quoted words: speakers, or kinds of source. */
export function WhoIsQuoted({
  result,
  subject,
  onReported,
}: {
  result: CompareResult;
  subject: string;
  /** Counts reported speech as sourcing too (asks for the comparison again). */
  onReported: (included: boolean) => void;
}) {
  const [byKind, setByKind] = useState(false);
  const [box, width] = useWidth<HTMLDivElement>(560);
  const counted = countedOutlets(result);
  const outlets = result.speakers.matrix.outlets.filter(
    (outlet) => result.speakers.perOutlet[outlet] && counted.has(outlet),
  );
  const outline = cssVar('--text', '#1f1f1d');

  // The speakers with most quoted words over all outlets get a colour each; the rest are Others.
  const totals = new Map<string, number>();
  for (const outlet of outlets)
    for (const tally of result.speakers.perOutlet[outlet]!.speakers)
      totals.set(tally.speaker, (totals.get(tally.speaker) ?? 0) + tally.words);
  const ranked = [...totals].sort((a, b) => b[1] - a[1]).map(([speaker]) => speaker);
  const named = ranked.slice(
    0,
    ranked.length > CATEGORY_COLORS.length ? CATEGORY_COLORS.length - 1 : ranked.length,
  );
  const series: Series[] = byKind
    ? KINDS.map((kind) => ({ key: kind, name: KIND_NAMES[kind], color: KIND_COLORS[kind] }))
    : [
        ...named.map((speaker, index) => ({ key: speaker, name: speaker, color: CATEGORY_COLORS[index]! })),
        ...(ranked.length > named.length ? [{ key: OTHERS, name: OTHERS, color: OTHERS_COLOR }] : []),
      ];

  const everyRow = outlets.map((outlet) => {
    const speakers = result.speakers.perOutlet[outlet]!;
    const row: Record<string, number | string> = {
      outlet,
      label: `${outlet} (${plural(speakers.quotes, 'quote')})`,
    };
    const first = new Set<string>();
    const parts: Record<string, number> = {};
    if (byKind) {
      for (const kind of KINDS) parts[kind] = speakers.kinds[kind].wordShare;
      for (const source of speakers.firstSources) first.add(source.kind);
    } else {
      for (const tally of speakers.speakers) {
        const key = named.includes(tally.speaker) ? tally.speaker : OTHERS;
        parts[key] = (parts[key] ?? 0) + tally.wordShare;
        if (tally.firstIn > 0) first.add(key);
      }
    }
    Object.assign(row, percentShares(parts));
    return { outlet, quotes: speakers.quotes, row, first, speakers };
  });
  const { drawn: rows, unquoted } = splitQuoted(everyRow);

  const csv = () =>
    byKind
      ? [
          [
            'outlet',
            'kind',
            'quotes',
            'quoted words',
            'share of quoted words',
            'articles quoting this kind first',
          ],
          ...outlets.flatMap((outlet) => {
            const speakers = result.speakers.perOutlet[outlet]!;
            return KINDS.map((kind) => [
              outlet,
              kind,
              speakers.kinds[kind].quotes,
              speakers.kinds[kind].words,
              speakers.kinds[kind].wordShare,
              speakers.firstSources.filter((source) => source.kind === kind).length,
            ]);
          }),
        ]
      : [
          [
            'outlet',
            'speaker',
            'kind',
            'quotes',
            'quoted words',
            'share of quoted words',
            'articles quoting first',
          ],
          ...outlets.flatMap((outlet) =>
            result.speakers.perOutlet[outlet]!.speakers.map((tally) => [
              outlet,
              tally.speaker,
              tally.kind,
              tally.quotes,
              tally.words,
              tally.wordShare,
              tally.firstIn,
            ]),
          ),
        ];

  const anyQuotes = rows.length > 0;
  return (
    <ChartCard
      title="Who is quoted"
      subject={subject}
      rows={csv}
      layout="column"
      note={
        result.includeReported
          ? "Share of each outlet's quoted and reported words. Outlined: the source its articles quote first."
          : "Share of each outlet's quoted words. Outlined: the source its articles quote first."
      }
      controls={
        <>
          <label className="faint">
            <input
              type="checkbox"
              checked={result.includeReported}
              onChange={(event) => onReported(event.target.checked)}
            />{' '}
            count reported speech
          </label>
          <div className="segmented" role="group" aria-label="Group the sources by">
            <button type="button" aria-pressed={!byKind} onClick={() => setByKind(false)}>
              Speakers
            </button>
            <button type="button" aria-pressed={byKind} onClick={() => setByKind(true)}>
              Kind of source
            </button>
          </div>
        </>
      }
    >
      <div ref={box}>
        {!anyQuotes ? (
          <p className="muted chart-empty">No quotes were found in these articles.</p>
        ) : (
          <>
            <StackedShares
              width={width}
              rows={rows.map(({ row }) => row)}
              series={series}
              cells={(item) =>
                rows.map(({ row, first }) => (
                  <Cell
                    key={String(row.outlet)}
                    stroke={first.has(item.key) ? outline : 'none'}
                    strokeWidth={first.has(item.key) ? 2 : 0}
                  />
                ))
              }
            />
            <table className="visually-hidden">
              <caption>Share of quoted words by {byKind ? 'kind of source' : 'speaker'}, per outlet</caption>
              <thead>
                <tr>
                  <th scope="col">Outlet</th>
                  {series.map((item) => (
                    <th key={item.key} scope="col">
                      {item.name}
                    </th>
                  ))}
                  <th scope="col">Quoted first</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ row, first }) => (
                  <tr key={String(row.outlet)}>
                    <th scope="row">{row.label}</th>
                    {series.map((item) => (
                      <td key={item.key}>
                        {row[item.key] === undefined ? '0%' : `${String(row[item.key])}%`}
                      </td>
                    ))}
                    <td>
                      {[...first]
                        .map((key) => series.find((item) => item.key === key)?.name ?? key)
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {unquoted.length > 0 && (
              <p className="faint">No quote in the articles of {unquoted.join(', ')}.</p>
            )}
          </>
        )}
      </div>
    </ChartCard>
  );
}
