import * as dgram from 'node:dgram';

/** The parts of nacos-naming 2.6.3's BeatReactor that the replacement beat loop uses. */
interface BeatReactor {
  _isClosed: boolean;
  _isRunning: boolean;
  _clientBeatInterval: number;
  _dom2Beat: Map<string, unknown>;
  _beat(beatInfo: unknown): Promise<void>;
  _startBeat(): Promise<void>;
  _close(): Promise<void>;
}

interface BeatReactorClass {
  prototype: BeatReactor;
}

const SLEEP = Symbol('mall.beatSleep');
type SleepingReactor = BeatReactor & { [SLEEP]?: { timer: NodeJS.Timeout; wake: () => void } };

let beatLoopInstalled = false;

/**
 * nacos-naming 2.6.3 sleeps between heartbeats on a plain timer that `close()` cannot cancel, so a
 * closed client keeps the process alive for up to 10 s. This replaces the loop with one that does
 * the same beats but whose sleep `close()` ends. Installed once per process, before any client is
 * created (the constructor starts the loop).
 */
export function installCancellableBeatLoop(): void {
  if (beatLoopInstalled) return;
  beatLoopInstalled = true;
  // Deep import: the class is not exported, and its constructor starts the loop at once.
  const reactorClass = require('nacos-naming/lib/naming/beat_reactor') as BeatReactorClass;
  const proto = reactorClass.prototype;
  const originalClose = proto._close;

  proto._startBeat = async function startBeat(this: SleepingReactor): Promise<void> {
    if (this._isRunning) return;
    this._isRunning = true;
    while (!this._isClosed) {
      await Promise.all([...this._dom2Beat.values()].map((beatInfo) => this._beat(beatInfo)));
      if (this._isClosed) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this._clientBeatInterval);
        timer.unref();
        this[SLEEP] = { timer, wake: resolve };
      });
      this[SLEEP] = undefined;
    }
    this._isRunning = false;
  };

  proto._close = async function close(this: SleepingReactor): Promise<void> {
    await originalClose.call(this);
    const sleep = this[SLEEP];
    if (sleep) {
      clearTimeout(sleep.timer);
      sleep.wake();
    }
  };
}

/**
 * Runs `create` with UDP sockets bound to 127.0.0.1 when they name no address. nacos-naming's push
 * receiver binds 0.0.0.0 with no option to change it; the naming client constructor creates and
 * binds it synchronously, so wrapping the construction is enough.
 */
export function withLoopbackUdpBind<T>(create: () => T): T {
  const socketPrototype = dgram.Socket.prototype;
  const originalBind = socketPrototype.bind;
  socketPrototype.bind = function bindLoopback(this: dgram.Socket, ...args: unknown[]) {
    const [first] = args;
    if (typeof first === 'object' && first !== null && !('address' in first && first.address)) {
      args[0] = { ...first, address: '127.0.0.1' };
    } else if (typeof first === 'number' && typeof args[1] !== 'string') {
      args.splice(1, 0, '127.0.0.1');
    } else if (first === undefined || typeof first === 'function') {
      args.unshift(0, '127.0.0.1');
    }
    return (originalBind as (...a: unknown[]) => dgram.Socket).apply(this, args);
  } as typeof originalBind;
  try {
    return create();
  } finally {
    socketPrototype.bind = originalBind;
  }
}
