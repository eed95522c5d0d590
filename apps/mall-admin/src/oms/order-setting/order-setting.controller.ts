import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Post,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonResult } from '@mall/common';
import type { OmsOrderSetting } from '@mall/db';
import { OrderSettingDto } from './dto/order-setting.dto';
import { OrderSettingService } from './order-setting.service';

@ApiTags('OmsOrderSettingController')
@Controller('orderSetting')
export class OrderSettingController {
  constructor(private readonly settings: OrderSettingService) {}

  @Get(':id')
  @ApiOperation({ summary: '获取指定订单设置' })
  async getItem(
    @Param('id', ParseIntPipe) id: number,
  ): Promise<CommonResult<OmsOrderSetting | null>> {
    return CommonResult.success(await this.settings.getItem(id));
  }

  @Post('update/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改指定订单设置' })
  async update(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: OrderSettingDto,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.settings.update(id, body));
  }
}
