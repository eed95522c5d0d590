/**
 * mall-portal answers like the original's Jackson `NON_NULL` mapper (spec §0.3, KEEP): object
 * properties whose value is null are left out, so `success(null)` reads `{"code":200,"message":…}`.
 * Nulls inside arrays stay, as with Jackson.
 */
export function omitNullProperties(this: unknown, key: string, value: unknown): unknown {
  // JSON.stringify calls the replacer with `this` = the holder (the wrapper object for the root).
  if (value !== null || key === '' || Array.isArray(this)) return value;
  return undefined;
}

export function stringifyNonNull(payload: unknown): string {
  return JSON.stringify(payload, omitNullProperties);
}
