import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CommonResult, RequiredIntPipe } from '@mall/common';
import { MemberLevelService } from './member-level.service';

@ApiTags('UmsMemberLevelController')
@Controller('memberLevel')
export class MemberLevelController {
  constructor(private readonly levels: MemberLevelService) {}

  @ApiOperation({ summary: '查询所有会员等级' })
  @ApiQuery({ name: 'defaultStatus', type: Number, description: '0->非默认；1->默认' })
  @Get('list')
  async list(@Query('defaultStatus', RequiredIntPipe) defaultStatus: number) {
    return CommonResult.success(await this.levels.list(defaultStatus));
  }
}
