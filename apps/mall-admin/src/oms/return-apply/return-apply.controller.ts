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
  RequestParams,
  VALIDATE_REQUEST_PARAMS,
} from '@mall/common';
import type { OmsOrderReturnApply } from '@mall/db';
import { ReturnApplyQueryDto, ReturnApplyStatusDto } from './dto/return-apply.dto';
import { ReturnApplyDetail, ReturnApplyService } from './return-apply.service';

@ApiTags('OmsOrderReturnApplyController')
@Controller('returnApply')
export class ReturnApplyController {
  constructor(private readonly applies: ReturnApplyService) {}

  @Get('list')
  @ApiOperation({ summary: '分页查询退货申请' })
  async list(
    @Query() query: ReturnApplyQueryDto,
  ): Promise<CommonResult<CommonPage<OmsOrderReturnApply>>> {
    return CommonResult.success(await this.applies.list(query));
  }

  @Post('delete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量删除退货申请 (已拒绝 only)' })
  @ApiQuery({ type: IdsParams })
  async delete(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: IdsParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.applies.delete(params.ids));
  }

  @Get(':id')
  @ApiOperation({ summary: '获取退货申请详情' })
  async detail(
    @Param('id', ParseIntPipe) id: number,
  ): Promise<CommonResult<ReturnApplyDetail | null>> {
    return CommonResult.success(await this.applies.detail(id));
  }

  @Post('update/status/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改退货申请状态' })
  async updateStatus(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: ReturnApplyStatusDto,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.applies.updateStatus(id, body));
  }
}
