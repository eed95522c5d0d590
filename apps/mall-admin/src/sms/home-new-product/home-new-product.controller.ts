import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
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
import type { SmsHomeNewProduct } from '@mall/db';
import {
  HomeProductItem,
  HomeProductQuery,
  HomeRecommendStatusParams,
  HomeSortParams,
} from '../home-recommendation/dto/home-recommendation.dto';
import type { HomeRecommendationService } from '../home-recommendation/home-recommendation.service';

/** Injection token of the recommendation service bound to `sms_home_new_product`. */
export const HOME_NEW_PRODUCT_SERVICE = Symbol('HomeNewProductService');

@ApiTags('SmsHomeNewProductController')
@Controller('home/newProduct')
export class HomeNewProductController {
  constructor(
    @Inject(HOME_NEW_PRODUCT_SERVICE) private readonly service: HomeRecommendationService,
  ) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加首页新品' })
  @ApiBody({ type: HomeProductItem, isArray: true })
  async create(
    @Body(new ValidateArrayBodyPipe(HomeProductItem, { allowEmpty: true }))
    items: HomeProductItem[],
  ): Promise<CommonResult<number | null>> {
    const entries = items.map((item) => ({ ref: item.productId, name: item.productName }));
    return CommonResult.fromCount(await this.service.create(entries));
  }

  @Post('update/sort/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改首页新品排序' })
  @ApiQuery({ type: HomeSortParams })
  async updateSort(
    @Param('id', ParseIntPipe) id: number,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: HomeSortParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.service.updateSort(id, params.sort));
  }

  @Post('delete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量删除首页新品' })
  @ApiQuery({ type: IdsParams })
  async delete(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: IdsParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.service.delete(params.ids));
  }

  @Post('update/recommendStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量修改首页新品推荐状态' })
  @ApiQuery({ type: HomeRecommendStatusParams })
  async updateRecommendStatus(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: HomeRecommendStatusParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(
      await this.service.updateRecommendStatus(params.ids, params.recommendStatus),
    );
  }

  @Get('list')
  @ApiOperation({ summary: '分页查询首页新品' })
  async list(
    @Query() query: HomeProductQuery,
  ): Promise<CommonResult<CommonPage<SmsHomeNewProduct>>> {
    const page = await this.service.list(query, query.productName);
    return CommonResult.success(page as CommonPage<SmsHomeNewProduct>);
  }
}
