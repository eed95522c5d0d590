import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CommonResult, RequestParams, VALIDATE_REQUEST_PARAMS } from '@mall/common';
import { ConfigSource } from '@mall/config';
import { CurrentUser, type CurrentUserClaims } from '@mall/security';
import {
  LoginParams,
  RegisterParams,
  TelephoneParams,
  UpdatePasswordParams,
  UsernameParams,
} from './dto/sso.dto';
import { toMemberUserDto, toMemberView } from './member.view';
import { parseSsoSettings } from './sso-settings';
import { SsoService } from './sso.service';

/** Raw endpoints answer an empty body when nothing is found (null would be the text "null"). */
const EMPTY_BODY = undefined;

interface ClientRequest {
  ip?: string;
}

@ApiTags('MemberController')
@Controller('sso')
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    private readonly config: ConfigSource<unknown>,
  ) {}

  /** The original's `rabbitmq.queue.name.cart`, read per request so a Nacos change shows. */
  private cartQueueName(): string {
    return parseSsoSettings(this.config.current.app).cartQueueName;
  }

  @ApiOperation({ summary: '加载全量用户缓存' })
  @Get('loadUserCache')
  async loadUserCache() {
    const count = await this.sso.loadAllIntoCache();
    return CommonResult.success({ ok: this.cartQueueName(), count });
  }

  @ApiOperation({ summary: '清除全量用户缓存' })
  @Get('removeUserCache')
  async removeUserCache() {
    const count = await this.sso.clearCache();
    return CommonResult.success({ ok: this.cartQueueName(), count });
  }

  @ApiOperation({ summary: '调试动态刷新' })
  @Get('nacos')
  nacos() {
    return CommonResult.success({ ok: this.cartQueueName(), nacos: '验证数据' });
  }

  @ApiOperation({ summary: '会员注册', description: 'username, password, telephone, authCode' })
  @HttpCode(200)
  @Post('register')
  async register(@RequestParams(VALIDATE_REQUEST_PARAMS) params: RegisterParams) {
    await this.sso.register(params);
    return CommonResult.success(null, '注册成功');
  }

  @ApiOperation({ summary: '会员登录', description: 'mall-auth 的应答原样返回' })
  @HttpCode(200)
  @Post('login')
  login(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: LoginParams,
    @Req() request: ClientRequest,
  ) {
    // Fastify resolves X-Forwarded-For (trustProxy): the client behind the gateway.
    return this.sso.login(params, request.ip ?? null);
  }

  @ApiOperation({
    summary: '刷新token',
    description: 'refreshToken: the refreshToken of /sso/login. Answer as /sso/login.',
  })
  @ApiQuery({ name: 'refreshToken', type: String })
  @Get('refreshToken')
  refreshToken(@Query('refreshToken') refreshToken?: string) {
    return this.sso.refreshToken(refreshToken);
  }

  @ApiOperation({ summary: '获取会员信息' })
  @Get('info')
  async info(@CurrentUser() user: CurrentUserClaims) {
    return CommonResult.success(toMemberView(await this.sso.currentMember(user.id)));
  }

  @ApiOperation({ summary: '远程调用获取会员信息', description: 'Internal: raw member with list.' })
  @Get('feign/info')
  async feignInfo(@CurrentUser() user: CurrentUserClaims) {
    const [member, addresses] = await Promise.all([
      this.sso.currentMember(user.id),
      this.sso.addressesOf(user.id),
    ]);
    return toMemberView(member, addresses);
  }

  @ApiOperation({ summary: '返回当前用户的收货地址', description: 'Internal: raw list.' })
  @Get('feign/info/address')
  async feignAddresses(@CurrentUser() user: CurrentUserClaims) {
    await this.sso.currentMember(user.id);
    return this.sso.addressesOf(user.id);
  }

  @ApiOperation({ summary: '返回当前用户的收货地址' })
  @Get('feign/info/address1')
  async addresses(@CurrentUser() user: CurrentUserClaims) {
    await this.sso.currentMember(user.id);
    return CommonResult.success(await this.sso.addressesOf(user.id));
  }

  @ApiOperation({ summary: '获取地址详情', description: 'Internal: raw address, empty if none.' })
  @ApiQuery({ name: 'id', type: Number })
  @Get('address')
  async address(@CurrentUser() user: CurrentUserClaims, @Query('id', ParseIntPipe) id: number) {
    return (await this.sso.addressOf(user.id, id)) ?? EMPTY_BODY;
  }

  @ApiOperation({ summary: '获取验证码' })
  @ApiQuery({ name: 'telephone', type: String })
  @Get('getAuthCode')
  async getAuthCode(@RequestParams(VALIDATE_REQUEST_PARAMS) params: TelephoneParams) {
    return CommonResult.success(
      await this.sso.generateAuthCode(params.telephone),
      '获取验证码成功',
    );
  }

  @ApiOperation({ summary: '修改密码', description: 'telephone, password, authCode' })
  @HttpCode(200)
  @Post('updatePassword')
  async updatePassword(@RequestParams(VALIDATE_REQUEST_PARAMS) params: UpdatePasswordParams) {
    await this.sso.updatePassword(params);
    return CommonResult.success(null, '密码修改成功');
  }

  @ApiOperation({
    summary: '根据用户名获取通用用户信息',
    description: 'Internal: raw UserDto (with the password hash), empty when unknown.',
  })
  @ApiQuery({ name: 'username', type: String })
  @Get('loadByUsername')
  async loadByUsername(@RequestParams(VALIDATE_REQUEST_PARAMS) params: UsernameParams) {
    const member = await this.sso.getByUsername(params.username);
    return member ? toMemberUserDto(member) : EMPTY_BODY;
  }

  @ApiOperation({
    summary: '根据会员编号获取会员',
    description: 'Internal: raw member from the database.',
  })
  @Get('getId/:id')
  async getById(@Param('id', ParseIntPipe) id: number) {
    const member = await this.sso.memberById(id);
    return member ? toMemberView(member) : EMPTY_BODY;
  }

  @ApiOperation({ summary: '修改会员积分', description: 'Internal (mall-order): sets the points.' })
  @Get('update/:id/:integration')
  async updateIntegration(
    @Param('id', ParseIntPipe) id: number,
    @Param('integration', ParseIntPipe) integration: number,
  ) {
    await this.sso.updateIntegration(id, integration);
    return CommonResult.success('操作成功');
  }
}
