import { useState } from 'react';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { CompareResult } from '../../api/contract.ts';
import { ChartCard } from './ChartCard.tsx';
import { LABEL_TICK } from './chart-style.ts';

const SHOWN = 12;
const COLORS = ['#0072B2', '#D55E00'];

/** Two outlets' most distinctive words against all the other outlets (weighted log-odds, z-scores). */
export function DistinctiveWords({ result, subject }: { result: CompareResult; subject: string }) {
  const candidates = result.outlets
    .filter((outlet) => (result.distinctive[outlet.outlet]?.length ?? 0) > 0)
    .map((outlet) => outlet.outlet);
  const [chosen, setChosen] = useState<[string, string]>([candidates[0] ?? '', candidates[1] ?? '']);
  const pair = chosen.map((outlet, index) =>
    candidates.includes(outlet) ? outlet : (candidates[index] ?? ''),
  );

  const csv = () => [
    ['outlet', 'term', 'z', 'delta', 'count', 'count in the other outlets'],
    ...candidates.flatMap((outlet) =>
      (result.distinctive[outlet] ?? []).map((term) => [
        outlet,
        term.written,
        term.z,
        term.delta,
        term.count,
        term.countRest,
      ]),
    ),
  ];

  return (
    <ChartCard
      title="Distinctive words"
      subject={subject}
      rows={csv}
      note="Words and phrases each outlet uses more than the others (z-score of weighted log-odds), page furniture left out."
      controls={
        candidates.length >= 2 && (
          <>
            {[0, 1].map((side) => (
              <select
                key={side}
                className="input small"
                aria-label={side === 0 ? 'First outlet' : 'Second outlet'}
                value={pair[side]}
                onChange={(event) => {
                  const next: [string, string] = [pair[0]!, pair[1]!];
                  next[side] = event.target.value;
                  setChosen(next);
                }}
              >
                {candidates.map((outlet) => (
                  <option key={outlet} value={outlet}>
                    {outlet}
                  </option>
                ))}
              </select>
            ))}
          </>
        )
      }
    >
      {candidates.length === 0 ? (
        <p className="muted chart-empty">Too few words to tell the outlets apart.</p>
      ) : (
        <div className="fightin">
          {pair
            .filter((outlet) => outlet !== '')
            .map((outlet, side) => {
              const terms = (result.distinctive[outlet] ?? []).slice(0, SHOWN);
              const basis = result.distinctiveBasis[outlet];
              return (
                <div key={`${side}-${outlet}`} className="fightin-column" data-chart-title={outlet}>
                  <h3>{outlet}</h3>
                  {basis?.tooFew && (
                    <p className="too-few-words" role="note">
                      Only {basis.words.toLocaleString('en')} words: too few for these z-scores to mean much.
                    </p>
                  )}
                  <BarChart
                    width={300}
                    height={terms.length * 22 + 10}
                    data={terms}
                    layout="vertical"
                    margin={{ top: 0, right: 44, bottom: 0, left: 0 }}
                    accessibilityLayer
                  >
                    <XAxis type="number" hide domain={[0, 'dataMax']} />
                    <YAxis
                      type="category"
                      dataKey="written"
                      width={130}
                      tick={LABEL_TICK}
                      interval={0}
                      tickLine={false}
                      axisLine={false}
                    />
                    <Bar dataKey="z" fill={COLORS[side]} isAnimationActive={false} barSize={12}>
                      <LabelList
                        dataKey="z"
                        position="right"
                        fontSize={11}
                        fill="currentColor"
                        formatter={(value) => (typeof value === 'number' ? value.toFixed(2) : String(value))}
                      />
                    </Bar>
                  </BarChart>
                  <table className="visually-hidden">
                    <caption>Distinctive words of {outlet}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Term</th>
                        <th scope="col">z</th>
                        <th scope="col">Count</th>
                      </tr>
                    </thead>
                    <tbody>
                      {terms.map((term) => (
                        <tr key={term.term}>
                          <td>{term.written}</td>
                          <td>{term.z.toFixed(2)}</td>
                          <td>{term.count}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              );
            })}
        </div>
      )}
    </ChartCard>
  );
}
