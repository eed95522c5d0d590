import { Module } from '@nestjs/common';
import { HomeContentCacheModule } from '../shared/home-content-cache.module';
import { FlashPromotionController } from './flash-promotion.controller';
import { FlashPromotionService } from './flash-promotion.service';

@Module({
  imports: [HomeContentCacheModule],
  controllers: [FlashPromotionController],
  providers: [FlashPromotionService],
})
export class FlashPromotionModule {}
