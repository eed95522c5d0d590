import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommonResult,
  IdArrayBodyPipe,
  IdsParams,
  RequestParams,
  VALIDATE_REQUEST_PARAMS,
} from '@mall/common';
import { CurrentUser, type CurrentUserClaims } from '@mall/security';
import { CartService } from './cart.service';
import {
  AddBySkuCodeParams,
  CartItemBody,
  OptionalCartIdsParams,
  UpdateQuantityParams,
} from './dto/cart-params';

/** CartItemController of the original: `/cart/**`. */
@ApiTags('CartItemController')
@Controller('cart')
export class CartController {
  constructor(private readonly cart: CartService) {}

  @ApiOperation({ summary: '添加商品到购物车' })
  @HttpCode(200)
  @Post('add')
  async add(@CurrentUser() user: CurrentUserClaims, @Body() body: CartItemBody) {
    const count = await this.cart.add(user.id, body.productSkuId, body.quantity, body.productId);
    return CommonResult.fromCount(count);
  }

  @ApiOperation({ summary: '按SKU编码添加商品到购物车' })
  @HttpCode(200)
  @Post('addNew')
  async addNew(
    @CurrentUser() user: CurrentUserClaims,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: AddBySkuCodeParams,
  ) {
    const count = await this.cart.addBySkuCode(user.id, params.productSkuCode, params.quantity);
    return CommonResult.fromCount(count);
  }

  @ApiOperation({ summary: '获取某个会员的购物车列表' })
  @Get('list')
  async list(@CurrentUser() user: CurrentUserClaims) {
    return CommonResult.success(await this.cart.list(user.id));
  }

  @ApiOperation({ summary: '获取某个会员的购物车列表,包括促销信息' })
  @Get('list/promotion')
  async listPromotion(
    @CurrentUser() user: CurrentUserClaims,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: OptionalCartIdsParams,
  ) {
    return CommonResult.success(await this.cart.listPromotion(user.id, params.cartIds ?? []));
  }

  /**
   * Internal (service to service; the gateway refuses it from outside): the member's lines with
   * promotions, raw array without envelope, as the original's Feign target.
   */
  @ApiOperation({ summary: '[internal] 获取某个会员的购物车列表,包括促销信息' })
  @HttpCode(200)
  @Post('list/promotionNew/:memberId')
  async listPromotionNew(
    @Param('memberId', ParseIntPipe) memberId: number,
    @Body(new IdArrayBodyPipe('cartIds')) cartIds: number[],
  ) {
    return this.cart.listPromotion(memberId, cartIds);
  }

  @ApiOperation({ summary: '修改购物车中某个商品的数量' })
  @Get('update/quantity')
  async updateQuantity(
    @CurrentUser() user: CurrentUserClaims,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: UpdateQuantityParams,
  ) {
    return CommonResult.fromCount(
      await this.cart.updateQuantity(user.id, params.id, params.quantity),
    );
  }

  @ApiOperation({ summary: '获取购物车中某个商品的规格,用于重选规格' })
  @Get('getProduct/:productId')
  async getProduct(@Param('productId', ParseIntPipe) productId: number) {
    return CommonResult.success(await this.cart.cartProduct(productId));
  }

  @ApiOperation({ summary: '修改购物车中商品的规格' })
  @HttpCode(200)
  @Post('update/attr')
  async updateAttr(@CurrentUser() user: CurrentUserClaims, @Body() body: CartItemBody) {
    const count = await this.cart.replaceLine(
      user.id,
      body.id,
      body.productSkuId,
      body.quantity,
      body.productId,
    );
    return CommonResult.fromCount(count);
  }

  @ApiOperation({ summary: '删除购物车中的某个商品' })
  @HttpCode(200)
  @Post('delete')
  async delete(
    @CurrentUser() user: CurrentUserClaims,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: IdsParams,
  ) {
    return CommonResult.fromCount(await this.cart.delete(user.id, params.ids));
  }

  @ApiOperation({ summary: '清空购物车' })
  @HttpCode(200)
  @Post('clear')
  async clear(@CurrentUser() user: CurrentUserClaims) {
    return CommonResult.fromCount(await this.cart.clear(user.id));
  }
}
