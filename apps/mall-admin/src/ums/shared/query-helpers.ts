import { ApiException, ResultCode } from '@mall/common';

/**
 * `%keyword%` for a LIKE condition. `%`, `_` and `\` in the keyword are escaped so that they match
 * themselves (the original passed them through as wildcards).
 */
export function containsPattern(keyword: string): string {
  return `%${keyword.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** True when a keyword filter applies (the original ignored null and empty keywords). */
export function hasKeyword(keyword: string | undefined | null): keyword is string {
  return typeof keyword === 'string' && keyword.length > 0;
}

/**
 * The fields of an update DTO that were given (not undefined and not null): the original's
 * `updateByPrimaryKeySelective`. An update without any field produced invalid SQL there (HTTP 500);
 * here it is a validation failure.
 */
export function givenFields<T extends object>(dto: T): Partial<T> {
  const fields: Partial<T> = {};
  for (const [key, value] of Object.entries(dto) as Array<[keyof T, T[keyof T]]>) {
    if (value !== undefined && value !== null) fields[key] = value;
  }
  if (Object.keys(fields).length === 0) {
    throw new ApiException(ResultCode.VALIDATE_FAILED, 'body: at least one field is required');
  }
  return fields;
}
