import { Module } from '@nestjs/common';
import { CouponHistoryController } from './coupon-history.controller';
import { CouponHistoryService } from './coupon-history.service';

@Module({ controllers: [CouponHistoryController], providers: [CouponHistoryService] })
export class CouponHistoryModule {}
