import {
  ArgumentMetadata,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  PipeTransform,
} from '@nestjs/common';
import { ApiException, createValidationPipe, ResultCode } from '@mall/common';
import { Transform } from 'class-transformer';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The parameters Spring's `@RequestParam` (and an unannotated simple parameter) reads: the query
 * string and an `application/x-www-form-urlencoded` body; a query value wins, as with
 * `getParameter`. Use with a DTO class: `@RequestParams(VALIDATE_REQUEST_PARAMS) p: Dto`.
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
 * `1,2,3`, repeated `ids=1&ids=2` or a JSON array → numbers (Spring's `List<Long>` binding). Pair
 * with `@IsInt({ each: true })`: anything unparsable becomes NaN so the check names the parameter.
 */
export function ToIdList(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (value === undefined || value === null || value === '') return undefined;
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

/**
 * A JSON array body of ids (`@RequestBody List<Long>`): `[1, 2]`, also `["1", "2"]`. Anything
 * else is a validation failure naming the parameter; `[]` is valid (it means the whole cart).
 */
@Injectable()
export class IdArrayBodyPipe implements PipeTransform<unknown, number[]> {
  constructor(private readonly name = 'cartIds') {}

  transform(value: unknown, _metadata: ArgumentMetadata): number[] {
    if (!Array.isArray(value)) {
      throw new ApiException(
        ResultCode.VALIDATE_FAILED,
        `${this.name} must be a JSON array of ids`,
      );
    }
    const ids = value.map((item) =>
      typeof item === 'string' && /^\d+$/.test(item.trim()) ? Number(item) : item,
    );
    if (!ids.every((id): id is number => typeof id === 'number' && Number.isSafeInteger(id))) {
      throw new ApiException(
        ResultCode.VALIDATE_FAILED,
        `${this.name} must be a JSON array of ids`,
      );
    }
    return ids;
  }
}
