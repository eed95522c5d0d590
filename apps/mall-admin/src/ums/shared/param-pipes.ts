import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ApiException, ParseIdListPipe, ResultCode } from '@mall/common';

function validationError(message: string): ApiException {
  return new ApiException(ResultCode.VALIDATE_FAILED, message);
}

function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function toInteger(value: unknown): number | undefined {
  const text = String(value).trim();
  if (!/^-?\d{1,16}$/.test(text)) return undefined;
  const parsed = Number(text);
  return Number.isSafeInteger(parsed) ? parsed : undefined;
}

/**
 * A required integer parameter (path id, `status`, `roleId`, …). Missing or not an integer →
 * code 404 naming the parameter, instead of the original's HTTP 400 error page.
 */
@Injectable()
export class RequiredIntPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'value';
    const raw = firstValue(value);
    if (raw === undefined || raw === null || raw === '') {
      throw validationError(`${name} is required`);
    }
    const parsed = toInteger(raw);
    if (parsed === undefined) throw validationError(`${name} must be an integer`);
    return parsed;
  }
}

/**
 * A required id list that may be empty (`menuIds=` clears a role's menus, as in the original);
 * only a missing parameter is refused. Non-empty values go through ParseIdListPipe.
 */
@Injectable()
export class IdListAllowEmptyPipe implements PipeTransform<unknown, number[]> {
  private readonly ids = new ParseIdListPipe();

  transform(value: unknown, metadata: ArgumentMetadata): number[] {
    const name = metadata.data ?? 'ids';
    if (value === undefined || value === null) throw validationError(`${name} is required`);
    const parts = (Array.isArray(value) ? value : [value]).map((v) => String(v).trim());
    if (parts.every((part) => part === '')) return [];
    return this.ids.transform(value, metadata) ?? [];
  }
}

/** A required, non-empty string parameter. */
@Injectable()
export class RequiredStringPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    const name = metadata.data ?? 'value';
    const raw = firstValue(value);
    if (typeof raw !== 'string' || raw.length === 0) throw validationError(`${name} is required`);
    return raw;
  }
}

/** An optional string parameter: the first value, or undefined when absent. */
@Injectable()
export class OptionalStringPipe implements PipeTransform<unknown, string | undefined> {
  transform(value: unknown): string | undefined {
    const raw = firstValue(value);
    return typeof raw === 'string' ? raw : undefined;
  }
}
