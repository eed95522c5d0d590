import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommonResult,
  PageQuery,
  RequestParams,
  RequiredIntPipe,
  VALIDATE_REQUEST_PARAMS,
} from '@mall/common';
import { AttributeCategoryService } from './attribute-category.service';
import { AttributeCategoryNameParams } from './dto/attribute-category.dto';

@ApiTags('PmsProductAttributeCategoryController 商品属性分类管理')
@Controller('productAttribute/category')
export class AttributeCategoryController {
  constructor(private readonly categories: AttributeCategoryService) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加商品属性分类' })
  async create(@RequestParams(VALIDATE_REQUEST_PARAMS) params: AttributeCategoryNameParams) {
    return CommonResult.fromCount(await this.categories.create(params.name));
  }

  @Post('update/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改商品属性分类' })
  async update(
    @Param('id', RequiredIntPipe) id: number,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: AttributeCategoryNameParams,
  ) {
    return CommonResult.fromCount(await this.categories.update(id, params.name));
  }

  /** A GET that deletes, kept for the admin front-end. */
  @Get('delete/:id')
  @ApiOperation({ summary: '删除单个商品属性分类' })
  async delete(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.fromCount(await this.categories.delete(id));
  }

  @Get('list')
  @ApiOperation({ summary: '分页获取所有商品属性分类' })
  async list(@Query() page: PageQuery) {
    return CommonResult.success(await this.categories.list(page.pageNum, page.pageSize));
  }

  @Get('list/withAttr')
  @ApiOperation({ summary: '获取所有商品属性分类及其下属性' })
  async listWithAttr() {
    return CommonResult.success(await this.categories.listWithAttr());
  }

  @Get(':id')
  @ApiOperation({ summary: '获取单个商品属性分类信息' })
  async get(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.success(await this.categories.get(id));
  }
}
