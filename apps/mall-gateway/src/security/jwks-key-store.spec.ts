import { createSigningKey, jwkSet } from '../../test/support/token-kit';
import { JwksKeyStore, JwksUnavailableError } from './jwks-key-store';

describe('JwksKeyStore', () => {
  let published: unknown;
  let fetches: number;
  let store: JwksKeyStore | undefined;

  const fetchKeySet = async () => {
    fetches++;
    if (published instanceof Error) throw published;
    return published;
  };

  beforeEach(() => {
    fetches = 0;
  });

  /** Polls, so that a slow machine only makes the test slower. */
  async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  afterEach(() => store?.close());

  it('retries in the background until the auth service answers, then stops', async () => {
    published = new Error('connect ECONNREFUSED');
    const outcomes: string[] = [];
    store = new JwksKeyStore(fetchKeySet, {
      refreshCooldownMs: 30_000,
      retryAfterFailureMs: 20,
      backgroundRetryMaxMs: 40,
      onRefresh: (outcome) => outcomes.push(outcome),
    });
    await expect(store.current()).rejects.toBeInstanceOf(JwksUnavailableError);
    // Failing fast meanwhile: callers do not fetch themselves within retryAfterFailureMs.
    await expect(store.current()).rejects.toBeInstanceOf(JwksUnavailableError);
    expect(fetches).toBe(1);

    await waitFor(() => fetches >= 3); // retries after 20, then 40, 40 … ms

    published = jwkSet(await createSigningKey());
    // Nobody calls current() meanwhile: the background retry loads the keys.
    await waitFor(() => outcomes.includes('loaded'));
    const loadedAfter = fetches;
    // The keys arrived without any caller asking: current() answers from them.
    await expect(store.current()).resolves.toEqual(expect.any(Function));
    expect(fetches).toBe(loadedAfter);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(fetches).toBe(loadedAfter);
  });

  it('does not retry in the background unless asked to, nor after close()', async () => {
    published = new Error('connect ECONNREFUSED');
    store = new JwksKeyStore(fetchKeySet, { refreshCooldownMs: 30_000, retryAfterFailureMs: 10 });
    await expect(store.current()).rejects.toBeInstanceOf(JwksUnavailableError);
    const closed = new JwksKeyStore(fetchKeySet, {
      refreshCooldownMs: 30_000,
      retryAfterFailureMs: 10,
      backgroundRetryMaxMs: 10,
    });
    await expect(closed.current()).rejects.toBeInstanceOf(JwksUnavailableError);
    closed.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetches).toBe(2);
  });
});
