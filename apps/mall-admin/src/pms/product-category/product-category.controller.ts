import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommonResult,
  RequestParams,
  RequiredIntPipe,
  VALIDATE_REQUEST_PARAMS,
} from '@mall/common';
import {
  CategoryShowStatusParams,
  NavStatusParams,
  ProductCategoryListQuery,
  ProductCategoryParamDto,
} from './dto/product-category.dto';
import { ProductCategoryService } from './product-category.service';

@ApiTags('PmsProductCategoryController 商品分类管理')
@Controller('productCategory')
export class ProductCategoryController {
  constructor(private readonly categories: ProductCategoryService) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加产品分类' })
  async create(@Body() param: ProductCategoryParamDto) {
    return CommonResult.fromCount(await this.categories.create(param));
  }

  @Post('update/navStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改导航栏显示状态' })
  async updateNavStatus(@RequestParams(VALIDATE_REQUEST_PARAMS) params: NavStatusParams) {
    return CommonResult.fromCount(
      await this.categories.updateNavStatus(params.ids, params.navStatus),
    );
  }

  @Post('update/showStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改显示状态' })
  async updateShowStatus(@RequestParams(VALIDATE_REQUEST_PARAMS) params: CategoryShowStatusParams) {
    return CommonResult.fromCount(
      await this.categories.updateShowStatus(params.ids, params.showStatus),
    );
  }

  @Post('update/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改商品分类' })
  async update(@Param('id', RequiredIntPipe) id: number, @Body() param: ProductCategoryParamDto) {
    return CommonResult.fromCount(await this.categories.update(id, param));
  }

  @Get('list/withChildren')
  @ApiOperation({ summary: '查询所有一级分类及子分类' })
  async listWithChildren() {
    return CommonResult.success(await this.categories.listWithChildren());
  }

  @Get('list/:parentId')
  @ApiOperation({ summary: '分页查询商品分类' })
  async list(
    @Param('parentId', RequiredIntPipe) parentId: number,
    @Query() query: ProductCategoryListQuery,
  ) {
    return CommonResult.success(
      await this.categories.list(parentId, query.pageNum, query.pageSize),
    );
  }

  @Post('delete/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '删除商品分类' })
  async delete(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.fromCount(await this.categories.delete(id));
  }

  @Get(':id')
  @ApiOperation({ summary: '根据id获取商品分类' })
  async get(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.success(await this.categories.get(id));
  }
}
