import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

// class-validator reports the constraint written closest to the property first, so presence
// checks sit at the bottom: a missing parameter is reported as missing, not as malformed.

/** `orderId` of the member's order actions; optional like the original's unannotated `Long`. */
export class OptionalOrderIdParams {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  orderId?: number;
}

/** `POST /order/paySuccess?orderId&payType`, both required. */
export class PaySuccessParams {
  @ApiProperty()
  @IsInt()
  @IsDefined()
  @Type(() => Number)
  orderId!: number;

  @ApiProperty({ enum: [1, 2], description: '1->支付宝；2->微信' })
  @IsIn([1, 2])
  @IsDefined()
  @Type(() => Number)
  payType!: number;
}

/** `GET /order/list`: `status` required (-1 all), PageHelper paging (pageNum ≤ 0 reads page 1). */
export class OrderListQuery {
  @ApiProperty({
    enum: [-1, 0, 1, 2, 3, 4, 5],
    description: '-1->全部；0->待付款；1->待发货；2->已发货；3->已完成；4->已关闭',
  })
  @Min(-1)
  @Max(5)
  @IsInt()
  @IsDefined()
  @Type(() => Number)
  status!: number;

  @ApiPropertyOptional({ default: 1 })
  @IsInt()
  @Type(() => Number)
  pageNum: number = 1;

  @ApiPropertyOptional({ default: 5 })
  @Max(1000)
  @Min(1)
  @IsInt()
  @Type(() => Number)
  pageSize: number = 5;
}
