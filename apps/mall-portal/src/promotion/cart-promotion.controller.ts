import { Body, Controller, HttpCode, ParseArrayPipe, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { calcCartPromotionFromDb, type CartPromotionItem } from '@mall/shop';
import { DataSource } from 'typeorm';
import { CartItemDto } from './dto/cart-item.dto';

/**
 * Internal (service-to-service): the gateway lists `/mall-portal/promotion/**` as internal. mall-cart
 * and mall-order call `calcCartPromotion` from `@mall/shop` directly; this keeps the original route.
 */
@ApiTags('CartPromotionController')
@Controller('promotion')
export class CartPromotionController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Answers the bare CartPromotionItem array (no envelope), as the original. */
  @ApiOperation({ summary: '计算购物车中的促销活动信息（内部接口）' })
  @ApiBody({ type: CartItemDto, isArray: true })
  @Post('cart/CartPromotion')
  @HttpCode(200)
  calcCartPromotion(
    @Body(new ParseArrayPipe({ items: CartItemDto, whitelist: true })) cartItems: CartItemDto[],
  ): Promise<CartPromotionItem<CartItemDto>[]> {
    return calcCartPromotionFromDb(this.dataSource, cartItems);
  }
}
