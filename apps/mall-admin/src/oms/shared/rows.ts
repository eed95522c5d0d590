import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Every column of `source` among `columns`, absent ones as null: the original's "insert all" and
 * "update all" semantics, where a field missing from the request body is written as SQL NULL.
 */
export function allColumns<S extends object, K extends keyof S>(
  source: S,
  columns: readonly K[],
): { [P in K]: Exclude<S[P], undefined> | null } {
  const row = {} as { [P in K]: Exclude<S[P], undefined> | null };
  for (const column of columns) {
    row[column] = (source[column] ?? null) as Exclude<S[K], undefined> | null;
  }
  return row;
}

/** Only the columns of `source` among `columns` that are neither null nor absent (selective update). */
export function presentColumns<S extends object, K extends keyof S>(
  source: S,
  columns: readonly K[],
): { [P in K]?: NonNullable<S[P]> } {
  const row: { [P in K]?: NonNullable<S[P]> } = {};
  for (const column of columns) {
    const value = source[column];
    if (value !== null && value !== undefined) row[column] = value as NonNullable<S[K]>;
  }
  return row;
}

/**
 * The property names of an entity, in column order. Responses that the original built from a partial
 * SELECT still listed every field (as null); `nullFilled` reproduces that shape.
 */
export function entityFields(ds: DataSource, entity: EntityTarget<ObjectLiteral>): string[] {
  return ds.getMetadata(entity).columns.map((column) => column.propertyName);
}

export function nullFilled<T extends object>(fields: readonly string[], values: Partial<T>): T {
  const row: Record<string, unknown> = {};
  for (const field of fields) row[field] = null;
  // Entity instances carry unselected fields as own `undefined` properties: keep those null.
  for (const [field, value] of Object.entries(values)) if (value !== undefined) row[field] = value;
  return row as T;
}
