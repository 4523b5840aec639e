import { useEffect, useRef } from 'react';
import { useEngine } from '../hooks/useEngine.ts';
import { useStore } from '../hooks/store.ts';
import { coderQuestion } from '../hooks/coder.ts';
import { TextSubmit } from './TextSubmit.tsx';

/**
 * "Who is coding?": asked the first time someone corrects or codes without having chosen a name
 * under Coder ▾, so that every decision records its coder. The answer is remembered on this machine.
 */
export function CoderQuestion() {
  const answer = useStore(coderQuestion);
  const coders = useEngine('coders.list', answer ? [] : null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answer) box.current?.querySelector('input')?.focus();
  }, [answer]);
  if (!answer) return null;
  return (
    <div className="coder-question-backdrop" onClick={() => answer(null)}>
      <div
        ref={box}
        className="coder-question"
        role="dialog"
        aria-modal="true"
        aria-labelledby="coder-question-title"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.key === 'Escape' && answer(null)}
      >
        <h2 id="coder-question-title">Who is coding?</h2>
        <p className="muted">
          Every correction and code records who made it, so that a team can compare coders. This computer
          remembers your name; change it any time under Coder ▾.
        </p>
        {(coders.data?.length ?? 0) > 0 && (
          <div className="coder-question-names" role="group" aria-label="Coders of this project">
            {coders.data!.map((coder) => (
              <button key={coder.id} type="button" className="btn" onClick={() => answer(coder.name)}>
                {coder.name}
              </button>
            ))}
          </div>
        )}
        <TextSubmit
          className="coder-question-form"
          label="Your name"
          placeholder="Your name"
          action="Start coding"
          buttonClassName="btn primary"
          onSubmit={(name) => answer(name)}
        />
        <button type="button" className="btn link" onClick={() => answer(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
