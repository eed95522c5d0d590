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
import { CommonPage, CommonResult, RequestParams, VALIDATE_REQUEST_PARAMS } from '@mall/common';
import {
  FlashPromotionDto,
  FlashPromotionQueryDto,
  FlashPromotionStatusParams,
} from './dto/flash-promotion.dto';
import { FlashPromotionService, FlashPromotionView } from './flash-promotion.service';

@ApiTags('SmsFlashPromotionController')
@Controller('flash')
export class FlashPromotionController {
  constructor(private readonly promotions: FlashPromotionService) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加活动' })
  async create(@Body() body: FlashPromotionDto): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.promotions.create(body));
  }

  @Post('update/status/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改上下线状态' })
  @ApiQuery({ type: FlashPromotionStatusParams })
  async updateStatus(
    @Param('id', ParseIntPipe) id: number,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: FlashPromotionStatusParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.promotions.updateStatus(id, params.status));
  }

  @Post('update/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '编辑活动信息' })
  async update(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: FlashPromotionDto,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.promotions.update(id, body));
  }

  @Post('delete/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '删除活动信息' })
  async delete(@Param('id', ParseIntPipe) id: number): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.promotions.delete(id));
  }

  @Get('list')
  @ApiOperation({ summary: '根据活动名称分页查询' })
  async list(
    @Query() query: FlashPromotionQueryDto,
  ): Promise<CommonResult<CommonPage<FlashPromotionView>>> {
    return CommonResult.success(await this.promotions.list(query));
  }

  @Get(':id')
  @ApiOperation({ summary: '获取活动详情' })
  async getItem(
    @Param('id', ParseIntPipe) id: number,
  ): Promise<CommonResult<FlashPromotionView | null>> {
    return CommonResult.success(await this.promotions.getItem(id));
  }
}
