/**
 * The fields of `source` among `keys` that are neither null nor undefined: MyBatis' "selective"
 * insert and update, which leave the others to their column default or current value.
 */
export function selectiveFields<T extends object, K extends keyof T>(
  source: T,
  keys: readonly K[],
): { [P in K]?: NonNullable<T[P]> } {
  const picked: { [P in K]?: NonNullable<T[P]> } = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== null && value !== undefined) picked[key] = value as NonNullable<T[K]>;
  }
  return picked;
}

/** `rows` with `keys` set to null: list endpoints leave text columns out, but keep the JSON keys. */
export function withNullFields<T extends object, K extends keyof T>(
  rows: T[],
  keys: readonly K[],
): T[] {
  for (const row of rows) {
    for (const key of keys) (row as Record<K, unknown>)[key] = null;
  }
  return rows;
}

/** First code point of `text` (the original took `substring(0, 1)`, half a surrogate pair for emoji). */
export function firstCharacter(text: string): string {
  return Array.from(text)[0] ?? '';
}

/** TypeORM's object form of a column list: `['id', 'name']` → `{ id: true, name: true }`. */
export function selectColumns<T>(keys: ReadonlyArray<keyof T>): { [P in keyof T]?: true } {
  const select: { [P in keyof T]?: true } = {};
  for (const key of keys) select[key] = true;
  return select;
}
