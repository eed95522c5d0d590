import type { ValueTransformer } from 'typeorm';

/**
 * mysql2 (with TypeORM's default supportBigNumbers + bigNumberStrings) returns BIGINT and DECIMAL
 * values as strings. The services and the original JSON contract use plain numbers, so these
 * transformers convert on read. Writes pass through unchanged: the driver sends numbers as
 * literals and MySQL rounds DECIMAL inputs to the column's scale.
 */

type DbNumeric = string | number | bigint | null | undefined;

/** BIGINT columns (ids and id references): string → number, refusing values beyond 2^53. */
export const bigintTransformer: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: DbNumeric): number | null => {
    if (value === null || value === undefined) return null;
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed)) {
      // A silently rounded id would point at another row; fail loudly instead.
      throw new RangeError(`BIGINT value ${String(value)} is not a safe JavaScript integer`);
    }
    return parsed;
  },
};

/** DECIMAL columns (money, weights, discounts): string → number. */
export const decimalTransformer: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: DbNumeric): number | null => {
    if (value === null || value === undefined) return null;
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) {
      throw new RangeError(`DECIMAL value ${String(value)} is not a finite number`);
    }
    return parsed;
  },
};
