import { Module } from '@nestjs/common';
import { SmsHomeRecommendProduct } from '@mall/db';
import { homeRecommendationProvider } from '../home-recommendation/home-recommendation.service';
import { HomeContentCacheModule } from '../shared/home-content-cache.module';
import {
  HomeRecommendProductController,
  HOME_RECOMMEND_PRODUCT_SERVICE,
} from './home-recommend-product.controller';

@Module({
  imports: [HomeContentCacheModule],
  controllers: [HomeRecommendProductController],
  providers: [
    homeRecommendationProvider(HOME_RECOMMEND_PRODUCT_SERVICE, SmsHomeRecommendProduct, {
      refField: 'productId',
      nameField: 'productName',
    }),
  ],
})
export class HomeRecommendProductModule {}
