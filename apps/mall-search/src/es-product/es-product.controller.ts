import {
  Controller,
  createParamDecorator,
  type ExecutionContext,
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
  ApiException,
  CommonPage,
  CommonResult,
  ParseIdListPipe,
  requestParam,
  ResultCode,
} from '@mall/common';
import {
  ProductSearchQuery,
  RelatedInfoQuery,
  SimpleSearchQuery,
  ZeroBasedPageQuery,
} from './dto/es-product-queries.dto';
import type { EsProduct, EsProductRelatedInfo } from './es-product';
import { EsProductService } from './es-product.service';

const idList = new ParseIdListPipe({ optional: true });

/**
 * `ids` as Spring's `@RequestParam List<Long>` read it: from the query string or a form body,
 * `1,2` or repeated. Absent is a validation failure; present but empty is an empty list.
 */
const RequestIds = createParamDecorator((_data: unknown, context: ExecutionContext): number[] => {
  const raw = requestParam(context.switchToHttp().getRequest(), 'ids');
  if (raw === undefined) throw new ApiException(ResultCode.VALIDATE_FAILED, 'ids is required');
  return idList.transform(raw, { type: 'query', data: 'ids' }) ?? [];
});

@ApiTags('EsProductController')
@Controller('esProduct')
export class EsProductController {
  constructor(private readonly products: EsProductService) {}

  @ApiOperation({ summary: '导入所有数据库中商品到ES' })
  @Post('importAll')
  @HttpCode(HttpStatus.OK)
  async importAll(): Promise<CommonResult<number>> {
    return CommonResult.success(await this.products.importAll());
  }

  @ApiOperation({ summary: '根据id删除商品' })
  @Get('delete/:id')
  async delete(@Param('id', ParseIntPipe) id: number): Promise<CommonResult<null>> {
    await this.products.delete([id]);
    return CommonResult.success(null);
  }

  @ApiOperation({ summary: '根据id批量删除商品' })
  @ApiQuery({ name: 'ids', description: '1,2,3 or ids=1&ids=2 (query or form)', type: String })
  @Post('delete/batch')
  @HttpCode(HttpStatus.OK)
  async deleteBatch(@RequestIds() ids: number[]): Promise<CommonResult<null>> {
    await this.products.delete(ids);
    return CommonResult.success(null);
  }

  @ApiOperation({ summary: '根据id创建商品' })
  @Post('create/:id')
  @HttpCode(HttpStatus.OK)
  async create(@Param('id', ParseIntPipe) id: number): Promise<CommonResult<EsProduct | null>> {
    const product = await this.products.create(id);
    return product ? CommonResult.success(product) : CommonResult.failed();
  }

  @ApiOperation({ summary: '简单搜索' })
  @Get('search/simple')
  async simpleSearch(
    @Query() query: SimpleSearchQuery,
  ): Promise<CommonResult<CommonPage<EsProduct>>> {
    return CommonResult.success(await this.products.simpleSearch(query));
  }

  @ApiOperation({ summary: '综合搜索、筛选、排序' })
  @Get('search')
  async search(@Query() query: ProductSearchQuery): Promise<CommonResult<CommonPage<EsProduct>>> {
    return CommonResult.success(await this.products.search(query));
  }

  @ApiOperation({ summary: '根据商品id推荐商品' })
  @Get('recommend/:id')
  async recommend(
    @Param('id', ParseIntPipe) id: number,
    @Query() query: ZeroBasedPageQuery,
  ): Promise<CommonResult<CommonPage<EsProduct>>> {
    return CommonResult.success(await this.products.recommend(id, query));
  }

  @ApiOperation({ summary: '获取搜索的相关品牌、分类及筛选属性' })
  @Get('search/relate')
  async relatedInfo(@Query() query: RelatedInfoQuery): Promise<CommonResult<EsProductRelatedInfo>> {
    return CommonResult.success(await this.products.relatedInfo(query.keyword));
  }
}
