import { Injectable, PipeTransform, Type, ValidationPipe } from '@nestjs/common';
import { ApiException, createValidationPipe, ResultCode } from '@mall/common';

/**
 * Validates a JSON array body item by item against `itemType` with the service's validation rules
 * (Nest's global pipe skips arrays). A failure names the item: `[1].orderId must be an integer number`.
 */
@Injectable()
export class ArrayBodyPipe<T extends object> implements PipeTransform<unknown, Promise<T[]>> {
  private readonly itemPipe: ValidationPipe = createValidationPipe();

  constructor(
    private readonly itemType: Type<T>,
    private readonly options: { allowEmpty?: boolean } = {},
  ) {}

  async transform(value: unknown): Promise<T[]> {
    if (!Array.isArray(value)) {
      throw new ApiException(ResultCode.VALIDATE_FAILED, 'request body must be a JSON array');
    }
    if (value.length === 0 && !this.options.allowEmpty) {
      throw new ApiException(ResultCode.VALIDATE_FAILED, 'request body must not be an empty list');
    }
    const items: T[] = [];
    for (const [index, item] of value.entries()) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw new ApiException(ResultCode.VALIDATE_FAILED, `[${index}] must be an object`);
      }
      try {
        items.push(
          (await this.itemPipe.transform(item, { type: 'body', metatype: this.itemType })) as T,
        );
      } catch (error) {
        if (error instanceof ApiException) {
          throw new ApiException(ResultCode.VALIDATE_FAILED, `[${index}].${error.message}`);
        }
        throw error;
      }
    }
    return items;
  }
}
