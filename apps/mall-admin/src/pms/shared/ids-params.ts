import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayNotEmpty, IsArray, IsDefined, IsIn, IsInt } from 'class-validator';
import { ToIdList } from './request-params';

// class-validator reports the constraint written closest to the property first, so presence checks
// sit at the bottom: a missing field is reported as missing, not as badly formed.

/** `ids` of the batch endpoints: `ids=1,2` or `ids=1&ids=2`, in the query or a form body. */
export class IdsParams {
  @ApiProperty({ type: [Number], description: 'ids=1,2,3 or repeated ids=1&ids=2' })
  @IsInt({ each: true })
  @ArrayNotEmpty()
  @IsArray()
  @IsDefined()
  @ToIdList()
  ids!: number[];
}

/** A required 0/1 switch bound from the query string or a form body. */
export function SwitchParam(): PropertyDecorator {
  return (target: object, property: string | symbol) => {
    // Applied in this order, so a missing value is reported as missing before its range.
    ApiProperty({ enum: [0, 1] })(target, property);
    Type(() => Number)(target, property);
    IsDefined()(target, property);
    IsIn([0, 1])(target, property);
  };
}
