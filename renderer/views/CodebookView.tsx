import { useEngine } from '../hooks/useEngine.ts';
import { CodeTree } from '../components/codebook/CodeTree.tsx';
import { CodeEditor } from '../components/codebook/CodeEditor.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { LearnedOverview } from '../components/codebook/LearnedOverview.tsx';
import { ShippedUpdates } from '../components/codebook/ShippedUpdates.tsx';

/** The frames and codes of the project: how often each is used, and what each one looks for. */
export function CodebookView({ codeId }: { codeId: number | null }) {
  const codebooks = useEngine('codebooks.list', []);
  const all = codebooks.data?.flatMap((book) => book.codes) ?? [];
  const code = all.find((c) => c.id === codeId) ?? null;
  return (
    <div className="codebook">
      <CodeTree codebooks={codebooks.data} selectedId={code?.id ?? null} />
      <section className="codebook-main" aria-label="Code">
        {codebooks.error && (
          <ErrorNotice
            error={codebooks.error}
            title="The codebook could not be loaded"
            hint="Try again in a moment."
          />
        )}
        {code ? (
          <CodeEditor key={code.id} code={code} />
        ) : (
          codebooks.data && (
            <div className="codebook-overview">
              <div className="empty">
                <div>
                  <h2>Pick a frame or code</h2>
                  <p>
                    Frames are found in the articles by their cue words; edit the cues to catch what they
                    miss, then re-run frame detection. Codes are yours to apply by hand: select a passage in
                    the reader and press c.
                  </p>
                </div>
              </div>
              <ShippedUpdates />
              <LearnedOverview codebooks={codebooks.data} />
            </div>
          )
        )}
      </section>
    </div>
  );
}
