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
import type { SmsHomeRecommendProduct } from '@mall/db';
import {
  HomeProductItem,
  HomeProductQuery,
  HomeRecommendStatusParams,
  HomeSortParams,
} from '../home-recommendation/dto/home-recommendation.dto';
import type { HomeRecommendationService } from '../home-recommendation/home-recommendation.service';

/** Injection token of the recommendation service bound to `sms_home_recommend_product`. */
export const HOME_RECOMMEND_PRODUCT_SERVICE = Symbol('HomeRecommendProductService');

@ApiTags('SmsHomeRecommendProductController')
@Controller('home/recommendProduct')
export class HomeRecommendProductController {
  constructor(
    @Inject(HOME_RECOMMEND_PRODUCT_SERVICE) private readonly service: HomeRecommendationService,
  ) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加首页人气推荐商品' })
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
  @ApiOperation({ summary: '修改首页人气推荐商品排序' })
  @ApiQuery({ type: HomeSortParams })
  async updateSort(
    @Param('id', ParseIntPipe) id: number,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: HomeSortParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.service.updateSort(id, params.sort));
  }

  @Post('delete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量删除首页人气推荐商品' })
  @ApiQuery({ type: IdsParams })
  async delete(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: IdsParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.service.delete(params.ids));
  }

  @Post('update/recommendStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量修改首页人气推荐商品推荐状态' })
  @ApiQuery({ type: HomeRecommendStatusParams })
  async updateRecommendStatus(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: HomeRecommendStatusParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(
      await this.service.updateRecommendStatus(params.ids, params.recommendStatus),
    );
  }

  @Get('list')
  @ApiOperation({ summary: '分页查询首页人气推荐商品' })
  async list(
    @Query() query: HomeProductQuery,
  ): Promise<CommonResult<CommonPage<SmsHomeRecommendProduct>>> {
    const page = await this.service.list(query, query.productName);
    return CommonResult.success(page as CommonPage<SmsHomeRecommendProduct>);
  }
}
