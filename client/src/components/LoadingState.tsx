/** Said once by screen readers and shown calmly while a page's data arrives. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="loading-state" aria-busy="true">
      <p role="status" className="loading-state__text">
        <span className="loading-state__dot" aria-hidden="true" />
        {label}…
      </p>
    </div>
  );
}
