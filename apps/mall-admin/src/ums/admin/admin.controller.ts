import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  CommonResult,
  IdListAllowEmptyPipe,
  RequestParam,
  RequiredIntPipe,
  RequiredStringPipe,
} from '@mall/common';
import { CurrentUser, type CurrentUserClaims } from '@mall/security';
import { AdminService, PasswordChange } from './admin.service';
import {
  AdminListQuery,
  AdminLoginDto,
  AdminRegisterDto,
  AdminUpdateDto,
  UpdateAdminPasswordDto,
} from './dto/admin.dto';

interface LoginRequest {
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
}

const PASSWORD_CHANGE_MESSAGES: Record<number, string> = {
  [PasswordChange.INVALID_PARAMS]: '提交参数不合法',
  [PasswordChange.UNKNOWN_USER]: '找不到该用户',
  [PasswordChange.WRONG_OLD_PASSWORD]: '旧密码错误',
};

@ApiTags('UmsAdminController')
@Controller('admin')
export class AdminController {
  constructor(private readonly admins: AdminService) {}

  @ApiOperation({ summary: '用户注册' })
  @HttpCode(200)
  @Post('register')
  async register(@Body() dto: AdminRegisterDto) {
    const admin = await this.admins.register(dto);
    return admin ? CommonResult.success(admin) : CommonResult.failed();
  }

  @ApiOperation({ summary: '登录以后返回token', description: 'mall-auth 的应答原样返回' })
  @HttpCode(200)
  @Post('login')
  login(@Body() dto: AdminLoginDto, @Req() request: LoginRequest) {
    const userAgent = request.headers['user-agent'];
    return this.admins.login(dto, {
      // Fastify resolves X-Forwarded-For (trustProxy), so this is the client behind the gateway.
      ip: request.ip ?? null,
      userAgent: typeof userAgent === 'string' ? userAgent : null,
    });
  }

  @ApiOperation({ summary: '获取当前登录用户信息' })
  @Get('info')
  async info(@CurrentUser() user: CurrentUserClaims) {
    return CommonResult.success(await this.admins.info(user.id));
  }

  @ApiOperation({ summary: '登出功能', description: 'Tokens are stateless: nothing is revoked.' })
  @HttpCode(200)
  @Post('logout')
  logout() {
    return CommonResult.success(null);
  }

  @ApiOperation({ summary: '根据用户名或姓名分页获取用户列表' })
  @Get('list')
  async list(@Query() query: AdminListQuery) {
    return CommonResult.success(await this.admins.list(query));
  }

  @ApiOperation({
    summary: '根据用户名获取通用用户信息',
    description:
      'Internal (mall-auth only; the gateway refuses it). Not enveloped; empty when unknown.',
  })
  @ApiQuery({ name: 'username', type: String })
  @Get('loadByUsername')
  async loadByUsername(@Query('username', RequiredStringPipe) username: string) {
    // `undefined` makes an empty body (null would be the text "null"), as the original answered.
    return (await this.admins.loadByUsername(username)) ?? undefined;
  }

  @ApiOperation({ summary: '修改指定用户密码' })
  @HttpCode(200)
  @Post('updatePassword')
  async updatePassword(@Body() dto: UpdateAdminPasswordDto) {
    const outcome = await this.admins.updatePassword(dto);
    if (outcome === PasswordChange.CHANGED) return CommonResult.success(outcome);
    return CommonResult.failed(PASSWORD_CHANGE_MESSAGES[outcome]);
  }

  @ApiOperation({ summary: '给用户分配角色' })
  @ApiQuery({ name: 'adminId', type: Number })
  @ApiQuery({
    name: 'roleIds',
    type: [Number],
    description: 'roleIds=1,2 或 roleIds=1&roleIds=2；可为空',
  })
  @HttpCode(200)
  @Post('role/update')
  async updateRole(
    @RequestParam('adminId', RequiredIntPipe) adminId: number,
    @RequestParam('roleIds', IdListAllowEmptyPipe) roleIds: number[],
  ) {
    return CommonResult.success(await this.admins.updateRole(adminId, roleIds));
  }

  @ApiOperation({ summary: '获取指定用户的角色' })
  @Get('role/:adminId')
  async getRoleList(@Param('adminId', RequiredIntPipe) adminId: number) {
    return CommonResult.success(await this.admins.getRoleList(adminId));
  }

  @ApiOperation({ summary: '给用户分配+-权限' })
  @ApiQuery({ name: 'adminId', type: Number })
  @ApiQuery({ name: 'permissionIds', type: [Number] })
  @HttpCode(200)
  @Post('permission/update')
  async updatePermission(
    @RequestParam('adminId', RequiredIntPipe) adminId: number,
    @RequestParam('permissionIds', IdListAllowEmptyPipe) permissionIds: number[],
  ) {
    return CommonResult.fromCount(await this.admins.updatePermission(adminId, permissionIds));
  }

  @ApiOperation({ summary: '获取用户所有权限（包括+-权限）' })
  @Get('permission/:adminId')
  async getPermissionList(@Param('adminId', RequiredIntPipe) adminId: number) {
    return CommonResult.success(await this.admins.getPermissionList(adminId));
  }

  @ApiOperation({ summary: '修改指定用户信息' })
  @HttpCode(200)
  @Post('update/:id')
  async update(@Param('id', RequiredIntPipe) id: number, @Body() dto: AdminUpdateDto) {
    return CommonResult.fromCount(await this.admins.update(id, dto));
  }

  @ApiOperation({ summary: '删除指定用户信息' })
  @HttpCode(200)
  @Post('delete/:id')
  async delete(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.fromCount(await this.admins.delete(id));
  }

  @ApiOperation({ summary: '修改帐号状态' })
  @ApiQuery({ name: 'status', type: Number })
  @HttpCode(200)
  @Post('updateStatus/:id')
  async updateStatus(
    @Param('id', RequiredIntPipe) id: number,
    @RequestParam('status', RequiredIntPipe) status: number,
  ) {
    return CommonResult.fromCount(await this.admins.updateStatus(id, status));
  }

  @ApiOperation({ summary: '获取指定用户信息' })
  @Get(':id')
  async getItem(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.success(await this.admins.getItem(id));
  }
}
