import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonPage, CommonResult } from '@mall/common';
import type { PmsBrand, PmsProduct } from '@mall/db';
import { BrandService } from './brand.service';
import { BrandProductQuery, BrandRecommendQuery } from './dto/brand-queries.dto';

@ApiTags('PortalBrandController')
@Controller('brand')
export class BrandController {
  constructor(private readonly brands: BrandService) {}

  @ApiOperation({ summary: '分页获取推荐品牌' })
  @Get('recommendList')
  async recommendList(@Query() query: BrandRecommendQuery): Promise<CommonResult<PmsBrand[]>> {
    return CommonResult.success(await this.brands.recommendList(query.pageNum, query.pageSize));
  }

  /** An unknown brand answers success without `data`, as the original. */
  @ApiOperation({ summary: '获取品牌详情' })
  @Get('detail/:brandId')
  async detail(
    @Param('brandId', ParseIntPipe) brandId: number,
  ): Promise<CommonResult<PmsBrand | null>> {
    return CommonResult.success(await this.brands.detail(brandId));
  }

  @ApiOperation({ summary: '分页获取品牌相关商品' })
  @Get('productList')
  async productList(
    @Query() query: BrandProductQuery,
  ): Promise<CommonResult<CommonPage<PmsProduct>>> {
    return CommonResult.success(
      await this.brands.productList(query.brandId, query.pageNum, query.pageSize),
    );
  }
}
