import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonResult, RequiredIntPipe } from '@mall/common';
import { CreateResourceDto, ResourceListQuery, UpdateResourceDto } from './dto/resource.dto';
import { ResourceService } from './resource.service';

@ApiTags('UmsResourceController')
@Controller('resource')
export class ResourceController {
  constructor(private readonly resources: ResourceService) {}

  @ApiOperation({ summary: '添加后台资源' })
  @Post('create')
  async create(@Body() dto: CreateResourceDto) {
    return CommonResult.fromCount(await this.resources.create(dto));
  }

  @ApiOperation({ summary: '修改后台资源' })
  @Post('update/:id')
  async update(@Param('id', RequiredIntPipe) id: number, @Body() dto: UpdateResourceDto) {
    return CommonResult.fromCount(await this.resources.update(id, dto));
  }

  @ApiOperation({ summary: '根据ID删除后台资源' })
  @Post('delete/:id')
  async delete(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.fromCount(await this.resources.delete(id));
  }

  @ApiOperation({ summary: '分页模糊查询后台资源' })
  @Get('list')
  async list(@Query() query: ResourceListQuery) {
    return CommonResult.success(await this.resources.list(query));
  }

  @ApiOperation({ summary: '查询所有后台资源' })
  @Get('listAll')
  async listAll() {
    return CommonResult.success(await this.resources.listAll());
  }

  @ApiOperation({ summary: '初始化资源角色关联数据' })
  @Get('initResourceRolesMap')
  async initResourceRolesMap() {
    return CommonResult.success(await this.resources.initResourceRolesMap());
  }

  @ApiOperation({ summary: '根据ID获取资源详情' })
  @Get(':id')
  async getItem(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.success(await this.resources.getItem(id));
  }
}
