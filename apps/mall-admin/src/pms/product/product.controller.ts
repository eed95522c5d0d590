import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommonResult,
  RequestParams,
  RequiredIntPipe,
  VALIDATE_REQUEST_PARAMS,
} from '@mall/common';
import { ProductCreateDto, ProductUpdateDto } from './dto/product-param.dto';
import {
  DeleteStatusParams,
  NewStatusParams,
  ProductListQuery,
  ProductSimpleListQuery,
  PublishStatusParams,
  RecommendStatusParams,
  VerifyStatusParams,
} from './dto/product-query.dto';
import { ProductService } from './product.service';

@ApiTags('PmsProductController 商品管理')
@Controller('product')
export class ProductController {
  constructor(private readonly products: ProductService) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '创建商品' })
  async create(@Body() param: ProductCreateDto) {
    return CommonResult.fromCount(await this.products.create(param));
  }

  @Get('updateInfo/:id')
  @ApiOperation({ summary: '根据商品id获取商品编辑信息' })
  async updateInfo(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.success(await this.products.updateInfo(id));
  }

  @Post('update/verifyStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量修改审核状态' })
  async updateVerifyStatus(@RequestParams(VALIDATE_REQUEST_PARAMS) params: VerifyStatusParams) {
    return CommonResult.fromCount(
      await this.products.updateVerifyStatus(params.ids, params.verifyStatus, params.detail),
    );
  }

  @Post('update/publishStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量上下架' })
  async updatePublishStatus(@RequestParams(VALIDATE_REQUEST_PARAMS) params: PublishStatusParams) {
    return CommonResult.fromCount(
      await this.products.updatePublishStatus(params.ids, params.publishStatus),
    );
  }

  @Post('update/recommendStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量推荐商品' })
  async updateRecommendStatus(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: RecommendStatusParams,
  ) {
    return CommonResult.fromCount(
      await this.products.updateRecommendStatus(params.ids, params.recommendStatus),
    );
  }

  @Post('update/newStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量设为新品' })
  async updateNewStatus(@RequestParams(VALIDATE_REQUEST_PARAMS) params: NewStatusParams) {
    return CommonResult.fromCount(
      await this.products.updateNewStatus(params.ids, params.newStatus),
    );
  }

  @Post('update/deleteStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量修改删除状态' })
  async updateDeleteStatus(@RequestParams(VALIDATE_REQUEST_PARAMS) params: DeleteStatusParams) {
    return CommonResult.fromCount(
      await this.products.updateDeleteStatus(params.ids, params.deleteStatus),
    );
  }

  @Post('update/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '更新商品' })
  async update(@Param('id', RequiredIntPipe) id: number, @Body() param: ProductUpdateDto) {
    return CommonResult.fromCount(await this.products.update(id, param));
  }

  @Get('list')
  @ApiOperation({ summary: '查询商品' })
  async list(@Query() query: ProductListQuery) {
    return CommonResult.success(await this.products.list(query));
  }

  @Get('simpleList')
  @ApiOperation({ summary: '根据商品名称或货号模糊查询' })
  async simpleList(@Query() query: ProductSimpleListQuery) {
    return CommonResult.success(await this.products.simpleList(query.keyword));
  }
}
