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
import type { BrandAttentionRecord } from '../activity/member-activity.store';
import { CurrentMemberService } from '../current-member.service';
import { BrandAttentionService } from './brand-attention.service';
import {
  BrandAttentionAddDto,
  BrandIdQuery,
  OptionalBrandIdParams,
} from './dto/brand-attention.dto';

@ApiTags('MemberAttentionController')
@Controller('member/attention')
export class BrandAttentionController {
  constructor(
    private readonly attentions: BrandAttentionService,
    private readonly currentMember: CurrentMemberService,
  ) {}

  @ApiOperation({ summary: '添加品牌关注' })
  @HttpCode(200)
  @Post('add')
  async add(@CurrentUser() user: CurrentUserClaims, @Body() body: BrandAttentionAddDto) {
    const member = await this.currentMember.load(user);
    return CommonResult.fromCount(await this.attentions.add(member, body));
  }

  @ApiOperation({ summary: '取消关注' })
  @HttpCode(200)
  @Post('delete')
  async delete(
    @CurrentUser() user: CurrentUserClaims,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: OptionalBrandIdParams,
  ) {
    const member = await this.currentMember.load(user);
    return CommonResult.fromCount(await this.attentions.delete(member, params.brandId));
  }

  @ApiOperation({ summary: '显示关注列表' })
  @Get('list')
  async list(
    @CurrentUser() user: CurrentUserClaims,
    @Query() query: PageQuery,
  ): Promise<CommonResult<CommonPage<BrandAttentionRecord>>> {
    const member = await this.currentMember.load(user);
    return CommonResult.success(
      activityCommonPage(await this.attentions.list(member, query), query),
    );
  }

  @ApiOperation({ summary: '显示关注品牌详情' })
  @Get('detail')
  async detail(
    @CurrentUser() user: CurrentUserClaims,
    @Query() query: BrandIdQuery,
  ): Promise<CommonResult<BrandAttentionRecord | null>> {
    const member = await this.currentMember.load(user);
    return CommonResult.success(await this.attentions.detail(member, query.brandId));
  }

  @ApiOperation({ summary: '清空关注列表' })
  @HttpCode(200)
  @Post('clear')
  async clear(@CurrentUser() user: CurrentUserClaims): Promise<CommonResult<null>> {
    const member = await this.currentMember.load(user);
    await this.attentions.clear(member);
    return CommonResult.success(null);
  }
}
