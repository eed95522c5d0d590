import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { createValidationPipe } from '@mall/common';
import { Transform } from 'class-transformer';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The parameters Spring's `@RequestParam` reads: the query string and an
 * `application/x-www-form-urlencoded` body (the admin front-end posts status switches as forms).
 * A query value wins over a body value of the same name, as with `getParameter`.
 * Use with {@link VALIDATE_REQUEST_PARAMS} and a DTO class: `@RequestParams(VALIDATE_REQUEST_PARAMS) p: Dto`.
 */
export const RequestParams = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  const request = ctx.switchToHttp().getRequest<{ query?: unknown; body?: unknown }>();
  return {
    ...(isRecord(request.body) ? request.body : {}),
    ...(isRecord(request.query) ? request.query : {}),
  };
});

/** The global validation pipe skips custom decorators; this one validates `@RequestParams` DTOs. */
export const VALIDATE_REQUEST_PARAMS = createValidationPipe({ validateCustomDecorators: true });

/**
 * `1,2,3`, `['1','2']` (repeated parameter) or a JSON array → numbers, for `List<Long>` parameters.
 * Pair with `@IsArray() @ArrayNotEmpty() @IsInt({ each: true })`; anything unparsable becomes NaN so
 * the integer check names the parameter.
 */
export function ToIdList(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (value === undefined || value === null) return value;
    const items: unknown[] = Array.isArray(value) ? value : [value];
    const parts = items.flatMap(
      (item): Array<number | string> =>
        typeof item === 'number' ? [item] : String(item).split(','),
    );
    return parts
      .map((part) => (typeof part === 'number' ? part : part.trim()))
      .filter((part) => part !== '')
      .map((part) => (typeof part === 'number' ? part : /^-?\d+$/.test(part) ? Number(part) : NaN));
  });
}
