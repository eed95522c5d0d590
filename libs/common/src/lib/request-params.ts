import {
  ArgumentMetadata,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  Optional,
  PipeTransform,
} from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { plainToInstance, Transform, Type } from 'class-transformer';
import { ArrayNotEmpty, IsArray, IsDefined, IsIn, IsInt, validate } from 'class-validator';
import { ApiException } from './api-exception';
import { ParseIdListPipe } from './id-list.pipe';
import { ResultCode } from './result-code';
import { createValidationPipe, firstValidationMessage } from './validation';

/*
 * Spring's `@RequestParam` binding: a parameter comes from the query string or an
 * `application/x-www-form-urlencoded` body, and a query value wins (`getParameter`). Failures answer
 * code 404 with the parameter's name, like the original's validation aspect.
 */

interface RequestWithParameters {
  query?: unknown;
  body?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validationFailure(message: string): ApiException {
  return new ApiException(ResultCode.VALIDATE_FAILED, message);
}

/** Every request parameter: the form body's fields overlaid by the query string's. */
export function requestParameters(request: RequestWithParameters): Record<string, unknown> {
  return {
    ...(isRecord(request.body) ? request.body : {}),
    ...(isRecord(request.query) ? request.query : {}),
  };
}

/** One request parameter: from the query string, else from a form body; undefined when absent. */
export function requestParam(request: RequestWithParameters, name: string): unknown {
  const fromQuery = isRecord(request.query) ? request.query[name] : undefined;
  if (fromQuery !== undefined) return fromQuery;
  return isRecord(request.body) ? request.body[name] : undefined;
}

/**
 * All request parameters as one object, for a DTO class:
 * `@RequestParams(VALIDATE_REQUEST_PARAMS) params: SomeParams`.
 */
export const RequestParams = createParamDecorator((_data: unknown, ctx: ExecutionContext) =>
  requestParameters(ctx.switchToHttp().getRequest<RequestWithParameters>()),
);

/**
 * One request parameter, converted and checked by a pipe that names it on failure:
 * `@RequestParam('roleId', RequiredIntPipe) roleId: number`.
 */
export const RequestParam = createParamDecorator((name: string, ctx: ExecutionContext) =>
  requestParam(ctx.switchToHttp().getRequest<RequestWithParameters>(), name),
);

/** The global validation pipe skips custom decorators; this one validates `@RequestParams` DTOs. */
export const VALIDATE_REQUEST_PARAMS = createValidationPipe({ validateCustomDecorators: true });

/**
 * `1,2,3`, repeated `ids=1&ids=2` or a JSON array → numbers (Spring's `List<Long>` binding). A
 * blank value counts as absent. Pair with `@IsInt({ each: true })`: anything unparsable becomes
 * NaN so the integer check names the parameter.
 */
export function ToIdList(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (value === undefined || value === null || value === '') return undefined;
    const items: unknown[] = Array.isArray(value) ? value : [value];
    return items
      .flatMap(
        (item): Array<number | string> =>
          typeof item === 'number' ? [item] : String(item).split(','),
      )
      .map((part) => (typeof part === 'number' ? part : part.trim()))
      .filter((part) => part !== '')
      .map((part) => (typeof part === 'number' ? part : /^-?\d+$/.test(part) ? Number(part) : NaN));
  });
}

// class-validator reports the presence check first and then the constraints in the order they
// are applied (bottom-up), so a missing list is reported as missing rather than as malformed.

/** The required `ids` of batch endpoints: `ids=1,2` or `ids=1&ids=2`, in the query or a form body. */
export class IdsParams {
  @ApiProperty({
    type: [Number],
    description: 'ids=1,2,3 or repeated ids=1&ids=2',
    example: [1, 2],
  })
  @IsInt({ each: true })
  @ArrayNotEmpty()
  @IsArray()
  @IsDefined()
  @ToIdList()
  ids!: number[];
}

/** A required 0/1 switch (`showStatus`, `publishStatus`, …) bound from the query or a form body. */
export function SwitchParam(): PropertyDecorator {
  return (target: object, property: string | symbol) => {
    ApiProperty({ enum: [0, 1] })(target, property);
    Type(() => Number)(target, property);
    IsDefined()(target, property);
    IsIn([0, 1])(target, property);
  };
}

