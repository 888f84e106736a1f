import Redis from 'ioredis';

type LinkEvents = {
  /** A message another replica published. */
  message: (text: string) => void;
  /** Redis is reachable again (or for the first time), subscribed; what was missed is unknown. */
  connected: () => Promise<void> | void;
  /** Redis went away; messages may be missed from now on. */
  disconnected: () => void;
};

const RETRY_MS = { step: 200, max: 2_000 };

/**
 * The two connections a replica keeps to Redis: one for commands, which fail at once while Redis
 * is away instead of queueing (the caller falls back to memory), and one subscribed to the
 * replicas' channel. It also keeps the offset to Redis's clock, so that every replica stamps
 * entries and expiries with the same clock.
 */
export class RedisLink {
  readonly client: Redis;
  private readonly subscriber: Redis;
  private offsetMs = 0;
  private clockTimer: NodeJS.Timeout | undefined;
  private up = false;

  constructor(
    url: string,
    private readonly channel: string,
    private readonly events: LinkEvents,
  ) {
    const options = {
      connectTimeout: 2_000,
      commandTimeout: 1_000,
      maxRetriesPerRequest: 1,
      retryStrategy: (times: number) => Math.min(times * RETRY_MS.step, RETRY_MS.max),
    };
    this.client = new Redis(url, { ...options, enableOfflineQueue: false });
    // Subscriptions are the one command that must wait for the connection.
    this.subscriber = new Redis(url, { ...options, commandTimeout: undefined });
    for (const connection of [this.client, this.subscriber]) {
      connection.on('error', () => undefined); // reported through 'close'; reconnects by itself
      connection.on('close', () => this.lost());
      connection.on('ready', () => void this.found());
    }
    this.subscriber.on('message', (from: string, text: string) => {
      if (from === this.channel) events.message(text);
    });
    this.clockTimer = setInterval(() => void this.readClock(), 30_000);
    this.clockTimer.unref();
  }

  /** Whether both connections are up and subscribed: shared state can be trusted. */
  get ready(): boolean {
    return this.up;
  }

  /** Now, on Redis's clock (this machine's until Redis has been asked). */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  async publish(text: string): Promise<void> {
    await this.client.publish(this.channel, text);
  }

  async close(): Promise<void> {
    clearInterval(this.clockTimer);
    this.up = false;
    this.client.disconnect();
    this.subscriber.disconnect();
  }

  private lost(): void {
    if (!this.up) return;
    this.up = false;
    this.events.disconnected();
  }

  private async found(): Promise<void> {
    if (this.up || this.client.status !== 'ready' || this.subscriber.status !== 'ready') return;
    try {
      await this.subscriber.subscribe(this.channel);
      await this.readClock();
      await this.events.connected();
      this.up = this.client.status === 'ready' && this.subscriber.status === 'ready';
    } catch {
      // Lost again meanwhile (the next 'ready' tries once more), or a command failed while both
      // connections stayed up: then no 'ready' comes, so try again shortly.
      setTimeout(() => void this.found(), 1_000).unref();
    }
  }

  private async readClock(): Promise<void> {
    if (this.client.status !== 'ready') return;
    const before = Date.now();
    const [seconds, micros] = await this.client.time().catch(() => [0, 0]);
    const after = Date.now();
    if (!seconds) return;
    this.offsetMs = Math.round(Number(seconds) * 1000 + Number(micros) / 1000 - (before + after) / 2);
  }
}
