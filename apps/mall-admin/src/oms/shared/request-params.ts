import { ApiProperty } from '@nestjs/swagger';
import { ArrayNotEmpty, IsArray, IsDefined, IsInt } from 'class-validator';
import { ToIdList } from '@mall/shop';

/**
 * `@RequestParam` values of the original come from the query string or a form body
 * (`RequestParams` + `VALIDATE_REQUEST_PARAMS` of `@mall/shop` bind both). This is the required
 * `List<Long> ids` parameter: `ids=1,2,3` or `ids=1&ids=2`.
 */
export class IdsParams {
  @ApiProperty({ type: [Number], description: 'ids=1,2,3 or ids=1&ids=2', example: [1, 2] })
  @ToIdList()
  @IsDefined()
  @IsArray()
  @ArrayNotEmpty()
  @IsInt({ each: true })
  ids!: number[];
}
