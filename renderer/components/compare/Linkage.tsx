import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { CompareResult } from '../../api/contract.ts';
import { formatNumber, percent } from '../format.ts';
import { ChartCard } from './ChartCard.tsx';
import { LABEL_TICK, VALUE_TICK, PERCENT_TOOLTIP } from './chart-style.ts';
import { SvgLegend } from './SvgLegend.tsx';
import { countedOutlets } from './selection.ts';
import { useWidth } from '../../hooks/useWidth.ts';

const SENTENCE = '#0072B2';
const PARAGRAPH = '#56B4E9';

/** How often two concepts meet in one sentence or paragraph, per outlet, with example sentences. */
export function Linkage({
  result,
  subject,
  concepts,
  onConcepts,
}: {
  result: CompareResult;
  subject: string;
  concepts: [string, string];
  onConcepts: (next: [string, string]) => void;
}) {
  const [draft, setDraft] = useState(concepts);
  const link = result.linkage[0];
  const [box, boxWidth] = useWidth<HTMLDivElement>(560);
  const width = Math.min(boxWidth, 720);
  const counted = countedOutlets(result);
  const outlets = link
    ? result.outlets
        .map((outlet) => outlet.outlet)
        .filter((outlet) => link.perOutlet[outlet] && counted.has(outlet))
    : [];
  const rows = link
    ? outlets.map((outlet) => {
        const figures = link.perOutlet[outlet]!;
        return {
          outlet,
          sentence: Math.round(figures.sentenceShare * 1000) / 10,
          paragraph: Math.round(figures.paragraphShare * 1000) / 10,
          figures,
        };
      })
    : [];

  const csv = () => [
    [
      'outlet',
      'concept A',
      'concept B',
      'articles',
      'sentences with A',
      'sentences with B',
      'sentences with both',
      'share of sentences',
      'paragraphs with both',
      'share of paragraphs',
      'articles with both in a sentence',
    ],
    ...rows.map(({ outlet, figures }) => [
      outlet,
      link?.a,
      link?.b,
      figures.articles,
      figures.sentencesA,
      figures.sentencesB,
      figures.sentencesBoth,
      figures.sentenceShare,
      figures.paragraphsBoth,
      figures.paragraphShare,
      figures.articlesBoth,
    ]),
  ];

  return (
    <ChartCard
      title="Linkage"
      subject={subject}
      rows={csv}
      layout="column"
      controls={
        <form
          className="linkage-form"
          onSubmit={(event) => {
            event.preventDefault();
            onConcepts(draft);
          }}
        >
          <input
            className="input small"
            aria-label="First concept: terms separated by commas"
            value={draft[0]}
            onChange={(event) => setDraft([event.target.value, draft[1]])}
          />
          <span className="faint">with</span>
          <input
            className="input small"
            aria-label="Second concept: terms separated by commas"
            value={draft[1]}
            onChange={(event) => setDraft([draft[0], event.target.value])}
          />
          <button
            type="submit"
            className="btn small"
            disabled={draft[0] === concepts[0] && draft[1] === concepts[1]}
          >
            Apply
          </button>
        </form>
      }
      note={
        link
          ? `Of the sentences (or paragraphs) naming “${link.a}” or “${link.b}”, the share naming both.`
          : undefined
      }
    >
      <div ref={box}>
        {!link ? (
          <p className="muted chart-empty">
            Name two concepts, each as terms separated by commas, and apply.
          </p>
        ) : (
          <>
            <BarChart
              width={width}
              height={rows.length * 40 + 40}
              data={rows}
              layout="vertical"
              margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
              accessibilityLayer
            >
              <CartesianGrid horizontal={false} stroke="var(--line)" />
              <XAxis type="number" domain={[0, 100]} unit="%" tick={VALUE_TICK} />
              <YAxis type="category" dataKey="outlet" width={150} tick={LABEL_TICK} interval={0} />
              <Tooltip {...PERCENT_TOOLTIP} />
              <Bar dataKey="sentence" name="in one sentence" fill={SENTENCE} isAnimationActive={false} />
              <Bar dataKey="paragraph" name="in one paragraph" fill={PARAGRAPH} isAnimationActive={false} />
            </BarChart>
            <SvgLegend
              items={[
                { name: 'in one sentence', color: SENTENCE },
                { name: 'in one paragraph', color: PARAGRAPH },
              ]}
              width={width}
            />
            <table className="linkage-table">
              <caption className="visually-hidden">
                “{link.a}” and “{link.b}” together, per outlet
              </caption>
              <thead>
                <tr>
                  <th scope="col">Outlet</th>
                  <th scope="col" className="num">
                    Sentences with both
                  </th>
                  <th scope="col" className="num">
                    Share
                  </th>
                  <th scope="col" className="num">
                    Paragraphs
                  </th>
                  <th scope="col">Example</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ outlet, figures }) => (
                  <tr key={outlet}>
                    <th scope="row">{outlet}</th>
                    <td className="num">
                      {formatNumber(figures.sentencesBoth)}
                      <span className="faint">
                        {' '}
                        of {formatNumber(figures.sentencesA + figures.sentencesB - figures.sentencesBoth)}
                      </span>
                    </td>
                    <td className="num">{percent(figures.sentenceShare)}</td>
                    <td className="num">{percent(figures.paragraphShare)}</td>
                    <td className="linkage-example">
                      {figures.examples.length === 0 ? (
                        <span className="faint">never in one sentence</span>
                      ) : (
                        figures.examples.slice(0, 2).map((example) => (
                          <a
                            key={`${example.articleId}-${example.start}`}
                            href={`#/reader/${example.articleId}`}
                          >
                            {example.text}
                          </a>
                        ))
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </ChartCard>
  );
}
