import { Module } from '@nestjs/common';
import { SmsHomeBrand } from '@mall/db';
import { homeRecommendationProvider } from '../home-recommendation/home-recommendation.service';
import { HomeContentCacheModule } from '../shared/home-content-cache.module';
import { HomeBrandController, HOME_BRAND_SERVICE } from './home-brand.controller';

@Module({
  imports: [HomeContentCacheModule],
  controllers: [HomeBrandController],
  providers: [
    homeRecommendationProvider(HOME_BRAND_SERVICE, SmsHomeBrand, {
      refField: 'brandId',
      nameField: 'brandName',
    }),
  ],
})
export class HomeBrandModule {}
