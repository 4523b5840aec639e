import { Fragment, useState } from 'react';
import type { CompareResult, VerbCount } from '../../api/contract.ts';
import { percent } from '../format.ts';
import { ChartCard } from './ChartCard.tsx';
import { countedOutlets } from './selection.ts';

const LISTED = 6;

function Verbs({ verbs }: { verbs: VerbCount[] }) {
  return (
    <>
      {verbs.slice(0, LISTED).map((verb, index) => (
        <Fragment key={verb.verb}>
          {index > 0 && ', '}
          <span className={verb.neutral ? undefined : 'loaded'} title={verb.neutral ? 'reports' : 'judges'}>
            {verb.verb}
          </span>{' '}
          <span className="faint num">{verb.count}</span>
        </Fragment>
      ))}
      {verbs.length > LISTED && <span className="faint"> and {verbs.length - LISTED} more</span>}
    </>
  );
}

/** How each outlet introduces its sources: the reporting verbs of its quotes, per outlet and speaker. */
export function AttributionVerbs({ result, subject }: { result: CompareResult; subject: string }) {
  const [bySpeaker, setBySpeaker] = useState(false);
  const shown = countedOutlets(result);
  const outlets = result.outlets
    .map((outlet) => outlet.outlet)
    .filter((outlet) => shown.has(outlet) && (result.verbs.perOutlet[outlet]?.quotes ?? 0) > 0);
  const csv = () => [
    ['outlet', 'speaker', 'verb', 'quotes', 'judges'],
    ...outlets.flatMap((outlet) =>
      result.verbs.perOutlet[outlet]!.speakers.flatMap((speaker) =>
        speaker.verbs.map((verb) => [
          outlet,
          speaker.speaker,
          verb.verb,
          verb.count,
          verb.neutral ? 'no' : 'yes',
        ]),
      ),
    ),
  ];
  return (
    <ChartCard
      title="How sources are introduced"
      subject={subject}
      rows={csv}
      image={false}
      note={
        <>
          The verbs each outlet reports its sources' words with. In red, verbs that judge the words (“claim”,
          “admit”, “insist”) rather than report them (“say”, “tell”).
          {result.includeReported ? ' Reported speech is counted.' : ''}
        </>
      }
      controls={
        <div className="segmented" role="group" aria-label="Show the verbs">
          <button type="button" aria-pressed={!bySpeaker} onClick={() => setBySpeaker(false)}>
            Per outlet
          </button>
          <button type="button" aria-pressed={bySpeaker} onClick={() => setBySpeaker(true)}>
            Per speaker
          </button>
        </div>
      }
    >
      {outlets.length === 0 ? (
        <p className="muted chart-empty">No quote in these articles is introduced by a reporting verb.</p>
      ) : (
        <table className="verb-table">
          <caption className="visually-hidden">
            Reporting verbs per outlet{bySpeaker ? ' and speaker' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{bySpeaker ? 'Outlet, speaker' : 'Outlet'}</th>
              <th scope="col" className="num">
                Quotes
              </th>
              <th scope="col" className="num">
                Judging
              </th>
              <th scope="col">Verbs</th>
            </tr>
          </thead>
          <tbody>
            {outlets.map((outlet) => {
              const verbs = result.verbs.perOutlet[outlet]!;
              return (
                <Fragment key={outlet}>
                  <tr>
                    <th scope="row">{outlet}</th>
                    <td className="num">{verbs.quotes}</td>
                    <td className="num">{percent(verbs.loadedShare)}</td>
                    <td>
                      <Verbs verbs={verbs.verbs} />
                    </td>
                  </tr>
                  {bySpeaker &&
                    verbs.speakers.map((speaker) => (
                      <tr key={speaker.speaker} className="speaker-row">
                        <th scope="row">{speaker.speaker}</th>
                        <td className="num">{speaker.quotes}</td>
                        <td className="num">
                          {percent(
                            speaker.verbs.filter((v) => !v.neutral).reduce((n, v) => n + v.count, 0) /
                              speaker.quotes,
                          )}
                        </td>
                        <td>
                          <Verbs verbs={speaker.verbs} />
                        </td>
                      </tr>
                    ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </ChartCard>
  );
}
