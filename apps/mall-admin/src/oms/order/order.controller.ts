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
import { ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  CommonPage,
  CommonResult,
  IdsParams,
  RequestParams,
  VALIDATE_REQUEST_PARAMS,
  ValidateArrayBodyPipe,
} from '@mall/common';
import type { OmsOrder } from '@mall/db';
import { OrderDeliveryDto } from './dto/order-delivery.dto';
import { OrderQueryDto } from './dto/order-query.dto';
import {
  MoneyInfoDto,
  OrderCloseParams,
  OrderNoteParams,
  ReceiverInfoDto,
} from './dto/order-update.dto';
import { OrderDetail, OrderService } from './order.service';

@ApiTags('OmsOrderController')
@Controller('order')
export class OrderController {
  constructor(private readonly orders: OrderService) {}

  @Get('list')
  @ApiOperation({ summary: '查询订单' })
  async list(@Query() query: OrderQueryDto): Promise<CommonResult<CommonPage<OmsOrder>>> {
    return CommonResult.success(await this.orders.list(query));
  }

  @Post('update/delivery')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量发货 (待发货订单 only, all or none)' })
  @ApiBody({ type: OrderDeliveryDto, isArray: true })
  async delivery(
    @Body(new ValidateArrayBodyPipe(OrderDeliveryDto)) deliveries: OrderDeliveryDto[],
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.orders.deliver(deliveries));
  }

  @Post('update/close')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量关闭订单 (待付款订单 only, all or none)' })
  @ApiQuery({ type: OrderCloseParams })
  async close(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: OrderCloseParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.orders.close(params.ids, params.note));
  }

  @Post('delete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量删除订单' })
  @ApiQuery({ type: IdsParams })
  async delete(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: IdsParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.orders.delete(params.ids));
  }

  @Post('update/receiverInfo')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改收货人信息' })
  async updateReceiverInfo(@Body() body: ReceiverInfoDto): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.orders.updateReceiverInfo(body));
  }

  @Post('update/moneyInfo')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改订单费用信息' })
  async updateMoneyInfo(@Body() body: MoneyInfoDto): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.orders.updateMoneyInfo(body));
  }

  @Post('update/note')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '备注订单' })
  @ApiQuery({ type: OrderNoteParams })
  async updateNote(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: OrderNoteParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.orders.updateNote(params.id, params.note));
  }

  @Get(':id')
  @ApiOperation({ summary: '获取订单详情:订单信息、商品信息、操作记录' })
  async detail(@Param('id', ParseIntPipe) id: number): Promise<CommonResult<OrderDetail | null>> {
    return CommonResult.success(await this.orders.detail(id));
  }
}
