import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonResult } from '@mall/common';
import { PrefrenceAreaService } from './prefrence-area.service';

@ApiTags('CmsPrefrenceAreaController')
@Controller('prefrenceArea')
export class PrefrenceAreaController {
  constructor(private readonly areas: PrefrenceAreaService) {}

  @ApiOperation({ summary: '获取所有商品优选' })
  @Get('listAll')
  async listAll() {
    return CommonResult.success(await this.areas.listAll());
  }
}
