import { useState } from 'react';
import { EngineError } from '../api/client.ts';
import type { Voice } from '../api/contract.ts';
import type { CompareSelection } from '../hooks/useRoute.ts';
import { useEngine } from '../hooks/useEngine.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { ComparePicker } from '../components/compare/ComparePicker.tsx';
import { CompareHeader } from '../components/compare/CompareHeader.tsx';
import { ChartSkeleton } from '../components/compare/ChartCard.tsx';
import { FrameHeatmap } from '../components/compare/FrameHeatmap.tsx';
import { PrimaryFrames } from '../components/compare/PrimaryFrames.tsx';
import { AttributionVerbs } from '../components/compare/AttributionVerbs.tsx';
import { WhoIsQuoted } from '../components/compare/WhoIsQuoted.tsx';
import { DistinctiveWords } from '../components/compare/DistinctiveWords.tsx';
import { Linkage } from '../components/compare/Linkage.tsx';
import { SideBySide, type ArticleChoice } from '../components/compare/SideBySide.tsx';
import { DEFAULT_CONCEPTS, parseConcept } from '../components/compare/concepts.ts';
import { countedOutlets, selectionArgs, type SelectionArgs } from '../components/compare/selection.ts';
import {
  CompareProgress,
  CompareStopped,
  useRunningComparison,
} from '../components/compare/CompareProgress.tsx';

/** How outlets covered one story (or the articles a search finds), chart by chart. */
export function CompareView({ selection }: { selection: CompareSelection }) {
  if (selection === null) return <ComparePicker />;
  return <Comparison key={JSON.stringify(selection)} selection={selectionArgs(selection)} />;
}

function useArticles(selection: SelectionArgs): { title: string; articles: ArticleChoice[] | undefined } {
  const story = useEngine('stories.get', 'storyId' in selection ? [selection.storyId] : null);
  const found = useEngine(
    'articles.list',
    'query' in selection ? [{ search: selection.query, limit: 500 }] : null,
  );
  if ('storyId' in selection)
    return { title: story.data?.story.name ?? `Story ${selection.storyId}`, articles: story.data?.articles };
  return { title: `Search “${selection.query}”`, articles: found.data?.rows };
}

function Comparison({ selection }: { selection: SelectionArgs }) {
  const [discountReprints, setDiscount] = useState(true);
  const [includeReported, setIncludeReported] = useState(false);
  const [voice, setVoice] = useState<Voice>('both');
  const [concepts, setConcepts] = useState<[string, string]>(DEFAULT_CONCEPTS);
  const linkage = concepts.map(parseConcept).filter((concept) => concept !== null);
  const args = {
    ...selection,
    discountReprints,
    includeReported,
    voice,
    ...(linkage.length === 2 ? { linkage } : {}),
  };
  const result = useEngine('compare.outlets', [args]);
  const [again, setAgain] = useState(0);
  const running = useRunningComparison(`${JSON.stringify(args)} ${again}`);
  const compareAgain = () => {
    setAgain((n) => n + 1);
    result.reload();
  };
  const stopped = !result.loading && result.error instanceof EngineError && result.error.code === 'stopped';
  const { title, articles } = useArticles(selection);
  const data = result.data;
  const conceptsChanged = concepts[0] !== DEFAULT_CONCEPTS[0] || concepts[1] !== DEFAULT_CONCEPTS[1];

  if (stopped && !data)
    return (
      <div className="page compare">
        <CompareStopped title={title} onAgain={compareAgain} shown={false} />
      </div>
    );
  if (result.error && !data)
    return (
      <div className="page compare">
        <ErrorNotice
          error={result.error}
          title="The outlets could not be compared"
          hint={
            'storyId' in selection
              ? 'The story may have been deleted; pick another in Stories.'
              : 'Check the search: words, "exact phrases", OR, NOT and prefix* work.'
          }
        />
      </div>
    );
  if (!data)
    return (
      <div className="page compare" aria-busy="true">
        <div className="compare-header">
          <div className="compare-title">
            <h1>{title}</h1>
            <span className="skeleton" style={{ width: 240, marginTop: 8 }} />
          </div>
          <CompareProgress running={running} />
        </div>
        <div className="compare-grid">
          {[
            'Frames by outlet',
            'Primary frame',
            'How sources are introduced',
            'Who is quoted',
            'Distinctive words',
            'Linkage',
          ].map((name) => (
            <section key={name} className="chart-card" aria-label={name}>
              <header className="chart-head">
                <h2>{name}</h2>
              </header>
              <ChartSkeleton label={`Loading ${name.toLowerCase()}`} />
            </section>
          ))}
        </div>
      </div>
    );
  if (data.articles === 0)
    return (
      <div className="page compare empty">
        <div>
          <h2>Nothing to compare</h2>
          <p>
            {'storyId' in selection
              ? 'This story has no articles left. Move articles into it in Stories, or pick another story.'
              : 'No article matches this search. Try other words.'}
          </p>
          <a className="btn" href="#/stories">
            Stories
          </a>
        </div>
      </div>
    );

  const subject = title;
  return (
    <div className="page compare">
      <CompareHeader title={title} result={data} onDiscount={setDiscount} />
      {result.loading && <CompareProgress running={running} delay={400} />}
      {stopped && <CompareStopped title={title} onAgain={compareAgain} shown />}
      {result.error && !stopped && (
        <ErrorNotice
          error={result.error}
          title="The comparison could not be updated"
          hint={conceptsChanged ? 'Check the linkage concepts: terms separated by commas.' : 'Try again.'}
        />
      )}
      {countedOutlets(data).size < 2 ? (
        <div className="empty">
          <div>
            <h2>This {'storyId' in selection ? 'story' : 'search'} has one outlet; compare needs two</h2>
            <p>Move articles of other outlets into it in Stories, or import more coverage of the event.</p>
          </div>
        </div>
      ) : (
        <div className="compare-grid">
          <div className="wide">
            <FrameHeatmap result={data} selection={selection} subject={subject} onVoice={setVoice} />
          </div>
          <PrimaryFrames result={data} subject={subject} />
          <AttributionVerbs result={data} subject={subject} />
          <WhoIsQuoted result={data} subject={subject} onReported={setIncludeReported} />
          <DistinctiveWords result={data} subject={subject} />
          <div className="wide">
            <Linkage result={data} subject={subject} concepts={concepts} onConcepts={setConcepts} />
          </div>
          <div className="wide">
            {articles ? (
              <SideBySide selection={selection} articles={articles} subject={subject} />
            ) : (
              <ChartSkeleton label="Loading the articles" />
            )}
          </div>
        </div>
      )}
    </div>
  );
}
