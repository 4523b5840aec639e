/** The shape of an article while it loads. */
export function ReaderSkeleton() {
  const widths = [92, 96, 88, 94, 60, 0, 95, 90, 97, 72, 0, 93, 85, 40];
  return (
    <div className="article" aria-busy="true" aria-label="Loading the article">
      <span className="skeleton" style={{ height: 26, width: '70%', marginBottom: 12 }} />
      <span className="skeleton" style={{ width: '40%', marginBottom: 28 }} />
      {widths.map((width, index) =>
        width === 0 ? (
          <div key={index} style={{ height: 18 }} />
        ) : (
          <span
            key={index}
            className="skeleton"
            style={{ width: `${width}%`, height: 14, marginBottom: 12 }}
          />
        ),
      )}
    </div>
  );
}
