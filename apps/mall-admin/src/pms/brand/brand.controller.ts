import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommonResult,
  IdsParams,
  RequestParams,
  RequiredIntPipe,
  VALIDATE_REQUEST_PARAMS,
} from '@mall/common';
import { BrandService } from './brand.service';
import { BrandParamDto } from './dto/brand-param.dto';
import {
  BrandFactoryStatusParams,
  BrandListQuery,
  BrandShowStatusParams,
} from './dto/brand-query.dto';

@ApiTags('PmsBrandController 商品品牌管理')
@Controller('brand')
export class BrandController {
  constructor(private readonly brands: BrandService) {}

  @Get('listAll')
  @ApiOperation({ summary: '获取全部品牌列表' })
  async listAll() {
    return CommonResult.success(await this.brands.listAll());
  }

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加品牌' })
  async create(@Body() param: BrandParamDto) {
    const count = await this.brands.create(param);
    return count === 1 ? CommonResult.success(count) : CommonResult.failed();
  }

  @Post('update/showStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量更新显示状态' })
  async updateShowStatus(@RequestParams(VALIDATE_REQUEST_PARAMS) params: BrandShowStatusParams) {
    return CommonResult.fromCount(
      await this.brands.updateShowStatus(params.ids, params.showStatus),
    );
  }

  @Post('update/factoryStatus')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量更新厂家制造商状态' })
  async updateFactoryStatus(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: BrandFactoryStatusParams,
  ) {
    return CommonResult.fromCount(
      await this.brands.updateFactoryStatus(params.ids, params.factoryStatus),
    );
  }

  @Post('update/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '更新品牌' })
  async update(@Param('id', RequiredIntPipe) id: number, @Body() param: BrandParamDto) {
    const count = await this.brands.update(id, param);
    return count === 1 ? CommonResult.success(count) : CommonResult.failed();
  }

  /** A GET that deletes, kept for the admin front-end. */
  @Get('delete/:id')
  @ApiOperation({ summary: '删除品牌' })
  async delete(@Param('id', RequiredIntPipe) id: number) {
    return (await this.brands.delete(id)) === 1
      ? CommonResult.success(null)
      : CommonResult.failed();
  }

  @Post('delete/batch')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量删除品牌' })
  async deleteBatch(@RequestParams(VALIDATE_REQUEST_PARAMS) params: IdsParams) {
    return CommonResult.fromCount(await this.brands.deleteBatch(params.ids));
  }

  @Get('list')
  @ApiOperation({ summary: '根据品牌名称分页获取品牌列表' })
  async list(@Query() query: BrandListQuery) {
    return CommonResult.success(
      await this.brands.list(query.keyword, query.pageNum, query.pageSize),
    );
  }

  @Get(':id')
  @ApiOperation({ summary: '根据编号查询品牌信息' })
  async get(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.success(await this.brands.get(id));
  }
}
