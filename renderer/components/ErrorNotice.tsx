/** What happened and what to try, in words. */
export function ErrorNotice({ error, title, hint }: { error: Error; title: string; hint?: string }) {
  return (
    <div className="notice error" role="alert">
      <h3>{title}</h3>
      <p>{error.message}</p>
      {hint && <p className="muted">{hint}</p>}
    </div>
  );
}
