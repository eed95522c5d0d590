import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonResult } from '@mall/common';
import type { UmsMemberReceiveAddress } from '@mall/db';
import { CurrentUser, type CurrentUserClaims } from '@mall/security';
import { CurrentMemberService } from '../current-member.service';
import { AddressService } from './address.service';
import { ReceiveAddressDto } from './dto/receive-address.dto';

@ApiTags('UmsMemberReceiveAddressController')
@Controller('member/address')
export class AddressController {
  constructor(
    private readonly addresses: AddressService,
    private readonly currentMember: CurrentMemberService,
  ) {}

  @ApiOperation({ summary: '添加收货地址' })
  @HttpCode(200)
  @Post('add')
  async add(@CurrentUser() user: CurrentUserClaims, @Body() body: ReceiveAddressDto) {
    const member = await this.currentMember.load(user);
    return CommonResult.fromCount(await this.addresses.add(member.id, body));
  }

  @ApiOperation({ summary: '删除收货地址' })
  @HttpCode(200)
  @Post('delete/:id')
  async delete(@CurrentUser() user: CurrentUserClaims, @Param('id', ParseIntPipe) id: number) {
    const member = await this.currentMember.load(user);
    return CommonResult.fromCount(await this.addresses.delete(member.id, id));
  }

  @ApiOperation({ summary: '修改收货地址' })
  @HttpCode(200)
  @Post('update/:id')
  async update(
    @CurrentUser() user: CurrentUserClaims,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: ReceiveAddressDto,
  ) {
    const member = await this.currentMember.load(user);
    return CommonResult.fromCount(await this.addresses.update(member.id, id, body));
  }

  @ApiOperation({ summary: '显示所有收货地址' })
  @Get('list')
  async list(
    @CurrentUser() user: CurrentUserClaims,
  ): Promise<CommonResult<UmsMemberReceiveAddress[]>> {
    const member = await this.currentMember.load(user);
    return CommonResult.success(await this.addresses.list(member.id));
  }

  @ApiOperation({ summary: '获取收货地址详情' })
  @Get(':id')
  async getItem(@CurrentUser() user: CurrentUserClaims, @Param('id', ParseIntPipe) id: number) {
    const member = await this.currentMember.load(user);
    const address = await this.addresses.getItem(member.id, id);
    return address
      ? CommonResult.success(address)
      : CommonResult.failed('没有可以用的地址，请添加');
  }
}
