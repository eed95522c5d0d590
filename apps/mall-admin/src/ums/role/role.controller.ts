import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  CommonResult,
  IdListAllowEmptyPipe,
  ParseIdListPipe,
  RequestParam,
  RequiredIntPipe,
} from '@mall/common';
import { CreateRoleDto, RoleListQuery, UpdateRoleDto } from './dto/role.dto';
import { RoleService } from './role.service';

@ApiTags('UmsRoleController')
@Controller('role')
export class RoleController {
  constructor(private readonly roles: RoleService) {}

  @ApiOperation({ summary: '添加角色' })
  @Post('create')
  async create(@Body() dto: CreateRoleDto) {
    return CommonResult.fromCount(await this.roles.create(dto));
  }

  @ApiOperation({ summary: '修改角色' })
  @Post('update/:id')
  async update(@Param('id', RequiredIntPipe) id: number, @Body() dto: UpdateRoleDto) {
    return CommonResult.fromCount(await this.roles.update(id, dto));
  }

  @ApiOperation({ summary: '批量删除角色' })
  @ApiQuery({ name: 'ids', type: [Number], description: 'ids=1,2 或 ids=1&ids=2' })
  @Post('delete')
  async delete(@RequestParam('ids', new ParseIdListPipe()) ids: number[]) {
    return CommonResult.fromCount(await this.roles.delete(ids));
  }

  @ApiOperation({ summary: '修改角色权限' })
  @ApiQuery({ name: 'roleId', type: Number })
  @ApiQuery({ name: 'permissionIds', type: [Number] })
  @Post('permission/update')
  async updatePermission(
    @RequestParam('roleId', RequiredIntPipe) roleId: number,
    @RequestParam('permissionIds', new ParseIdListPipe()) permissionIds: number[],
  ) {
    return CommonResult.fromCount(await this.roles.updatePermission(roleId, permissionIds));
  }

  @ApiOperation({ summary: '获取相应角色权限' })
  @Get('permission/:roleId')
  async listPermission(@Param('roleId', RequiredIntPipe) roleId: number) {
    return CommonResult.success(await this.roles.listPermission(roleId));
  }

  @ApiOperation({ summary: '获取所有角色' })
  @Get('listAll')
  async listAll() {
    return CommonResult.success(await this.roles.listAll());
  }

  @ApiOperation({ summary: '根据角色名称分页获取角色列表' })
  @Get('list')
  async list(@Query() query: RoleListQuery) {
    return CommonResult.success(await this.roles.list(query));
  }

  @ApiOperation({ summary: '修改角色状态' })
  @ApiQuery({ name: 'status', type: Number })
  @Post('updateStatus/:id')
  async updateStatus(
    @Param('id', RequiredIntPipe) id: number,
    @RequestParam('status', RequiredIntPipe) status: number,
  ) {
    return CommonResult.fromCount(await this.roles.updateStatus(id, status));
  }

  @ApiOperation({ summary: '获取角色相关菜单' })
  @Get('listMenu/:roleId')
  async listMenu(@Param('roleId', RequiredIntPipe) roleId: number) {
    return CommonResult.success(await this.roles.listMenu(roleId));
  }

  @ApiOperation({ summary: '获取角色相关资源' })
  @Get('listResource/:roleId')
  async listResource(@Param('roleId', RequiredIntPipe) roleId: number) {
    return CommonResult.success(await this.roles.listResource(roleId));
  }

  @ApiOperation({ summary: '给角色分配菜单' })
  @ApiQuery({ name: 'roleId', type: Number })
  @ApiQuery({ name: 'menuIds', type: [Number], description: '可为空：menuIds= 清空菜单' })
  @Post('allocMenu')
  async allocMenu(
    @RequestParam('roleId', RequiredIntPipe) roleId: number,
    @RequestParam('menuIds', IdListAllowEmptyPipe) menuIds: number[],
  ) {
    return CommonResult.success(await this.roles.allocMenu(roleId, menuIds));
  }

  @ApiOperation({ summary: '给角色分配资源' })
  @ApiQuery({ name: 'roleId', type: Number })
  @ApiQuery({ name: 'resourceIds', type: [Number], description: '可为空：resourceIds= 清空资源' })
  @Post('allocResource')
  async allocResource(
    @RequestParam('roleId', RequiredIntPipe) roleId: number,
    @RequestParam('resourceIds', IdListAllowEmptyPipe) resourceIds: number[],
  ) {
    return CommonResult.success(await this.roles.allocResource(roleId, resourceIds));
  }
}
