import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsDate,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
} from 'class-validator';

/**
 * Field decorators for the admin request DTOs. They bind the way the original's Spring MVC did: numbers
 * may arrive as JSON numbers or as text (`"12"`, query strings), an empty value counts as absent, dates
 * accept ISO-8601 text or epoch milliseconds, and strings accept numbers (`"receiverPhone": 138…`).
 */
export interface FieldOptions {
  required?: boolean;
  description?: string;
  example?: unknown;
}

function presence(
  options: FieldOptions,
  type: typeof Number | typeof String | typeof Date,
): PropertyDecorator[] {
  const doc: ApiPropertyOptions = {
    description: options.description,
    example: options.example,
    type,
  };
  return options.required
    ? [IsDefined(), ApiProperty(doc)]
    : [IsOptional(), ApiPropertyOptional({ ...doc, nullable: true })];
}

/** '' → undefined; numeric text → number (non-numeric text becomes NaN and fails validation). */
export function toNumberValue(value: unknown): unknown {
  if (value === '') return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : Number(value);
  return value;
}

/** ISO-8601 text or epoch milliseconds → Date; '' → undefined; anything else fails validation. */
export function toDateValue(value: unknown): unknown {
  if (value === '' || value === undefined || value === null)
    return value === '' ? undefined : value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string') {
    return /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);
  }
  return value;
}

function toStringValue(value: unknown): unknown {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}

/** A whole number (ids, statuses, counts). */
export function IntField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => toNumberValue(value)),
    ...presence(options, Number),
    IsInt(),
  );
}

/** A whole number restricted to `values` (enumerated statuses). */
export function IntInField(values: number[], options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => toNumberValue(value)),
    ...presence({ description: `one of ${values.join(', ')}`, ...options }, Number),
    IsInt(),
    IsIn(values),
  );
}

/** A decimal amount (DECIMAL(10,2) columns). */
export function AmountField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => toNumberValue(value)),
    ...presence(options, Number),
    IsNumber({ allowNaN: false, allowInfinity: false }),
  );
}

export function StringField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => toStringValue(value)),
    ...presence(options, String),
    IsString(),
  );
}

/** A DATETIME value. */
export function DateTimeField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => toDateValue(value)),
    ...presence(options, Date),
    IsDate(),
  );
}

/** Two digits of a calendar/clock component. */
const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * A DATE column value `YYYY-MM-DD`. The original's admin front-end sends a date picker's Date (ISO text
 * of local midnight, or epoch ms); the calendar day in the server's time zone is what the column keeps,
 * as the original's JDBC driver did.
 */
export function toLocalDateText(value: unknown): unknown {
  if (value === '') return undefined;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = toDateValue(value);
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return value;
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** A TIME column value `HH:mm:ss`, from `HH:mm[:ss]` text or from a Date (its local time of day). */
export function toLocalTimeText(value: unknown): unknown {
  if (value === '') return undefined;
  if (typeof value === 'string') {
    const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value);
    if (clock) return `${pad2(Number(clock[1]))}:${clock[2]}:${clock[3] ?? '00'}`;
  }
  const date = toDateValue(value);
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return value;
  return `${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}`;
}

export function LocalDateField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => toLocalDateText(value)),
    ...presence({ example: '2030-12-31', ...options }, String),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date' }),
  );
}

export function LocalTimeField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => toLocalTimeText(value)),
    ...presence({ example: '08:00:00', ...options }, String),
    Matches(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, { message: '$property must be a time of day' }),
  );
}

/**
 * DATE and TIME columns reach the services as text; the original answered them as instants (local
 * midnight of the day, and the time of day on 1970-01-01), which is what its admin front-end formats.
 */
export function localDateToInstant(text: string | null): Date | null {
  if (text === null) return null;
  const [year, month, day] = text.split('-').map(Number);
  return new Date(year, month - 1, day);
}

export function localTimeToInstant(text: string | null): Date | null {
  if (text === null) return null;
  const [hours, minutes, seconds] = text.split(':').map(Number);
  return new Date(1970, 0, 1, hours, minutes, seconds ?? 0);
}
