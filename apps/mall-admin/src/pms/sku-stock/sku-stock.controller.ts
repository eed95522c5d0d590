import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonResult, RequiredIntPipe, ValidateArrayBodyPipe } from '@mall/common';
import { SkuListQuery, SkuStockUpdateItem } from './dto/sku-stock.dto';
import { SkuStockService } from './sku-stock.service';

@ApiTags('PmsSkuStockController sku商品库存管理')
@Controller('sku')
export class SkuStockController {
  constructor(private readonly skus: SkuStockService) {}

  @Get(':pid')
  @ApiOperation({ summary: '根据商品编号及编号模糊搜索sku库存' })
  async list(@Param('pid', RequiredIntPipe) pid: number, @Query() query: SkuListQuery) {
    return CommonResult.success(await this.skus.list(pid, query.keyword));
  }

  @Post('update/:pid')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量更新库存信息' })
  @ApiBody({ type: SkuStockUpdateItem, isArray: true })
  async update(
    @Param('pid', RequiredIntPipe) pid: number,
    @Body(new ValidateArrayBodyPipe(SkuStockUpdateItem)) items: SkuStockUpdateItem[],
  ) {
    return CommonResult.fromCount(await this.skus.update(pid, items));
  }
}
