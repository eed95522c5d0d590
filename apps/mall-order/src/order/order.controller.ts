import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommonResult,
  IdArrayBodyPipe,
  RequestParams,
  VALIDATE_REQUEST_PARAMS,
} from '@mall/common';
import { CurrentUser, type CurrentUserClaims } from '@mall/security';
import { OrderParamDto } from './dto/order-param.dto';
import { OptionalOrderIdParams, OrderListQuery, PaySuccessParams } from './dto/order-params';
import { OmitNullsInterceptor } from './omit-nulls.interceptor';
import { OrderCancellationService } from './order-cancellation.service';
import { OrderCheckoutService } from './order-checkout.service';
import { OrderPaymentService } from './order-payment.service';
import { OrderQueryService } from './order-query.service';
import { OrderStatusService } from './order-status.service';

/** PortalOrderController of the original: `/order/**`. */
@ApiTags('PortalOrderController')
@Controller('order')
@UseInterceptors(OmitNullsInterceptor)
export class OrderController {
  constructor(
    private readonly checkout: OrderCheckoutService,
    private readonly payment: OrderPaymentService,
    private readonly queries: OrderQueryService,
    private readonly statuses: OrderStatusService,
    private readonly cancellation: OrderCancellationService,
  ) {}

  @ApiOperation({ summary: '根据购物车信息生成确认单信息' })
  @HttpCode(200)
  @Post('generateConfirmOrder')
  async generateConfirmOrder(
    @CurrentUser() user: CurrentUserClaims,
    @Body(new IdArrayBodyPipe('cartIds')) cartIds: number[],
  ) {
    return CommonResult.success(await this.checkout.confirm(user.id, cartIds));
  }

  @ApiOperation({ summary: '根据购物车信息生成订单' })
  @HttpCode(200)
  @Post('generateOrder')
  async generateOrder(@CurrentUser() user: CurrentUserClaims, @Body() param: OrderParamDto) {
    return CommonResult.success(await this.checkout.generate(user.id, param), '下单成功');
  }

  @ApiOperation({ summary: '用户支付成功的回调' })
  @HttpCode(200)
  @Post('paySuccess')
  async paySuccess(
    @CurrentUser() user: CurrentUserClaims,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: PaySuccessParams,
  ) {
    const count = await this.payment.paySuccess(user.id, params.orderId, params.payType);
    return CommonResult.success(count, '支付成功');
  }

  @ApiOperation({ summary: '自动取消超时订单' })
  @HttpCode(200)
  @Post('cancelTimeOutOrder')
  async cancelTimeOutOrder() {
    await this.cancellation.sweepTimedOut();
    return CommonResult.success(null);
  }

  @ApiOperation({ summary: '取消单个超时订单（发送延迟取消消息）' })
  @HttpCode(200)
  @Post('cancelOrder')
  async cancelOrder(
    @CurrentUser() user: CurrentUserClaims,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: OptionalOrderIdParams,
  ) {
    await this.statuses.scheduleCancel(user.id, params.orderId);
    return CommonResult.success(null);
  }

  @ApiOperation({ summary: '按状态分页获取用户订单列表' })
  @Get('list')
  async list(@CurrentUser() user: CurrentUserClaims, @Query() query: OrderListQuery) {
    return CommonResult.success(
      await this.queries.list(user.id, query.status, query.pageNum, query.pageSize),
    );
  }

  /** A stub in the original; here the same list as `/order/list` (spec §9 #52). */
  @ApiOperation({ summary: '按状态分页获取用户订单列表（同 /order/list）' })
  @Get('list/redis')
  async listRedis(@CurrentUser() user: CurrentUserClaims, @Query() query: OrderListQuery) {
    return this.list(user, query);
  }

  @ApiOperation({ summary: '根据ID获取订单详情-redis' })
  @Get('detail/redis/:orderId')
  async detailRedis(
    @CurrentUser() user: CurrentUserClaims,
    @Param('orderId', ParseIntPipe) orderId: number,
  ) {
    return CommonResult.success(await this.queries.detailCached(user.id, orderId));
  }

  @ApiOperation({ summary: '根据ID获取订单详情' })
  @Get('detail/:orderId')
  async detail(
    @CurrentUser() user: CurrentUserClaims,
    @Param('orderId', ParseIntPipe) orderId: number,
  ) {
    return CommonResult.success(await this.queries.detail(user.id, orderId));
  }

  @ApiOperation({ summary: '用户取消订单' })
  @HttpCode(200)
  @Post('cancelUserOrder')
  async cancelUserOrder(
    @CurrentUser() user: CurrentUserClaims,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: OptionalOrderIdParams,
  ) {
    await this.statuses.cancelByMember(user.id, params.orderId);
    return CommonResult.success(null);
  }

  @ApiOperation({ summary: '用户确认收货' })
  @HttpCode(200)
  @Post('confirmReceiveOrder')
  async confirmReceiveOrder(
    @CurrentUser() user: CurrentUserClaims,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: OptionalOrderIdParams,
  ) {
    await this.statuses.confirmReceive(user.id, params.orderId);
    return CommonResult.success(null);
  }

  @ApiOperation({ summary: '用户删除订单' })
  @HttpCode(200)
  @Post('deleteOrder')
  async deleteOrder(
    @CurrentUser() user: CurrentUserClaims,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: OptionalOrderIdParams,
  ) {
    await this.statuses.delete(user.id, params.orderId);
    return CommonResult.success(null);
  }
}
