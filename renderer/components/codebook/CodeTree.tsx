import { useState } from 'react';
import type { CodebookView } from '../../api/contract.ts';
import { formatNumber } from '../format.ts';
import { NewCodeForm } from './NewCodeForm.tsx';
import { ScopePicker } from './ScopePicker.tsx';
import { NewCodebookForm } from './NewCodebookForm.tsx';

/** Codebooks → frames and codes, with how many hits each has (accepted / suggested). */
export function CodeTree({
  codebooks,
  selectedId,
}: {
  codebooks: CodebookView[] | undefined;
  selectedId: number | null;
}) {
  const [adding, setAdding] = useState<number | null>(null);
  if (!codebooks) {
    return (
      <nav className="code-tree" aria-busy="true" aria-label="Codebooks">
        {[70, 55, 62, 48, 66].map((w, i) => (
          <span key={i} className="skeleton" style={{ width: `${w}%`, margin: '10px 12px' }} />
        ))}
      </nav>
    );
  }
  return (
    <nav className="code-tree" aria-label="Codebooks">
      <div className="tree-legend faint" aria-hidden="true">
        <span />
        <span />
        <span>accepted</span>
        <span>suggested</span>
      </div>
      {codebooks.map((book) => (
        <section key={book.id} className="tree-book" aria-label={book.name}>
          <h2 title={book.description ?? undefined}>{book.name}</h2>
          <ScopePicker book={book} />
          {(['frame', 'code'] as const).map((kind) => {
            const codes = book.codes.filter((c) => c.kind === kind);
            if (codes.length === 0) return null;
            return (
              <div key={kind}>
                <h3>{kind === 'frame' ? 'Frames' : 'Codes'}</h3>
                <ul>
                  {codes.map((code) => (
                    <li key={code.id}>
                      <a
                        href={`#/codebook/${code.id}`}
                        className="tree-item"
                        aria-current={code.id === selectedId ? 'page' : undefined}
                      >
                        <span
                          className="swatch"
                          style={{ background: code.color ?? undefined }}
                          aria-hidden="true"
                        />
                        <span className="tree-name">{code.name}</span>
                        <span className="num" title="Accepted">
                          {formatNumber(code.accepted)}
                        </span>
                        <span className="num faint" title="Suggested">
                          {formatNumber(code.suggested)}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          {adding === book.id ? (
            <NewCodeForm codebookId={book.id} onDone={() => setAdding(null)} />
          ) : (
            <button type="button" className="link-btn add-code" onClick={() => setAdding(book.id)}>
              + New frame or code
            </button>
          )}
        </section>
      ))}
      <NewCodebookForm onMade={setAdding} />
    </nav>
  );
}
