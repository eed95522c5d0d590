import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonPage, CommonResult } from '@mall/common';
import type { SmsCouponHistory } from '@mall/db';
import { CouponHistoryService } from './coupon-history.service';
import { CouponHistoryQueryDto } from './dto/coupon-history-query.dto';

@ApiTags('SmsCouponHistoryController')
@Controller('couponHistory')
export class CouponHistoryController {
  constructor(private readonly histories: CouponHistoryService) {}

  @Get('list')
  @ApiOperation({ summary: '根据优惠券id，使用状态，订单编号分页获取领取记录' })
  async list(
    @Query() query: CouponHistoryQueryDto,
  ): Promise<CommonResult<CommonPage<SmsCouponHistory>>> {
    return CommonResult.success(await this.histories.list(query));
  }
}
