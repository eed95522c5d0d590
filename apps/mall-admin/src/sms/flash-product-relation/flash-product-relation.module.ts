import { Module } from '@nestjs/common';
import { HomeContentCacheModule } from '../shared/home-content-cache.module';
import { FlashProductRelationController } from './flash-product-relation.controller';
import { FlashProductRelationService } from './flash-product-relation.service';

@Module({
  imports: [HomeContentCacheModule],
  controllers: [FlashProductRelationController],
  providers: [FlashProductRelationService],
})
export class FlashProductRelationModule {}
