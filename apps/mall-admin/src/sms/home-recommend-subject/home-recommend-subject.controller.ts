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
import type { SmsHomeRecommendSubject } from '@mall/db';
import {
  HomeSubjectItem,
  HomeSubjectQuery,
  HomeRecommendStatusParams,
  HomeSortParams,
} from '../home-recommendation/dto/home-recommendation.dto';
import type { HomeRecommendationService } from '../home-recommendation/home-recommendation.service';

/** Injection token of the recommendation service bound to `sms_home_recommend_subject`. */
export const HOME_RECOMMEND_SUBJECT_SERVICE = Symbol('HomeRecommendSubjectService');

@ApiTags('SmsHomeRecommendSubjectController')
@Controller('home/recommendSubject')
export class HomeRecommendSubjectController {
  constructor(
    @Inject(HOME_RECOMMEND_SUBJECT_SERVICE) private readonly service: HomeRecommendationService,
  ) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加首页推荐专题' })
  @ApiBody({ type: HomeSubjectItem, isArray: true })
  async create(
    @Body(new ValidateArrayBodyPipe(HomeSubjectItem, { allowEmpty: true }))
    items: HomeSubjectItem[],
  ): Promise<CommonResult<number | null>> {
    const entries = items.map((item) => ({ ref: item.subjectId, name: item.subjectName }));
    return CommonResult.fromCount(await this.service.create(entries));
  }

  @Post('update/sort/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改首页推荐专题排序' })
  @ApiQuery({ type: HomeSortParams })
  async updateSort(
    @Param('id', ParseIntPipe) id: number,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: HomeSortParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.service.updateSort(id, params.sort));
  }

  @Post('delete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量删除首页推荐专题' })
  @ApiQuery({ type: IdsParams })
  async delete(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: IdsParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.service.delete(params.ids));
  }

  @Post('update/recommendStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量修改首页推荐专题推荐状态' })
  @ApiQuery({ type: HomeRecommendStatusParams })
  async updateRecommendStatus(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: HomeRecommendStatusParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(
      await this.service.updateRecommendStatus(params.ids, params.recommendStatus),
    );
  }

  @Get('list')
  @ApiOperation({ summary: '分页查询首页推荐专题' })
  async list(
    @Query() query: HomeSubjectQuery,
  ): Promise<CommonResult<CommonPage<SmsHomeRecommendSubject>>> {
    const page = await this.service.list(query, query.subjectName);
    return CommonResult.success(page as CommonPage<SmsHomeRecommendSubject>);
  }
}
