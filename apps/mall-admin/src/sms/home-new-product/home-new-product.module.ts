import { Module } from '@nestjs/common';
import { SmsHomeNewProduct } from '@mall/db';
import { homeRecommendationProvider } from '../home-recommendation/home-recommendation.service';
import { HomeContentCacheModule } from '../shared/home-content-cache.module';
import { HomeNewProductController, HOME_NEW_PRODUCT_SERVICE } from './home-new-product.controller';

@Module({
  imports: [HomeContentCacheModule],
  controllers: [HomeNewProductController],
  providers: [
    homeRecommendationProvider(HOME_NEW_PRODUCT_SERVICE, SmsHomeNewProduct, {
      refField: 'productId',
      nameField: 'productName',
    }),
  ],
})
export class HomeNewProductModule {}
