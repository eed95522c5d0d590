import { Module } from '@nestjs/common';
import { CartController } from './cart.controller';
import { CartService } from './cart.service';

/** `/cart/**`: the member's cart lines. */
@Module({ controllers: [CartController], providers: [CartService] })
export class CartModule {}
