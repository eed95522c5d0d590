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
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  CommonPage,
  CommonResult,
  IdsParams,
  PageQuery,
  RequestParams,
  VALIDATE_REQUEST_PARAMS,
} from '@mall/common';
import type { OmsOrderReturnReason } from '@mall/db';
import { ReturnReasonDto, ReturnReasonStatusParams } from './dto/return-reason.dto';
import { ReturnReasonService } from './return-reason.service';

@ApiTags('OmsOrderReturnReasonController')
@Controller('returnReason')
export class ReturnReasonController {
  constructor(private readonly reasons: ReturnReasonService) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加退货原因' })
  async create(@Body() body: ReturnReasonDto): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.reasons.create(body));
  }

  @Post('update/status')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改退货原因启用状态' })
  @ApiQuery({ type: ReturnReasonStatusParams })
  async updateStatus(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: ReturnReasonStatusParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.reasons.updateStatus(params.ids, params.status));
  }

  @Post('update/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改退货原因' })
  async update(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: ReturnReasonDto,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.reasons.update(id, body));
  }

  @Post('delete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量删除退货原因' })
  @ApiQuery({ type: IdsParams })
  async delete(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: IdsParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.reasons.delete(params.ids));
  }

  @Get('list')
  @ApiOperation({ summary: '分页查询全部退货原因' })
  async list(@Query() page: PageQuery): Promise<CommonResult<CommonPage<OmsOrderReturnReason>>> {
    return CommonResult.success(await this.reasons.list(page));
  }

  @Get(':id')
  @ApiOperation({ summary: '获取单个退货原因详情信息' })
  async getItem(
    @Param('id', ParseIntPipe) id: number,
  ): Promise<CommonResult<OmsOrderReturnReason | null>> {
    return CommonResult.success(await this.reasons.getItem(id));
  }
}
