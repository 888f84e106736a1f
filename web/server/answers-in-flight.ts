import type { ServerResponse } from 'node:http';

/** A moment, to ask later about the answers being made then or begun since. */
export type Mark = { begun: number; open: boolean };

/**
 * The answers Next is still making, in the order they were begun. A page begun before a change may
 * be stored after it, looking newer than the change (see web/src/lib/answers-in-flight.ts).
 */
export class AnswersInFlight {
  private begun = 0;
  // Ids in the order begun, so the first is the oldest still open.
  private readonly open = new Set<number>();
  private waiters: { upTo: number; done: () => void }[] = [];

  track(response: ServerResponse): void {
    const id = ++this.begun;
    this.open.add(id);
    response.once('close', () => {
      this.open.delete(id);
      this.wake();
    });
  }

  mark(): Mark {
    return { begun: this.begun, open: this.open.size > 0 };
  }

  /**
   * Resolves once every answer being made at `mark` or begun since has ended (or after
   * `maxWaitMs`): true, or false at once when there were none.
   */
  async endedSince(mark: Mark, maxWaitMs: number): Promise<boolean> {
    if (!mark.open && this.begun === mark.begun) return false;
    await this.ended(maxWaitMs);
    return true;
  }

  /** Resolves once every answer begun before this call has ended, or after `maxWaitMs`. */
  ended(maxWaitMs: number): Promise<void> {
    const upTo = this.begun;
    if (!this.anyOpenUpTo(upTo)) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = {
        upTo,
        done: () => {
          clearTimeout(timer);
          this.waiters = this.waiters.filter((other) => other !== waiter);
          resolve();
        },
      };
      const timer = setTimeout(waiter.done, maxWaitMs);
      this.waiters.push(waiter);
    });
  }

  get size(): number {
    return this.open.size;
  }

  private anyOpenUpTo(id: number): boolean {
    const oldest = this.open.values().next();
    return !oldest.done && oldest.value <= id;
  }

  private wake(): void {
    for (const waiter of this.waiters) {
      if (!this.anyOpenUpTo(waiter.upTo)) waiter.done();
    }
  }
}
