import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommonResult,
  IdsParams,
  RequestParams,
  RequiredIntPipe,
  VALIDATE_REQUEST_PARAMS,
} from '@mall/common';
import { AttributeService } from './attribute.service';
import {
  AttributeListQuery,
  AttributeParamDto,
  AttributeUpdateDto,
} from './dto/attribute-param.dto';

@ApiTags('PmsProductAttributeController 商品属性管理')
@Controller('productAttribute')
export class AttributeController {
  constructor(private readonly attributes: AttributeService) {}

  @Get('list/:cid')
  @ApiOperation({ summary: '根据分类查询属性列表或参数列表' })
  async list(@Param('cid', RequiredIntPipe) cid: number, @Query() query: AttributeListQuery) {
    return CommonResult.success(
      await this.attributes.list(cid, query.type, query.pageNum, query.pageSize),
    );
  }

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加商品属性信息' })
  async create(@Body() param: AttributeParamDto) {
    return CommonResult.fromCount(await this.attributes.create(param));
  }

  @Post('update/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改商品属性信息' })
  async update(@Param('id', RequiredIntPipe) id: number, @Body() param: AttributeUpdateDto) {
    return CommonResult.fromCount(await this.attributes.update(id, param));
  }

  @Post('delete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量删除商品属性' })
  async delete(@RequestParams(VALIDATE_REQUEST_PARAMS) params: IdsParams) {
    return CommonResult.fromCount(await this.attributes.delete(params.ids));
  }

  @Get('attrInfo/:productCategoryId')
  @ApiOperation({ summary: '根据商品分类的id获取商品属性及属性分类' })
  async attrInfo(@Param('productCategoryId', RequiredIntPipe) productCategoryId: number) {
    return CommonResult.success(await this.attributes.attrInfo(productCategoryId));
  }

  @Get(':id')
  @ApiOperation({ summary: '查询单个商品属性' })
  async get(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.success(await this.attributes.get(id));
  }
}
