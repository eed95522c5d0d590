import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CommonResult } from '@mall/common';
import type { SmsCoupon, SmsCouponHistory } from '@mall/db';
import { CurrentUser, type CurrentUserClaims } from '@mall/security';
import type { CouponHistoryDetail } from '@mall/shop';
import { CurrentMemberService } from '../current-member.service';
import { CouponService } from './coupon.service';
import { CouponCartListDto } from './dto/coupon-cart-list.dto';
import { CouponUseStatusQuery } from './dto/coupon-query.dto';

@ApiTags('UmsMemberCouponController')
@Controller('member/coupon')
export class CouponController {
  constructor(
    private readonly coupons: CouponService,
    private readonly currentMember: CurrentMemberService,
  ) {}

  @ApiOperation({ summary: '领取指定优惠券' })
  @HttpCode(200)
  @Post('add/:couponId')
  async add(
    @CurrentUser() user: CurrentUserClaims,
    @Param('couponId', ParseIntPipe) couponId: number,
  ): Promise<CommonResult<null>> {
    const member = await this.currentMember.load(user);
    await this.coupons.claim(member, couponId);
    return CommonResult.success(null, '领取成功');
  }

  @ApiOperation({ summary: '获取用户优惠券历史列表' })
  @Get('listHistory')
  async listHistory(
    @CurrentUser() user: CurrentUserClaims,
    @Query() query: CouponUseStatusQuery,
  ): Promise<CommonResult<SmsCouponHistory[]>> {
    const member = await this.currentMember.load(user);
    return CommonResult.success(await this.coupons.listHistory(member.id, query.useStatus));
  }

  @ApiOperation({ summary: '获取用户优惠券列表' })
  @Get('list')
  async list(
    @CurrentUser() user: CurrentUserClaims,
    @Query() query: CouponUseStatusQuery,
  ): Promise<CommonResult<SmsCoupon[]>> {
    const member = await this.currentMember.load(user);
    return CommonResult.success(await this.coupons.list(member.id, query.useStatus));
  }

  @ApiOperation({ summary: '获取登录会员购物车的相关优惠券' })
  @ApiParam({ name: 'type', description: '使用可用:0->不可用；1->可用', enum: [0, 1] })
  @Get('list/cart/:type')
  async listCart(
    @CurrentUser() user: CurrentUserClaims,
    @Param('type', ParseIntPipe) type: number,
  ): Promise<CommonResult<CouponHistoryDetail[]>> {
    const member = await this.currentMember.load(user);
    return CommonResult.success(await this.coupons.listForMemberCart(member.id, type === 1));
  }

  @ApiOperation({ summary: '获取当前商品相关优惠券' })
  @Get('listByProduct/:productId')
  async listByProduct(
    @Param('productId', ParseIntPipe) productId: number,
  ): Promise<CommonResult<SmsCoupon[]>> {
    return CommonResult.success(await this.coupons.listByProduct(productId));
  }

  /**
   * Internal (mall-order): the member's coupons usable on the given cart lines. Answers the bare
   * list, without the envelope, as the original's Feign target did.
   */
  @ApiOperation({ summary: '根据购物车信息获取可用优惠券 (internal)' })
  @HttpCode(200)
  @Post('cartList')
  async cartList(
    @CurrentUser() user: CurrentUserClaims,
    @Body() body: CouponCartListDto,
  ): Promise<CouponHistoryDetail[]> {
    const member = await this.currentMember.load(user);
    return this.coupons.listForCart(member.id, body.cartItemList, true);
  }
}
