import type { Redis } from 'ioredis';

/**
 * Redis key of the cached home page (`GET /mall-portal/home/contentNew`), the original's name.
 * Plain JSON of the HomeContentResult; written by mall-portal with a TTL as a safety net.
 */
export const HOME_CONTENT_KEY = 'HomeContent';

/**
 * Drops the cached home page so the next request rebuilds it. Call it after committing a write to
 * anything the home page shows: adverts, home brands / new / hot products / subjects, the flash
 * promotion with its sessions and products, and the products, brands and subjects themselves.
 */
export async function invalidateHomeContent(redis: Redis): Promise<void> {
  await redis.del(HOME_CONTENT_KEY);
}
