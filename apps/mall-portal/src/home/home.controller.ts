import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonResult } from '@mall/common';
import type { CmsSubject, PmsProduct, PmsProductCategory } from '@mall/db';
import {
  HomeContentQuery,
  HomeProductPageQuery,
  RecommendProductQuery,
  SubjectListQuery,
} from './dto/home-queries.dto';
import { type HomeContentResult, HomeService, javaDateString } from './home.service';

@ApiTags('HomeController')
@Controller('home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @ApiOperation({ summary: '首页内容页信息展示（不走缓存）' })
  @Get('content')
  async content(@Query() query: HomeContentQuery): Promise<CommonResult<HomeContentResult>> {
    return CommonResult.success(await this.home.content(query.pageNum, query.pageSize));
  }

  @ApiOperation({ summary: 'ping接口：服务器当前时间' })
  @Get('ping')
  ping(): CommonResult<string> {
    return CommonResult.success(javaDateString(new Date()));
  }

  @ApiOperation({ summary: '首页内容页信息展示（Redis 缓存 HomeContent）' })
  @Get('contentNew')
  async contentNew(): Promise<CommonResult<HomeContentResult>> {
    return CommonResult.success(await this.home.contentNew());
  }

  @ApiOperation({ summary: '分页获取推荐商品' })
  @Get('recommendProductList')
  async recommendProductList(
    @Query() query: RecommendProductQuery,
  ): Promise<CommonResult<PmsProduct[]>> {
    return CommonResult.success(
      await this.home.recommendProductList(query.pageNum, query.pageSize),
    );
  }

  @ApiOperation({ summary: '获取首页商品分类' })
  @Get('productCateList/:parentId')
  async productCateList(
    @Param('parentId', ParseIntPipe) parentId: number,
  ): Promise<CommonResult<PmsProductCategory[]>> {
    return CommonResult.success(await this.home.productCateList(parentId));
  }

  @ApiOperation({ summary: '根据分类获取专题' })
  @Get('subjectList')
  async subjectList(@Query() query: SubjectListQuery): Promise<CommonResult<CmsSubject[]>> {
    return CommonResult.success(
      await this.home.subjectList(query.cateId, query.pageNum, query.pageSize),
    );
  }

  @ApiOperation({ summary: '分页获取人气推荐商品' })
  @Get('hotProductList')
  async hotProductList(@Query() query: HomeProductPageQuery): Promise<CommonResult<PmsProduct[]>> {
    return CommonResult.success(await this.home.hotProductList(query.pageNum, query.pageSize));
  }

  @ApiOperation({ summary: '分页获取新品推荐商品' })
  @Get('newProductList')
  async newProductList(@Query() query: HomeProductPageQuery): Promise<CommonResult<PmsProduct[]>> {
    return CommonResult.success(await this.home.newProductList(query.pageNum, query.pageSize));
  }
}
