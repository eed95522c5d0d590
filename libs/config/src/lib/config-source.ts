import { isDeepStrictEqual } from 'node:util';
import { formatConfigError } from './config-error';
import type { LoggerLike } from './logger';
import type { MallConfig } from './schema';

export type ConfigChangeListener<A> = (next: MallConfig<A>, previous: MallConfig<A>) => void;

/** What a source needs to follow remote changes (given by `loadConfig` when Nacos is in use). */
export interface RemoteConfigBinding<A> {
  /** Name of the remote document, for log lines. */
  readonly name: string;
  /** The remote content the initial snapshot was built from (`null`: none). */
  readonly initialContent: string | null;
  /** Builds and validates a snapshot from base layers plus new remote content; throws if bad. */
  rebuild(content: string | null): MallConfig<A>;
  /** Starts delivering remote content to `deliver`. */
  start(deliver: (content: string | null) => void): void;
  stop(): Promise<void>;
}

const CLOSE_BOUND_MS = 2000;

/**
 * The configuration of one running service: an immutable snapshot (`current`) that is replaced
 * when a valid change arrives from Nacos. Also the Nest injection token for it.
 */
export class ConfigSource<A = Record<string, unknown>> {
  private snapshot: MallConfig<A>;
  // Stored without the app type so that a ConfigSource<X> is usable as a ConfigSource<unknown>.
  private readonly listeners = new Set<ConfigChangeListener<never>>();
  private lastRemoteContent: string | null;
  private closing?: Promise<void>;

  constructor(
    readonly service: string,
    readonly profile: string,
    initial: MallConfig<A>,
    private readonly logger: LoggerLike,
    private readonly remote?: RemoteConfigBinding<A>,
  ) {
    this.snapshot = initial;
    this.lastRemoteContent = remote?.initialContent ?? null;
    remote?.start((content) => this.applyRemote(content));
  }

  /** The current settings; a frozen object that is replaced, never changed, on updates. */
  get current(): MallConfig<A> {
    return this.snapshot;
  }

  /** Calls `listener` after each remote change that validated. Returns an unsubscribe function. */
  onChange(listener: ConfigChangeListener<A>): () => void {
    const stored = listener as ConfigChangeListener<never>;
    this.listeners.add(stored);
    return () => {
      this.listeners.delete(stored);
    };
  }

  private applyRemote(content: string | null): void {
    if (this.closing || !this.remote || content === this.lastRemoteContent) return;
    this.lastRemoteContent = content;
    let next: MallConfig<A>;
    try {
      next = this.remote.rebuild(content);
    } catch (err) {
      this.logger.warn(
        `ignored a change of ${this.remote.name}, keeping the last good config: ${formatConfigError(err)}`,
      );
      return;
    }
    if (isDeepStrictEqual(next, this.snapshot)) return;
    const previous = this.snapshot;
    this.snapshot = next;
    this.logger.info(`applied a change of ${this.remote.name}`);
    for (const listener of [...this.listeners] as ConfigChangeListener<A>[]) {
      try {
        listener(next, previous);
      } catch (err) {
        this.logger.error(`config change listener failed: ${(err as Error).message}`);
      }
    }
  }

  /** Stops following Nacos. Bounded: resolves within a couple of seconds whatever Nacos does. */
  close(): Promise<void> {
    if (!this.closing) {
      this.listeners.clear();
      const stop = this.remote?.stop() ?? Promise.resolve();
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, CLOSE_BOUND_MS);
        timer.unref();
      });
      this.closing = Promise.race([stop.catch(() => undefined), bound]).finally(() =>
        clearTimeout(timer),
      );
    }
    return this.closing;
  }
}
