import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsByteLength,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  Min,
  MaxLength,
} from 'class-validator';

// Rules for optional body fields, named after the column they are written to. Each states the
// column's limits, so a bad value is refused with code 404 and the field's name instead of failing
// in the database. applyDecorators applies its arguments in order and class-validator reports the
// first applied constraint first, so type checks come before range checks.

const INT_MAX = 2_147_483_647;
/** DECIMAL(10,2) */
const MONEY_MAX = 99_999_999.99;

/** An INT column; `min` defaults to 0 (counts, stock, points). */
export function OptionalInt(description?: string, min = 0): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, type: 'integer', minimum: min }),
    IsOptional(),
    IsInt(),
    Min(min),
    Max(INT_MAX),
  );
}

/** A BIGINT reference to another row. */
export function OptionalId(description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, type: 'integer' }),
    IsOptional(),
    IsInt(),
    Min(0),
  );
}

/** A DECIMAL(10,2) amount, not negative. */
export function OptionalMoney(description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, type: 'number', minimum: 0, maximum: MONEY_MAX }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(0),
    Max(MONEY_MAX),
  );
}

/** An INT status column with a fixed set of values. */
export function OptionalFlag(values: number[], description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, enum: values }),
    IsOptional(),
    IsIn(values),
  );
}

/** A VARCHAR(maxLength) column (utf8mb4: the limit counts characters). */
export function OptionalText(maxLength: number, description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, maxLength }),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );
}

/** A TEXT column: at most 65,535 bytes. */
export function OptionalLongText(description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description }),
    IsOptional(),
    IsString(),
    IsByteLength(0, 65_535),
  );
}

/** A DATETIME column: an ISO-8601 string or epoch milliseconds, as Jackson accepted. */
export function OptionalDateTime(description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, type: String, format: 'date-time' }),
    IsOptional(),
    IsDate(),
    Transform(({ value }: { value: unknown }) => {
      if (value === null || value === undefined) return value;
      if (typeof value === 'number') return new Date(value);
      if (typeof value === 'string') {
        return new Date(/^\d+$/.test(value) ? Number(value) : value);
      }
      return value;
    }),
  );
}

/**
 * An optional integer query parameter: absent or empty (`?brandId=`) means no filter, as Spring
 * bound an empty string to null; anything else must be an integer.
 */
export function OptionalQueryInt(description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, type: 'integer' }),
    IsOptional(),
    IsInt(),
    Transform(({ value }: { value: unknown }) =>
      value === undefined || value === null || value === '' ? undefined : Number(value),
    ),
  );
}

/** An optional string query parameter; empty means absent (StringUtils.isEmpty of the original). */
export function OptionalQueryText(description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description }),
    IsOptional(),
    IsString(),
    Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value)),
  );
}
