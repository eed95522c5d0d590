import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommonPage,
  CommonResult,
  PageQuery,
  RequestParams,
  VALIDATE_REQUEST_PARAMS,
} from '@mall/common';
import { CurrentUser, type CurrentUserClaims } from '@mall/security';
import { activityCommonPage } from '../activity/activity-page';
import type { ProductActivityRecord } from '../activity/member-activity.store';
import { CurrentMemberService } from '../current-member.service';
import { ReadHistoryCreateDto, ReadHistoryDeleteParams } from './dto/read-history.dto';
import { ReadHistoryService } from './read-history.service';

@ApiTags('MemberReadHistoryController')
@Controller('member/readHistory')
export class ReadHistoryController {
  constructor(
    private readonly readHistory: ReadHistoryService,
    private readonly currentMember: CurrentMemberService,
  ) {}

  @ApiOperation({ summary: '创建浏览记录' })
  @HttpCode(200)
  @Post('create')
  async create(@CurrentUser() user: CurrentUserClaims, @Body() body: ReadHistoryCreateDto) {
    const member = await this.currentMember.load(user);
    await this.readHistory.create(member, body.productId);
    return CommonResult.success(1);
  }

  /** Answers the number of ids given, as the original, whether or not they existed. */
  @ApiOperation({ summary: '删除浏览记录' })
  @HttpCode(200)
  @Post('delete')
  async delete(
    @CurrentUser() user: CurrentUserClaims,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: ReadHistoryDeleteParams,
  ) {
    const member = await this.currentMember.load(user);
    await this.readHistory.delete(member, params.ids);
    return CommonResult.success(params.ids.length);
  }

  @ApiOperation({ summary: '清空浏览记录' })
  @HttpCode(200)
  @Post('clear')
  async clear(@CurrentUser() user: CurrentUserClaims): Promise<CommonResult<null>> {
    const member = await this.currentMember.load(user);
    await this.readHistory.clear(member);
    return CommonResult.success(null);
  }

  @ApiOperation({ summary: '分页获取用户浏览记录' })
  @Get('list')
  async list(
    @CurrentUser() user: CurrentUserClaims,
    @Query() query: PageQuery,
  ): Promise<CommonResult<CommonPage<ProductActivityRecord>>> {
    const member = await this.currentMember.load(user);
    return CommonResult.success(
      activityCommonPage(await this.readHistory.list(member, query), query),
    );
  }
}
