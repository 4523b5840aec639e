import { useState } from 'react';

interface Props {
  /** The input's accessible name. */
  label: string;
  placeholder: string;
  /** The submit button's text. */
  action: string;
  /** Called with the trimmed text; never with an empty one. */
  onSubmit: (text: string) => void;
  initial?: string;
  className: string;
  buttonClassName?: string;
  search?: boolean;
  busy?: boolean;
}

/** One line of text and a button: a new coder's name, another speaker, a search to use. */
export function TextSubmit({
  label,
  placeholder,
  action,
  onSubmit,
  initial = '',
  className,
  buttonClassName = 'btn small',
  search = false,
  busy = false,
}: Props) {
  const [text, setText] = useState(initial);
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onSubmit(text.trim());
      }}
    >
      <input
        className="input"
        type={search ? 'search' : 'text'}
        aria-label={label}
        placeholder={placeholder}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className={buttonClassName} disabled={busy || !text.trim()}>
        {action}
      </button>
    </form>
  );
}
