/**
 * Makes updates to one document take turns: each starts once every earlier one has
 * ended. A turn waits only for turns taken before it, so turns cannot wait on each
 * other in a circle; whoever takes a turn must end it, however the update fares.
 */
export class TurnsPerDocument {
  /** Each document's last turn taken, until it ends. */
  private readonly lastTurn = new Map<string, Promise<void>>();

  /** Waits until every earlier turn on the document has ended; returns what ends this one. */
  async take(documentName: string): Promise<() => void> {
    const earlier = this.lastTurn.get(documentName) ?? Promise.resolve();
    let end: () => void = () => {};
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    const turn = earlier.then(() => ended);
    this.lastTurn.set(documentName, turn);
    void turn.then(() => {
      if (this.lastTurn.get(documentName) === turn) this.lastTurn.delete(documentName);
    });
    await earlier;
    return end;
  }
}
