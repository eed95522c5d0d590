import { ArgumentMetadata, Injectable, Optional, PipeTransform } from '@nestjs/common';
import { ApiException } from './api-exception';
import { ResultCode } from './result-code';

/**
 * `ids=1,2,3` or `ids=1&ids=2` → `[1, 2, 3]` (Spring's binding of `List<Long>` request parameters).
 * Missing → validation failure naming the parameter, unless `optional`.
 */
@Injectable()
export class ParseIdListPipe implements PipeTransform<unknown, number[] | undefined> {
  // @Optional: used as `@Query('ids', ParseIdListPipe)` the class is instantiated by Nest's injector.
  constructor(@Optional() private readonly options: { optional?: boolean } = {}) {}

  transform(value: unknown, metadata: ArgumentMetadata): number[] | undefined {
    const name = metadata.data ?? 'ids';
    if (value === undefined || value === null || value === '') {
      if (this.options.optional) return undefined;
      throw new ApiException(ResultCode.VALIDATE_FAILED, `${name} is required`);
    }
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
    const ids = parts
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .map(Number);
    if (ids.length === 0 || ids.some((id) => !Number.isSafeInteger(id))) {
      throw new ApiException(ResultCode.VALIDATE_FAILED, `${name} must be a list of integers`);
    }
    return ids;
  }
}
