import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonResult } from '@mall/common';
import { CurrentUser, type CurrentUserClaims } from '@mall/security';
import { OmsOrderReturnApplyParam } from './dto/return-apply.dto';
import { ReturnApplyService } from './return-apply.service';

@ApiTags('OmsPortalOrderReturnApplyController')
@Controller('returnApply')
export class ReturnApplyController {
  constructor(private readonly returnApplies: ReturnApplyService) {}

  /** Answers `data: 1` (rows inserted) like the original. */
  @ApiOperation({ summary: '申请退货' })
  @Post('create')
  @HttpCode(200)
  async create(
    @CurrentUser() user: CurrentUserClaims,
    @Body() param: OmsOrderReturnApplyParam,
  ): Promise<CommonResult<number>> {
    await this.returnApplies.create(user.id, param);
    return CommonResult.success(1);
  }
}
