import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonResult } from '@mall/common';
import type { OmsCompanyAddress } from '@mall/db';
import { CompanyAddressService } from './company-address.service';

@ApiTags('OmsCompanyAddressController')
@Controller('companyAddress')
export class CompanyAddressController {
  constructor(private readonly addresses: CompanyAddressService) {}

  @Get('list')
  @ApiOperation({ summary: '获取所有收货地址' })
  async list(): Promise<CommonResult<OmsCompanyAddress[]>> {
    return CommonResult.success(await this.addresses.list());
  }
}
