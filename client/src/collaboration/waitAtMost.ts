/**
 * Waits for some work to finish, fail, or run out of time, whichever comes first, and
 * never rejects. For browser storage on the way out: IndexedDB can fail, or never
 * answer at all (a database another tab holds, a browser that hangs), and signing out
 * must not fail or hang on it. Work that runs out of time carries on by itself.
 */
export function waitAtMost(ms: number, work: () => PromiseLike<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    try {
      work().then(done, done);
    } catch {
      done();
    }
  });
}
