import { Module } from '@nestjs/common';
import { HomeContentCacheModule } from '../shared/home-content-cache.module';
import { HomeAdvertiseController } from './home-advertise.controller';
import { HomeAdvertiseService } from './home-advertise.service';

@Module({
  imports: [HomeContentCacheModule],
  controllers: [HomeAdvertiseController],
  providers: [HomeAdvertiseService],
})
export class HomeAdvertiseModule {}
