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
import type { SmsHomeBrand } from '@mall/db';
import {
  HomeBrandItem,
  HomeBrandQuery,
  HomeRecommendStatusParams,
  HomeSortParams,
} from '../home-recommendation/dto/home-recommendation.dto';
import type { HomeRecommendationService } from '../home-recommendation/home-recommendation.service';

/** Injection token of the recommendation service bound to `sms_home_brand`. */
export const HOME_BRAND_SERVICE = Symbol('HomeBrandService');

@ApiTags('SmsHomeBrandController')
@Controller('home/brand')
export class HomeBrandController {
  constructor(@Inject(HOME_BRAND_SERVICE) private readonly service: HomeRecommendationService) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加首页推荐品牌' })
  @ApiBody({ type: HomeBrandItem, isArray: true })
  async create(
    @Body(new ValidateArrayBodyPipe(HomeBrandItem, { allowEmpty: true })) items: HomeBrandItem[],
  ): Promise<CommonResult<number | null>> {
    const entries = items.map((item) => ({ ref: item.brandId, name: item.brandName }));
    return CommonResult.fromCount(await this.service.create(entries));
  }

  @Post('update/sort/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改首页推荐品牌排序' })
  @ApiQuery({ type: HomeSortParams })
  async updateSort(
    @Param('id', ParseIntPipe) id: number,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: HomeSortParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.service.updateSort(id, params.sort));
  }

  @Post('delete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量删除首页推荐品牌' })
  @ApiQuery({ type: IdsParams })
  async delete(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: IdsParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.service.delete(params.ids));
  }

  @Post('update/recommendStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量修改首页推荐品牌推荐状态' })
  @ApiQuery({ type: HomeRecommendStatusParams })
  async updateRecommendStatus(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: HomeRecommendStatusParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(
      await this.service.updateRecommendStatus(params.ids, params.recommendStatus),
    );
  }

  @Get('list')
  @ApiOperation({ summary: '分页查询首页推荐品牌' })
  async list(@Query() query: HomeBrandQuery): Promise<CommonResult<CommonPage<SmsHomeBrand>>> {
    const page = await this.service.list(query, query.brandName);
    return CommonResult.success(page as CommonPage<SmsHomeBrand>);
  }
}
