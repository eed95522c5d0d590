import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CommonResult, ParseIdListPipe, RequestParam, RequiredIntPipe } from '@mall/common';
import { CreatePermissionDto, UpdatePermissionDto } from './dto/permission.dto';
import { PermissionService } from './permission.service';

@ApiTags('UmsPermissionController')
@Controller('permission')
export class PermissionController {
  constructor(private readonly permissions: PermissionService) {}

  @ApiOperation({ summary: '添加权限' })
  @Post('create')
  async create(@Body() dto: CreatePermissionDto) {
    return CommonResult.fromCount(await this.permissions.create(dto));
  }

  @ApiOperation({ summary: '修改权限' })
  @Post('update/:id')
  async update(@Param('id', RequiredIntPipe) id: number, @Body() dto: UpdatePermissionDto) {
    return CommonResult.fromCount(await this.permissions.update(id, dto));
  }

  @ApiOperation({ summary: '根据id批量删除权限' })
  @ApiQuery({ name: 'ids', type: [Number] })
  @Post('delete')
  async delete(@RequestParam('ids', new ParseIdListPipe()) ids: number[]) {
    return CommonResult.fromCount(await this.permissions.delete(ids));
  }

  @ApiOperation({ summary: '以层级结构返回所有权限' })
  @Get('treeList')
  async treeList() {
    return CommonResult.success(await this.permissions.treeList());
  }

  @ApiOperation({ summary: '获取所有权限列表' })
  @Get('list')
  async list() {
    return CommonResult.success(await this.permissions.list());
  }
}
