interface UnknownWriterNoticeProps {
  /** How many changes in the history are words of unknown writer. */
  changes: number;
  onShow: () => void;
}

/**
 * After a restore from a backup, devices handed back words the backup lacked. Where the
 * backup could not tell whose they were, nobody is credited with them; a lead reads them
 * and decides, with the group, whether they stay and who wrote them.
 */
export function UnknownWriterNotice({ changes, onShow }: UnknownWriterNoticeProps) {
  const what = changes === 1 ? '1 change' : `${changes} changes`;
  return (
    <section className="notice notice--warning unknown-writer-notice" aria-labelledby="unknown-writer-title">
      <div>
        <h3 id="unknown-writer-title" className="unknown-writer-notice__title">
          Words to check: unknown writer
        </h3>
        <p>
          {`After the database was restored from a backup, people’s devices handed back words that nobody can be credited with (${what}). They are in the text, marked “Unknown writer” in “Show who wrote what”. A project lead should read them and check with the group whether to keep them.`}
        </p>
        <button type="button" className="button button--secondary button--small" onClick={onShow}>
          Show these changes
        </button>
      </div>
    </section>
  );
}
