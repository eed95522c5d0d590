import { Module } from '@nestjs/common';
import { CouponHistoryModule } from './coupon-history/coupon-history.module';
import { CouponModule } from './coupon/coupon.module';
import { FlashProductRelationModule } from './flash-product-relation/flash-product-relation.module';
import { FlashPromotionModule } from './flash-promotion/flash-promotion.module';
import { FlashSessionModule } from './flash-session/flash-session.module';
import { HomeAdvertiseModule } from './home-advertise/home-advertise.module';
import { HomeBrandModule } from './home-brand/home-brand.module';
import { HomeNewProductModule } from './home-new-product/home-new-product.module';
import { HomeRecommendProductModule } from './home-recommend-product/home-recommend-product.module';
import { HomeRecommendSubjectModule } from './home-recommend-subject/home-recommend-subject.module';

/**
 * SMS controllers of mall-admin: one sub-folder per controller (e.g. `sms/<name>/`). The four home
 * recommendation lists share their rules in `home-recommendation/`.
 */
@Module({
  imports: [
    CouponModule,
    CouponHistoryModule,
    FlashPromotionModule,
    FlashSessionModule,
    FlashProductRelationModule,
    HomeAdvertiseModule,
    HomeBrandModule,
    HomeNewProductModule,
    HomeRecommendProductModule,
    HomeRecommendSubjectModule,
  ],
})
export class SmsModule {}
