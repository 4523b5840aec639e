import { useState } from 'react';
import type { AgreementComparison, AgreementResult } from '../api/contract.ts';
import { useEngine } from '../hooks/useEngine.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { AgreementControls, type AgreementChoice } from '../components/agreement/AgreementControls.tsx';
import { FiguresTable, type FiguresRow } from '../components/agreement/FiguresTable.tsx';
import { ClassControls } from '../components/agreement/ClassControls.tsx';
import { routeHash } from '../hooks/useRoute.ts';

/** How far coders agree with one another, or the machine's suggestions with each coder, per code. */
export function AgreementView() {
  const codebooks = useEngine('codebooks.list', []);
  const coders = useEngine('coders.list', []);
  const [choice, setChoice] = useState<AgreementChoice>({
    codebookId: null,
    unit: 'article',
    by: 'code',
    machine: false,
    withKey: false,
    coders: [],
  });
  const keyName = coders.data?.find((coder) => coder.role === 'key')?.name ?? null;
  const reference = choice.withKey && !choice.machine && keyName ? keyName : null;
  // The codebook people code with most, until one is chosen.
  const codebookId =
    choice.codebookId ?? [...(codebooks.data ?? [])].sort((a, b) => used(b) - used(a))[0]?.id ?? null;
  const result = useEngine(
    'agreement.compute',
    codebookId === null
      ? null
      : [
          {
            codebookId,
            unit: choice.unit,
            by: choice.by,
            machine: choice.machine,
            ...(reference ? { reference } : {}),
            ...(choice.coders.length > 0 ? { coders: choice.coders } : {}),
          },
        ],
  );
  const included = new Set(result.data?.coders.map((coder) => coder.name) ?? []);
  return (
    <div className="page agreement">
      <header className="agreement-header">
        <h1>Agreement</h1>
        <p className="muted">
          Krippendorff’s α per code, with its 95% interval; Cohen’s κ where two are compared; the share of
          decisions that agree. A code counts in every unit its passage overlaps; an article a coder never
          looked at is missing for them, not “absent”.
        </p>
      </header>
      {codebooks.data && (
        <AgreementControls
          choice={{ ...choice, codebookId }}
          onChange={setChoice}
          codebooks={codebooks.data}
          keyName={keyName}
          coders={(coders.data ?? []).map((coder) => ({
            name: coder.name,
            included: included.has(coder.name),
          }))}
        />
      )}
      {coders.data && coders.data.length > 0 && <ClassControls coders={coders.data} />}
      {result.error && !result.loading && (
        <ErrorNotice
          error={result.error}
          title="No agreement to show yet"
          hint={
            choice.machine
              ? 'Review some suggestions in the reader first (choose who you are under Coder ▾).'
              : 'Each coder chooses their name under Coder ▾ and codes the same articles; or compare the suggestions with a coder.'
          }
        />
      )}
      {!result.data && !result.error && <AgreementSkeleton />}
      {result.data && !result.error && (
        <Results result={result.data} busy={result.loading} withKey={reference !== null} />
      )}
    </div>
  );
}

function used(book: { codes: { accepted: number }[] }): number {
  return book.codes.reduce((sum, code) => sum + code.accepted, 0);
}

function Results({ result, busy, withKey }: { result: AgreementResult; busy: boolean; withKey: boolean }) {
  return (
    <div className="agreement-results" aria-busy={busy}>
      {result.comparisons.map((comparison) => (
        <Comparison
          key={comparison.title}
          comparison={comparison}
          by={result.by}
          differ={
            withKey || (!result.machine && comparison.coders.length >= 2)
              ? routeHash({
                  view: 'disagreements',
                  choice: { codebookId: result.codebook.id, coders: comparison.coders },
                })
              : null
          }
        />
      ))}
      <p className="faint agreement-method">
        95% intervals from {result.resamples.toLocaleString('en')} bootstrap resamples of the units (seed{' '}
        {result.seed}), so the figures repeat. Same figures on the command line: framescope agreement
        --codebook {result.codebook.id} --unit {result.unit}
        {result.by === 'outlet' ? ' --by outlet' : ''}
        {result.machine ? ' --machine' : ''}
        {withKey ? ` --reference "${result.comparisons[0]?.coders[0] ?? ''}"` : ''} (engine method
        agreement.compute). Dashed ticks mark α = .667 and .800: Krippendorff (2004) would rely on variables
        at .800 or above and draw only tentative conclusions between the two.
        {result.unattributed > 0 &&
          ` ${result.unattributed.toLocaleString('en')} accepted codings name no coder and are left out.`}
      </p>
    </div>
  );
}

function Comparison({
  comparison,
  by,
  differ,
}: {
  comparison: AgreementComparison;
  by: 'code' | 'outlet';
  /** Where the Disagreements view lists the passages these coders differ on. */
  differ: string | null;
}) {
  const { report, speakers } = comparison;
  const rows: FiguresRow[] = [
    ...report.rows.map((row) => ({ key: row.key, label: row.label, figures: row })),
    {
      key: 'pooled',
      label: by === 'code' ? 'All codes' : 'All outlets',
      figures: report.pooled,
      total: true,
    },
  ];
  return (
    <section className="chart-card agreement-card" aria-label={comparison.title}>
      <header className="chart-head">
        <h2>{comparison.title}</h2>
        <span className="faint">{report.source}</span>
        {differ && (
          <a className="agreement-differ" href={differ}>
            Passages where they differ →
          </a>
        )}
      </header>
      {report.pooled.units === 0 ? (
        <p className="agreement-none muted">
          Nothing to compare yet: no article was looked at by both. A coder has looked at an article once they
          code or review anything in it.
        </p>
      ) : (
        <FiguresTable
          rows={rows}
          heading={by === 'code' ? 'Code' : 'Outlet'}
          label={`Agreement of ${comparison.title}`}
        />
      )}
      {speakers && (
        <>
          <h3 className="agreement-subhead">
            {speakers.quotes > 0
              ? `Who is quoted, on the ${speakers.quotes.toLocaleString('en')} quotes both have`
              : 'Who is quoted: no quote reviewed by this coder yet'}
          </h3>
          {speakers.quotes > 0 && (
            <FiguresTable
              heading="Speaker"
              label={`Speakers: ${comparison.title}`}
              rows={[
                ...speakers.perSpeaker
                  .slice(0, 12)
                  .map((row) => ({ key: row.key, label: row.label, figures: row })),
                { key: 'all', label: 'Any speaker', figures: speakers.overall, total: true },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}

function AgreementSkeleton() {
  return (
    <section
      className="chart-card agreement-card"
      aria-busy="true"
      aria-label="Loading the agreement figures"
    >
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="skeleton-block">
          <span className="skeleton" style={{ width: `${40 + ((index * 17) % 40)}%` }} />
        </div>
      ))}
    </section>
  );
}