function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function parseInteger(value: unknown): number | undefined {
  const text = String(value).trim();
  if (!/^-?\d{1,16}$/.test(text)) return undefined;
  const parsed = Number(text);
  return Number.isSafeInteger(parsed) ? parsed : undefined;
}

/**
 * A required integer parameter or path variable (`id`, `status`, `roleId`, …). Missing or not an
 * integer → code 404 naming it, instead of the original's HTTP 400 error page.
 */
@Injectable()
export class RequiredIntPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'value';
    const raw = firstValue(value);
    if (raw === undefined || raw === null || raw === '')
      throw validationFailure(`${name} is required`);
    const parsed = parseInteger(raw);
    if (parsed === undefined) throw validationFailure(`${name} must be an integer`);
    return parsed;
  }
}

/** A required, non-empty string parameter. */
@Injectable()
export class RequiredStringPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    const raw = firstValue(value);
    if (typeof raw !== 'string' || raw.length === 0) {
      throw validationFailure(`${metadata.data ?? 'value'} is required`);
    }
    return raw;
  }
}

/** An optional string parameter: its first value, or undefined when absent. */
@Injectable()
export class OptionalStringPipe implements PipeTransform<unknown, string | undefined> {
  transform(value: unknown): string | undefined {
    const raw = firstValue(value);
    return typeof raw === 'string' ? raw : undefined;
  }
}

/**
 * A required id list that may be empty (`menuIds=` clears a role's menus, as in the original);
 * only a missing parameter is refused. Non-empty values are parsed as by {@link ParseIdListPipe}.
 */
@Injectable()
export class IdListAllowEmptyPipe implements PipeTransform<unknown, number[]> {
  private readonly ids = new ParseIdListPipe();

  transform(value: unknown, metadata: ArgumentMetadata): number[] {
    if (value === undefined || value === null) {
      throw validationFailure(`${metadata.data ?? 'ids'} is required`);
    }
    const parts = (Array.isArray(value) ? value : [value]).map((item) => String(item).trim());
    if (parts.every((part) => part === '')) return [];
    return this.ids.transform(value, metadata) ?? [];
  }
}

/**
 * A JSON array body of ids (`@RequestBody List<Long>`): `[1, 2]`, also `["1", "2"]`; `[]` is
 * valid. Anything else is a validation failure naming the parameter.
 */
@Injectable()
export class IdArrayBodyPipe implements PipeTransform<unknown, number[]> {
  // @Optional: used as a class reference the pipe is built by Nest's injector.
  constructor(@Optional() private readonly name: string = 'ids') {}

  transform(value: unknown, _metadata?: ArgumentMetadata): number[] {
    const failure = () => validationFailure(`${this.name} must be a JSON array of ids`);
    if (!Array.isArray(value)) throw failure();
    const ids = value.map((item) =>
      typeof item === 'string' && /^\d+$/.test(item.trim()) ? Number(item) : item,
    );
    if (!ids.every((id): id is number => typeof id === 'number' && Number.isSafeInteger(id))) {
      throw failure();
    }
    return ids;
  }
}

/**
 * A JSON array body of objects (`@RequestBody List<Dto>`), validated item by item against
 * `itemType` (Nest's validation pipe skips arrays). The first failure names the item and field,
 * e.g. `1.price must not be less than 0`.
 */
@Injectable()
export class ValidateArrayBodyPipe<T extends object>
  implements PipeTransform<unknown, Promise<T[]>>
{
  constructor(
    private readonly itemType: new () => T,
    private readonly options: { allowEmpty?: boolean } = {},
  ) {}

  async transform(value: unknown): Promise<T[]> {
    if (!Array.isArray(value)) throw validationFailure('body: must be a JSON array');
    if (value.length === 0 && !this.options.allowEmpty) {
      throw validationFailure('body: must not be an empty array');
    }
    const items: T[] = [];
    for (const [index, plain] of value.entries()) {
      if (!isRecord(plain)) throw validationFailure(`${index}: must be an object`);
      const item = plainToInstance(this.itemType, plain);
      const errors = await validate(item, { whitelist: true, forbidUnknownValues: false });
      const message = firstValidationMessage(errors, String(index));
      if (message) throw validationFailure(message);
      items.push(item);
    }
    return items;
  }
}
