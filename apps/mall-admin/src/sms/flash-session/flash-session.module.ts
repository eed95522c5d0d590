import { Module } from '@nestjs/common';
import { HomeContentCacheModule } from '../shared/home-content-cache.module';
import { FlashSessionController } from './flash-session.controller';
import { FlashSessionService } from './flash-session.service';

@Module({
  imports: [HomeContentCacheModule],
  controllers: [FlashSessionController],
  providers: [FlashSessionService],
})
export class FlashSessionModule {}
