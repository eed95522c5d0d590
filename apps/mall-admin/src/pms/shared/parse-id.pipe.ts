import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ApiException, ResultCode } from '@mall/common';

/** A `Long` path variable: an integer, or a validation failure naming the variable. */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    const text = String(value ?? '');
    const id = Number(text);
    if (!/^-?\d{1,16}$/.test(text) || !Number.isSafeInteger(id)) {
      throw new ApiException(
        ResultCode.VALIDATE_FAILED,
        `${metadata.data ?? 'id'}: must be an integer`,
      );
    }
    return id;
  }
}
