import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonPage, CommonResult } from '@mall/common';
import type { PmsProduct } from '@mall/db';
import { ProductSearchQuery } from './dto/product-search.dto';
import type { PmsPortalProductDetail } from './product-detail.loader';
import { type PmsProductCategoryNode, ProductService } from './product.service';

@ApiTags('PmsPortalProductController')
@Controller('product')
export class ProductController {
  constructor(private readonly products: ProductService) {}

  @ApiOperation({ summary: '综合搜索、筛选、排序' })
  @Get('search')
  async search(@Query() query: ProductSearchQuery): Promise<CommonResult<CommonPage<PmsProduct>>> {
    return CommonResult.success(await this.products.search(query));
  }

  @ApiOperation({ summary: '以树形结构获取所有商品分类' })
  @Get('categoryTreeList')
  async categoryTreeList(): Promise<CommonResult<PmsProductCategoryNode[]>> {
    return CommonResult.success(await this.products.categoryTreeList());
  }

  @ApiOperation({ summary: '获取前台商品详情' })
  @Get('detail/:id')
  async detail(
    @Param('id', ParseIntPipe) id: number,
  ): Promise<CommonResult<PmsPortalProductDetail>> {
    return CommonResult.success(await this.products.detail(id));
  }
}
