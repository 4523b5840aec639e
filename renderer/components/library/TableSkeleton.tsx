/** The table's shape while the first page of articles loads. */
export function TableSkeleton() {
  return (
    <div className="table-skeleton" aria-busy="true" aria-label="Loading the articles">
      {Array.from({ length: 12 }, (_, index) => (
        <div key={index} className="skeleton-row">
          <span className="skeleton" style={{ width: `${45 + ((index * 29) % 40)}%` }} />
          <span className="skeleton" style={{ width: '70%' }} />
          <span className="skeleton" style={{ width: '60%' }} />
          <span className="skeleton" style={{ width: '50%' }} />
        </div>
      ))}
    </div>
  );
}
