import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonPage, CommonResult } from '@mall/common';
import type { SmsCoupon } from '@mall/db';
import { CouponDetail, CouponService } from './coupon.service';
import { CouponParamDto, CouponQueryDto } from './dto/coupon.dto';

@ApiTags('SmsCouponController')
@Controller('coupon')
export class CouponController {
  constructor(private readonly coupons: CouponService) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加优惠券' })
  async create(@Body() body: CouponParamDto): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.coupons.create(body));
  }

  @Post('delete/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '删除优惠券' })
  async delete(@Param('id', ParseIntPipe) id: number): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.coupons.delete(id));
  }

  @Post('update/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改优惠券' })
  async update(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: CouponParamDto,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.coupons.update(id, body));
  }

  @Get('list')
  @ApiOperation({ summary: '根据优惠券名称和类型分页获取优惠券列表' })
  async list(@Query() query: CouponQueryDto): Promise<CommonResult<CommonPage<SmsCoupon>>> {
    return CommonResult.success(await this.coupons.list(query));
  }

  @Get(':id')
  @ApiOperation({ summary: '获取单个优惠券的详细信息' })
  async getItem(@Param('id', ParseIntPipe) id: number): Promise<CommonResult<CouponDetail | null>> {
    return CommonResult.success(await this.coupons.getItem(id));
  }
}
