import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonResult, RequiredIntPipe } from '@mall/common';
import { CreateResourceCategoryDto, UpdateResourceCategoryDto } from './dto/resource-category.dto';
import { ResourceCategoryService } from './resource-category.service';

@ApiTags('UmsResourceCategoryController')
@Controller('resourceCategory')
export class ResourceCategoryController {
  constructor(private readonly categories: ResourceCategoryService) {}

  @ApiOperation({ summary: '查询所有后台资源分类' })
  @Get('listAll')
  async listAll() {
    return CommonResult.success(await this.categories.listAll());
  }

  @ApiOperation({ summary: '添加后台资源分类' })
  @Post('create')
  async create(@Body() dto: CreateResourceCategoryDto) {
    return CommonResult.fromCount(await this.categories.create(dto));
  }

  @ApiOperation({ summary: '修改后台资源分类' })
  @Post('update/:id')
  async update(@Param('id', RequiredIntPipe) id: number, @Body() dto: UpdateResourceCategoryDto) {
    return CommonResult.fromCount(await this.categories.update(id, dto));
  }

  @ApiOperation({ summary: '根据ID删除后台资源分类' })
  @Post('delete/:id')
  async delete(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.fromCount(await this.categories.delete(id));
  }
}
