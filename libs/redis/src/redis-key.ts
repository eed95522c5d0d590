/**
 * Joins key parts with ':' in the original's style: redisKey('mall', 'ums:member', 7) gives
 * 'mall:ums:member:7'. An empty part almost always means a missing setting, so it throws rather
 * than silently producing a key in another namespace.
 */
export function redisKey(...parts: Array<string | number>): string {
  if (parts.length === 0) throw new TypeError('redisKey needs at least one part');
  return parts
    .map((part, index) => {
      const text = String(part);
      if (text.length === 0 || part === undefined || part === null) {
        throw new TypeError(`redisKey part ${index} is empty`);
      }
      return text;
    })
    .join(':');
}
