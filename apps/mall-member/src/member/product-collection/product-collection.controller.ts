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
import {
  OptionalProductIdParams,
  ProductCollectionAddDto,
  ProductIdQuery,
} from './dto/product-collection.dto';
import { ProductCollectionService } from './product-collection.service';

@ApiTags('MemberCollectionController')
@Controller('member/productCollection')
export class ProductCollectionController {
  constructor(
    private readonly collections: ProductCollectionService,
    private readonly currentMember: CurrentMemberService,
  ) {}

  @ApiOperation({ summary: '添加商品收藏' })
  @HttpCode(200)
  @Post('add')
  async add(@CurrentUser() user: CurrentUserClaims, @Body() body: ProductCollectionAddDto) {
    const member = await this.currentMember.load(user);
    return CommonResult.fromCount(await this.collections.add(member, body.productId));
  }

  @ApiOperation({ summary: '删除收藏商品' })
  @HttpCode(200)
  @Post('delete')
  async delete(
    @CurrentUser() user: CurrentUserClaims,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: OptionalProductIdParams,
  ) {
    const member = await this.currentMember.load(user);
    return CommonResult.fromCount(await this.collections.delete(member, params.productId));
  }

  @ApiOperation({ summary: '显示收藏列表' })
  @Get('list')
  async list(
    @CurrentUser() user: CurrentUserClaims,
    @Query() query: PageQuery,
  ): Promise<CommonResult<CommonPage<ProductActivityRecord>>> {
    const member = await this.currentMember.load(user);
    return CommonResult.success(
      activityCommonPage(await this.collections.list(member, query), query),
    );
  }

  @ApiOperation({ summary: '显示收藏商品详情' })
  @Get('detail')
  async detail(
    @CurrentUser() user: CurrentUserClaims,
    @Query() query: ProductIdQuery,
  ): Promise<CommonResult<ProductActivityRecord | null>> {
    const member = await this.currentMember.load(user);
    return CommonResult.success(await this.collections.detail(member, query.productId));
  }

  @ApiOperation({ summary: '清空收藏列表' })
  @HttpCode(200)
  @Post('clear')
  async clear(@CurrentUser() user: CurrentUserClaims): Promise<CommonResult<null>> {
    const member = await this.currentMember.load(user);
    await this.collections.clear(member);
    return CommonResult.success(null);
  }
}
