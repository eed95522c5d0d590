import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonPage, CommonResult, ValidateArrayBodyPipe } from '@mall/common';
import type { SmsFlashPromotionProductRelation } from '@mall/db';
import {
  FlashProductRelationDto,
  FlashProductRelationQueryDto,
} from './dto/flash-product-relation.dto';
import {
  FlashProductRelationService,
  FlashPromotionProduct,
} from './flash-product-relation.service';

@ApiTags('SmsFlashPromotionProductRelationController')
@Controller('flashProductRelation')
export class FlashProductRelationController {
  constructor(private readonly relations: FlashProductRelationService) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '批量选择商品添加关联' })
  @ApiBody({ type: FlashProductRelationDto, isArray: true })
  async create(
    @Body(new ValidateArrayBodyPipe(FlashProductRelationDto, { allowEmpty: true }))
    body: FlashProductRelationDto[],
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.relations.create(body));
  }

  @Post('update/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改关联相关信息' })
  async update(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: FlashProductRelationDto,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.relations.update(id, body));
  }

  @Post('delete/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '删除关联' })
  async delete(@Param('id', ParseIntPipe) id: number): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.relations.delete(id));
  }

  @Get('list')
  @ApiOperation({ summary: '分页查询不同场次关联及商品信息' })
  async list(
    @Query() query: FlashProductRelationQueryDto,
  ): Promise<CommonResult<CommonPage<FlashPromotionProduct>>> {
    return CommonResult.success(await this.relations.list(query));
  }

  @Get(':id')
  @ApiOperation({ summary: '获取管理商品促销信息' })
  async getItem(
    @Param('id', ParseIntPipe) id: number,
  ): Promise<CommonResult<SmsFlashPromotionProductRelation | null>> {
    return CommonResult.success(await this.relations.getItem(id));
  }
}
