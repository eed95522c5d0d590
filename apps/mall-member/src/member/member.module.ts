import { Module } from '@nestjs/common';
import { ActivitySubjectsService } from './activity/activity-subjects.service';
import {
  MemberActivityStoreShutdown,
  memberActivityStoreProvider,
} from './activity/member-activity-store.provider';
import { AddressController } from './address/address.controller';
import { AddressService } from './address/address.service';
import { BrandAttentionController } from './brand-attention/brand-attention.controller';
import { BrandAttentionService } from './brand-attention/brand-attention.service';
import { CouponController } from './coupon/coupon.controller';
import { CouponService } from './coupon/coupon.service';
import { CurrentMemberService } from './current-member.service';
import { memberAppSettingsProvider } from './member-settings.provider';
import { ProductCollectionController } from './product-collection/product-collection.controller';
import { ProductCollectionService } from './product-collection/product-collection.service';
import { ReadHistoryController } from './read-history/read-history.controller';
import { ReadHistoryService } from './read-history/read-history.service';
import { SsoModule } from '../sso/sso.module';

/**
 * `/member/**` of mall-member: receive addresses, coupons, and the member activity kept in
 * MongoDB or MySQL (read history, product collections, brand attention).
 */
@Module({
  // The member cache (MemberCacheService) is the sso feature's.
  imports: [SsoModule],
  controllers: [
    AddressController,
    CouponController,
    ReadHistoryController,
    ProductCollectionController,
    BrandAttentionController,
  ],
  providers: [
    memberAppSettingsProvider,
    CurrentMemberService,
    AddressService,
    CouponService,
    ActivitySubjectsService,
    memberActivityStoreProvider,
    MemberActivityStoreShutdown,
    ReadHistoryService,
    ProductCollectionService,
    BrandAttentionService,
  ],
  exports: [CurrentMemberService],
})
export class MemberModule {}
