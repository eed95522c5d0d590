import { Module } from '@nestjs/common';
import { CartPromotionController } from './cart-promotion.controller';

@Module({ controllers: [CartPromotionController] })
export class PromotionModule {}
