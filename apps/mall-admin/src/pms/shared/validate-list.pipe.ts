import { Injectable, PipeTransform } from '@nestjs/common';
import { ApiException, firstValidationMessage, ResultCode } from '@mall/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

/**
 * Validates a JSON array body item by item (Nest's ValidationPipe skips arrays); the first failure
 * answers code 404 naming the item and field, e.g. `1.price: price must not be less than 0`.
 */
@Injectable()
export class ValidateListPipe<T extends object> implements PipeTransform<unknown, Promise<T[]>> {
  constructor(
    private readonly itemType: new () => T,
    private readonly options: { allowEmpty?: boolean } = {},
  ) {}

  async transform(value: unknown): Promise<T[]> {
    if (!Array.isArray(value)) {
      throw new ApiException(ResultCode.VALIDATE_FAILED, 'body: must be a JSON array');
    }
    if (value.length === 0 && !this.options.allowEmpty) {
      throw new ApiException(ResultCode.VALIDATE_FAILED, 'body: must not be an empty array');
    }
    const items: T[] = [];
    for (const [index, plain] of value.entries()) {
      if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
        throw new ApiException(ResultCode.VALIDATE_FAILED, `${index}: must be an object`);
      }
      const item = plainToInstance(this.itemType, plain);
      const errors = await validate(item, { whitelist: true, forbidUnknownValues: false });
      const message = firstValidationMessage(errors, String(index));
      if (message) throw new ApiException(ResultCode.VALIDATE_FAILED, message);
      items.push(item);
    }
    return items;
  }
}
