import { redisReconnectDelay } from './create-redis';

describe('redisReconnectDelay', () => {
  it('grows exponentially from 50 ms and is capped at 5 s', () => {
    expect([1, 2, 3, 4].map(redisReconnectDelay)).toEqual([50, 100, 200, 400]);
    expect(redisReconnectDelay(8)).toBe(5000);
    expect(redisReconnectDelay(10_000)).toBe(5000);
  });
});
